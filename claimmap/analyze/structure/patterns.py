"""One line of a page → the cue it carries (a byline, "Also read:", "(End)", a caption…).

The regular expressions are built from the word tables in ``cues``; what a cue means for
the page's articles is decided elsewhere (``split``, ``fields``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claimmap.analyze.structure import cues as C
from claimmap.analyze.structure.names import fold, is_generic, is_name, is_person, leading_name
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


_WEEKDAY = rf"(?i:{_alt([*C.WEEKDAYS, *C.WEEKDAY_ABBREVIATIONS])})\.?\s*,?\s+"
# a clock time after a date: "21.03.2024, 10:45", "26 March 2024 14.05 GMT", "à 09h12"
_TIME = (
    rf"(?:\s*[,|–—-]?\s*(?:(?:{_alt(C.TIME_WORDS)})\s+)?\d{{1,2}}[:.h]\d{{2}}"
    rf"(?:\s*(?i:{_alt(C.TIME_ZONES)}))?)"
)
_PUB_LEAD = _alt(p for lead, _, _ in C.PUBLISHED.values() for p in lead)
_PUB_IN = _alt(p for _, words, _ in C.PUBLISHED.values() for p in words)
_PUB_BY = _alt(p for _, _, words in C.PUBLISHED.values() for p in words)
_LANG = _alt(C.LANGUAGE_NAMES)

URL = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
_END_WORD = _alt(C.END_WORDS)
END = re.compile(rf"^(?:\(\s*(?:{_END_WORD})\s*\)|[—–-]*\s*(?:{_END_WORD})\.?\s*[—–-]*|"
                 r"(?:\*\s*){3,}|-{3,}|[—–]{2,}|_{3,}|#{3,}|~{3,}"
                 # a line of a few ornaments alone: "~", "◆ ◆ ◆", "•••", "§"
                 r"|[~◆◇♦•·●○■□▪§¤※❖✦✧⁂]{1}(?:\s*[~◆◇♦•·●○■□▪§¤※❖✦✧⁂]){0,4})$", re.I)  # fmt: skip
LIST_HEAD = re.compile(rf"^(?:{_alt(C.LIST_HEADS)})\b\s*:?", re.I)
_LIST_HEADS_FOLDED = frozenset(h.casefold() for h in C.LIST_HEADS)
# a row of short links: a menu, tags, a share bar or a footer ("About · Terms · Contact")
_LINK_SEP = re.compile(r"\s+[·•|›»/]\s+|\s*[·•]\s*")
LINK_ITEM_WORDS = 5


def link_row(s: str) -> bool:
    """Three or more short items between separators ("·", "|", "•", "›", "/")."""
    items = [x for x in _LINK_SEP.split(s) if x.strip()]
    return len(items) >= 3 and all(len(x.split()) <= LINK_ITEM_WORDS for x in items)


JUNK = re.compile(rf"^(?:{_alt(C.JUNK)})\s*[.*]?\s*(?:\.\.\.|…)?$", re.I)
AGENCY_CAPTION = re.compile(rf"\((?:{_alt(C.PHOTO_AGENCIES)})(?:/[^)]*)?\)\s*$")
COOKIE = re.compile(rf"\b(?:{_alt(C.COOKIE_WORDS)})\b", re.I)
_COOKIE_ACCEPT = re.compile(rf"\b(?:{_alt(C.COOKIE_ACCEPT)})", re.I)
SOURCE_LINK = re.compile(
    rf"^(?:{_alt(C.SOURCE_LINK)})\s*(?:\([^()\n]{{1,40}}\))?\s*[:.»›→]?"
    # "Full story: outlet.example/…": the link itself after the label
    r"(?:\s*(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?)?$",
    re.I,
)
# a digest item's head: "« Title » – Name, Outlet, 19 septembre 2026 (notre traduction)"
QUOTED_HEAD = re.compile(
    r"^[«“\"„‘'](?P<title>[^«»“”\"\n]{3,200})[»”\"“’']\s*[–—-]\s*(?P<rest>[^()\n]{3,120}?)"
    r"\s*(?:\((?P<note>[^()\n]{2,60})\))?\s*$"
)
ORIGINAL = re.compile(
    rf"^(?P<link>{_alt(C.LINK_WORDS)})?\s*(?:(?:{_alt(C.ORIGINAL_DETERMINERS)})\s*)?"
    rf"(?P<what>{_alt(_flat(C.ORIGINAL))})\s*"
    rf"(?:\(\s*(?:in\s+)?(?P<lang>{_LANG})\s*\)|[:–-]\s*(?P<lang2>{_LANG})|"
    rf"\s(?:{_alt(C.ORIGINAL_IN)})\s+(?P<lang3>{_LANG}))?\s*:?$",
    re.I,
)
TRANSLATED = re.compile(
    rf"^(?P<pre>[^()\n]{{0,40}}?)\(?\s*(?:{_alt(_flat(C.TRANSLATED_BY))})\s*:?\s+"
    r"(?P<by>[^()\n]{2,80}?)"
    # "… for the Olsa Valley Network": whom the translator worked for
    rf"(?:\s+(?:{_alt(C.TRANSLATED_FOR)})\s+[^()\n]{{2,60}}?)?\s*\)?\s*\.?$",
    re.I,
)
# "German original", "The Italian original:", "Original tedesco"
LANGUAGE_ORIGINAL = re.compile(
    rf"^(?:(?:{_alt(C.ORIGINAL_DETERMINERS)})\s*)?(?:(?P<lang>{_LANG})\s+(?:{_alt(_flat(C.ORIGINAL))})"
    rf"|(?:{_alt(_flat(C.ORIGINAL))})\s+(?P<lang2>{_LANG}))\s*:?$",
    re.I,
)
# "Translated from the French by Greenline Monitor" (anywhere after a sentence's end)
_TR_VERB = _alt(v for verbs, _, _ in C.TRANSLATED_FROM.values() for v in verbs)
_TR_FROM = _alt(w for _, words, _ in C.TRANSLATED_FROM.values() for w in words)
_TR_BY = _alt(w for _, _, words in C.TRANSLATED_FROM.values() for w in words)
TRANSLATED_FROM = re.compile(
    rf"(?:^|(?<=[.!?])\s+)\(?\s*(?:{_TR_VERB})\s+(?:{_TR_FROM})\s*(?P<lang>{_LANG})\b"
    rf"(?:(?:\s+(?:{_TR_BY})\s+|\s*:\s*)(?P<by>[^()\n]{{2,80}}?))?\s*\)?\s*\.?$",
    re.I,
)
# "Translation: Tidewatch Bulletin"
TRANSLATION_LABEL = re.compile(
    rf"^(?:{_alt(C.TRANSLATION_LABEL)})\s*:\s*(?P<by>[^()\n]{{2,80}}?)\s*\.?$", re.I
)
# "(Traduzione a cura della redazione)": translated by the page's own staff, unnamed
_TR_ANY = _alt(
    [*_flat(C.TRANSLATED_BY), *(v for vs, _, _ in C.TRANSLATED_FROM.values() for v in vs)]
)
STAFF_TRANSLATION = re.compile(
    rf"^\(?\s*(?:{_TR_ANY})\s*:?\s+(?P<rest>[^()\n]{{2,40}}?)\s*\)?\s*\.?$", re.I
)
# ", mis à jour à 09h12" after a publication date
_UPDATED_CLAUSE = (
    rf"(?:\s*[,;|–—-]?\s*(?i:{_alt(C.UPDATED)})\s*:?\s*(?:(?:{_WEEKDAY})?{_DATE})?{_TIME}?)"
)
PUBLISHED = re.compile(
    rf"^(?:{_PUB_LEAD})\s*:?\s*(?P<date>{_DATE}){_TIME}?{_UPDATED_CLAUSE}?\s*,?"
    rf"(?:\s+(?:{_PUB_IN})\s+(?P<section>[^\n]{{1,40}}?))?"
    rf"(?:\s+(?:{_PUB_BY})\s+(?P<by>[^\n]{{2,60}}?))?\s*\.?$",
    re.I,
)
# "Posted by editor on March 15, 2021": the signer before the date
PUBLISHED_BY_FIRST = re.compile(
    rf"^(?:{_PUB_LEAD})\s+(?:{_PUB_BY})\s+(?P<by>[^\n]{{2,60}}?)\s+"
    rf"(?:(?:on|il|le|më|el|am)\s+)?(?:{_WEEKDAY})?(?P<date>{_DATE}){_TIME}?\s*\.?$",
    re.I,
)
DATE_LINE = re.compile(rf"^(?:{_alt(C.DATE_LINE)})\s*:\s*(?P<date>{_DATE}){_TIME}?\s*$", re.I)
# a line that is only a date: "3 April 2024", "Tuesday 26 March 2024 14.05 GMT", maybe
# after a place or an outlet: "Sablona, 17 ottobre 2025 - ore 08:40"
BARE_DATE = re.compile(rf"^(?:{_WEEKDAY})?(?P<date>{_DATE}){_TIME}?\s*$")
HEAD_DATE = re.compile(
    rf"^(?P<head>[A-ZÀ-Þ][^,:\n]{{1,50}}?)\s*,\s*(?:{_WEEKDAY})?(?P<date>{_DATE}){_TIME}?\s*$"
)
UPDATED = re.compile(
    rf"^(?:{_alt(C.UPDATED)})\s*:?\s*(?:{_WEEKDAY})?(?P<date>{_DATE}){_TIME}?\s*\.?$", re.I
)
PUBLICATION = re.compile(
    rf"^(?:{_alt(C.PUBLICATION)})\s*:\s*(?P<outlet>[^\n]+?)"
    rf"(?:\s+(?:{_alt(C.VOLUME)})\s*:?.*)?$",
    re.I,
)
ALSO_READ = re.compile(rf"^(?:{_alt(C.ALSO_READ)})\s*(?:[:：]\s*(?P<rest>.*)|\.{{3}}|…)?$", re.I)
RELATED = re.compile(rf"^(?:{_alt(C.RELATED)})\s*:?$", re.I)
REFERENCES_HEAD = re.compile(rf"^(?:{_alt(C.REFERENCES)})\s*:?$", re.I)
SHARE = re.compile(
    rf"^(?:{_alt(C.SHARE)})\s*(?:(?:[|·•/,:]\s*)?(?:{_alt(C.SHARE)}|{_alt(C.SHARE_FILLERS)})\b\s*){{0,8}}"
    rf"[:(]?\s*\d*\)?$",
    re.I,
)
SIGN_UP = re.compile(rf"^(?:{_alt(C.SIGN_UP)})\b(?P<rest>.*)$", re.I)
CAPTION = re.compile(rf"^\(?\s*(?:{_alt(C.CAPTION)})\s*[:：]\s*\S", re.I)
CREDIT = re.compile(rf"^\(\s*(?:{_alt(C.SOURCE)}|{_alt(C.CAPTION)})\s*:[^)]*\)$", re.I)
FIRST_PUBLISHED = re.compile(
    rf"\b(?:{_alt(C.FIRST_PUBLISHED)})\s+(?:the\s+|il\s+|le\s+|la\s+|el\s+)?"
    r"(?P<outlet>[^.,;:()\n]{2,60}?)\s*(?:[.,;:()]|$)",
    re.I,
)
COMMENTS = re.compile(
    rf"^(?:\d+\s+(?:{_alt(C.COMMENTS)})|(?:{_alt(C.COMMENTS)})\s*(?:\(\d+\))?)\s*:?$"
    # forums: "Re: Title" opens a reply
    r"|^Re:\s+\S.*$"
    # WordPress: '1 thought on "Title"', "3 responses to …"
    rf"|^(?:\d+|one|two|three)\s+(?:{_alt(C.COMMENT_HEADS)})\s+(?:on|to)\s+\S.*$",
    re.I,
)
DASH_SIGNATURE = re.compile(r"^[—–-]\s*(?P<head>[^,\n]{2,60}?)(?:,\s*(?P<mid>[^\n]{2,80}?))?\s*$")
SOURCE = re.compile(rf"^(?:{_alt(C.SOURCE)})\s*[:：]\s*(?P<outlet>[^\n]{{2,80}}?)\s*\.?$", re.I)
RIGHTS = re.compile(rf"[.,;:–—-]?\s*(?:{_alt(C.RIGHTS)})\s*\.?\s*$", re.I)
FOOTER = re.compile(
    r"^(?:(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(?P<outlet2>(?:[^.\n|]|\.(?=\S)){2,50})\.?|"
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
    rf"^(?:[—–-]\s*)?(?P<head>[^,\n]{{2,80}}),\s*(?P<mid>[^\n]{{2,120}}?),\s*(?P<date>{_DATE})"
    # "(extract)", "(estratto)": a short note on what was taken
    r"(?:\s*\([^()\n]{1,20}\))?\s*\.?$"
)
# "Helena Varga / The Merrow Gazette"
SLASH_SIGNATURE = re.compile(r"^(?P<head>[^/\n]{3,50}?)\s+/\s+(?P<mid>[^/\n]{2,60}?)$")
PLACE_SIGNATURE = re.compile(
    r"^(?P<head>[^,\n]{2,40}),\s*(?P<mid>[^,\n]{2,30}(?:,\s*[^,\n]{2,30}){1,2})$"
)


# "Name, Outlet, 4 Nov 2026 — text…": the same head with a dash; only a short
# "Name, Outlet" head before the date ("The council met in X, 4 May 2024 — …" is text)
EXCERPT_DASH = re.compile(rf",\s*(?P<date>{_DATE})\s+[—–]\s+(?=\S)")


def _dash_excerpt(s: str) -> re.Match[str] | None:
    m = EXCERPT_DASH.search(s)
    head = s[: m.start()] if m else ""
    return m if m and "," in head and len(head.split()) <= 8 else None


# "Cet article de X est paru le 23 mars 2024 dans Y.": a credit sentence
_PI_VERB = _alt(v for verbs, _, _ in C.PUBLISHED_IN.values() for v in verbs)
_PI_IN = _alt(w for _, words, _ in C.PUBLISHED_IN.values() for w in words)
_PI_BY = _alt(w for _, _, words in C.PUBLISHED_IN.values() for w in words)
CREDIT_VERB = re.compile(rf"\b(?:{_PI_VERB})\b", re.I)
NOTE_CREDIT_VERB = re.compile(rf"\b(?:{_alt(C.NOTE_CREDIT_VERBS)})\b", re.I)
CREDIT_SUBJECT = re.compile(rf"\b(?:{_alt(C.CREDIT_SUBJECTS)})\b", re.I)
_RELATIVES = frozenset(C.RELATIVE_WORDS)
CREDIT_OPENING = re.compile(
    rf"^\(?\s*(?:(?:{_alt(C.CREDIT_DETERMINERS)})\s*)?(?:{_alt(C.CREDIT_SUBJECTS)})\b", re.I
)
_CREDIT_IN_ANY = re.compile(
    rf"(?:^|(?<=\s))(?:{_PI_IN})\s+(?:(?:the|il|lo|la|le|el|l['’])\s*)?(?=(?P<outlet>[A-ZÀ-Þ][^\n]*))"
)
CREDIT_BY = re.compile(rf"(?:\b(?:{_PI_BY})\s+|\b[dD]['’])(?P<name>[A-ZÀ-Þ][^\n]*)")
# "(Reporting by X; editing by Y)"
_CREDIT_WORD = _alt([*C.REPORTING_BY, *C.OTHER_CREDITS])
# "… – aus dem Englischen", "— translated from the French" closing a credit line
_CREDIT_TRANSLATED = rf"\s[–—-]\s*(?:(?:{_TR_VERB})\s+)?(?:{_TR_FROM})\s*(?P<lang>{_LANG})"
CREDITS = re.compile(
    rf"^\(?\s*(?:{_CREDIT_WORD})\s*:?\s+[^;·|()\n]{{2,80}}?"
    rf"(?:\s*[;·|]\s*(?:{_CREDIT_WORD})\s*:?\s+[^;·|()\n]{{2,80}}?)*"
    rf"(?:{_CREDIT_TRANSLATED})?\s*\)?\s*\.?$",
    re.I,
)
REPORTING = re.compile(rf"^(?:{_alt(C.REPORTING_BY)})\s*:?\s+(?P<names>.+)$", re.I)
KICKER = re.compile(rf"^(?:{_alt(C.KICKERS)})\s*[:|]?$", re.I)
AUTHOR_IS = re.compile(rf"^\*?\s*(?:{_alt(C.AUTHOR_IS)})\s+(?P<rest>\S[^\n]*)$", re.I)
# "CASTELMORO, April 2 (Wire Agency) –" / "(ANSA) – ROMA, 12 MAR –" opening a paragraph
_PLACE = r"[A-ZÀ-Þ][\w'’.\-]*(?:\s+[A-ZÀ-Þ][\w'’.\-]*){0,3}"
WIRE_DATELINE = re.compile(
    # "CAPE LOWRY, Kestland, Oct 14 (Agency) –", "CAP X (Pays), 14 octobre (Agence) –"
    rf"^(?:(?P<place>{_PLACE})(?:\s*,\s*{_PLACE}(?=\s*,)|\s*\({_PLACE}\))?(?:\s*,\s*(?P<date>[^()\n,]{{3,30}}?))?\s*"
    rf"\((?P<agency>[^()\n]{{2,50}})\)|\((?P<agency2>[^()\n]{{2,50}})\)\s*[–—-]\s*"
    rf"(?P<place2>{_PLACE})(?:\s*,\s*(?P<date2>[^()\n,–—-]{{3,30}}?))?)\s*[–—-](?=\s+\S)"
)
_DAY_MONTH = re.compile(
    rf"^(?:{_WEEKDAY})?(?:(?P<d>\d{{1,2}})\.?\s+(?P<m>{_MONTH})\.?|(?P<m2>{_MONTH})\.?\s+"
    rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)\s*$",
    re.I,
)


def _partial(raw: str) -> tuple[str, str] | None:
    """ "10 febbraio" → ("--02-10", "day"): the year comes from the page (``with_year``)."""
    value = day_month(raw)
    return (value, "day") if value else None


def day_month(raw: str) -> str | None:
    """ "April 2", "12 MAR" → "--04-02" (ISO 8601 without a year); a full date → ISO."""
    if d := read_date(raw):
        return d[0]
    m = _DAY_MONTH.match(raw.strip())
    if not m:
        return None
    day, mon = int(m.group("d") or m.group("d2")), (m.group("m") or m.group("m2")).lower()
    mo = MONTHS.get(mon) or MONTHS.get(mon.rstrip("."))
    return f"--{mo:02d}-{day:02d}" if mo and 1 <= day <= 31 else None


@dataclass(slots=True)
class Cue:
    """A cue line at ``[start, end)`` with the fields it states, each ``(value, start, end)``
    in the page's offsets."""

    kind: str
    start: int
    end: int
    fields: dict[str, tuple[str, int, int]] = field(default_factory=dict)
    excerpt: str = ""  # the excerpt text after an "Author, Outlet, Date:…" byline
    sentence: bool = False  # a credit written as a sentence (body text between body text)

    def value(self, name: str) -> str | None:
        f = self.fields.get(name)
        return f[0] if f else None


