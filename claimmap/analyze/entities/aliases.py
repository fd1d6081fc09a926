"""Alias definitions the text states: "… of Iran (MEK)", "also known as", "known as X, Y or
Z", "a.k.a.", "– in full, …". Pure regex over one sentence; which name the definition is
about (the left side) is chosen by the caller, with the parse where there is one."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimmap.analyze.entities.cues import (
    IN_FULL_CUES,
    KNOWN_AS_CUES,
    LABEL_HEADS,
    NAME_CONNECTORS,
    NAMED_PARTICIPLES,
)
from claimmap.analyze.entities.fold import ACRONYM_SKIPPABLE, is_acronym_of

_UP = r"A-ZÀ-ÖØ-ÞĀ-Ž"
# one capitalised word of a name (letters, apostrophes, hyphens, dots inside: "People's",
# "Mojahedin-e", "U.N."); an all-caps acronym is one too
_CAPWORD = rf"[{_UP}][\w'’.-]*\w|[{_UP}]"
_CONNECT = r"(?:" + "|".join(sorted(NAME_CONNECTORS - {"d'"}, key=len, reverse=True)) + r")"
_ELIDED = r"(?:d|l|dell|dall|nell|all|sull|qu)['’]"
NAME_RX = re.compile(rf"(?:{_CAPWORD})(?:\s+(?:{_CONNECT}\s+)*(?:{_ELIDED})?(?:{_CAPWORD}))*")
_ACR_PAREN = re.compile(r"\(\s*([A-Z][A-Za-z&]*[A-Z][A-Za-z0-9&]*)\s*\)")
_KNOWN_AS = re.compile(r"(?<!\w)(?:" + "|".join(KNOWN_AS_CUES) + r")(?=\W)\s*", re.I)
_PARTICIPLE = "(?:" + "|".join(NAMED_PARTICIPLES) + r")(?=\W)\s*"
# a bare participle names only after a comma, a bracket or "and" (see NAMED_PARTICIPLES)
_NAMED = re.compile(r"(?:,\s*|\(\s*|(?<!\w)(?:and|et|e|y|und|dhe)\s+)(" + _PARTICIPLE + ")", re.I)
_NAMED_FIRST = re.compile(r"[\s\"“”«»'‘’]*(" + _PARTICIPLE + ")", re.I)
# the name a sentence-initial participle is about: "Surnommé « l'Ancre », Vlachos …"
_OPEN_QUOTES = '"“«„‘'
_QUOTED_REST = re.compile(r"((?:\s+[\w'’-]+){1,4}?)\s*[\"”»“’‘]")
_CLOSE_QUOTE = re.compile(r"\s*[\"”»“’'‘]")
# a later item of a list of names may repeat the "as" word after a few lowercase words:
# "known locally as X, or simply as the Y", "and to its opponents as the Ravens", "e tra i
# contadini come i «Corvi»", "or by its Vardenian name, Y"
_ITEM_AS = re.compile(
    r"(?:[a-zà-ÿ'’]+\s+){0,6}?(?:as|come|como|comme|sous le nom d[e']|als|si)\s+"
    r"|(?:by|under|with)\s+(?:its|their|his|her)\s+(?:[\w-]+\s+){0,2}"
    r"(?:name|initials|acronym|title)s?,?\s+",
)
_IN_FULL = re.compile(r"(?:[–—-]|\()\s*(?:" + "|".join(IN_FULL_CUES) + r")\s*", re.I)
_LIST_SEP = re.compile(
    r"\s*(?:,|\b(?:or|and|o|e|ou|et|ose|y|und|oder|dhe)\b)\s*",
    re.I,
)
_TO_WHOM = re.compile(
    r"(?:to|per|pour|para)\s+((?:its|their|his|her|the|i suoi|ses|leurs)\s+[^,;:.]{2,40}?)\s*,\s*",
    re.I,
)
_LOWER_TAIL = re.compile(
    r"(?:\s+(?!(?:after|by|its|his|her|their|who|which|that|and|or|is|was|in|on)\b)"
    rf"[a-zà-ÿ][\w'’-]*){{1,5}}\s+(?:{_ELIDED})?(?:{_CAPWORD})"
)
_HEAD_NOUN = re.compile(r"\s+([a-z]+)\b")
_AND = re.compile(r"\s+(?:and|or|e|et|o|y|und|dhe)\s+")
_KNOWN_TO = re.compile(r"known to ((?:its|their|his|her|the) [\w' -]+?) as", re.I)
# "… or simply the Wolves", "o semplicemente i Lupi": an adverb may stand before the article
_ARTICLE = re.compile(
    r"(?:(?:simply|just|sometimes|also|locally|popularly|semplicemente|anche|simplement|aussi"
    r"|thjesht|einfach|nur|simplemente|también|solo)\s+)?"
    r"(?:[\"“«„‘]\s*)?"
    r"(?:(?:the|il|lo|la|l['’]|le|les|gli|i|el|los|las|a|an|die|der|das)\s+|l['’])?"
    # a nickname in quotation marks: "l'«Ancora»", "les « Bonnets gris »", „Graumützen“
    r"(?:[\"“«„‘]\s*)?",
    re.I,
)


@dataclass(slots=True)
class AliasHit:
    form: str  # acronym, known_as, in_full
    cue_start: int
    cue_end: int
    # the defined name and the alias as spans; ``left`` is None when the caller must find it
    left: tuple[int, int] | None
    right: tuple[int, int]
    # "to its enemies, the Corvan sect": who gives the alias (for labels), as a span
    attributed: tuple[int, int] | None = None


def capitalised_run_before(text: str, end: int, floor: int) -> tuple[int, int] | None:
    """The longest name-like run of capitalised words ending at ``end``."""
    best = None
    for m in NAME_RX.finditer(text, floor, end):
        if text[m.end() : end].strip() == "":
            best = (m.start(), m.end())
    return best


_WORD = re.compile(r"[\w'’-]+")


def _sentence_case_before(text: str, end: int, floor: int, acr: str) -> tuple[int, int] | None:
    """ "La Garde de protection des hauts plateaux (GPHP)": French, Italian, Spanish and
    Albanian capitalise only a name's first word; the shortest run of words before the
    bracket that opens with a capital and whose initials spell the acronym."""
    words_ = list(_WORD.finditer(text, max(floor, end - 160), end))
    if text[words_[-1].end() : end].strip() if words_ else True:
        return None
    n = sum(c.isalpha() for c in acr)
    # the initials in order first, over every start; the same initials reordered (a
    # translated acronym) only if none reads in order: "Security and Co-operation in
    # Europe" holds O, S, C, E too
    for reorder in (False, True):
        for i in range(len(words_) - n, max(-1, len(words_) - 3 * n - 1), -1):
            w, start = words_[i].group(), words_[i].start()
            # "L'Organizzazione per …": the elided article is not the name
            if elided := _ELIDED_START.match(w):
                w, start = w[elided.end() :], start + elided.end()
            if (
                w[:1].isupper()
                and w.lower() not in ACRONYM_SKIPPABLE
                and is_acronym_of(acr, text[start:end], reorder=reorder)
            ):
                return start, words_[-1].end()
    return None


_ELIDED_START = re.compile(r"(?:[LlDd]|[Dd]ell|[Dd]all|[Nn]ell|[Aa]ll|[Ss]ull)['’]")


def find_acronyms(text: str, start: int, end: int) -> list[AliasHit]:
    """ "People's Azure Front of Veloria (PAFV)" and "PAFV (People's Azure Front of
    Veloria)". The long form is trimmed to the shortest tail whose initials spell the
    acronym ("the group, the People's … (PAFV)" keeps only the name)."""
    hits = []
    for m in _ACR_PAREN.finditer(text, start, end):
        acr = m.group(1)
        if sum(c.isupper() for c in acr) < 2:
            continue
        run = capitalised_run_before(text, m.start(), start)
        found = len(hits)
        if run:
            name = text[run[0] : run[1]]
            # try tails of the run: "Then the Azure Front" -> "Azure Front"
            toks = [t for t in re.finditer(r"\S+", name)]
            for i in range(len(toks)):
                s = run[0] + toks[i].start()
                if toks[i].group().lower() in ACRONYM_SKIPPABLE:
                    continue  # "The Mojahedin-e Khalq (MEK)": the article is not the name
                if is_acronym_of(acr, text[s : run[1]]):
                    hits.append(
                        AliasHit("acronym", m.start(), m.end(), (s, run[1]), (m.start(1), m.end(1)))
                    )
                    break
        if len(hits) == found:
            left = _sentence_case_before(text, m.start(), start, acr)
            if left:
                hits.append(AliasHit("acronym", m.start(), m.end(), left, (m.start(1), m.end(1))))
    # reverse: "PAFV (People's Azure Front of Veloria)"
    for m in re.finditer(r"\b([A-Z][A-Z&]{1,9})\s*\(([^()]{4,80})\)", text[start:end]):
        long_ = m.group(2).strip()
        if is_acronym_of(m.group(1), long_) and NAME_RX.fullmatch(long_):
            a = start + m.start(1)
            ls = start + m.start(2) + (len(m.group(2)) - len(m.group(2).lstrip()))
            hits.append(
                AliasHit(
                    "acronym", a, start + m.end(), (ls, ls + len(long_)), (a, a + len(m.group(1)))
                )
            )
    return hits


_BRACKETED = re.compile(
    r"\(\s*([\"“«„‘]\s*)?"
    rf"((?:{_CAPWORD})(?:\s+(?:{_CONNECT}\s+)*(?:{_ELIDED})?(?:{_CAPWORD}|[a-zà-ÿ][\w'’-]*)){{0,5}}?)"
    r"\s*[\"”»“’]?\s*((?:in|en|auf|në|em)\s+[a-zà-ÿ]+)?\s*\)"
)


def bracketed_names(text: str, start: int, end: int) -> list[AliasHit]:
    """ "Silent Owl («Gufo silenzioso»)", "Pietrabianca (Gurbardh in albanese)", "la
    Chouette silencieuse (Tiha Sova)": a name in brackets right after a name is the same
    thing's other name. ``form`` is "bracketed"; the hit's ``attributed`` is set (to the
    bracket) when quotation marks or a language ("in albanese") say it is a name, for the
    caller's stricter reading of bare brackets ("John Smith (Labour)" is no alias)."""
    hits = []
    for m in _BRACKETED.finditer(text, start, end):
        name = m.group(2)
        if name.isupper() and len(name.split()) == 1:
            continue  # an acronym: find_acronyms' business
        said = bool(m.group(1) or m.group(3))
        hits.append(
            AliasHit("bracketed", m.start(), m.end(), None, m.span(2), m.span() if said else None)
        )
    return hits


