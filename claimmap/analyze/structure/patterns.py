"""One line of a page → the cue it carries (a byline, "Also read:", "(End)", a caption…).

The regular expressions are built from the word tables in ``cues``; what a cue means for
the page's articles is decided elsewhere (``split``, ``fields``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claimmap.analyze.structure import cues as C
from claimmap.analyze.structure.names import is_name, is_person, leading_name
from claimmap.ingest.dates import DMY, ISO, MDY, MONTHS, NUMERIC_DMY, parse_date

# "15 de junio de 2023" (es/pt): parse_date reads it once the "de"s are dropped
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DE_DATE = rf"\b\d{{1,2}}\s+de\s+(?:{_MONTH})\s+(?:de|del)\s+\d{{4}}\b"
_DATE = rf"(?i:{_DE_DATE}|{DMY.pattern}|{MDY.pattern}|{ISO.pattern}|{NUMERIC_DMY.pattern})"


def read_date(raw: str) -> tuple[str, str] | None:
    """``parse_date`` that also reads "15 de junio de 2023"."""
    return parse_date(re.sub(r"\s+(?:de|del)\s+", " ", raw, flags=re.I))


def _alt(phrases) -> str:  # type: ignore[no-untyped-def]
    """A regex alternation of phrases, longest first, any run of spaces between words."""
    uniq = sorted(set(phrases), key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in uniq)


def _flat(table: dict[str, tuple[str, ...]]) -> list[str]:
    return [p for words in table.values() for p in words]


_PUB_LEAD = _alt(p for lead, _, _ in C.PUBLISHED.values() for p in lead)
_PUB_IN = _alt(p for _, words, _ in C.PUBLISHED.values() for p in words)
_PUB_BY = _alt(p for _, _, words in C.PUBLISHED.values() for p in words)
_LANG = _alt(C.LANGUAGE_NAMES)

URL = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
END = re.compile(rf"^(?:\(\s*(?:{_alt(C.END_WORDS)})\s*\)|(?:{_alt(C.END_WORDS)})\.?|"
                 r"(?:\*\s*){3,}|-{3,}|[—–]{2,}|_{3,}|#{3,}|~{3,})$", re.I)  # fmt: skip
JUNK = re.compile(rf"^(?:{_alt(C.JUNK)})\s*[.*]?\s*(?:\.\.\.|…)?$", re.I)
AGENCY_CAPTION = re.compile(rf"\((?:{_alt(C.PHOTO_AGENCIES)})(?:/[^)]*)?\)\s*$")
COOKIE = re.compile(rf"\b(?:{_alt(C.COOKIE_WORDS)})\b", re.I)
SOURCE_LINK = re.compile(rf"^(?:{_alt(C.SOURCE_LINK)})\s*[:.]?$", re.I)
ORIGINAL = re.compile(
    rf"^(?P<link>{_alt(C.LINK_WORDS)})?\s*(?P<what>{_alt(_flat(C.ORIGINAL))})\s*"
    rf"(?:\(\s*(?:in\s+)?(?P<lang>{_LANG})\s*\)|[:–-]\s*(?P<lang2>{_LANG}))?\s*:?$",
    re.I,
)
TRANSLATED = re.compile(
    rf"^(?P<pre>[^()\n]{{0,40}}?)\(?\s*(?:{_alt(_flat(C.TRANSLATED_BY))})\s*:?\s+"
    r"(?P<by>[^()\n]{2,80}?)\s*\)?\s*\.?$",
    re.I,
)
PUBLISHED = re.compile(
    rf"^(?:{_PUB_LEAD})\s*:?\s*(?P<date>{_DATE})\s*,?"
    rf"(?:\s+(?:{_PUB_IN})\s+(?P<section>[^\n]{{1,40}}?))?"
    rf"(?:\s+(?:{_PUB_BY})\s+(?P<by>[^\n]{{2,60}}?))?\s*\.?$",
    re.I,
)
DATE_LINE = re.compile(rf"^(?:{_alt(C.DATE_LINE)})\s*:\s*(?P<date>{_DATE})\s*$", re.I)
PUBLICATION = re.compile(
    rf"^(?:{_alt(C.PUBLICATION)})\s*:\s*(?P<outlet>[^\n]+?)"
    rf"(?:\s+(?:{_alt(C.VOLUME)})\s*:?.*)?$",
    re.I,
)
ALSO_READ = re.compile(rf"^(?:{_alt(C.ALSO_READ)})\s*(?:[:：]\s*(?P<rest>.*)|\.{{3}}|…)?$", re.I)
RELATED = re.compile(rf"^(?:{_alt(C.RELATED)})\s*:?$", re.I)
SHARE = re.compile(rf"^(?:{_alt(C.SHARE)})\s*(?:this|on)?\s*[:(]?\s*\d*\)?$", re.I)
SIGN_UP = re.compile(rf"^(?:{_alt(C.SIGN_UP)})\b(?P<rest>.*)$", re.I)
CAPTION = re.compile(rf"^\(?\s*(?:{_alt(C.CAPTION)})\s*[:：]\s*\S", re.I)
CREDIT = re.compile(rf"^\(\s*(?:{_alt(C.SOURCE)}|{_alt(C.CAPTION)})\s*:[^)]*\)$", re.I)
FIRST_PUBLISHED = re.compile(
    rf"\b(?:{_alt(C.FIRST_PUBLISHED)})\s+(?:the\s+|il\s+|le\s+|la\s+|el\s+)?"
    r"(?P<outlet>[^.,;:()\n]{2,60}?)\s*(?:[.,;:(]|$)",
    re.I,
)
COMMENTS = re.compile(
    rf"^(?:\d+\s+(?:{_alt(C.COMMENTS)})|(?:{_alt(C.COMMENTS)})\s*(?:\(\d+\))?)\s*:?$", re.I
)
DASH_SIGNATURE = re.compile(r"^[—–-]\s*(?P<head>[^,\n]{2,60}?)(?:,\s*(?P<mid>[^\n]{2,80}?))?\s*$")
SOURCE = re.compile(rf"^(?:{_alt(C.SOURCE)})\s*[:：]\s*(?P<outlet>[^\n]{{2,80}}?)\s*\.?$", re.I)
FOOTER = re.compile(
    r"^(?:(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(?P<outlet2>[^.\n|]{2,50})|"
    r"(?P<outlet>[^|\n]{2,50}?)\s+\|\s+[^|\n]{2,120})$",
    re.I,
)
BY_HEADER = re.compile(rf"^(?:{_alt(_flat(C.BY))})\s*:?$", re.I)
BY = re.compile(rf"^(?P<cue>{_alt(_flat(C.BY))})\s*[:：]?\s+(?P<rest>\S[^\n]*)$", re.I)
# a "By" opening an excerpt byline's head, or inside it after a glued headline (matched
# as written: a capitalised "By"/"Di"/"Par" before a capitalised name)
BY_LEAD = re.compile(rf"^\s*(?:{_alt(_flat(C.BY))})\s*[:：]?\s+", re.I)
BY_INSIDE = re.compile(rf"\s(?:{_alt(_flat(C.BY))})\s*:?\s+(?=[A-ZÀ-Þ])")
# "[Headline ]Name, Outlet, Month DD YYYY:… excerpt"
EXCERPT = re.compile(rf",\s*(?P<date>{_DATE})\s*:\s*(?:…|\.\.\.)?\s*")
# "Name, Outlet[, Place], 5 aprile 2022" as a whole line; "Outlet, City, Country" undated
SIGNATURE = re.compile(
    rf"^(?P<head>[^,\n]{{2,80}}),\s*(?P<mid>[^\n]{{2,120}}?),\s*(?P<date>{_DATE})\s*\.?$"
)
PLACE_SIGNATURE = re.compile(
    r"^(?P<head>[^,\n]{2,40}),\s*(?P<mid>[^,\n]{2,30}(?:,\s*[^,\n]{2,30}){1,2})$"
)


@dataclass(slots=True)
class Cue:
    """A cue line at ``[start, end)`` with the fields it states, each ``(value, start, end)``
    in the page's offsets."""

    kind: str
    start: int
    end: int
    fields: dict[str, tuple[str, int, int]] = field(default_factory=dict)
    excerpt: str = ""  # the excerpt text after an "Author, Outlet, Date:…" byline

    def value(self, name: str) -> str | None:
        f = self.fields.get(name)
        return f[0] if f else None