def _words(s: str) -> int:
    return len(s.split())


# roles after a byline's name, folded ("Chief Reporter": no outlet)
ROLES = frozenset(fold(w) for w in C.ROLE_WORDS)
# a capitalised run closing a glued teaser head, maybe opened by an article ("The …")
_OUTLET_TAIL = re.compile(
    rf"(?:\b(?:{_alt(C.ORIGINAL_DETERMINERS)})\s+)?(?:[A-ZÀ-Þ][\w'’-]+\s*){{2,5}}$"
)


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
    if raw and (d := read_date(raw) or _partial(raw)):
        _put(cue, "date", raw, line, base)
        value, s, e = cue.fields["date"]
        cue.fields["date"] = (d[0], s, e)
        cue.fields["granularity"] = (d[1], s, e)


def _byline_rest(cue: Cue, rest: str, line: str, base: int) -> bool:
    """ "Jane Roe", "A and B (Org)", "Jane Roe, Outlet, March 3 2021" after a "By" cue."""
    org = None
    # "Jane Roe (Org)", "Jane Roe (agence X) – date": the bracket follows the name
    if m := re.search(r"\s*\(([^()]{2,80})\)", rest):
        org, rest = m.group(1), rest[: m.start()] + rest[m.end() :]
    # "September 16, 2026" keeps its comma
    parts = [p.strip() for p in re.split(r",(?!\s*\d{4}\b)|\s[|–—]\s", rest)]
    date = None
    # "di Sam Whitlow, 10 febbraio": a press review's byline may give the day alone
    if len(parts) > 1 and _words(parts[-1]) <= 6 and day_month(parts[-1]):
        date = parts.pop()
    author = parts[0] if parts else ""
    if not (is_person(author) or (is_name(author) and (len(parts) > 1 or org))):
        return False
    if rest.rstrip()[-1:] in ".!?" and not date:
        return False
    outlet = parts[1] if len(parts) > 1 else None
    if outlet and any(fold(w) in ROLES for w in outlet.split()):
        outlet = None  # "By Jane Roe, Chief Reporter": the author's role, not an outlet
    if outlet and not is_name(outlet, max_tokens=6) and "." not in outlet:
        # "Par Jane Roe, envoyée spéciale à Oskel": a description of the author, no outlet
        if not (is_person(author) and any(w[:1].islower() for w in outlet.split()[:2])):
            return False
        outlet = None
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
    elif (m := LIST_HEAD.match(s)) and (
        s.rstrip(" :").casefold() in _LIST_HEADS_FOLDED  # the heading alone
        or link_row(s)
        or re.search(r"\b1\.\s", s)
        or m.group().rstrip().endswith(":")  # "TAG: a, b, c"
        or (len(_LINK_SEP.findall(s)) >= 1 and n <= 60)  # "More from Opinion A · B"
    ):
        cue.kind = "related"  # "Most read 1. …", "Topics: A · B · C"
    elif JUNK.match(s) or (COOKIE.search(s) and n <= 40 and _COOKIE_ACCEPT.search(s)):
        cue.kind = "junk"
    elif SOURCE_LINK.match(s):
        cue.kind = "source-link"
    elif (m := ORIGINAL.match(s)) and (
        m.group("link")
        or m.group("lang")
        or m.group("lang2")
        or m.group("lang3")
        # "Original text:", "TEKSTI ORIGJINAL": a two-word heading needs no language
        or (len(m.group("what").split()) > 1 and n <= 3)
    ):
        cue.kind = "original-link" if m.group("link") else "original-heading"
        _put_language(cue, m.group("lang") or m.group("lang2") or m.group("lang3"), base, end)
    elif m := LANGUAGE_ORIGINAL.match(s):
        cue.kind = "original-heading"
        _put_language(cue, m.group("lang") or m.group("lang2"), base, end)
    elif n <= 15 and (m := TRANSLATED_FROM.match(s)):
        cue.kind = "translated"
        _put_language(cue, m.group("lang"), base, end)
        if m.group("by") and _names_someone(m.group("by")):
            _put(cue, "by", m.group("by"), s, base, m.start("by"))
    elif (n <= 15 and (m := TRANSLATED.match(s)) and _names_someone(m.group("by"))) or (
        n <= 10 and (m := TRANSLATION_LABEL.match(s)) and _names_someone(m.group("by"))
    ):
        cue.kind = "translated"
        _put(cue, "by", m.group("by"), s, base, m.start("by"))
    elif n <= 10 and (m := STAFF_TRANSLATION.match(s)) and _staff(m.group("rest")):
        cue.kind = "translated"
    elif (m := PUBLISHED.match(s)) or (n <= 14 and (m := PUBLISHED_BY_FIRST.match(s))):
        cue.kind = "published"
        _put_date(cue, m.group("date"), s, base)
        for name in ("section", "by"):
            if m.groupdict().get(name):
                _put(cue, name, m.group(name), s, base, m.start(name))
    elif (
        (m := DATE_LINE.match(s))
        or (n <= 10 and (m := BARE_DATE.match(s)))
        or (n <= 10 and (m := HEAD_DATE.match(s)) and _outlet_like(m.group("head")))
    ):
        cue.kind = "date-line"
        _put_date(cue, m.group("date"), s, base)
        if head := m.groupdict().get("head"):  # a place, or an outlet ("Agency, 2 May 2024")
            cue.fields["head"] = (head, base, base + len(head))
    elif n <= 14 and (m := UPDATED.match(s)):
        cue.kind = "updated"
        _put_date(cue, m.group("date"), s, base)
    elif n <= 40 and CREDITS.match(s) and _credits(cue, s, base):
        cue.kind = "credits"
    elif n <= 60 and (m := AUTHOR_IS.match(s)):
        cue.kind = "bio"
        head = re.split(r",|\s[–—-]\s|\s\(", m.group("rest"), maxsplit=1)[0].strip()
        if is_person(head) and not is_generic(head):
            _put(cue, "author", head, s, base, m.start("rest"))
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
    elif SHARE.match(s) or ((m := SIGN_UP.match(s)) and n <= 12) or _share_bar(s, n):
        cue.kind = "share"
    elif CREDIT.match(s) or (CAPTION.match(s) and n <= 60) or _agency_caption(s, n):
        cue.kind = "caption"
    elif (
        (m := SOURCE.match(s))
        and n <= 8 + _words(_trailing_date(m.group("outlet"))[1])
        and not re.search(r"[.)]\s+[A-ZÀ-Þ(]", m.group("outlet"))  # a second sentence
    ):
        cue.kind = "source"
        outlet, date = _trailing_date(m.group("outlet"))
        _put(cue, "outlet", _domain_or_name(outlet), s, base)
        _put_date(cue, date, s, base)
    elif (
        n <= 20
        and (m := FOOTER.match(_without_rights(s)))
        and not _by_line(s)
        and not read_date(m.group("outlet") or m.group("outlet2") or "")  # "3 May 2024 | X"
    ):
        cue.kind = "footer"
        _put(cue, "outlet", m.group("outlet") or m.group("outlet2"), s, base)
    elif n <= 12 and RIGHTS.search(s) and re.match(r"^(?:©|\(c\)|copyright)", s, re.I):
        cue.kind = "footer"  # "© Riproduzione riservata": names nobody
    elif BY_HEADER.match(s) and (n > 1 or s.endswith(":")):
        cue.kind = "by-header"
    elif (m := EXCERPT.search(s) or _dash_excerpt(s)) and n >= 3 and _byline_head(s[: m.start()]):
        cue.kind = "excerpt"
        _put_date(cue, m.group("date"), s, base)
        cue.fields["head"] = (s[: m.start()], base, base + m.start())
        cue.excerpt = s[m.end() :]
    elif n <= 60 and (m := QUOTED_HEAD.match(s)) and _quoted_head(cue, m, s, base):
        cue.kind = "quoted-head"
    elif n <= 15 and (m := BY.match(s)) and _byline_rest(cue, m.group("rest"), s, base):
        cue.kind = "by"
    elif n <= 15 and (m := SIGNATURE.match(s)):
        cue.kind = "signature"
        _put_date(cue, m.group("date"), s, base)
        cue.fields["head"] = (m.group("head"), base + m.start("head"), base + m.end("head"))
        cue.fields["mid"] = (m.group("mid"), base + m.start("mid"), base + m.end("mid"))
    elif n <= 12 and (m := DASH_SIGNATURE.match(s)) and is_name(m.group("head")):
        cue.kind = "signature"
        cue.fields["head"] = (m.group("head"), base + m.start("head"), base + m.end("head"))
        if m.group("mid"):
            cue.fields["mid"] = (m.group("mid"), base + m.start("mid"), base + m.end("mid"))
    elif (
        n <= 10
        and (m := SLASH_SIGNATURE.match(s))
        and is_person(m.group("head"))
        and not is_generic(m.group("head"))
        and _outlet_like(m.group("mid"))
    ):
        cue.kind = "signature"
        cue.fields["head"] = (m.group("head"), base + m.start("head"), base + m.end("head"))
        cue.fields["mid"] = (m.group("mid"), base + m.start("mid"), base + m.end("mid"))
    elif n <= 60 and _credit_sentence(cue, s, base) or n <= 60 and _repost_note(cue, s, base):
        cue.kind, cue.sentence = "source", True
    elif (
        n <= 30
        and (m := FIRST_PUBLISHED.search(s))
        and _outlet_like(name := leading_name(m.group("outlet")))
    ):
        cue.kind, cue.sentence = "source", True
        _put(cue, "outlet", name, s, base, m.start("outlet"))
        if d := re.search(_DATE, s[m.start("outlet") :]):  # "(tratto da X del 10/11/2026)"
            _put_date(cue, d.group(), s, base)
    elif n <= 7 and (m := VIA.match(s)) and _outlet_like(m.group("outlet")):
        cue.kind = "source"
        _put(cue, "outlet", m.group("outlet"), s, base, m.start("outlet"))
    elif n <= 20 and (m := SOURCE_LEAD.match(s)) and _lenient_source(cue, m, s, base):
        cue.kind = "source"  # "Quelle: X vom 22. März 2027, mit freundlicher Genehmigung"
    elif n <= 8 and (m := PLACE_SIGNATURE.match(s)) and all(is_name(f) for f in s.split(",")):
        cue.kind = "signature"
        cue.fields["head"] = (m.group("head"), base, base + m.end("head"))
        cue.fields["mid"] = (m.group("mid"), base + m.start("mid"), base + m.end("mid"))
    elif n <= 3 and KICKER.match(s):
        cue.kind = "kicker"  # not furniture: only never a headline
    else:
        return None
    return cue


