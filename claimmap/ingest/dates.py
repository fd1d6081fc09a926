"""Publication dates as people write them, to ISO 8601 with their granularity.

Only what a dateline or metadata field says is used; nothing is filled in from today.
"""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    # en
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    # it
    "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6,
    "luglio": 7, "agosto": 8, "settembre": 9, "ottobre": 10, "novembre": 11, "dicembre": 12,
    # fr
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "décembre": 12,
    # sq
    "janar": 1, "shkurt": 2, "prill": 4, "maj": 5, "qershor": 6, "korrik": 7,
    "gusht": 8, "shtator": 9, "tetor": 10, "nëntor": 11, "nentor": 11, "dhjetor": 12,
    # de / es
    "januar": 1, "februar": 2, "märz": 3, "juni": 6, "juli": 7, "oktober": 10,
    "dezember": 12, "enero": 1, "febrero": 2, "abril": 4, "mayo": 5,
    "junio": 6, "julio": 7, "septiembre": 9, "octubre": 10,
    "noviembre": 11, "diciembre": 12,
}  # fmt: skip
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))

ISO = re.compile(r"\b(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:[T ][\d:.+\-Z]*)?\b")
DMY = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th|er)?\.?\s+({_MONTH_RE})\.?,?\s+(\d{{4}})\b", re.I)
MDY = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)
MY = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{4}})\b", re.I)
NUMERIC_DMY = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b")


def _valid(y: int, m: int, d: int | None) -> bool:
    try:
        date(y, m, d or 1)
    except ValueError:
        return False
    return 1800 <= y <= 2100


def parse_date(text: str, *, day_first: bool = True) -> tuple[str, str] | None:
    """The first date in ``text`` as ``(iso, granularity)``; None when there is none.

    ``day_first`` decides ``06.01.2018`` (most of the world: 6 January); month names are
    never ambiguous.
    """
    text = text.strip()
    found: list[tuple[int, str, str]] = []
    if m := ISO.search(text):
        y, mo, d = int(m.group(1)), int(m.group(2)), m.group(3)
        if _valid(y, mo, int(d) if d else None):
            iso = f"{y:04d}-{mo:02d}" + (f"-{int(d):02d}" if d else "")
            found.append((m.start(), iso, "day" if d else "month"))
    impossible = False  # "31 February 2020" must not decay into "February 2020"
    for rx, order in ((DMY, "dmy"), (MDY, "mdy")):
        if m := rx.search(text):
            a, b, y = m.group(1), m.group(2), int(m.group(3))
            d, mon = (a, b) if order == "dmy" else (b, a)
            mo = MONTHS[mon.lower().rstrip(".")]
            if _valid(y, mo, int(d)):
                found.append((m.start(), f"{y:04d}-{mo:02d}-{int(d):02d}", "day"))
            else:
                impossible = True
    if m := NUMERIC_DMY.search(text):
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        d, mo = (a, b) if day_first else (b, a)
        if _valid(y, mo, d):
            found.append((m.start(), f"{y:04d}-{mo:02d}-{d:02d}", "day"))
    if not found and not impossible and (m := MY.search(text)):
        mo, y = MONTHS[m.group(1).lower()], int(m.group(2))
        if _valid(y, mo, None):
            found.append((m.start(), f"{y:04d}-{mo:02d}", "month"))
    if not found and (m := re.fullmatch(r"(\d{4})", text)):
        y = int(m.group(1))
        if _valid(y, 1, None):
            found.append((0, f"{y:04d}", "year"))
    if not found:
        return None
    _, iso, gran = min(found)
    return iso, gran


def granularity_of(iso: str) -> str:
    core = iso.split("T")[0]
    return {4: "year", 7: "month"}.get(len(core), "day")
