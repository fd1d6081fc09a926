"""Date expressions in running text, normalised to ISO 8601 with their granularity.

Absolute dates ("12 March 2022", "March 12, 2022", "12/03/2022", "marzo 2022", "2016",
"the early 1970s", "the summer of 2016") and relative ones resolved against the article's
own date ("last year", "this July", "on Saturday", "a year ago today", "the past three
years", "l'anno scorso", "l'année dernière", "en juillet"). A day and month without a year
take the year that puts them nearest the article's date, unless the clause looks ahead
("will", "is due to", "doit") or back ("last", "scorso").

ISO has no seasons or decades: those use EDTF (ISO 8601-2) forms, "2016-22" for summer
2016 (21 spring, 22 summer, 23 autumn, 24 winter) and "197X" for the 1970s.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

from claimmap.analyze.claims.lexicon import FUTURE_MARKERS, NUMBER_WORDS
from claimmap.analyze.claims.records import DateMention
from claimmap.ingest.dates import MONTHS

_MONTH_ALT = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "lunedì": 0, "lunedi": 0, "martedì": 1, "martedi": 1, "mercoledì": 2,
    "mercoledi": 2, "giovedì": 3, "giovedi": 3, "venerdì": 4, "venerdi": 4, "sabato": 5,
    "domenica": 6, "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4,
    "samedi": 5, "dimanche": 6, "e hënë": 0, "e martë": 1, "e mërkurë": 2, "e enjte": 3,
    "e premte": 4, "e shtunë": 5, "e diel": 6,
}  # fmt: skip
_WD_ALT = "|".join(sorted((re.escape(w) for w in WEEKDAYS), key=len, reverse=True))
SEASONS: dict[str, int] = {
    "spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24, "primavera": 21,
    "estate": 22, "autunno": 23, "inverno": 24, "printemps": 21, "été": 22, "automne": 23,
    "hiver": 24, "pranverë": 21, "verë": 22, "vjeshtë": 23, "dimër": 24,
}  # fmt: skip
_SEASON_ALT = "|".join(sorted(SEASONS, key=len, reverse=True))
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th|er|º|°)?"
_YEAR = r"(?P<y>1[5-9]\d\d|20\d\d)"
_SP = r"[ \u00a0]+"
_DECADE_WORDS = {
    "venti": 20, "trenta": 30, "quaranta": 40, "cinquanta": 50, "sessanta": 60,
    "settanta": 70, "ottanta": 80, "novanta": 90, "vingt": 20, "trente": 30,
    "quarante": 40, "cinquante": 50, "soixante": 60, "soixante-dix": 70,
    "quatre-vingt": 80, "quatre-vingt-dix": 90,
}  # fmt: skip
_MOD = {
    "early": "early", "late": "late", "mid": "mid", "mid-": "mid", "the end of": "late",
    "end of": "late", "the beginning of": "early", "beginning of": "early",
    "the start of": "early", "start of": "early", "the middle of": "mid", "inizio": "early",
    "fine": "late", "metà": "mid", "début": "early", "fin": "late", "milieu": "mid",
    "primi": "early", "fino alla fine": "late",
}  # fmt: skip
_MOD_RE = (
    r"(?P<mod>early|late|mid-?|(?:the )?(?:end|beginning|start|middle) of|"
    r"(?:all'|l')?inizio (?:del(?:l')?|degli)|(?:alla )?fine (?:del(?:l')?|degli)|"
    r"(?:au )?début (?:de |des |du )?|(?:à la )?fin (?:de |des |du )?|"
    r"(?:au )?milieu (?:de |des |du )?)"
)
_REL_UNITS = {
    "day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
    "months": "month", "year": "year", "years": "year", "decade": "decade",
    "decades": "decade", "giorno": "day", "giorni": "day", "settimana": "week",
    "settimane": "week", "mese": "month", "mesi": "month", "anno": "year", "anni": "year",
    "jour": "day", "jours": "day", "semaine": "week", "semaines": "week", "mois": "month",
    "an": "year", "ans": "year", "année": "year", "années": "year",
}  # fmt: skip
_NUMWORD_ALT = "|".join(
    sorted(
        {re.escape(w) for t in NUMBER_WORDS.values() for w in t if " " not in w}
        | {"a", "an", "one", "un", "une", "uno", "una", "un'"},
        key=len,
        reverse=True,
    )
)
_COUNT = rf"(?P<n>\d+|{_NUMWORD_ALT})"
_REL_UNIT_ALT = "|".join(sorted(_REL_UNITS, key=len, reverse=True))

# (regex, kind); order matters only for overlaps: longer matches win
_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b"), "iso"),
    (re.compile(r"\b(?P<a>\d{1,2})[./](?P<b>\d{1,2})[./](?P<y>\d{4}|\d{2})\b"), "numeric"),
    (
        re.compile(
            rf"\b(?:(?P<wd>{_WD_ALT}),?{_SP})?(?:(?:the|le|il|l')\s*)?{_DAY}(?:{_SP}of)?"
            rf"{_SP}(?P<mon>{_MONTH_ALT})\.?(?:,?{_SP}{_YEAR})?\b",
            re.I,
        ),
        "dmy",
    ),
    (
        re.compile(
            rf"\b(?:(?P<wd>{_WD_ALT}),?{_SP})?(?P<mon>{_MONTH_ALT})\.?{_SP}{_DAY}\b"
            rf"(?:,?{_SP}{_YEAR})?",
            re.I,
        ),
        "mdy",
    ),
    (
        re.compile(
            rf"\b(?:(?P<rel>this|last|next|past|questo|quest'|lo scorso|il prossimo|ce|cet)"
            rf"{_SP})?(?P<mon>{_MONTH_ALT})(?:{_SP}(?:of{_SP}|del{_SP}|de{_SP}|d')?{_YEAR}"
            rf"|(?P<rel2>{_SP}(?:scorso|prossimo|dernier|prochain)))?\b",
            re.I,
        ),
        "month",
    ),
    (
        re.compile(
            rf"\b(?:(?:in|during|over)\s+)?(?:the\s+)?(?P<rel>this|last|next|past|"
            rf"l'|l’|la|lo|cet|ce|quest'|quest’)?\s*(?P<season>{_SEASON_ALT})"
            rf"(?:\s+(?:of\s+|del\s+|de\s+|d'|d’)?{_YEAR}|\s+(?P<rel2>scorsa|scorso|dernier|"
            rf"prossima|prochain))?\b",
            re.I,
        ),
        "season",
    ),
    (
        re.compile(rf"\b(?:{_MOD_RE}\s*)?(?:the\s+)?(?P<dec>1[5-9]\d0|20[0-9]0)['’]?s\b", re.I),
        "decade",
    ),
    (re.compile(rf"\b(?:{_MOD_RE}\s*)?(?:the\s+)?['’](?P<dec2>[0-9]0)s\b", re.I), "decade"),
    (
        re.compile(
            rf"\b(?:{_MOD_RE}\s*)?(?:negli|gli|dans les|les|des)\s+(?:anni|années)\s+"
            rf"(?:(?P<dec>1[5-9]\d0|20[0-9]0)|['’]?(?P<dec2>[0-9]0)|(?P<decw>"
            + "|".join(sorted(_DECADE_WORDS, key=len, reverse=True))
            + r"))\b",
            re.I,
        ),
        "decade",
    ),
    (
        re.compile(
            r"\b(?:between|from|tra|fra|dal|entre|de)\s+(?P<y>1[5-9]\d\d|20\d\d)\s+"
            r"(?:and|to|e|al|et|à)\s+(?P<y2>1[5-9]\d\d|20\d\d)\b"
            r"|\b(?P<y3>1[5-9]\d\d|20\d\d)\s*[-–—/]\s*(?P<y4>1[5-9]\d\d|20\d\d|\d\d)\b",
            re.I,
        ),
        "year-range",
    ),
    (
        re.compile(rf"\b(?:(?:in|during|by|since|until|from|the)\s+)?{_MOD_RE}\s*{_YEAR}\b", re.I),
        "year-mod",
    ),
    (re.compile(rf"\b{_YEAR}\b"), "year"),
    (
        re.compile(
            r"\b(?:(?:a|one) year ago today|un anno fa oggi|il y a un an jour pour jour|"
            r"il y a un an aujourd'hui)\b",
            re.I,
        ),
        "year-ago-today",
    ),
    (
        re.compile(
            rf"\b{_COUNT}\s+(?P<unit>{_REL_UNIT_ALT})\s+(?:ago|fa)\b"
            rf"|\bil y a\s+{_COUNT.replace('?P<n>', '?P<n2>')}\s+(?P<unit2>{_REL_UNIT_ALT})\b",
            re.I,
        ),
        "ago",
    ),
    (
        re.compile(
            rf"\b(?:the|over the|in the|during the|negli|nei|durant les|ces|au cours des)?\s*"
            rf"(?:past|last|previous|ultimi|dernières|derniers)\s+{_COUNT}\s+"
            rf"(?P<unit>{_REL_UNIT_ALT})\b",
            re.I,
        ),
        "past-n",
    ),
    (
        re.compile(
            r"\b(?:(?P<rel>last|this|next|earlier this|later this|the previous|the following)"
            r"\s+(?P<unit>year|month|decade)(?:['’]s)?"
            r"|(?:l'|l’|lo\s+|quest'|quest’)?(?P<itu>anno|mese)\s+(?P<itr>scorso|prossimo)"
            r"|(?P<itr2>l'|l’|lo\s+|il\s+|quest'|quest’)(?P<itr2w>scorso|prossimo)?\s*"
            r"(?P<itu2>anno|mese)(?:\s+(?P<itr3>scorso|prossimo))?"
            r"|(?:l'|l’|le\s+|cette\s+|ce\s+)(?P<fru>année|an|mois)\s*(?P<frr>dernière|dernier|"
            r"prochaine|prochain|passée|passé)?"
            r"|(?P<sqw>vjet|sivjet|vitin e kaluar|vitin e ardhshëm))\b",
            re.I,
        ),
        "rel-unit",
    ),
    (
        re.compile(
            r"\b(?P<w>today|yesterday|tomorrow|tonight|oggi|ieri|domani|stamattina|"
            r"aujourd'hui|aujourd’hui|hier|demain|ce matin|sot|dje|nesër)\b",
            re.I,
        ),
        "deictic",
    ),
    (
        re.compile(
            rf"\b(?:(?P<rel>last|this|next|on|scorso|prossimo)\s+)?(?P<wd>{_WD_ALT})(?:['’]s)?"
            rf"(?:\s+(?P<rel2>scorso|prossimo|dernier|prochain))?"
            rf"(?:\s+(?P<part>morning|afternoon|evening|night|mattina|sera|soir|matin))?\b",
            re.I,
        ),
        "weekday",
    ),
]
_PAST_MARKERS = frozenset("last ago scorso scorsa dernier dernière passé passée ultimi".split())


def parse_anchor(published: str | None) -> tuple[date | None, str | None]:
    """The article's date as a :class:`date` (first day of a coarser period) and granularity."""
    if not published:
        return None, None
    m = re.match(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", published)
    if not m:
        return None, None
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    try:
        return date(y, int(mo or 1), int(d or 1)), "day" if d else ("month" if mo else "year")
    except ValueError:
        return None, None


def _count(s: str | None) -> int | None:
    if not s:
        return None
    s = s.lower().rstrip("'’")
    if s.isdigit():
        return int(s)
    if s in ("a", "an", "one", "un", "une", "uno", "una"):
        return 1
    for table in NUMBER_WORDS.values():
        if s in table:
            return table[s]
    return None


def _add_years(d: date, n: int) -> date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:  # 29 February
        return d.replace(year=d.year + n, day=28)


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def infer_day_first(texts: Iterable[str], language: str | None = None) -> bool:
    """Whether an outlet writes dates day-first, from its own texts.

    Evidence: numeric dates with a part over 12 ("25/03/2022" is day-first, "03/25/2022"
    month-first) and word order ("12 March" vs "March 12"). Without evidence: day-first,
    except for English text that names no month at all (no evidence either way) where it
    stays day-first too: most of the world writes day-first, and US outlets give
    themselves away by writing "March 12".
    """
    dmy = mdy = 0
    num = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./]\d{2,4}\b")
    word_dm = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH_ALT})\b", re.I)
    word_md = re.compile(rf"\b(?:{_MONTH_ALT})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\d)", re.I)
    for t in texts:
        for m in num.finditer(t):
            a, b = int(m.group(1)), int(m.group(2))
            if a > 12 >= b:
                dmy += 3
            elif b > 12 >= a:
                mdy += 3
        dmy += len(word_dm.findall(t))
        mdy += len(word_md.findall(t))
    return not mdy > dmy