_SHARE_WORD = re.compile(rf"\b(?:{_alt(C.SHARE)})\b", re.I)
_PLATFORM = re.compile(rf"(?:^|(?<=\s))(?:{_alt(C.SHARE_PLATFORMS)})(?=\s|$|[|·,])")


def _share_bar(s: str, n: int) -> bool:
    """ "Share this fact check:  Facebook  X  WhatsApp", "Artikel teilen: Facebook …": a
    few words with a share word, then platforms, share words and symbols only."""
    first = _PLATFORM.search(s)
    if n > 16 or first is None or len(_PLATFORM.findall(s)) < 2:
        return False
    head, tail = s[: first.start()], _PLATFORM.sub(" ", s[first.start() :])
    return (
        len(head.split()) <= 4
        and bool(_SHARE_WORD.search(head))
        and all(_SHARE_WORD.fullmatch(t) or not t.isalpha() for t in tail.split())
    )


_REL_BEFORE, _REL_AFTER = (_alt(w) for w in C.RELATIVE_TIME)
# a relative time ("4 days ago") after any signer; a date only after a handle ("u/x",
# "@x", one word, "Anja R."): "Jane Roe · 17 May 2024" over text is a byline
_COMMENT_SEP = r"(?:\s+OP)?\s*[·•|–—-]\s*"
COMMENT_HEAD = re.compile(
    rf"^[@\w][\w./@’'-]*(?:\s[\w.’'-]+){{0,2}}?{_COMMENT_SEP}"
    rf"(?:(?:{_REL_BEFORE})\s+(?:\d+|an?|one|un|une|uno|una|ein|eine|einem|einer)\s+\w+"
    rf"|(?:\d+|an?|one|un|una)\s+\w+\s+(?:{_REL_AFTER})|\d+\s*(?:{_REL_AFTER}))\s*$"
    rf"|^(?:[@\w][\w./@’'-]*|[A-ZÀ-Þ]\w+\s[A-ZÀ-Þ]\.){_COMMENT_SEP}"
    rf"{_DATE}(?:\s*(?:,|at|à|alle|um|a las)?\s*\d{{1,2}}[:.]\d{{2}})?\s*$",
    re.I,
)


