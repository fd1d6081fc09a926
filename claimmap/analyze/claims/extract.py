"""Claims of one document: quantities, dated events, quotes and citations.

:func:`extract_claims` is a pure function of a :class:`DocInput`. Per sentence it finds
date expressions first (so "12 March 2022" is not read as the quantity 12), then numbers,
then ties each number to its counted noun, its predicate ("seized", "live", "arrived"),
the subject noun phrase of its clause and an as-of date when the clause gives one
("3,400 in 2016"). A date whose clause has a happening ("founded in 1973", "raided the
camp on 12 March") becomes an ``event`` claim, unless it only dates a quantity that is
the subject of that happening ("1,900 people arrived in a single airlift in 2016" is a
quantity as of 2016, not a dated arrival of the movement). Quotes and citations are
found over the whole document, because quotes span sentences and pronouns need what was
said before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimmap.analyze.claims.citations import CitationHit, find_citations
from claimmap.analyze.claims.dates import find_dates, infer_day_first
from claimmap.analyze.claims.lexicon import EVENT_TYPES, PREDICATE_CLASSES
from claimmap.analyze.claims.numbers import find_numbers
from claimmap.analyze.claims.people import People
from claimmap.analyze.claims.quotes import _quote_spans, find_quotes
from claimmap.analyze.claims.records import Claim, DateMention, DocInput, NumberMention, SentenceIn
from claimmap.analyze.claims.subjects import Mentions, attach_subjects
from claimmap.ingest.dates import MONTHS

PARTICIPLE = {
    "seize": "seized", "detain": "detained", "arrive": "arrived", "leave": "left",
    "capture": "captured", "kill": "killed", "injure": "injured", "deploy": "deployed",
    "live": "living", "cost": "cost", "give": "given", "build": "built", "run": "run",
    "rescue": "rescued", "missing": "missing", "displace": "displaced", "evacuate": "evacuated",
    "employ": "employed", "strike": "on strike", "defraud": "defrauded", "lose": "lost",
    "pay": "paid",
}  # fmt: skip
EVENT_CLASSES = frozenset(
    "seize detain arrive leave capture kill injure deploy cost give build rescue missing "
    "displace evacuate strike defraud lose pay".split()
)
# predicates whose subject does the act to someone else: a count before them in the active
# voice counts the doers ("200 officers seized"), in the passive the done-to
TRANSITIVE = frozenset(
    "detain seize capture kill injure rescue evacuate displace give build employ defraud".split()
)
_PASSIVE = (
    r"\b(?:were|was|been|being|are|is|get|got|sono|stati|state|furono|vengono|été|sont|"
    r"étaient|ont été|a été|u)\b"
)
# counted nouns that name their happening ("1,150 arrivals", "12 disparus")
NOUN_PREDICATES = {
    "arrivals": "arrive", "deaths": "kill", "arrests": "detain", "detainees": "detain",
    "strikers": "strike", "missing": "missing", "injured": "injure", "victims": "defraud",
    "protesters": "protest",
}  # fmt: skip
GENERIC_EVENTS = frozenset(
    "opened began ended published met visited closed signed left protested elected "
    "appointed".split()
)


def _prefix_regex(table: dict[str, tuple[str, ...]]) -> tuple[re.Pattern[str], dict[str, str]]:
    groups = []
    names: dict[str, str] = {}
    for i, (key, prefixes) in enumerate(table.items()):
        g = f"g{i}"
        names[g] = key
        # a prefix ending in a space is a whole word ("met " is not "Metro")
        alts = "|".join(
            re.escape(p.rstrip()) + (r"\b" if p.endswith(" ") else r"[\w’']*")
            for p in sorted(set(prefixes), key=len, reverse=True)
        )
        groups.append(rf"(?P<{g}>(?<![\w])(?:{alts}))")
    return re.compile("|".join(groups), re.I), names


_PRED_RE, _PRED_NAMES = _prefix_regex(PREDICATE_CLASSES)
_EVENT_RE, _EVENT_NAMES = _prefix_regex(EVENT_TYPES)
_BOUNDARY = re.compile(
    r"[;:]|,\s+(?:and|but|while|whereas|et|mais|e|ma|mentre|tandis que)\s+|"
    r"(?<![\w])(?:when|where|who|which|that|while|whereas|after|before|because|although|quando|"
    r"dove|mentre|che|quand|où|qui|lorsque|tandis)(?![\w])",
    re.I,
)
_HARD_BOUNDARY = re.compile(r"[;:]|,\s+(?:while|but|whereas|mentre|ma|mais|tandis que)\s+", re.I)
# a date does not date a number across a relative clause ("4 200 membres, où il s'est
# installé en 2014"), but does across "when" ("3,400 when the relocation ended in 2016")
_ASOF_BOUNDARY = re.compile(
    r"[;:]|,\s+(?:while|but|whereas|mentre|ma|mais|tandis que)\s+|"
    r"(?<![\w])(?:where|who|which|whose|où|qui|dove|cui|donde)(?![\w])",
    re.I,
)
_WHEN = re.compile(r"(?<![\w])(?:when|quand|quando|lorsque|after|since|depuis|dopo)(?![\w])", re.I)
_VERBISH = re.compile(
    r"(?<![\w])(?:[a-z]{3,}ed|is|are|was|were|has|have|had|said|says|told|took|left|"
    r"began|came|went|made|held|won|lost|met|ran|saw|fled|[a-zà-ù]{3,}(?:ato|ata|ati|ito|"
    r"ita|uto|é|ée|és|ées))(?![\w])"
)
_LEADING_ADVERBIAL = re.compile(
    r"^\s*(?:(?:according to|as reported by|secondo|selon|in|on|at|last|since|after|before|"
    r"during|by|founded|fondato|fondata|fondé|fondée|for|per|pour|with|il|le|la|dal|nel|en|"
    r"depuis|yesterday|today|earlier|later|meanwhile|however|also|but|and|as)\b[^,]{0,90},\s*)+",
    re.I,
)
_SUBJ_STOP = re.compile(
    r"(?<![\w])(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|says|said|"
    r"say|puts|put|counted|counts|claims|claimed|gives|gave|sostiene|afferma|ha|hanno|è|sono|"
    r"a|ont|est|sont|revendique|affirme|did|does|do|reported|estimates|estimated|seized|"
    r"arrived|raided|stormed|entered|opened|began|upheld|rejected|"
    r"[a-z]{4,}ed)(?![\w])"
)
_MASK_NUM = re.compile(r"\d[\d.,\u00a0\u202f ]*")
_URL = re.compile(r"\S*://\S+|www\.\S+|\S+\.(?:com|org|net|example|al|it|fr)/\S*", re.I)
# "Elena Varga, Radio Sentinel, March 15 2022:", "Published on 16 March 2022 in X by Y"
_BYLINE = re.compile(
    r"(?:(?:[A-ZÀ-Ý][\w'’.\-]+\s){1,3}[A-ZÀ-Ý][\w'’.\-]+,\s[^,\n]{2,50},\s"
    r"(?:[A-Za-zéû]+\.?\s\d{1,2},?\s\d{4}|\d{1,2}\s[A-Za-zéû]+\s\d{4}))"
    r"|^\s*(?:Published|Posted|Pubblicato|Publié|Publikuar)\s(?:on|il|le|më)?\s?[^\n]{4,80}"
    # datelines: "LORN, Ardavia, April 22 (Global Wire) –"
    r"|^\s*[A-ZÀ-Ý][A-ZÀ-Ý'’ .\-]{2,}(?:,\s*[^,\n]{2,30})?,\s*(?:[A-Za-zéû]+\.?\s\d{1,2}|"
    r"\d{1,2}\s[A-Za-zéû]+)(?:,?\s\d{4})?\s*(?:\([^)\n]{1,40}\))?\s*[—–-]",
    re.M,
)


@dataclass
class _Sentence:
    start: int
    end: int
    lang: str


def _sentences(doc: DocInput) -> list[_Sentence]:
    sents = doc.sentences
    if not sents:
        from claimmap.analyze.segment import paragraph_spans, sentence_spans

        sents = [
            SentenceIn(s, e, doc.language)
            for ps, pe in paragraph_spans(doc.text)
            for s, e in sentence_spans(doc.text, ps, pe)
        ]
    out = []
    for s in sents:
        if any(s.start < k_e and k_s < s.end for k_s, k_e in doc.skip):
            continue
        out.append(_Sentence(s.start, s.end, (s.lang or doc.language or "en").split("-")[0]))
    return out


def _clause(text: str, lo: int, hi: int, s: int, e: int, rx: re.Pattern[str]) -> tuple[int, int]:
    """The clause of ``text[lo:hi]`` (a sentence) around ``[s, e)``."""
    a, b = lo, hi
    for m in rx.finditer(text, lo, hi):
        if m.end() <= s:
            a = m.end() if m.group(0)[:1] in ";:," else m.start()
        elif m.start() >= e:
            b = m.start()
            break
    return a, b


def _nearest(
    rx: re.Pattern[str], names: dict[str, str], text: str, lo: int, hi: int, s: int, e: int
) -> list[tuple[int, int, int, str]]:
    """Triggers in ``[lo, hi)`` by distance to ``[s, e)``: (distance, start, end, key)."""
    out = []
    for m in rx.finditer(text, lo, hi):
        if m.start() < e and s < m.end():
            continue
        dist = s - m.end() if m.end() <= s else m.start() - e
        out.append((dist, m.start(), m.end(), names[m.lastgroup or ""]))
    out.sort()
    return out


def _subject(text: str, lo: int, pos: int) -> str | None:
    """Best-effort subject: the noun phrase from the clause start up to its verb."""
    region = text[lo:pos]
    region = _LEADING_ADVERBIAL.sub("", region)
    m = _SUBJ_STOP.search(region)
    if m:
        region = region[: m.start()]
    region = region.strip(" ,;:–-\"'“”«»‘’")
    words = region.split()
    if not words or len(words) > 9:
        return None
    if re.search(r"\d", region):
        return None
    return region


def _masked(text: str, s: int, e: int, spans: list[tuple[int, int]]) -> str:
    """The sentence with figures and dates replaced by '#' (for embedding)."""
    parts = []
    pos = s
    for a, b in sorted(spans):
        if a < pos:
            continue
        parts.append(text[pos:a])
        parts.append("#")
        pos = b
    parts.append(text[pos:e])
    return _MASK_NUM.sub("# ", "".join(parts)).strip()


def _value_text(n: NumberMention, text: str) -> str:
    return text[n.start : n.end]


def extract_claims(doc: DocInput) -> list[Claim]:
    """All claims of one document, in text order."""
    text = doc.text
    sents = _sentences(doc)
    if not sents:
        return []
    day_first = doc.day_first if doc.day_first is not None else infer_day_first([text])
    spans = [(s.start, s.end) for s in sents]
    outlets = set(doc.known_outlets)
    if doc.outlet:
        outlets.add(doc.outlet)
    people = People(text, spans, outlets)
    quotes = find_quotes(text, spans, people, outlets)
    qspans = [
        (qo, qc) for ls, le in _lines(spans, text) for qo, qc, _, _ in _quote_spans(text, ls, le)
    ]
    cits = find_citations(
        text, [(s.start, s.end, s.lang) for s in sents], people, outlets, doc.outlet
    )
    claims: list[Claim] = []
    for sent in sents:
        claims.extend(_sentence_claims(doc, sent, day_first, cits, qspans))
    for q in quotes:
        claims.append(
            Claim(
                doc=doc.doc_id,
                start=q.start,
                end=q.end,
                text=text[q.start : q.end],
                kind="quote",
                speaker=q.speaker,
                property=q.cue,
                detail={
                    "form": q.form,
                    "speaker_surface": q.speaker_surface,
                    "speaker_resolved_by": q.speaker_how,
                    "sentence": _sentence_of(sents, q.start),
                    "lang": _lang_of(sents, q.start),
                },
            )
        )
    for c in cits:
        claims.append(
            Claim(
                doc=doc.doc_id,
                start=c.start,
                end=c.end,
                text=text[c.start : c.end],
                kind="citation",
                property=c.cue,
                cites=[c.cited],
                detail={
                    "cited_kind": c.kind,
                    "sentence": list(c.scope),
                    "lang": _lang_of(sents, c.start),
                },  # fmt: skip
            )
        )
    # credit: every claim in a citation's sentence cites its source
    for cl in claims:
        if cl.kind == "citation":
            continue
        for c in cits:
            if c.scope[0] <= cl.start < c.scope[1] and c.cited not in cl.cites:
                cl.cites.append(c.cited)
                cl.detail.setdefault("cites_kind", {})[c.cited] = c.kind
    _resolve_figure_references(text, claims)
    if doc.entities:
        attach_subjects(text, claims, Mentions(doc.entities), spans)
    claims.sort(key=lambda c: (c.start, c.end, c.kind))
    # one claim per anchor: two cue verbs can frame the same reported words ("denied …
    # announced"), and the id is the anchor's
    seen: set[str] = set()
    unique = []
    for c in claims:
        if c.id not in seen:
            seen.add(c.id)
            unique.append(c)
    return unique


# "The union puts the figure at less than $1 million": a figure that answers the one
# stated just before
_THE_FIGURE = re.compile(
    r"\b(?:the|this|that|its|their)\s+(?:figure|number|total|estimate|amount|sum)\b|"
    r"\b(?:la|questa|quella)\s+(?:cifra|stima)\b|\b(?:il|questo)\s+(?:dato|numero|totale)\b|"
    r"\b(?:le|ce)\s+(?:chiffre|nombre|total|montant|bilan)\b",
    re.I,
)


def _resolve_figure_references(text: str, claims: list[Claim]) -> None:
    """A figure introduced as "the figure" with nothing of its own to say what it counts
    takes the counted thing and the happening of the figure stated just before it."""
    quantities = sorted((c for c in claims if c.kind == "quantity"), key=lambda c: c.start)
    for i, c in enumerate(quantities):
        sent = c.detail.get("sentence")
        if not sent or c.detail.get("predicate") or not _THE_FIGURE.search(text, sent[0], c.start):
            continue
        prev = next(
            (
                p for p in reversed(quantities[:i])
                if p.detail.get("sentence") != sent
                and p.detail.get("unit_kind") == c.detail.get("unit_kind")
                and c.start - p.end <= 400
            ),
            None,
        )  # fmt: skip
        if prev is None:
            continue
        for key in ("predicate", "concept"):
            if prev.detail.get(key) and not c.detail.get(key):
                c.detail[key] = prev.detail[key]
        c.property = (
            c.property if c.detail.get("concept") != prev.detail.get("concept") else prev.property
        )
        c.detail["refers_to"] = prev.id


def _sentence_of(sents: list[_Sentence], pos: int) -> list[int] | None:
    for s in sents:
        if s.start <= pos < s.end:
            return [s.start, s.end]
    return None


def _lang_of(sents: list[_Sentence], pos: int) -> str | None:
    for s in sents:
        if s.start <= pos < s.end:
            return s.lang
    return None


def _lines(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    lines: list[tuple[int, int]] = []
    for s, e in spans:
        if lines and text.find("\n", lines[-1][1], s) == -1:
            lines[-1] = (lines[-1][0], e)
        else:
            lines.append((s, e))
    return lines


def _sentence_claims(
    doc: DocInput,
    sent: _Sentence,
    day_first: bool,
    cits: list[CitationHit],
    qspans: list[tuple[int, int]],
) -> list[Claim]:
    text = doc.text
    s, e, lang = sent.start, sent.end, sent.lang
    # relative dates resolve against the date of the article the sentence belongs to (a
    # repost's "last year" is its original's), else the document's
    anchor = next((d for a, b, d in doc.article_dates if a <= s < b and d), doc.published)
    noise = [(c.start, c.end) for c in cits if c.cue == "(name, date)"]
    noise += [(m.start(), m.end()) for m in _URL.finditer(text, s, e)]
    noise += [(m.start(), m.end()) for m in _BYLINE.finditer(text, s, e)]
    dates = [
        d
        for d in find_dates(text, s, e, lang, anchor, day_first=day_first)
        if not any(a <= d.start < b for a, b in noise)
    ]
    nums = find_numbers(text, s, e, lang, [(d.start, d.end) for d in dates] + noise)
    quote_of = {
        i: next((k for k, (a, b) in enumerate(qspans) if a <= pos < b), None)
        for i, pos in enumerate([d.start for d in dates])
    }
    if not nums and not dates:
        return []
    masked = _masked(
        text, s, e, [(n.num_start, n.num_end) for n in nums] + [(d.start, d.end) for d in dates]
    )
    out: list[Claim] = []
    # ---------------------------------------------------------------- quantities
    q_info = []
    for n in nums:
        lo, hi = _clause(text, s, e, n.start, n.end, _BOUNDARY)
        preds = [p for p in _nearest(_PRED_RE, _PRED_NAMES, text, lo, hi, n.start, n.end)
                 if p[0] <= 60]  # fmt: skip
        pred = preds[0] if preds else None
        if pred is not None and pred[3] == "displace" and _RESETTLED_IN.match(text, pred[1]):
            # "resettled from the valley" is displacement; "resettled in Albania" counts
            # the people who now live there
            pred = (pred[0], pred[1], pred[2], "live")
        if (
            pred is not None
            and pred[3] in TRANSITIVE
            and pred[1] >= n.end
            and re.search(r"(?:ed|é|és|ée|ées|ato|ati|ata|ate|ito|iti)$", text[pred[1] : pred[2]])
        ):
            between = text[n.end : pred[1]]
            passive = re.search(_PASSIVE, between, re.I) or not re.search(r"[^\W\d_]{2,}", between)
            if not passive:
                # "200 policiers ont interpellé 14 personnes": the count is the agent
                agent = "deploy" if pred[3] in ("detain", "seize") else None
                pred = (pred[0], pred[1], pred[2], agent) if agent else None
        verb_pos = pred[1] if pred and pred[1] < n.start else n.start
        clo, chi = _clause(text, s, e, n.start, n.end, _HARD_BOUNDARY)
        subj = _subject(text, clo, min(verb_pos, n.start))
        q_info.append((n, pred, subj, (clo, chi)))
    as_of = _assign_dates(
        text, s, e, nums, dates,
        {i: (p[3] if p else None) for i, (_, p, _, _) in enumerate(q_info)}, anchor,
    )  # fmt: skip
    consumed: set[int] = set()
    for i, (n, pred, subj, (_clo, _chi)) in enumerate(q_info):
        # an adjective between figure and noun names the happening ("eight missing miners")
        last_word = text.rfind(" ", n.num_end, n.end)
        own = _PRED_RE.search(text, n.num_end, last_word) if last_word > n.num_end else None
        cls = (
            _PRED_NAMES[own.lastgroup or ""] if own
            else NOUN_PREDICATES.get(n.concept or "") or (pred[3] if pred else None)
        )  # fmt: skip
        if n.unit_kind == "money" and cls == "defraud":
            cls = "lose"  # "fleeced … out of €3 million": money lost
        if (
            cls is None
            and n.unit_kind == "count"
            and (
                _HEADCOUNT.search(text, _clo, n.start)
                or (_HAS.search(text[max(s, n.start - 14) : n.start]) and n.concept in _MEMBERS)
            )
        ):
            cls = "live"  # "the number of members at some 2,700", "claims 4,200 members"
        if cls is None and n.unit_kind == "count" and _THERE_ARE.search(text, _clo, n.start):
            cls = "live"  # "there are about 4,400 members of the MEK in Albania"
        unit = n.unit
        prop = n.concept or unit
        if prop and n.container:
            prop = f"{prop} per {n.container}"
        if prop and cls and n.unit_kind == "count":
            prop = f"{prop} {PARTICIPLE.get(cls, cls)}"
        d = as_of.get(i)
        detail = {
            "sentence": [s, e],
            "published": anchor,
            "clause": [_clo, _chi],
            "lang": lang,
            "masked": masked,
            "figure": [n.num_start, n.num_end],
            "concept": n.concept,
            "unit_kind": n.unit_kind,
            "unit_surface": n.unit_surface,
            "predicate": cls,
            "written": n.written,
        }
        if n.container:
            detail["container"] = n.container
        if n.alternative is not None:
            detail["alternative"] = n.alternative
        if n.part_of is not None:
            detail["part_of"] = list(n.part_of)
        if d is not None:
            di, dm = d
            detail["as_of"] = dm.resolution()
            detail["as_of_span"] = [dm.start, dm.end]
            if _date_bound_to_quantity(text, n, dm, pred):
                consumed.add(di)
        out.append(
            Claim(
                doc=doc.doc_id,
                start=n.start,
                end=n.end,
                text=text[n.start : n.end],
                kind="quantity",
                subject=subj,
                property=prop,
                value=n.value,
                qualifier=n.qualifier,
                unit=unit,
                date=d[1].iso if d else None,
                granularity=d[1].granularity if d else None,
                detail=detail,
            )
        )
    # ---------------------------------------------------------------- events
    triggers = _assign_triggers(text, s, e, dates, consumed, qspans, quote_of)
    for di, dm in enumerate(dates):
        trig = triggers.get(di)
        if trig is None:
            continue
        lo, hi = _clause(text, s, e, dm.start, dm.end, _HARD_BOUNDARY)
        t_start, t_end, etype = trig
        neg = re.search(r"(?<![\w])(?:not|never|non|pas|jamais|n't)\s+(?:\w+\s+){0,2}$",
                        text[max(lo, t_start - 30) : t_start], re.I)  # fmt: skip
        prop = ("not " if neg else "") + etype
        subj = _subject(text, lo, t_start) if t_start > lo else None
        if subj is None and t_start <= dm.start:
            # "Founded in 1971 by …, the People's Azure Front has …": the main clause
            m = re.search(r",\s*((?:the|il|le|la|ce|cette|this|its)\s[^,]{2,60}?)\s+"
                          r"(?:has|is|was|have|ha|è|a|est|revendique|claims)\b",
                          text[dm.end : hi], re.I)  # fmt: skip
            if m:
                subj = m.group(1).strip()
        es, ee = min(t_start, dm.start), max(t_end, dm.end)
        out.append(
            Claim(
                doc=doc.doc_id,
                start=es,
                end=ee,
                text=text[es:ee],
                kind="event",
                subject=subj,
                property=prop,
                value=dm.resolution(),
                date=dm.iso,
                granularity=dm.granularity,
                detail={
                    "sentence": [s, e],
                    "published": anchor,
                    "clause": [lo, hi],
                    "lang": lang,
                    "masked": masked,
                    "date_span": [dm.start, dm.end],
                    "trigger": [t_start, t_end],
                    "event_type": etype,
                    "explicit_year": dm.explicit_year,
                    "modifier": dm.modifier,
                },
            )
        )
    return out


def _assign_triggers(
    text: str,
    s: int,
    e: int,
    dates: list[DateMention],
    consumed: set[int],
    qspans: list[tuple[int, int]],
    quote_of: dict[int, int | None],
) -> dict[int, tuple[int, int, str]]:
    """The trigger of each event date of a sentence. One trigger word dates one happening:
    when two dates reach for the same word ("created in 1963 … and in 1979 participated"),
    the nearer keeps it and the other looks again without it."""
    todo = [
        di for di, dm in enumerate(dates)
        if di not in consumed and not (dm.iso is None and dm.relative is None)
    ]  # fmt: skip
    excluded: dict[int, set[int]] = {di: set() for di in todo}
    out: dict[int, tuple[int, int, str]] = {}
    for _ in range(3):
        for di in todo:
            if di in out:
                continue
            dm = dates[di]
            lo, hi = _clause(text, s, e, dm.start, dm.end, _HARD_BOUNDARY)
            trig = _event_trigger(text, lo, hi, dm, qspans, quote_of[di], excluded[di])
            if trig is not None:
                out[di] = trig
        by_word: dict[int, list[int]] = {}
        for di, trig in out.items():
            if trig[2] != "statement":
                by_word.setdefault(trig[0], []).append(di)
        clash = False
        for t_start, dis in by_word.items():
            if len(dis) < 2:
                continue
            t_end = out[dis[0]][1]

            def dist(di: int, t_start: int = t_start, t_end: int = t_end) -> int:
                dm = dates[di]
                if t_end <= dm.start:
                    return dm.start - t_end  # "sheltered in a camp in 2013"
                # a date before the verb binds less, and not across "and" ("removed in
                # 2012 and they were sheltered … in 2013")
                gap = text[dm.end : t_start]
                joined = re.search(r"\b(?:and|but|e|et|ma|mais)\b", gap)
                return len(gap) + 15 + (60 if joined else 0)

            keep = min(dis, key=dist)
            for di in dis:
                if di != keep:
                    del out[di]
                    excluded[di].add(t_start)
                    clash = True
        if not clash:
            break
    return out


def _event_trigger(
    text: str,
    lo: int,
    hi: int,
    dm: DateMention,
    qspans: list[tuple[int, int]] = (),  # type: ignore[assignment]
    region: int | None = None,
    exclude: set[int] | frozenset[int] = frozenset(),
) -> tuple[int, int, str] | None:
    """The happening a date belongs to: the nearest specific trigger word of its clause
    (inside the same quote, or outside quotes, as the date), else a generic one, else the
    nearest verb-like word. Trigger words starting at ``exclude`` are taken by another
    date."""

    def same_region(pos: int) -> bool:
        k = next((i for i, (a, b) in enumerate(qspans) if a <= pos < b), None)
        return k == region and pos not in exclude

    # "said Thursday", "told reporters on Monday": the date of a statement
    sm = re.search(
        r"\b(said|says|told \w+|announced|declared|stated|ha detto|ha dichiarato|a déclaré|"
        r"a annoncé)\s+(?:on\s+)?$",
        text[max(lo, dm.start - 30) : dm.start],
        re.I,
    )
    if sm:
        st = max(lo, dm.start - 30) + sm.start(1)
        return st, st + len(sm.group(1)), "statement"

    cands = [
        c
        for c in _nearest(_EVENT_RE, _EVENT_NAMES, text, lo, hi, dm.start, dm.end)
        if c[0] <= 100
        and same_region(c[1])
        # "called off the search on Monday, three days after a gallery collapsed": the
        # date is the offset's anchor, not the collapse's date
        and not (c[1] > dm.end and _OFFSET.search(text, dm.end, c[1]))
    ]
    specific = [c for c in cands if c[3] not in GENERIC_EVENTS]
    generic = [c for c in cands if c[3] in GENERIC_EVENTS]
    # "the strike ended on Tuesday": an ending of the specific happening named just before
    if (
        specific
        and generic
        and generic[0][3] == "ended"
        and generic[0][0] < specific[0][0]
        and specific[0][2] <= generic[0][1]
        and len(re.findall(r"[^\W\d_]+", text[specific[0][2] : generic[0][1]])) <= 8
    ):
        return specific[0][1], generic[0][2], f"{specific[0][3]} ended"
    # a specific trigger wins unless a generic one is much closer
    pick = None
    if specific and (not generic or specific[0][0] <= generic[0][0] + 15):
        pick = specific[0]
    elif generic:
        pick = generic[0]
    if pick is not None:
        word = text[pick[1] : pick[2]].lower()
        if pick[3] == "founded" and word.startswith(("establish", "stabilit")):
            m = _SETTLED_IN.match(text, pick[2])
            if m and (m.group(1) or "").lower() not in MONTHS:
                return pick[1], pick[2], "arrived"  # "established in Manez since 2016"
        return pick[1], pick[2], pick[3]
    # fallback: the nearest verb-like word in the clause
    best = None
    for m in _VERBISH.finditer(text, lo, hi):
        w = m.group(0).lower()
        if w in ("is", "are", "was", "were", "has", "have", "had"):
            continue
        if m.start() < dm.end and dm.start < m.end() or not same_region(m.start()):
            continue
        # the verb before the date is the likelier head ("seen in public since 2019")
        dist = dm.start - m.end() if m.end() <= dm.start else m.start() - dm.end + 30
        if best is None or dist < best[0]:
            best = (dist, m.start(), m.end(), w)
    if best is None or best[0] > 80:
        return None
    if re.fullmatch(r"said|says|told|stated|declared|added|announced", best[3]):
        return best[1], best[2], "statement"  # "…since 2019, a source said"
    return best[1], best[2], best[3]


# "established" with a place is settling there, not founding ("the headquarters …
# established in Manez since 2016", "established on Albanian soil"); "established in
# 1965" and "founded in Tehran" stay foundings
_SETTLED_IN = re.compile(
    r"\s+(?:in|on|at|near|a|in\s+the)\s+"
    r"(?:([A-ZÀ-Ý][^\W\d_]+)|[^\W\d_]+\s+soil\b)"
)
_OFFSET = re.compile(
    r"\b(?:days?|weeks?|months?|years?|hours?|giorni|settimane|mesi|anni|jours|semaines|mois|ans)"
    r"\s+(?:after|before|earlier|later|dopo|prima|après|avant)\b",
    re.I,
)
_RESETTLED_IN = re.compile(
    r"(?:resettl|reinsediat|réinstall)\w*\s+(?:in|to|into|nel|en|à|au)\b", re.I
)
# event types that may stand between a quantity and its date in one happening
_COMPATIBLE = {
    "seize": ("raided",),
    "detain": ("raided", "released"),
    "rescue": ("rescued",),
    "missing": ("rescued",),
    "arrive": ("arrived",),
    "leave": ("left",),
    "kill": ("killed", "attacked"),
    "injure": ("attacked",),
    "deploy": ("raided",),
    "capture": ("detained",),
}


def _assign_dates(
    text: str,
    s: int,
    e: int,
    nums: list[NumberMention],
    dates: list[DateMention],
    preds: dict[int, str | None],
    anchor: str | None,
) -> dict[int, tuple[int, DateMention]]:
    """As-of dates of quantities: each date goes to the nearest quantity of its clause
    ("3,400 in 2016, 2,900 in 2019"); a quantity takes at most one date."""
    out: dict[int, tuple[int, DateMention]] = {}
    if not nums or not dates:
        return out
    pairs = []
    for di, d in enumerate(dates):
        if d.iso is None:
            continue
        dlo, dhi = _clause(text, s, e, d.start, d.end, _ASOF_BOUNDARY)
        for ni, n in enumerate(nums):
            if not (dlo <= n.start < dhi) or n.unit_kind == "time":
                continue
            lo, hi = (n.end, d.start) if n.end <= d.start else (d.end, n.start)
            if n.start >= d.end:
                head = _EVENT_RE.search(text, max(dlo, d.start - 20), d.start)
                if head and not _WHEN.search(text, head.end(), d.start):
                    continue  # "founded in 1946, has 9,000 members": the date is the founding's
            if not _WHEN.search(text, lo, hi) and any(
                _EVENT_NAMES[m.lastgroup or ""] not in _COMPATIBLE.get(preds.get(ni) or "", ())
                for m in _EVENT_RE.finditer(text, lo, hi)
            ):
                continue  # the date belongs to another happening between them
            if d.relative and anchor and (d.iso or "") > anchor:
                continue  # "would leave tomorrow" does not date a count
            if n.end <= d.start:
                gap = text[n.end : d.start]
                dist = len(gap)
            else:
                gap = text[d.end : n.start]
                dist = len(gap) + 10  # a date before the number binds less
            # another quantity or date in between weakens the link
            between = sum(1 for m in nums if min(n.end, d.end) <= m.start < max(n.start, d.start))
            dist += 60 * between
            if dist > 100:
                continue
            pairs.append((dist, ni, di))
    pairs.sort()
    used_d: set[int] = set()
    for _, ni, di in pairs:
        if ni in out or di in used_d:
            continue
        out[ni] = (di, dates[di])
        used_d.add(di)
    return out


_HEADCOUNT = re.compile(
    r"\b(?:number of|population|membership|headcount|head count|numero di|nombre de|effectif)\b",
    re.I,
)
_HAS = re.compile(
    r"\b(?:has|have|had|claims|claimed|counts|numbers|revendique|compte|conta|ha|a)\s+$", re.I
)
_MEMBERS = frozenset(("members", "followers"))
# an existential count is a head count of who is there
_THERE_ARE = re.compile(
    r"\b(?:there\s+(?:are|were|is|was)|ci\s+sono|c'erano|il\s+y\s+a(?:vait)?|ka)\s+"
    r"(?:\w+\s+){0,2}$",
    re.I,
)
# a counted group that moves is its own happening ("1,900 people arrived in a single airlift
# in 2016" is not the movement's arrival); a counted crowd of a protest, raid or rescue is
# part of that happening, so its date still makes an event
_SUBGROUP_MOVES = frozenset("arrive leave evacuate displace capture".split())


def _date_bound_to_quantity(
    text: str, n: NumberMention, d: DateMention, pred: tuple[int, int, int, str] | None
) -> bool:
    """Does this date only date the quantity (so it makes no event of its own)?"""
    stock = pred is None or pred[3] not in EVENT_CLASSES
    if (
        stock
        and n.end <= d.start
        and re.fullmatch(
            r"[\s,]*(?:in|as of|by|at the end of|nel|en|au|fin|a fine|,)?[\s,]*",
            text[n.end : d.start],
        )
    ):
        return True  # "2,650 in 2022"
    if pred is not None and n.end <= pred[1] and pred[3] in _SUBGROUP_MOVES:
        between = re.findall(r"[^\W\d_]+", text[n.end : pred[1]])
        aux = ("were", "was", "had", "been", "have", "has", "then", "later", "all")
        between = [w for w in between if w.lower() not in aux]
        if len(between) <= 3:
            return True  # "1,900 people arrived … in 2016"
    return False