def _clause_bounds(text: str, s: int, e: int, floor: int, ceil: int) -> tuple[int, int]:
    lo = max(text.rfind(ch, floor, s) for ch in ";:.!?") + 1
    lo = max(lo, floor)
    hi = min((i for i in (text.find(ch, e, ceil) for ch in ";.!?") if i != -1), default=ceil)
    return lo, hi


def _direction(text: str, s: int, e: int, floor: int, ceil: int) -> str | None:
    """ "future"/"past" when a marker sits just before the date in its clause (six words)."""
    lo, hi = _clause_bounds(text, s, e, floor, ceil)
    if re.search(r"\b(?:since|depuis|dal|dalla|dai|desde|seit|ever since)\s+$", text[lo:s], re.I):
        return "past"  # "since January"
    window = " ".join(re.findall(r"[^\W\d_]+", text[lo:s])[-6:] + [text[s:e]])
    words = set(re.findall(r"[^\W\d_]+", window.lower()))
    if words & FUTURE_MARKERS or re.search(r"\b(?:is|are) (?:due|set|expected) to\b", window, re.I):
        return "future"
    if words & _PAST_MARKERS:
        return "past"
    return None


def _nearest_year(anchor: date, month: int, day: int | None, direction: str | None) -> int:
    cands = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            d = date(y, month, day or 15)
        except ValueError:
            continue
        delta = (d - anchor).days
        if day is None:  # compare months, not days
            delta = (y * 12 + month) - (anchor.year * 12 + anchor.month)
            delta *= 30
        if direction == "future" and delta < 0 or direction == "past" and delta > 0:
            continue
        cands.append((abs(delta), delta > 0, y))
    return min(cands)[2] if cands else anchor.year


