"""Metadata a plain-text article states about itself: title, dateline, byline, outlet.

The cue patterns are data (``BYLINE_RULES``), not code paths: add a language's cue words
there. Only the head of the text is read, and nothing is invented when no cue matches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimmap.ingest.dates import DMY, ISO, MDY, parse_date

HEAD_CHARS = 2500
GENERIC_AUTHORS = {"admin", "administrator", "editor", "staff", "redazione", "redaksia", "web"}
_DATE = rf"(?i:{DMY.pattern}|{MDY.pattern}|{ISO.pattern})"
_NAME = r"[^\n,:;()]{2,60}?"

# (name, regex, which groups carry author/outlet/date); first match of each field wins
BYLINE_RULES: list[tuple[str, re.Pattern[str]]] = [
    # "Published on 17 May 2020 in SECURITY by admin" / "Pubblicato il 17 maggio 2020 da X"
    (
        "published-on",
        re.compile(
            rf"(?:Published|Posted|Pubblicato|Publié|Publikuar)\s+(?:on|il|le|më)?\s*"
            rf"(?P<date>{_DATE})(?:\s+(?:in|nella|dans|në)\s+[^\n]{{1,40}}?)?"
            rf"(?:\s+(?:by|da|par|nga)\s+(?P<author>{_NAME}))?\s*$",
            re.I | re.M,
        ),
    ),
    # "By Jane Roe, Outlet Name, March 3 2021:" (excerpt bylines of reposts)
    (
        "by-outlet-date",
        re.compile(
            rf"^\s*(?:By|Di|Par|Nga)\s+(?P<author>{_NAME}),\s*(?P<outlet>{_NAME}),\s*"
            rf"(?P<date>{_DATE})",
            re.I | re.M,
        ),
    ),
    # "Name, Outlet, May 24 2020:…" — exactly two fields before the date
    (
        "author-outlet-date",
        re.compile(
            rf"(?:^|\s)(?P<author>[A-Z][\w'’.-]+(?:\s+[\w'’.-]+){{1,3}}),\s*"
            rf"(?P<outlet>[\w'’. -]{{2,40}}),\s*(?P<date>{_DATE})\s*:",
            re.M,
        ),
    ),
    # "Inside Over, Tirana, Albania, January 01 2020:" — outlet, then place names
    (
        "outlet-place-date",
        re.compile(
            rf"(?:^|\s)(?P<outlet>[A-Z][\w'’.-]+(?:\s+[\w'’.-]+){{0,3}}),"
            rf"(?:\s*[A-Z][\w'’.-]+(?:\s+[\w'’.-]+){{0,2}},){{1,3}}\s*(?P<date>{_DATE})\s*:",
            re.M,
        ),
    ),
    (
        "by-line",
        re.compile(rf"^\s*(?:By|Written by|Di|Par|Nga)[:\s]+(?P<author>{_NAME})\s*$", re.M),
    ),
    (
        "publication",
        re.compile(r"^\s*Publication:\s*(?P<outlet>[^\n]+?)(?:\s+Volume:|\s*$)", re.I | re.M),
    ),
    ("date-line", re.compile(rf"^\s*(?:Date|Published|Data)\s*:\s*(?P<date>{_DATE})", re.I | re.M)),
]


@dataclass(slots=True)
class TextMeta:
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    published: str | None = None
    granularity: str | None = None


# lines that open many scraped pages but are never the headline
NOT_A_TITLE = re.compile(
    r"^(?:placeholder\b|photo\s*:|image\s*:|foto\s*:|share\b|advertisement|skip to|menu$|home$)",
    re.I,
)


def infer_title(text: str) -> str | None:
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line and not NOT_A_TITLE.match(line):
            return line if len(line) <= 250 else line[:247].rsplit(" ", 1)[0] + "…"
    return None


def infer_meta(text: str) -> TextMeta:
    head = text[:HEAD_CHARS]
    meta = TextMeta(title=infer_title(text))
    for _name, rx in BYLINE_RULES:
        m = rx.search(head)
        if not m:
            continue
        groups = {k: _after_title(v, meta.title) for k, v in m.groupdict().items() if v}
        author = (groups.get("author") or "").strip(" .")
        if author and not meta.author and author.lower() not in GENERIC_AUTHORS:
            meta.author = author
        outlet = (groups.get("outlet") or "").strip(" .")
        if outlet and not meta.outlet:
            meta.outlet = outlet
        if groups.get("date") and not meta.published:
            parsed = parse_date(groups["date"])
            if parsed:
                meta.published, meta.granularity = parsed
    return meta


def _after_title(field: str, title: str | None) -> str:
    """Drop a repeated headline glued before a byline ("Some Headline Jane Roe, Outlet, …").

    Scraped pages often run the headline into the byline without a separator; the longest
    run of the title's leading words at the start of the field is not part of the name.
    """
    if not title:
        return field
    words, tw = field.split(), title.split()
    n = 0
    while n < min(len(words) - 1, len(tw)) and words[n].lower() == tw[n].lower():
        n += 1
    if n:
        return " ".join(words[n:])
    # the field may start mid-headline: drop title words up to the last one it shares
    for k in range(len(words) - 1, 0, -1):
        if [w.lower() for w in words[:k]] == [w.lower() for w in tw[-k:]] or all(
            w.lower() in {t.lower() for t in tw} for w in words[:k]
        ):
            return " ".join(words[k:])
    return field