def _words(s: str) -> int:
    return len(s.split())


def _put(cue: Cue, name: str, value: str | None, line: str, base: int, at: int = 0) -> None:
    """Record ``value`` (found in ``line`` at or after ``at``) with its page offsets."""
    if not value:
        return
    value = value.strip(" \t.,;:–-")
    if not value:
        return
    i = line.find(value, at)
    i = i if i >= 0 else at
    cue.fields[name] = (value, base + i, base + i + len(value))


def _put_date(cue: Cue, raw: str | None, line: str, base: int) -> None:
    if raw and (d := read_date(raw)):
        _put(cue, "date", raw, line, base)
        value, s, e = cue.fields["date"]
        cue.fields["date"] = (d[0], s, e)
        cue.fields["granularity"] = (d[1], s, e)


def _byline_rest(cue: Cue, rest: str, line: str, base: int) -> bool:
    """ "Jane Roe", "A and B (Org)", "Jane Roe, Outlet, March 3 2021" after a "By" cue."""
    org = None
    if m := re.search(r"\s*\(([^()]{2,80})\)\s*$", rest):
        org, rest = m.group(1), rest[: m.start()]
    parts = [p.strip() for p in re.split(r",|\s[|–—]\s", rest)]
    date = None
    if len(parts) > 1 and _words(parts[-1]) <= 6 and read_date(parts[-1]):
        date = parts.pop()
    author = parts[0] if parts else ""
    if not (is_person(author) or (is_name(author) and (len(parts) > 1 or org))):
        return False
    if rest.rstrip()[-1:] in ".!?" and not date:
        return False
    outlet = parts[1] if len(parts) > 1 else None
    if outlet and not is_name(outlet, max_tokens=6) and "." not in outlet:
        return False
    _put(cue, "author", author, line, base)
    _put(cue, "outlet", outlet, line, base, cue.fields["author"][2] - base)
    _put(cue, "org", org, line, base)
    _put_date(cue, date, line, base)
    return True