def find_dates(
    text: str,
    start: int,
    end: int,
    lang: str | None,
    anchor: str | None,
    *,
    day_first: bool = True,
) -> list[DateMention]:
    """Every date expression in ``text[start:end]`` (a sentence), non-overlapping."""
    anchor_d, anchor_g = parse_anchor(anchor)
    cands: list[tuple[int, int, int, re.Match[str], str]] = []
    for prio, (rx, kind) in enumerate(_PATTERNS):
        for m in rx.finditer(text, start, end):
            if m.end() > m.start():
                cands.append((m.start(), m.end(), prio, m, kind))
    # longest first, then pattern order
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2]))
    taken: list[tuple[int, int]] = []
    out: list[DateMention] = []
    for s, e, _, m, kind in cands:
        # trim leading whitespace captured by optional groups
        while s < e and text[s].isspace():
            s += 1
        if any(s < te and ts < e for ts, te in taken):
            continue
        dm = _resolve(text, s, e, m, kind, start, end, anchor_d, anchor_g, anchor, day_first)
        if dm is None:
            continue
        taken.append((s, e))
        out.append(dm)
    out.sort(key=lambda d: d.start)
    return out


def _resolve(  # noqa: C901 - one branch per pattern kind
    text: str,
    s: int,
    e: int,
    m: re.Match[str],
    kind: str,
    floor: int,
    ceil: int,
    anchor: date | None,
    anchor_g: str | None,
    anchor_s: str | None,
    day_first: bool,
) -> DateMention | None:
    g = m.groupdict()
    surface = text[s:e]
    day_ok = anchor is not None and anchor_g == "day"
    month_ok = anchor is not None and anchor_g in ("day", "month")
    year_ok = anchor is not None

    def rel(iso: str | None, gran: str | None, **kw: object) -> DateMention:
        return DateMention(s, e, iso, gran, relative=surface, anchor=anchor_s, **kw)  # type: ignore[arg-type]

    if kind == "iso":
        y, mo, d = int(g["y"]), int(g["m"]), int(g["d"])
        return _mk(s, e, y, mo, d)
    if kind == "numeric":
        a, b, ys = int(g["a"]), int(g["b"]), g["y"]
        y = int(ys) if len(ys) == 4 else 2000 + int(ys)
        d, mo = (a, b) if day_first else (b, a)
        if mo > 12 and d <= 12:
            d, mo = mo, d
        return _mk(s, e, y, mo, d)
    if kind in ("dmy", "mdy"):
        mo = MONTHS.get(g["mon"].lower().rstrip("."))
        if mo is None:
            return None
        d = int(g["d"])
        if g.get("y"):
            return _mk(s, e, int(g["y"]), mo, d)
        if (
            kind == "mdy"
            and g["mon"].lower() in ("may", "mar", "jun", "sun", "dec", "mai")
            and not g["mon"][0].isupper()
        ):
            return None  # "may 12" is too often a verb; require a capital
        if not month_ok:
            return DateMention(s, e, None, None, relative=surface, anchor=anchor_s)
        assert anchor is not None
        y = _nearest_year(anchor, mo, d, _direction(text, s, e, floor, ceil))
        dm = _mk(s, e, y, mo, d)
        if dm is None:
            return None
        return rel(dm.iso, "day", explicit_year=False)
    if kind == "month":
        mon = g["mon"].lower()
        mo = MONTHS.get(mon)
        if mo is None:
            return None
        if (
            mon in ("may", "mar", "march", "jun", "sun", "dec", "mai", "sept", "mars")
            and not g["mon"][0].isupper()
        ):
            return None  # "may", "march" as verbs; French "mars" is lowercase but ambiguous
        if g.get("y"):
            return DateMention(s, e, f"{int(g['y']):04d}-{mo:02d}", "month")
        # a bare month: only with "in/this/last/next/en/a/nel" before it or a relative word
        r = (g.get("rel") or g.get("rel2") or "").strip().lower()
        before = text[max(floor, s - 6) : s].lower()
        if not r and not re.search(
            r"(?:\bin|\ben|\ba|\bnel|\bdi|\bsince|\buntil|\bby|\bof|"
            r"\bdepuis|\bfin|\bdal|\bentro|\bd')\s*$",
            before,
        ):
            return None
        if len(mon) <= 3 and not r:
            return None
        if not month_ok and not (year_ok and r):
            return DateMention(s, e, None, None, relative=surface, anchor=anchor_s)
        assert anchor is not None
        if r in ("this", "questo", "quest'", "ce", "cet"):
            y = anchor.year
        elif r in ("last", "past", "lo scorso", "scorso", "dernier"):
            y = anchor.year if mo < anchor.month else anchor.year - 1
        elif r in ("next", "il prossimo", "prossimo", "prochain"):
            y = anchor.year if mo > anchor.month else anchor.year + 1
        else:
            y = _nearest_year(anchor, mo, None, _direction(text, s, e, floor, ceil))
        return rel(f"{y:04d}-{mo:02d}", "month", explicit_year=False)
    if kind == "season":
        season = SEASONS[g["season"].lower()]
        if g.get("y"):
            return DateMention(s, e, f"{int(g['y']):04d}-{season}", "season")
        r = (g.get("rel") or g.get("rel2") or "").lower().strip()
        if not r or r in ("l'", "l’", "la", "lo"):
            return None
        if not year_ok:
            return DateMention(s, e, None, None, relative=surface, anchor=anchor_s)
        assert anchor is not None
        cur = _season_of(anchor)
        y = anchor.year
        if r in ("last", "past", "scorsa", "scorso", "dernier"):
            y = anchor.year if season < cur else anchor.year - 1
        elif r in ("next", "prossima", "prochain"):
            y = anchor.year if season > cur else anchor.year + 1
        return rel(f"{y:04d}-{season}", "season", explicit_year=False)
    if kind == "decade":
        mod = _modifier(g.get("mod"))
        if g.get("dec"):
            dec = int(g["dec"])
        elif g.get("dec2"):
            dec = 1900 + int(g["dec2"])
            if anchor is not None and dec + 100 <= anchor.year:
                dec += 100 if dec + 100 <= anchor.year - 10 else 0
        elif g.get("decw"):
            dec = 1900 + _DECADE_WORDS[g["decw"].lower()]
        else:
            return None
        if dec % 10:
            return None
        return DateMention(s, e, f"{dec // 10}X", "decade", modifier=mod)
    if kind == "year-range":
        y1 = int(g.get("y") or g.get("y3"))
        y2s = g.get("y2") or g.get("y4")
        y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
        if not y1 < y2 <= y1 + 50:
            return None
        return DateMention(s, e, f"{y1:04d}/{y2:04d}", "year")
    if kind == "year-mod":
        mod = _modifier(g.get("mod"))
        return DateMention(s, e, f"{int(g['y']):04d}", "year", modifier=mod)
    if kind == "year":
        y = int(g["y"])
        if not _year_context(text, s, e, floor, ceil, y, anchor):
            return None
        return DateMention(s, e, f"{y:04d}", "year")
    if kind == "year-ago-today":
        if not day_ok:
            return DateMention(s, e, None, None, relative=surface, anchor=anchor_s)
        assert anchor is not None
        return rel(_add_years(anchor, -1).isoformat(), "day")
    if kind == "ago":
        n = _count(g.get("n") or g.get("n2"))
        unit = _REL_UNITS.get((g.get("unit") or g.get("unit2") or "").lower())
        if n is None or unit is None or anchor is None:
            return None
        if unit == "year" or unit == "decade":
            years = n * (10 if unit == "decade" else 1)
            return rel(f"{anchor.year - years:04d}", "year")
        if unit == "month":
            if not month_ok:
                return None
            y, mo = _add_months(anchor.year, anchor.month, -n)
            return rel(f"{y:04d}-{mo:02d}", "month")
        if not day_ok:
            return None
        days = n * (7 if unit == "week" else 1)
        return rel((anchor - timedelta(days=days)).isoformat(), "day")
    if kind == "past-n":
        n = _count(g.get("n"))
        unit = _REL_UNITS.get(g["unit"].lower())
        if n is None or unit not in ("year", "decade") or anchor is None:
            return None
        years = n * (10 if unit == "decade" else 1)
        return rel(f"{anchor.year - years:04d}/{anchor.year:04d}", "year")
    if kind == "rel-unit":
        if g.get("sqw"):
            w = g["sqw"].lower()
            r, unit = {"vjet": ("last", "year"), "sivjet": ("this", "year"),
                       "vitin e kaluar": ("last", "year"),
                       "vitin e ardhshëm": ("next", "year")}[w]  # fmt: skip
        elif g.get("unit"):
            r, unit = g["rel"].lower(), g["unit"].lower()
        elif g.get("itu"):
            r, unit = g["itr"].lower(), {"anno": "year", "mese": "month"}[g["itu"].lower()]
        elif g.get("itu2"):
            w = (g.get("itr2w") or g.get("itr3") or "").lower()
            pre = (g.get("itr2") or "").lower().strip()
            if not w and not pre.startswith("quest"):
                return None
            r = w or "this"
            unit = {"anno": "year", "mese": "month"}[g["itu2"].lower()]
        elif g.get("fru"):
            w = (g.get("frr") or "").lower()
            pre = text[s : s + 5].lower()
            if not w and not pre.startswith(("cet", "ce ")):
                return None
            r = (
                "last"
                if w.startswith(("dernier", "dernière", "pass"))
                else ("next" if w.startswith("proch") else "this")
            )
            unit = {"année": "year", "an": "year", "mois": "month"}[g["fru"].lower()]
        else:
            return None
        r = {"scorso": "last", "prossimo": "next", "the previous": "last",
             "the following": "next"}.get(r, r)  # fmt: skip
        delta = {"last": -1, "next": 1}.get(r, 0)
        if anchor is None:
            return None
        if unit == "year":
            return rel(f"{anchor.year + delta:04d}", "year")
        if unit == "decade":
            return rel(f"{anchor.year // 10 + delta}X", "decade")
        if not month_ok:
            return DateMention(s, e, None, None, relative=surface, anchor=anchor_s)
        y, mo = _add_months(anchor.year, anchor.month, delta)
        return rel(f"{y:04d}-{mo:02d}", "month")
    if kind == "deictic":
        w = g["w"].lower()
        delta = {"yesterday": -1, "ieri": -1, "hier": -1, "dje": -1, "tomorrow": 1,
                 "domani": 1, "demain": 1, "nesër": 1}.get(w, 0)  # fmt: skip
        if not day_ok:
            return DateMention(s, e, None, None, relative=surface, anchor=anchor_s)
        assert anchor is not None
        return rel((anchor + timedelta(days=delta)).isoformat(), "day")
    if kind == "weekday":
        wd = WEEKDAYS[g["wd"].lower()]
        r = (g.get("rel") or g.get("rel2") or "").lower()
        if g["wd"][0].islower() and lang_is_en(g["wd"]):
            return None
        if not r and not g.get("part"):
            # a bare weekday needs a preposition ("on Saturday"), a possessive ("Saturday's
            # protest"), a speech verb before it ("said Thursday", US style) or a language
            # that uses weekdays bare ("sabato", "samedi")
            before = text[max(floor, s - 14) : s].lower()
            possessive = text[s:e].endswith(("'s", "’s"))
            us_style = re.search(r"\b(?:said|says|announced|reported|told \w+)\s*$", before)
            bare_ok = g["wd"].lower() in _BARE_WEEKDAYS or g["wd"].lower().endswith("dì")
            if not (
                possessive
                or us_style
                or bare_ok
                or re.search(r"(?:\bon|\bof|\bby|\bsince|\buntil)\s*$", before)
            ):
                return None
        if not day_ok:
            return DateMention(s, e, None, None, relative=surface, anchor=anchor_s)
        assert anchor is not None
        direction = (
            "future"
            if r in ("next", "prossimo", "prochain")
            else (
                "past"
                if r in ("last", "scorso", "dernier")
                else _direction(text, s, e, floor, ceil)
            )
        )
        if direction == "future":
            delta = (wd - anchor.weekday()) % 7 or 7
        else:
            delta = -((anchor.weekday() - wd) % 7)
            if r in ("last", "scorso", "dernier") and delta == 0:
                delta = -7
        return rel((anchor + timedelta(days=delta)).isoformat(), "day")
    return None