# "Quelle: X vom 22. März 2027, …", "Englisches Original: X, 14.03.2027": a source label
# whose value opens with the outlet's name, maybe with a date and a clause after it
VIA = re.compile(rf"^(?:{_alt(C.VIA)})\s+(?P<outlet>[^\n]{{2,60}}?)\.?$")
SOURCE_LEAD = re.compile(
    rf"^(?:(?:{_alt(C.SOURCE)})|(?:[\w-]+\s+)?(?:{_alt(_flat(C.ORIGINAL))}))\s*[:：]\s*"
    r"(?P<rest>\S.*)$",
    re.I,
)


def _lenient_source(cue: Cue, m: re.Match[str], s: str, base: int) -> bool:
    rest = m.group("rest")
    if re.search(r"(?<!\b\d)(?<!\b\d\d)\.\s+[A-ZÀ-Þ]", rest):
        return False  # more sentences after it: the line is read sentence by sentence
    name = leading_name(rest)
    if not _outlet_like(name):
        return False
    _put(cue, "outlet", name, s, base, m.start("rest"))
    if d := re.search(_DATE, rest):
        _put_date(cue, d.group(), s, base)
    _later_translation(cue, s, base)
    return True


def _put_language(cue: Cue, name: str | None, start: int, end: int) -> None:
    lang = (name or "").lower()
    if lang in C.LANGUAGE_NAMES:
        cue.fields["language"] = (C.LANGUAGE_NAMES[lang], start, end)


