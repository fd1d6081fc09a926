"""Edited copies: one sentence rewritten into another by swapping a few words.

A paraphrase restructures a sentence; a same-language pair that keeps most of
its words in order but swaps some ("waiters and cooks" / "guests", "lost" /
"kept", "corruption in the courts" / "smuggling across the border") is an edit,
and an edit that replaces words on both sides says something else. The
embedding cannot tell (cosine ~0.97), restraint only sees numbers, names and
listed antonyms. Such pairs are not reported as paraphrases: near-copies are
the lexical reuse engine's, and the claims stage compares what they say.

On the hand-written sets every paraphrase keeps at most 57 % of its tokens in
order, every single-word substitution ("neg1") at least 65 %.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import lru_cache

from claimmap.analyze.xling.anchors import fold
from claimmap.analyze.xling.config import XlingConfig
from claimmap.analyze.xling.records import XPair, XSentence
from claimmap.analyze.xling.restraint import restraint_factor

_TOKEN = re.compile(r"[^\W_]+")


@lru_cache(maxsize=65536)
def _tokens(text: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in _TOKEN.findall(text))


def kept_in_order(a: str, b: str) -> float:
    """Share of the shorter side's tokens that the other keeps in the same order."""
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 0.0
    sm = SequenceMatcher(None, ta, tb, autojunk=False)
    kept = sum(block.size for block in sm.get_matching_blocks())
    return kept / max(len(ta), len(tb))


def substituted(a: str, b: str, min_kept: float) -> bool:
    """Whether ``b`` is ``a`` with words replaced on both sides (not only added or cut)."""
    if kept_in_order(a, b) < min_kept:
        return False
    ta, tb = set(_tokens(a)), set(_tokens(b))
    return bool(ta - tb) and bool(tb - ta)


def conflict(
    a: XSentence, b: XSentence, config: XlingConfig, common: frozenset[str] | None = None
) -> bool:
    """Whether two sentences of one language say different things by the text alone:
    an edit with swapped words, or a restraint conflict (number, name, polarity)."""
    if substituted(a.text, b.text, config.edit_kept or 1.0):
        return True
    factor = restraint_factor(a.text, b.text, config, a.lang, b.lang, common)
    return factor <= 1.0 - config.conflict_penalty


def consistent(
    pairs: Sequence[XPair],
    sents: Sequence[XSentence],
    config: XlingConfig,
    common: frozenset[str] | None = None,
) -> list[XPair]:
    """Drop pairs that would make one sentence a version of two different claims.

    If x pairs with y and with z, y and z are versions of one claim. Where y and z
    are in one language and their texts conflict (:func:`conflict`), the
    partners they share go to one of them: the one whose pairs with those
    partners score higher in sum (an original and its edited copy, "corruption" /
    "smuggling", compete for the same translations; the original's translations
    fit it better, and several of them outvote one unlucky score).
    """
    score: dict[tuple[int, int], float] = {}
    nbr: dict[int, set[int]] = defaultdict(set)
    for p in pairs:
        score[(p.i, p.j)] = score[(p.j, p.i)] = p.score
        nbr[p.i].add(p.j)
        nbr[p.j].add(p.i)
    drop: set[tuple[int, int]] = set()
    seen: set[tuple[int, int]] = set()
    for x in sorted(nbr):
        ys = sorted(nbr[x])
        for k, y in enumerate(ys):
            for z in ys[k + 1 :]:
                if (y, z) in seen or sents[y].lang != sents[z].lang or z in nbr[y]:
                    continue
                seen.add((y, z))
                if not conflict(sents[y], sents[z], config, common):
                    continue
                shared = nbr[y] & nbr[z]
                sy = sum(score[(y, w)] for w in shared)
                sz = sum(score[(z, w)] for w in shared)
                loser = z if (sy, z) > (sz, y) else y
                drop.update((min(loser, w), max(loser, w)) for w in shared)
    return [p for p in pairs if (p.i, p.j) not in drop]