_BARE_WEEKDAYS = frozenset(
    "sabato domenica samedi dimanche lundi mardi mercredi jeudi vendredi".split()
)


def lang_is_en(word: str) -> bool:
    return word.lower() in ("monday", "tuesday", "wednesday", "thursday", "friday",
                            "saturday", "sunday")  # fmt: skip


def _modifier(raw: str | None) -> str | None:
    if not raw:
        return None
    low = raw.lower().strip()
    for k, v in _MOD.items():
        if low.startswith(k) or k in low:
            return v
    return None


def _season_of(d: date) -> int:
    return {12: 24, 1: 24, 2: 24, 3: 21, 4: 21, 5: 21, 6: 22, 7: 22, 8: 22}.get(d.month, 23)


def _mk(s: int, e: int, y: int, mo: int, d: int) -> DateMention | None:
    try:
        return DateMention(s, e, date(y, mo, d).isoformat(), "day")
    except ValueError:
        return None


_YEAR_PREP = re.compile(
    r"(?:\b(?:in|since|by|until|till|from|to|of|during|before|after|early|late|mid|"
    r"and|or|nel|dal|del|al|entro|fino al|nell'|dall'|dell'|en|depuis|jusqu'en|"
    r"avant|après|dès|në|nga|prej|deri|vitin|year|anno|année|summer|spring|autumn|"
    r"winter|estate|été|é|-|–|,)\s*$)",
    re.I,
)