def classify_line(line: str, base: int) -> Cue | None:
    """The cue ``line`` (at page offset ``base``) carries, or None for ordinary text."""
    s = line.strip()
    if not s:
        return None
    base += line.find(s)
    end = base + len(s)
    n = _words(s)
    cue = Cue("", base, end)
    if URL.match(s):
        cue.kind = "url"
    elif END.match(s):
        cue.kind = "end"
    elif JUNK.match(s) or (COOKIE.search(s) and n <= 40 and "accept" in s.lower()):
        cue.kind = "junk"
    elif SOURCE_LINK.match(s):
        cue.kind = "source-link"
    elif (m := ORIGINAL.match(s)) and (m.group("link") or m.group("lang") or m.group("lang2")):
        cue.kind = "original-link" if m.group("link") else "original-heading"
        lang = (m.group("lang") or m.group("lang2") or "").lower()
        if lang in C.LANGUAGE_NAMES:
            cue.fields["language"] = (C.LANGUAGE_NAMES[lang], base, end)
    elif n <= 15 and (m := TRANSLATED.match(s)) and _names_someone(m.group("by")):
        cue.kind = "translated"
        _put(cue, "by", m.group("by"), s, base, m.start("by"))
    elif m := PUBLISHED.match(s):
        cue.kind = "published"
        _put_date(cue, m.group("date"), s, base)
        for name in ("section", "by"):
            if m.group(name):
                _put(cue, name, m.group(name), s, base, m.start(name))
    elif m := DATE_LINE.match(s):
        cue.kind = "date-line"
        _put_date(cue, m.group("date"), s, base)
    elif m := PUBLICATION.match(s):
        cue.kind = "publication"
        _put(cue, "outlet", m.group("outlet"), s, base)
    elif (m := ALSO_READ.match(s)) and n <= 30:
        # "Also read:" alone heads the next article; "Read more: Some Title" is one link
        cue.kind = "also-read" if not (m.group("rest") or "").strip() else "related-link"
    elif RELATED.match(s):
        cue.kind = "related"
    elif COMMENTS.match(s):
        cue.kind = "comments"
    elif SHARE.match(s) or ((m := SIGN_UP.match(s)) and n <= 12):
        cue.kind = "share"
    elif CREDIT.match(s) or (CAPTION.match(s) and n <= 60) or _agency_caption(s, n):
        cue.kind = "caption"
    elif (m := SOURCE.match(s)) and n <= 8:
        cue.kind = "source"
        _put(cue, "outlet", _domain_or_name(m.group("outlet")), s, base)
    elif n <= 20 and (m := FOOTER.match(s)):
        cue.kind = "footer"
        _put(cue, "outlet", m.group("outlet") or m.group("outlet2"), s, base)
    elif BY_HEADER.match(s) and (n > 1 or s.endswith(":")):
        cue.kind = "by-header"
    elif (m := EXCERPT.search(s)) and n >= 3 and _byline_head(s[: m.start()]):
        cue.kind = "excerpt"
        _put_date(cue, m.group("date"), s, base)
        cue.fields["head"] = (s[: m.start()], base, base + m.start())
        cue.excerpt = s[m.end() :]
    elif n <= 15 and (m := BY.match(s)) and _byline_rest(cue, m.group("rest"), s, base):
        cue.kind = "by"
    elif n <= 15 and (m := SIGNATURE.match(s)):
        cue.kind = "signature"
        _put_date(cue, m.group("date"), s, base)
        cue.fields["head"] = (m.group("head"), base, base + m.end("head"))
        cue.fields["mid"] = (m.group("mid"), base + m.start("mid"), base + m.end("mid"))
    elif n <= 12 and (m := DASH_SIGNATURE.match(s)) and is_name(m.group("head")):
        cue.kind = "signature"
        cue.fields["head"] = (m.group("head"), base + m.start("head"), base + m.end("head"))
        if m.group("mid"):
            cue.fields["mid"] = (m.group("mid"), base + m.start("mid"), base + m.end("mid"))
    elif n <= 30 and (m := FIRST_PUBLISHED.search(s)) and (name := leading_name(m.group("outlet"))):
        cue.kind = "source"
        _put(cue, "outlet", name, s, base, m.start("outlet"))
    elif n <= 8 and (m := PLACE_SIGNATURE.match(s)) and all(is_name(f) for f in s.split(",")):
        cue.kind = "signature"
        cue.fields["head"] = (m.group("head"), base, base + m.end("head"))
        cue.fields["mid"] = (m.group("mid"), base + m.start("mid"), base + m.end("mid"))
    else:
        return None
    return cue