def _staff(rest: str) -> bool:
    """ "a cura della redazione", "our editors": lowercase words ending in a staff word."""
    toks = rest.split()
    return (
        bool(toks)
        and is_generic(toks[-1].strip(".,"))
        # "our editors", "The Open Count volunteers": the staff, maybe of a named site
        and (all(not _capitalised_word(t) for t in toks[:-1]) or len(toks) <= 6)
    )


def _capitalised_word(tok: str) -> bool:
    letters = [c for c in tok if c.isalpha()]
    return bool(letters) and letters[0].isupper()


def _trailing_date(v: str) -> tuple[str, str]:
    """ "Il Gazzettino di Castelmoro, 19 marzo 2024" → (outlet, date text)."""
    m = re.search(rf"(?:\s*[,|–—-]\s*|\s+\(\s*)(?P<date>{_DATE})\s*\)?\s*$", v)
    if m and read_date(m.group("date")):
        return v[: m.start()].strip(), m.group("date")
    return v, ""


def _without_rights(s: str) -> str:
    """ "© 2024 Harbour Ledger. All rights reserved." → "© 2024 Harbour Ledger"."""
    return RIGHTS.sub("", s).strip() or s


_CREDIT_SEGMENT = re.compile(rf"^(?:{_CREDIT_WORD})\s*:?\s+(?P<names>.+)$", re.I)
_CREDIT_PLACE = re.compile(r"\s+(?:in|from|a|à|da|në|en|aus)\s+(?=[A-ZÀ-Þ])")