def _year_context(
    text: str, s: int, e: int, floor: int, ceil: int, y: int, anchor: date | None
) -> bool:
    """Is this four-digit number a year? Prepositions and parentheses say so; a counted
    noun after it ("2016 people") or a thousands context says not."""
    after = text[e : min(ceil, e + 20)]
    before = text[max(floor, s - 12) : s]
    if re.match(r"\s*(?:%|per cent|percent|[^\W\d_]+s\b(?<!years)(?<!ans))", after) and not (
        re.match(r"\s*(?:and|to|when|after|before|onwards|census|elections?)\b", after, re.I)
    ):
        # "2016 people" is a count; "2016 elections" is a year: only plural nouns
        m = re.match(r"\s*([^\W\d_]+)", after)
        if m and m.group(1).lower() in ("people", "members", "persons", "computers", "troops"):
            return False
    if anchor is not None and y > anchor.year + 30:
        return False
    if _YEAR_PREP.search(before) or re.search(r"[(\[]\s*$", before):
        return True
    # bare year after a comma/start or before a comma: accept in the usual range
    return 1900 <= y <= 2100


def interval(iso: str | None, granularity: str | None = None, modifier: str | None = None):
    """The closed range of days ``(first, last)`` an ISO/EDTF value covers, as ordinals."""
    if not iso:
        return None
    if "/" in iso:
        a, b = iso.split("/", 1)
        ia, ib = interval(a), interval(b)
        if ia is None or ib is None:
            return None
        return ia[0], ib[1]
    m = re.fullmatch(r"(\d{3})X", iso)
    if m:
        d0 = int(m.group(1)) * 10
        lo, hi = d0, d0 + 9
        if modifier == "early":
            hi = d0 + 3
        elif modifier == "mid":
            lo, hi = d0 + 3, d0 + 6
        elif modifier == "late":
            lo = d0 + 6
        return date(lo, 1, 1).toordinal(), date(hi, 12, 31).toordinal()
    m = re.fullmatch(r"(\d{4})-(2[1-4])", iso)
    if m:
        y, season = int(m.group(1)), int(m.group(2))
        first = {21: (y, 3), 22: (y, 6), 23: (y, 9), 24: (y, 12)}[season]
        lo_d = date(first[0], first[1], 1)
        y2, m2 = _add_months(first[0], first[1], 3)
        return lo_d.toordinal(), (date(y2, m2, 1) - timedelta(days=1)).toordinal()
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", iso)
    if not m:
        return None
    y = int(m.group(1))
    if m.group(3):
        d = date(y, int(m.group(2)), int(m.group(3))).toordinal()
        return d, d
    if m.group(2):
        mo = int(m.group(2))
        y2, m2 = _add_months(y, mo, 1)
        return date(y, mo, 1).toordinal(), (date(y2, m2, 1) - timedelta(days=1)).toordinal()
    lo_m, hi_m = 1, 12
    if modifier == "early":
        hi_m = 4
    elif modifier == "mid":
        lo_m, hi_m = 5, 8
    elif modifier == "late":
        lo_m = 9
    y2, m2 = _add_months(y, hi_m, 1)
    return date(y, lo_m, 1).toordinal(), (date(y2, m2, 1) - timedelta(days=1)).toordinal()
