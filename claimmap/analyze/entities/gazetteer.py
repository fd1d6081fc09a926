"""Finding known names anywhere in the corpus, in any language.

Names come from the English NER, alias definitions, translations and the alias file. The
match runs over words folded like the keys (case, accents), so "Mavrík" finds "Mavrik";
it must start on a capital letter (or an all-caps acronym) in the text, so the common
word "front" never matches the name "Front".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from claimmap.analyze.entities.fold import fold, words
from claimmap.analyze.stopwords import STOPWORDS

_WORD = re.compile(r"[^\W_]+", re.U)
_ALL_STOP = frozenset().union(*STOPWORDS.values())


class Gazetteer:
    def __init__(self) -> None:
        # first folded word -> {tuple of folded words: name}
        self._index: dict[str, dict[tuple[str, ...], str]] = {}
        self.max_len = 1

    def add(self, name: str) -> None:
        key = tuple(fold(name).split())
        if not key or (len(key) == 1 and (len(key[0]) < 2 or key[0] in _ALL_STOP)):
            return
        self._index.setdefault(key[0], {})[key] = name
        self.max_len = max(self.max_len, len(key))

    def update(self, names: Iterable[str]) -> None:
        for n in names:
            self.add(n)

    def _names(self) -> list[str]:
        return [n for d in self._index.values() for n in d.values()]

    def __len__(self) -> int:
        return sum(len(v) for v in self._index.values())

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
        """Longest non-overlapping matches in ``text[start:end]``: (start, end, name)."""
        end = len(text) if end is None else end
        toks = []
        for m in _WORD.finditer(text, start, end):
            # "People's" -> "people" as keys fold it; "d'Azur" -> "d", "azur"
            if m.group() in ("s", "S") and m.start() > 0 and text[m.start() - 1] in "'’":
                continue
            for w in words(m.group())[:1]:
                toks.append((m.start(), m.end(), w))
        out = []
        i = 0
        while i < len(toks):
            cands = self._index.get(toks[i][2])
            hit = None
            if cands and text[toks[i][0]].isupper():
                for n in range(min(self.max_len, len(toks) - i), 0, -1):
                    key = tuple(t[2] for t in toks[i : i + n])
                    if key in cands:
                        name = cands[key]
                        # "UN", "US", "EU" are not the words "Un", "Us", "Eu"
                        short = len(name) <= 2 and name.isupper()
                        if short and not text[toks[i][0] : toks[i][1]].isupper():
                            continue
                        hit = (toks[i][0], toks[i + n - 1][1], name, n)
                        break
            if hit:
                out.append(hit[:3])
                i += hit[3]
            else:
                i += 1
        return out
