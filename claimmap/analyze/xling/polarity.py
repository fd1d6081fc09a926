"""Antonyms that reverse a claim: "approved" / "rejected", "men" / "women".

The embedding barely moves when one word turns a claim around (cosine ~0.95),
and no number, name or negation is there for restraint to catch. The word
lists live in ``antonyms.txt`` beside this module (a data table, one line per
concept and language), so they can grow without code changes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from claimmap.analyze.xling.anchors import fold

TABLE = Path(__file__).with_name("antonyms.txt")
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class _Side:
    exact: frozenset[str]
    prefixes: tuple[str, ...]

    def hit(self, words: frozenset[str]) -> bool:
        return bool(self.exact & words) or any(w.startswith(self.prefixes) for w in words)


def _side(spec: str) -> _Side:
    words = [fold(w) for w in spec.split()]
    return _Side(
        frozenset(w for w in words if not w.endswith("*")),
        tuple(w[:-1] for w in words if w.endswith("*")),
    )


def parse(text: str) -> dict[str, dict[str, tuple[_Side, _Side]]]:
    """lang -> concept -> (side 1, side 2), from the table's lines."""
    out: dict[str, dict[str, tuple[_Side, _Side]]] = {}
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        head, sep, two = line.partition("|")
        parts = head.split(None, 2)
        if not sep or len(parts) != 3 or not two.split():
            raise ValueError(f"{TABLE.name}:{n}: expected 'concept lang words | words'")
        concept, lang, one = parts
        out.setdefault(lang, {})[concept] = (_side(one), _side(two))
    return out


@lru_cache(maxsize=1)
def table() -> dict[str, dict[str, tuple[_Side, _Side]]]:
    return parse(TABLE.read_text(encoding="utf-8"))


@lru_cache(maxsize=65536)
def sides(text: str, lang: str | None = None) -> frozenset[tuple[str, int]]:
    """(concept, side) pairs ``text`` expresses, in ``lang`` (all languages if unknown)."""
    words = frozenset(fold(w) for w in _WORD.findall(text))
    tab = table()
    langs = [lang] if lang in tab else list(tab)
    out = set()
    for lg in langs:
        for concept, (one, two) in tab[lg].items():
            if one.hit(words):
                out.add((concept, 1))
            if two.hit(words):
                out.add((concept, 2))
    return frozenset(out)


def reversed_claim(a: str, b: str, lang_a: str | None = None, lang_b: str | None = None) -> bool:
    """Whether one text says one side of a concept and the other only the opposite."""
    sa, sb = sides(a, lang_a), sides(b, lang_b)
    for concept, side in sa:
        other = (concept, 3 - side)
        if other in sb and other not in sa and (concept, side) not in sb:
            return True
    return False