def _credits(cue: Cue, s: str, base: int) -> bool:
    """ "(Reporting by X and Y in Z; editing by W)": every segment names people (or the
    staff); the first reporter is the author. False for "Edited by hand, the log …"."""
    author = None
    if t := re.search(_CREDIT_TRANSLATED + r"\s*\)?\s*\.?$", s, re.I):
        cue.fields["translated"] = (t.group(), base + t.start(), base + t.end())
        _put_language(cue, t.group("lang"), base + t.start(), base + t.end())
        s = s[: t.start()]
    for seg in re.split(r"[;·|]", s.strip().strip("().")):
        m = _CREDIT_SEGMENT.match(seg.strip())
        names = _CREDIT_PLACE.split(m.group("names"))[0].strip(" .") if m else ""
        staff = bool(names) and _staff(re.sub(r"^(?:the|our)\s+", "", names, flags=re.I).lower())
        if not (is_name(names, max_tokens=8) or staff):
            return False
        if author is None and REPORTING.match(seg.strip()) and is_person(names):
            author = names if not is_generic(names) else None
    if author:
        _put(cue, "author", author, s, base)
    return True


def _credit_verb(s: str) -> tuple[int, int] | None:
    """Where a credit's verb is: a finite credit verb; a participle in the page's own note
    or in a line that opens with its subject ("Article paru dans X"); or, in such a line
    with no verb at all, the end of the author's name ("Ein Artikel von X im Y")."""
    if v := CREDIT_VERB.search(s):
        return v.span()
    opening = CREDIT_OPENING.match(s)
    v = NOTE_CREDIT_VERB.search(s)
    if v and any(ph in s.casefold() for ph in C.NOTE_PHRASES):
        return v.span()
    # "Article de X, paru dans …", "Artículo original publicado en …": the participle
    # describes the subject ("A report that appeared in X last year" is a citation)
    if v and opening:
        gap = s[opening.end() : v.start()].casefold().replace(",", " ").split()
        if len(gap) <= 8 and not set(gap) & _RELATIVES:
            return v.span()
    if opening and (b := CREDIT_BY.match(s, opening.end() + 1)):
        name = leading_name(b.group("name"))
        if is_person(name):
            end = b.start("name") + len(name)
            return end, end
    return None


