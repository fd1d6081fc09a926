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

# (name, scope, regex). Scope "page": the line describes the page itself. Scope "excerpt":
# an "Author, Outlet, Date:" byline, which on a repost page belongs to the reposted article
# (its outlet is then not the page's). First match of each field wins, page rules first.
BYLINE_RULES: list[tuple[str, str, re.Pattern[str]]] = [
    # "(Translated by Outlet)": the translator is the publisher of the page
    (
        "translated-by",
        "page",
        re.compile(
            r"\((?:Translated|Tradotto|Traduit|Traducido|Përkthyer|Übersetzt)\s+"
            r"(?:by|da|par|por|nga|von)\s+(?P<outlet>[^)\n]{2,60})\)",
            re.I,
        ),
    ),
    # "Published on 17 May 2020 in SECURITY by admin" / "Pubblicato il 17 maggio 2020 da X"
    (
        "published-on",
        "page",
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
        "excerpt",
        re.compile(
            rf"^\s*(?:By|Di|Par|Nga)\s+(?P<author>{_NAME}),\s*(?P<outlet>{_NAME}),\s*"
            rf"(?P<date>{_DATE})",
            re.I | re.M,
        ),
    ),
    # "Name, Outlet, May 24 2020:…" — exactly two fields before the date
    (
        "author-outlet-date",
        "excerpt",
        re.compile(
            rf"(?:^|\s)(?P<author>[A-Z][\w'’.-]+(?:\s+[\w'’.-]+){{1,3}}),\s*"
            rf"(?P<outlet>[\w'’. -]{{2,40}}),\s*(?P<date>{_DATE})\s*:",
            re.M,
        ),
    ),
    # "Inside Over, Tirana, Albania, January 01 2020:" — outlet, then place names
    (
        "outlet-place-date",
        "excerpt",
        re.compile(
            rf"(?:^|\s)(?P<outlet>[A-Z][\w'’.-]+(?:\s+[\w'’.-]+){{0,3}}),"
            rf"(?:\s*[A-Z][\w'’.-]+(?:\s+[\w'’.-]+){{0,2}},){{1,3}}\s*(?P<date>{_DATE})\s*:",
            re.M,
        ),
    ),
    (
        "by-line",
        "page",
        re.compile(rf"^\s*(?:By|Written by|Di|Par|Nga)[:\s]+(?P<author>{_NAME})\s*$", re.M),
    ),
    (
        "publication",
        "page",
        re.compile(r"^\s*Publication:\s*(?P<outlet>[^\n]+?)(?:\s+Volume:|\s*$)", re.I | re.M),
    ),
    (
        "date-line",
        "page",
        re.compile(rf"^\s*(?:Date|Published|Data)\s*:\s*(?P<date>{_DATE})", re.I | re.M),
    ),
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
    page_date: str | None = None
    for scope in ("page", "excerpt"):
        for _name, rule_scope, rx in BYLINE_RULES:
            if rule_scope != scope or not (m := rx.search(head)):
                continue
            groups = {k: v for k, v in m.groupdict().items() if v}
            if scope == "excerpt":  # repost pages glue the headline onto the byline
                groups = {k: _after_title(v, meta.title) for k, v in groups.items()}
            date = parse_date(groups["date"]) if groups.get("date") else None
            # an excerpt dated otherwise than the page is a reposted article: its byline is
            # that article's (the structure stage records it), not the page's
            repost = scope == "excerpt" and page_date is not None and date is not None
            repost = repost and date is not None and date[0] != page_date
            author = groups.get("author", "").strip(" .")
            # "Published … by Outlet" names no person
            person = author.lower() not in GENERIC_AUTHORS and author != meta.outlet
            if author and not meta.author and person and not repost:
                meta.author = author
            outlet = groups.get("outlet", "").strip(" .")
            if outlet and not meta.outlet and not repost:
                meta.outlet = outlet
            if date and not meta.published:
                meta.published, meta.granularity = date
            if date and scope == "page" and page_date is None:
                page_date = date[0]
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
    # the field may start mid-headline: drop the headline's tail, or a run of 2+ words
    # found contiguous in the title
    low_t = [t.lower() for t in tw]
    for k in range(min(len(words) - 1, len(low_t)), 0, -1):
        if [w.lower() for w in words[:k]] == low_t[-k:]:
            return " ".join(words[k:])
    for k in range(len(words) - 1, 1, -1):
        run = [w.lower() for w in words[:k]]
        if any(low_t[i : i + k] == run for i in range(len(low_t) - k + 1)):
            return " ".join(words[k:])
    return field
