"""What an article's cue lines say about it: author, outlet, date, translator.

Several cues may name the same field ("By Elena Varga" under the text, "Elena Varga, Radio
Sentinel, March 15 2022:…" in a teaser); the more specific form wins (``RANK``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimmap.analyze.structure.generic import lexicon_name, name_after_frame
from claimmap.analyze.structure.names import (
    fold,
    is_generic,
    is_name,
    is_person,
    name_tail,
    strip_title,
)
from claimmap.analyze.structure.outlets import OutletTable
from claimmap.analyze.structure.patterns import (
    _DATE,
    BY_LEAD,
    ROLES,
    Cue,
    after_kind,
    last_by_inside,
    read_date,
)

# lower is stronger; a cue kind missing from a field's table never sets that field
RANK: dict[str, dict[str, int]] = {
    "author": {"by": 0, "excerpt": 1, "quoted-head": 1, "credits": 1, "signature": 2, "bio": 2,
               "name-line": 2, "source": 3, "published": 3},
    "outlet": {"excerpt": 0, "quoted-head": 0, "by": 1, "signature": 2, "name-line": 2,
               "source": 3, "dateline": 3, "publication": 4},
    "date": {"excerpt": 0, "quoted-head": 0, "by": 1, "signature": 2, "name-line": 2,
             "source": 2, "dateline": 3, "date-line": 3, "published": 4, "updated": 5},
}  # fmt: skip
# cue kinds that only appear where an article is republished from elsewhere
REPOST_CUES = {"excerpt", "source", "source-link", "translated", "quoted-head"}


@dataclass(frozen=True, slots=True)
class Found:
    value: str
    start: int
    end: int
    rule: str
    extra: str | None = None  # the date's granularity


@dataclass(slots=True)
class Fields:
    author: Found | None = None
    outlet: Found | None = None
    date: Found | None = None
    translated_by: Found | None = None
    original_language: Found | None = None  # named by "Link to the original article (X)"
    original: Found | None = None  # an "Original article (Italian)" heading opens this one
    publisher: Found | None = None  # the page's publisher ("Published … by Azure Voice")
    page_date: Found | None = None  # the page's own date ("Published on …")
    repost: bool = False  # a cue only reposts carry
    translated: bool = False  # a translation note, even one naming no translator
    outlet_is_repost_form: bool = False  # the outlet came from a teaser or "Source:"

    def offer(self, name: str, found: Found) -> None:
        if name in ("author", "outlet"):
            found = self._tidy(name, found)
        cur = getattr(self, name)
        rank = RANK[name]
        if cur is None or rank[found.rule] < rank[cur.rule]:
            setattr(self, name, found)

    def _tidy(self, name: str, found: Found) -> Found:
        """Whatever cue a name came from: a dash or bullet before it is no part of it, and a
        date glued after an outlet ("Outlet, 19 marzo 2024") is the article's date."""
        v = found.value
        lead = len(v) - len(v.lstrip("—–-•·* \t"))
        start = found.start + lead
        v = v[lead:]
        if name == "author" and (bare := name_after_frame(v)):  # "By Tobias Wren"
            start += v.index(bare)
            v = bare
        if name == "outlet" and (m := _TRAILING_DATE.search(v)) and (d := read_date(m["date"])):
            self.offer("date", Found(d[0], start + m.start("date"), start + m.end("date"),
                                     found.rule if found.rule in RANK["date"] else "date-line",
                                     d[1]))  # fmt: skip
            v = v[: m.start()]
        if v == found.value:
            return found
        return Found(v, start, start + len(v), found.rule, found.extra)


# ", 19 marzo 2024" closing an outlet field
_TRAILING_DATE = re.compile(rf"\s*[,|–—-]\s*(?P<date>{_DATE})\s*$")


def _comma_fields(s: str, base: int) -> list[tuple[str, int]]:
    out = []
    for m in re.finditer(r"(?:[^,]|(?<=\d),(?=\d{3}\b))+", s):  # "4,000" is one field
        v = m.group()
        lead = len(v) - len(v.lstrip())
        if v.strip():
            out.append((v.strip(), base + m.start() + lead))
    return out


def _found(value: str, start: int, rule: str) -> Found:
    return Found(value, start, start + len(value), rule)


def _author_outlet(
    parts: list[tuple[str, int]], rule: str, table: OutletTable, glued: bool
) -> tuple[Found | None, Found | None]:
    """ "Name, Outlet[, Place…]" or "Outlet, Place, Country" → (author, outlet).

    Two fields are a name and an outlet. With more, the outlet table decides; failing
    that, the first field is the outlet and the rest are places ("Inside Over, Tirana,
    Albania, January 01 2020:"), the form aggregators use.
    """
    if not parts:
        return None, None
    # "Jane Roe, Director, Outlet": a role between the name and the outlet is neither
    parts = parts[:1] + [p for p in parts[1:] if not _is_role(p[0])]
    (f0, s0) = parts[0]
    if glued:  # a headline may still be glued before the name
        off, f0 = name_tail(f0)
        s0 += off
    if len(parts) == 1:
        return None, _found(f0, s0, rule)
    f1, s1 = parts[1]
    first_is_outlet = table.resolve(f0) is not None and table.resolve(f1) is None
    if len(parts) == 2 and not first_is_outlet:
        author = _found(f0, s0, rule) if is_name(f0) else None
        return author, _found(f1, s1, rule)
    if table.resolve(f1) is not None and not first_is_outlet:
        return (_found(f0, s0, rule) if is_name(f0) else None), _found(f1, s1, rule)
    return None, _found(f0, s0, rule)