def _names_someone(s: str) -> bool:
    """A person, an outlet or a domain — not the rest of a sentence."""
    s = s.strip().rstrip(".")
    return is_name(s, max_tokens=6) or bool(re.fullmatch(r"[\w.-]+\.[a-z]{2,}", s))


def _agency_caption(s: str, n: int) -> bool:
    return n <= 40 and bool(AGENCY_CAPTION.search(s))


def _byline_head(head: str) -> bool:
    """What precedes ", Date:" names someone: "[Headline ]Name, Outlet" or "Outlet"."""
    return "," in head or is_name(head.strip())


def _domain_or_name(v: str) -> str:
    m = re.match(r"^(?:https?://)?(?:www\.)?([\w.-]+\.[a-z]{2,})(?:/\S*)?$", v.strip(), re.I)
    return m.group(1) if m else v


def last_by_inside(head: str) -> int:
    """End of the last "By" inside ``head`` ("Headline By Jane Roe"), or 0."""
    ends = [m.end() for m in BY_INSIDE.finditer(head)]
    return ends[-1] if ends else 0


def name_after_header(line: str, base: int) -> Cue | None:
    """The name on the line after a "Written by" header."""
    s = line.strip()
    if not is_name(s, max_tokens=5):
        return None
    cue = Cue("by", base + line.find(s), base + line.find(s) + len(s))
    _put(cue, "author", s, line, base)
    return cue