def undefined_acronyms(
    text: str, start: int, end: int, hits: list[AliasHit]
) -> list[tuple[int, int]]:
    """Bracketed acronyms no name before them spells: "the State Security Service (SDS)"
    (an acronym of the name in the country's own language), "Kurdistan Workers' Party
    (PKK)". The caller decides whether the name before the bracket is an organisation."""
    defined = {h.right for h in hits}
    out = []
    for m in _ACR_PAREN.finditer(text, start, end):
        acr = m.group(1)
        if m.span(1) not in defined and acr.isupper() and 2 <= len(acr) <= 6:
            out.append(m.span(1))
    return out


def _list_of_names(text: str, pos: int, end: int, max_items: int = 6) -> list[tuple]:
    """Names listed from ``pos``: "the Azure Front, the PAFV or, to its enemies, the Corvan
    sect, after …" -> [(span, attribution span or None), …]. Stops at the first item that
    is not a name."""
    out = []
    while len(out) < max_items and pos < end:
        attributed = None
        if out and (m := _ITEM_AS.match(text, pos, end)):
            pos = m.end()
        m = _TO_WHOM.match(text, pos)
        if m:
            attributed = (m.start(1), m.end(1))
            pos = m.end()
        m = _ARTICLE.match(text, pos)
        quoted = bool(m) and text[pos : m.end()].rstrip()[-1:] in _OPEN_QUOTES
        if m:
            pos = m.end()
        m = NAME_RX.match(text, pos, end)
        if not m:
            break
        s, e = m.start(), m.end()
        # « Bonnets gris »: a quoted nickname runs to its closing mark, lowercase words too
        if quoted and (q := _QUOTED_REST.match(text, e, end)):
            e = q.end(1)
        # "MEK and PMOI" is two names: a connector next to an acronym separates
        for c in _AND.finditer(text, s, e):
            before, after = text[s : c.start()].split()[-1], text[c.end() : e].split()[0]
            if before.isupper() or after.isupper():
                e = c.start()
                break
        # French and Italian capitalise only the first word: "Front populaire azur de
        # Vélorie"; a few lowercase words are taken when a capitalised one closes the run
        tail = _LOWER_TAIL.match(text, e, end)
        if tail:
            e = tail.end()
        # a name with a group noun is one alias: "the Corvan sect", "the Rajavi cult"
        head = _HEAD_NOUN.match(text, e, end)
        if head and head.group(1).lower() in LABEL_HEADS:
            e = head.end()
        out.append(((s, e), attributed))
        pos = e
        if q := _CLOSE_QUOTE.match(text, pos, end):
            pos = q.end()
        sep = _LIST_SEP.match(text, pos, end)
        if not sep or sep.end() == pos:
            break
        pos = sep.end()
        # ", or, to its enemies," : separators may repeat
        while (more := _LIST_SEP.match(text, pos, end)) and more.end() > pos:
            pos = more.end()
    return out