def _is_role(field: str) -> bool:
    return 0 < len(field.split()) <= 3 and all(fold(w) in ROLES for w in field.split())


def _translation(out: Fields, c: Cue, k: str) -> None:
    """A translator and the original's language, as a translation note states them."""
    by = c.fields.get("by")
    if by and out.translated_by is None:
        out.translated_by = Found(by[0], by[1], by[2], k)
    lang = c.fields.get("language")
    out.translated = out.translated or k == "translated" or bool(by) or "translated" in c.fields
    if lang and out.original_language is None:
        out.original_language = Found(lang[0], lang[1], lang[2], k)


def read_cues(cues: list[Cue], titles: list[str], table: OutletTable) -> Fields:
    out = Fields()
    named = {fold(c.fields["outlet"][0]) for c in cues if "outlet" in c.fields}
    for c in cues:
        k = c.kind
        date = c.fields.get("date")
        if k in REPOST_CUES:
            out.repost = True
        if k in ("by", "name-line"):
            a = c.fields["author"]
            out.offer("author", Found(a[0], a[1], a[2], k))
            if o := c.fields.get("outlet"):
                out.offer("outlet", Found(o[0], o[1], o[2], k))
            # "Par X (Kranzfelder Zeitung)": a bracket the outlet table knows is the outlet
            elif (o := c.fields.get("org")) and table.resolve(after_kind(o[0])):
                out.offer("outlet", Found(after_kind(o[0]), o[1], o[2], k))
        elif k == "excerpt":
            head, hs, _ = c.fields["head"]
            cut = strip_title(head, titles)
            if m := BY_LEAD.match(head[cut:]):  # "[Headline ]By Jane Roe, Outlet, Date:…"
                cut += m.end()
            else:
                cut += last_by_inside(head[cut:])
            parts = _comma_fields(head[cut:], hs + cut)
            author, outlet = _author_outlet(parts, k, table, glued=True)
            if author and not is_generic(author.value):
                out.offer("author", author)
            if outlet:
                out.offer("outlet", outlet)
                out.outlet_is_repost_form = out.outlet.rule == k
        elif k == "signature":
            head, hs, _ = c.fields["head"]
            mid, ms, _ = c.fields.get("mid", ("", 0, 0))
            parts = [(head.strip(), hs + len(head) - len(head.lstrip())), *_comma_fields(mid, ms)]
            if len(parts) == 1:  # "— Jane Roe"
                author, outlet = _found(parts[0][0], parts[0][1], k), None
            else:
                author, outlet = _author_outlet(parts, k, table, glued=False)
            if author:
                out.offer("author", author)
            if outlet:
                out.offer("outlet", outlet)
        elif k == "published":
            if by := c.fields.get("by"):
                if table.resolve(by[0]):
                    out.publisher = Found(by[0], by[1], by[2], k)
                elif is_person(by[0]) and not is_generic(by[0]):
                    out.offer("author", Found(by[0], by[1], by[2], k))
            if date and out.page_date is None:
                g = c.fields["granularity"][0]
                out.page_date = Found(date[0], date[1], date[2], k, g)
        elif k in ("publication", "source", "dateline"):
            o = c.fields.get("outlet")
            if o:
                out.offer("outlet", Found(o[0], o[1], o[2], k))
                if k == "source" and out.outlet and out.outlet.rule == k:
                    out.outlet_is_repost_form = True
            if (a := c.fields.get("author")) and k == "source":  # a credit sentence
                out.offer("author", Found(a[0], a[1], a[2], k))
            _translation(out, c, k)
        elif k == "quoted-head":  # "« Title » – [Name, ]Outlet, Date"
            head, hs, _ = c.fields["head"]
            author, outlet = _author_outlet(_comma_fields(head, hs), k, table, glued=False)
            if author and not is_generic(author.value):
                out.offer("author", author)
            if outlet:
                out.offer("outlet", outlet)
                out.outlet_is_repost_form = out.outlet.rule == k
            if "translated" in c.fields:
                out.translated = True
                if (lang := c.fields.get("language")) and out.original_language is None:
                    out.original_language = Found(lang[0], lang[1], lang[2], k)
        elif k in ("credits", "bio"):
            if a := c.fields.get("author"):
                out.offer("author", Found(a[0], a[1], a[2], k))
            if "translated" in c.fields:  # "(Report: X; editing: Y – from the English)"
                _translation(out, c, k)
        elif k == "translated":
            _translation(out, c, k)
        elif k == "original-link":
            lang = c.fields.get("language")
            if out.original_language is None:
                v = lang or ("", c.start, c.end)
                out.original_language = Found(v[0], v[1], v[2], k)
        elif k == "original-heading":
            out.original = Found(c.value("language") or "", c.start, c.end, k)
        elif (
            k == "date-line"
            and (head := c.fields.get("head"))
            and (table.resolve(head[0]) or fold(head[0]) in named)
        ):
            # "Agency, 27 October 2025": an outlet when the table or another cue knows it;
            # otherwise a place ("Sablona, 17 ottobre 2025"), or a person when a given name
            # opens it ("Anna Keller, 3 May 2024, 10:15")
            out.offer("outlet", Found(head[0], head[1], head[2], "signature"))
        elif k == "date-line" and (head := c.fields.get("head")) and lexicon_name(head[0]):
            out.offer("author", Found(head[0], head[1], head[2], "name-line"))
        if date and k in RANK["date"]:
            g = c.fields["granularity"][0]
            out.offer("date", Found(date[0], date[1], date[2], k, g))
    return out