def _credit_sentence(cue: Cue, s: str, base: int) -> bool:
    """ "This article by X was first published on 3 May 2024 in the Y." → author, date and
    outlet; "Translated from the Z by W." in the same paragraph → translator, language."""
    span = _credit_verb(s)
    if span is None:
        return False
    v_start, v_end = span
    sentence_start = max(s.rfind(". ", 0, v_start) + 1, 0)
    if not CREDIT_SUBJECT.search(s, sentence_start, v_start):
        return False  # "The study was published in Nature": not about this text
    after = s[v_end:]
    outlet, at = "", 0
    # the first "in/on/by Name" that names an outlet ("on Tuesday in the Y" → the Y)
    for m in _CREDIT_IN_ANY.finditer(after):
        if m.start() > 60 or re.search(r"[.;]", after[: m.start()]):
            break
        outlet = leading_name(_after_kind(m.group("outlet")))
        if _outlet_like(outlet):
            at = m.start("outlet")
            break
    if not _outlet_like(outlet):
        return False
    _put(cue, "outlet", outlet, s, base, v_end + at)
    if b := CREDIT_BY.search(s, sentence_start, max(v_start, sentence_start + 1)):
        name = leading_name(b.group("name"))
        if is_person(name) and not is_generic(name):
            _put(cue, "author", name, s, base, b.start("name"))
    sentence_end = s.find(". ", v_end)
    if d := re.search(_DATE, s[sentence_start : sentence_end if sentence_end > 0 else len(s)]):
        _put_date(cue, d.group(), s, base)
    if t := TRANSLATED_FROM.search(s):
        _put_language(cue, t.group("lang"), base + t.start(), base + t.end())
        if t.group("by") and _names_someone(t.group("by")):
            _put(cue, "by", t.group("by"), s, base, t.start("by"))
    _later_translation(cue, s, base)
    return True


def _later_translation(cue: Cue, s: str, base: int) -> None:
    """ "… Traduzione di Notizie dal Porto.": a translation named in a later sentence of a
    credit line marks the article translated (and names the translator if a name)."""
    for m in re.finditer(r"(?<=[.;]\s)[^.;]+", s):
        part = m.group().strip().rstrip(")")
        t = TRANSLATED.match(part) or TRANSLATION_LABEL.match(part)
        if t and "translated" not in cue.fields:
            cue.fields["translated"] = (part, base + m.start(), base + m.end())
            if "by" not in cue.fields and _names_someone(t.group("by")):
                _put(cue, "by", t.group("by"), s, base, m.start())


# "the Italian daily Cronache del Golfo" → "Cronache del Golfo"; case-sensitive: in
# "Diario del Puerto" or "Gazeta Bregdeti Sot" the capitalised kind word is the name's
_KIND_PREFIX = re.compile(rf"^(?:[\w'’-]+\s+){{0,2}}?(?:{_alt(C.OUTLET_KINDS)})\s+(?=[A-ZÀ-Þ])")
_REPOST_NOTE = re.compile(
    rf"\b(?:{_alt(C.REPOST_NOTE_VERBS)})\b[^.;:!?]{{0,50}}?\b(?:{_alt(C.CREDIT_SUBJECTS)})\b"
    rf"[^.;:!?]{{0,40}}?\s(?:{_alt(C.REPOST_NOTE_FROM)})\s*(?P<outlet>[^\n]+)",
    re.I,
)


def after_kind(s: str) -> str:
    """ "agence TPA", "the Italian daily X" → the outlet's name after its kind words."""
    return _after_kind(re.sub(rf"^(?:{_alt(C.OUTLET_KINDS)})\s+(?=\S)", "", s, flags=re.I))


def _after_kind(s: str) -> str:
    """What follows an outlet-kind phrase ("Italian daily ", "quotidiano "), if one opens ``s``."""
    m = _KIND_PREFIX.match(s)
    return s[m.end() :] if m else s


def _repost_note(cue: Cue, s: str, base: int) -> bool:
    """ "Compartimos este reportaje del Diario X sobre …": the page's note naming the outlet
    of the article it shares."""
    m = _REPOST_NOTE.search(s)
    if not m:
        return False
    rest = _after_kind(m.group("outlet"))
    outlet = leading_name(re.sub(r"^(?:the|el|il|la|le|l['’])\s*", "", rest, flags=re.I))
    if not _outlet_like(outlet):
        return False
    _put(cue, "outlet", outlet, s, base, m.start("outlet"))
    return True