_CALL = re.compile(r"\bcall", re.I)


def calls(cue: str) -> bool:
    """A "call" cue ("which sailors call Durazzo"), not "known locally as"."""
    return bool(_CALL.search(cue))


def find_known_as(text: str, start: int, end: int) -> list[AliasHit]:
    """ "also known as Y", "known variously as X, Y or Z", "a.k.a. Y", "– in full, Y"."""
    hits = []
    for rx, form in ((_KNOWN_AS, "known_as"), (_IN_FULL, "in_full")):
        for m in rx.finditer(text, start, end):
            if _OPENING.fullmatch(text, start, m.start()):
                continue  # opens the sentence: read below, with the name after the comma
            # "which sailors still call Durazzo, and Bari …": one name after "call"
            most = 1 if calls(m.group()) else 6
            # "known to its enemies as …": the cue itself says whose name it is
            to = _KNOWN_TO.search(m.group())
            given = (m.start() + to.start(1), m.start() + to.end(1)) if to else None
            for span, attributed in _list_of_names(text, m.end(), end, most):
                hits.append(AliasHit(form, m.start(), m.end(), None, span, attributed or given))
    cues = [(m.start(1), m.end(1), None) for m in _NAMED.finditer(text, start, end)]
    if first := _NAMED_FIRST.match(text, start, end):
        cues.append((first.start(1), first.end(1), "first"))
    elif (first := _KNOWN_AS.search(text, start, end)) and _OPENING.fullmatch(
        text, start, first.start()
    ):
        cues.append((first.start(), first.end(), "first"))
    for a, b, where in cues:
        names = _list_of_names(text, b, end, 1 if where else 6)
        left = None
        if where and names:
            # "Surnommé « l'Ancre », Vlachos est …", "Connue sous le nom de X, la
            # Fraternité compte …": the name after the comma is the one named
            left = _name_after_comma(text, names[-1][0][1], end)
            if left is None:
                continue
        for span, attributed in names:
            hits.append(AliasHit("known_as", a, b, left, span, attributed))
    return hits


def _name_after_comma(text: str, pos: int, end: int) -> tuple[int, int] | None:
    """The name that opens the main clause after an opening phrase: the first comma
    within 100 characters followed by a name ("Known in X as the Y, after its office on
    the promenade, the OVF receives …")."""
    for c in re.finditer(r"[,–—]\s*", text[pos : min(end, pos + 100)]):
        art = _ARTICLE.match(text, pos + c.end(), end)
        at = art.end() if art else pos + c.end()
        nm = NAME_RX.match(text, at, end)
        if nm:
            return nm.span()
    return None


# what may stand before a cue that opens its sentence
_OPENING = re.compile(r"[\s\"“”«»'‘’]*")


def nearest_name_before(
    spans: list[tuple[int, int]], pos: int, floor: int
) -> tuple[int, int] | None:
    """The name span ending closest before ``pos`` (not before ``floor``)."""
    best = None
    for s, e in spans:
        if floor <= s and e <= pos and (best is None or e > best[1]):
            best = (s, e)
    return best
