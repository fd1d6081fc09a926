"""Quoted passages and who speaks them: a label inside a quote is the speaker's, not the
outlet's. Quotes are found per paragraph, since a quote may run over sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass

_SPEECH = (
    r"said|says|told|tells|added|adds|insisted|insists|claimed|claims|stated|states|"
    r"declared|declares|wrote|writes|explained|explains|warned|warns|argued|argues|"
    r"asked|replied|noted|recalled|ha dichiarato|ha detto|afferma|dice|ha affermato|"
    r"a déclaré|a dit|affirme|déclare|explique|tha|deklaroi"
)
_NAMEISH = r"[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,5}"
# ," said Interior Minister Ana Petrel   /  ," Tomas Varga told supporters
_AFTER = re.compile(
    rf"\s*[,.:;!?]?\s*(?:(?P<v1>{_SPEECH})\s+(?P<s1>{_NAMEISH})|(?P<s2>{_NAMEISH}?)\s+(?:{_SPEECH})\b)",
    re.I,
)
# Tomas Varga said: "   /  Varga told supporters: "
_BEFORE = re.compile(rf"(?P<s>{_NAMEISH})\s+(?:{_SPEECH})\b[^.!?\"“«]{{0,40}}[,:]?\s*$", re.I)

_PAIRS = {"“": "”", "«": "»", "„": "“", '"': '"', "‘": "’", "'": "'", "‹": "›"}


@dataclass(slots=True)
class Quote:
    start: int  # inside the marks
    end: int
    speaker: tuple[int, int] | None  # span of the words naming the speaker


def _opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    # French guillemets take a (no-break) space inside
    return (before.isspace() or before in "([—–-:") and (text[i] == "«" or not after.isspace())


def _closes(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (text[i] == "»" or not before.isspace()) and not after.isalnum()


def find_quotes(text: str, paragraphs: list[tuple[int, int]] | None = None) -> list[Quote]:
    """Quotes in ``text``; apostrophes (group’s, l'Ufficio) are told from single quotes by
    what stands around them."""
    out: list[Quote] = []
    for ps, pe in paragraphs or [(0, len(text))]:
        i = ps
        while i < pe:
            ch = text[i]
            close = _PAIRS.get(ch)
            if close and _opens(text, i):
                j = i + 1
                while j < pe:
                    if text[j] == close and _closes(text, j):
                        break
                    if text[j] == "\n" and close in "'’":
                        j = pe
                        break
                    j += 1
                if j < pe and j - i > 1:
                    out.append(Quote(i + 1, j, _speaker(text, i, j + 1, ps, pe)))
                    i = j + 1
                    continue
            i += 1
    return out


def _speaker(text: str, qs: int, qe: int, ps: int, pe: int) -> tuple[int, int] | None:
    stop = pe
    for k in range(qe, pe):
        if text[k] in ".!?" and k > qe + 1:
            stop = k
            break
    m = _AFTER.match(text, qe, stop)
    if m:
        g = "s1" if m.group("s1") else "s2"
        if m.group(g):
            return (m.start(g), m.end(g))
    floor = max(ps, text.rfind(".", ps, qs) + 1)
    m = _BEFORE.search(text, floor, qs)
    if m:
        return (m.start("s"), m.end("s"))
    return None