def _by_line(s: str) -> bool:
    """ "Por Lucía Ferrando | 15 de octubre de 2025" is a byline, not an "Outlet | tagline"."""
    m = BY.match(s)
    return bool(m) and _byline_rest(Cue("", 0, 0), m.group("rest"), s, 0)


def wire_dateline(line: str, base: int) -> Cue | None:
    """ "CASTELMORO, April 2 (Wire Agency) – …" at the start of a body paragraph: the agency
    (an outlet) and the day, often without a year ("--04-02")."""
    m = WIRE_DATELINE.match(line)
    if not m:
        return None
    agency = (m.group("agency") or m.group("agency2")).strip()
    place = m.group("place") or m.group("place2") or ""
    raw_date = m.group("date") or m.group("date2")
    if not is_name(agency, max_tokens=6):
        return None
    initials = "".join(w[0] for w in agency.split() if _capitalised_word(w))
    if fold(place) in (fold(initials), fold(agency)):  # "NATO (North Atlantic Treaty …) –"
        return None
    known_wire = fold(agency) in {fold(w) for w in C.WIRES}
    # a place in capitals, a date, or a known wire: not "The Union (EU) – which …"
    if not (known_wire or raw_date or (place.upper() == place and len(place) >= 3)):
        return None
    cue = Cue("dateline", base + m.start(), base + m.end())
    key = "agency" if m.group("agency") else "agency2"
    cue.fields["outlet"] = (agency, base + m.start(key), base + m.start(key) + len(agency))
    if raw_date and (iso := day_month(raw_date)):
        key = "date" if m.group("date") else "date2"
        cue.fields["date"] = (iso, base + m.start(key), base + m.end(key))
        cue.fields["granularity"] = ("day", base + m.start(key), base + m.end(key))
    return cue


_WEEKDAY_WORDS = frozenset(w.lower() for day in C.WEEKDAYS for w in day.split() if len(w) > 1)


def _outlet_like(s: str) -> bool:
    """Capitalised words, maybe joined by link words ("Zëri i Luginës"); no digits."""
    toks = s.split()
    if not 1 <= len(toks) <= 6 or any(c.isdigit() for c in s) or not _capitalised_word(toks[0]):
        return False
    if any(t.lower().strip(".") in MONTHS or t.lower().strip(".") in _WEEKDAY_WORDS for t in toks):
        return False  # "published on Monday": a day, not an outlet
    return all(_capitalised_word(t) or t.lower() in C.NAME_PARTICLES | C.NAME_LINKS for t in toks)


def _quoted_head(cue: Cue, m: re.Match[str], s: str, base: int) -> bool:
    """ "« Title » – [Name, ]Outlet, Date[ (our translation)]": who wrote the quoted
    title, for whom, when; fields.py reads the head as it reads a teaser's."""
    rest = m.group("rest").strip()
    fields = [f.strip() for f in rest.split(",")]
    if len(fields) > 1 and read_date(fields[-1]):
        _put_date(cue, fields[-1], s, base)
        rest = ", ".join(fields[:-1])
    if not rest or not is_name(rest.split(",")[0].strip(), max_tokens=6):
        return False
    at = m.start("rest")
    cue.fields["head"] = (rest, base + at, base + at + len(rest))
    note = (m.group("note") or "").casefold()
    if any(w in note for w in C.TRANSLATION_WORDS):
        cue.fields["translated"] = (m.group("note"), base + m.start("note"), base + m.end("note"))
        if t := re.search(rf"(?:{_TR_FROM})\s*(?P<lang>{_LANG})", m.group("note"), re.I):
            _put_language(cue, t.group("lang"), base + m.start("note"), base + m.end("note"))
    return True


def _names_someone(s: str) -> bool:
    """A person, an outlet or a domain — not the rest of a sentence."""
    s = s.strip().rstrip(".")
    # "Anne Roe, volunteer at the station": a lowercase description after the name
    head, _, rest = s.partition(", ")
    if rest[:1].islower() and is_person(head):
        return True
    return is_name(s, max_tokens=6) or bool(re.fullmatch(r"[\w.-]+\.[a-z]{2,}", s))


def _agency_caption(s: str, n: int) -> bool:
    return n <= 40 and bool(AGENCY_CAPTION.search(s))


def _byline_head(head: str) -> bool:
    """What precedes ", Date:" names someone: "[Headline ]Name, Outlet" or "Outlet"."""
    if "," in head or is_name(head.strip()):
        return True
    # "Landfill closes to businesses The Brevanne Herald, June 10 2026:…": a glued headline
    # ending in an outlet's capitalised name (an article word opens it or it is 3+ words)
    tail = _OUTLET_TAIL.search(head)
    words = tail.group().split() if tail else []
    return bool(words) and (words[0] in C.ORIGINAL_DETERMINERS or len(words) >= 3)


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


# a press review's item head: the outlet in capitals, a dash or colon, then the headline
# ("BALKAN LEDGER – «Il costruttore: …»", "LE FIL CONTINENTAL: …"); two capitals at least,
# no lowercase letter in the name
OUTLET_HEAD = re.compile(
    r"^(?P<outlet>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ0-9'’&.]+(?:[ -][A-ZÀ-ÖØ-Þ0-9'’&.]+){0,4})"
    r"\s*(?:[–—]|-|:)\s+(?=\S)"
)


# a page-wide note that the items above are the site's translations: "Le traduzioni sono a
# cura della redazione", "Translations by our staff", "Les traductions sont de la rédaction"
PAGE_TRANSLATIONS = re.compile(
    r"^\(?\s*(?:(?:le|les|las|die|the|all)\s+)?(?:traduzioni|traductions|traducciones|"
    r"übersetzungen|translations|përkthimet)\s*(?::\s*\S|(?:sono|are|by|sont|de|von|stammen|"
    r"son|janë|nga|a\s+cura|assurées)\b)",
    re.I,
)
