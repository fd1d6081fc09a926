"""Direct quotes, partial quotes and reported speech, with their speakers.

* direct: text between quote marks (“…”, "…", «…», ‘…’, '…') with an attribution next to
  it ("…," said X / "…," X told … / X said: "…" / », a déclaré X / », ha dichiarato X);
  an unattributed quote right after an attributed one continues it.
* partial: a short quote inside a sentence whose subject says or calls something
  ("Miro Daskal called the operation "an act of political persecution"").
* reported: "X said (that) …", "X told Y that …", "X affirme que …", "X ha detto che …",
  "…, police said." and "who explained that …".

Speakers go through :mod:`claimmap.analyze.claims.people`: names, then pronouns, then
role nouns ("the spokesman"), else the noun phrase as written ("police").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from claimmap.analyze.claims.lexicon import LABEL_VERBS, SPEECH_VERBS
from claimmap.analyze.claims.people import People, find_names, resolve_np


@dataclass
class QuoteHit:
    start: int  # content span
    end: int
    speaker: str | None
    speaker_how: str
    speaker_surface: str | None
    cue: str | None
    form: str  # "direct", "partial", "reported"


_ALL_CUES = sorted({c for cues in SPEECH_VERBS.values() for c in cues}, key=len, reverse=True)
_CUE_ALT = "|".join(re.escape(c) for c in _ALL_CUES)
_CUE_RE = re.compile(rf"(?<![\w'’])(?:{_CUE_ALT})(?![\w'’])", re.I)
# what may follow an English say-verb for it to introduce reported speech without "that"
_NOT_CONTENT = frozenset(
    "on in at during after before to by with for of late earlier yesterday today last this "
    "monday tuesday wednesday thursday friday saturday sunday from as and but or was were "
    "is are had has have will would could it's ".split()
)
_AUX = re.compile(
    r"(?:\s+(?:has|have|had|also|later|then|would|will|could|might|repeatedly|again|"
    r"previously|already|once|publicly|recently|has also|had also|ha|a|aussi|anche|still|"
    r"già|déjà|always|never|not|often))+\s*$",
    re.I,
)
_QUOTE_PATTERNS = [
    re.compile(r"“([^”\n]{1,800})”"),
    re.compile(r"«[\s\u00a0\u202f]?([^»\n]{1,800}?)[\s\u00a0\u202f]?»"),
    re.compile(r"\"([^\"\n]{1,800})\""),
    re.compile(r"‘((?:[^’\n]|’(?=[^\W\d_]))+)’(?![^\W\d_])"),
    re.compile(r"(?<![^\W\d_])'(?=\S)((?:[^'\n]|'(?=[^\W\d_]))+)(?<=\S)'(?![^\W\d_])"),
]
_CLAUSE_OPENERS = re.compile(
    r"(?:[;:]|\s[—–]\s|,\s+(?:while|but|whereas|and|mentre|ma|mais|tandis que|et)\s+|"
    r"\s(?:while|whereas|mentre|tandis que)\s)",
    re.I,
)


def _quote_spans(text: str, floor: int, ceil: int) -> list[tuple[int, int, int, int]]:
    """(open, close_end, content_start, content_end) of every quote, non-overlapping."""
    found = []
    for rx in _QUOTE_PATTERNS:
        for m in rx.finditer(text, floor, ceil):
            found.append((m.start(), m.end(), m.start(1), m.end(1)))
    found.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    out: list[tuple[int, int, int, int]] = []
    for q in found:
        if out and q[0] < out[-1][1]:
            continue
        out.append(q)
    return out


def _np_after_cue(text: str, pos: int, ceil: int) -> tuple[int, int] | None:
    """The noun phrase after an attribution verb: up to a comma, period or a preposition."""
    m = re.match(
        r"\s*((?:[^\W\d_]+(?:-[^\W\d_]+)*['’.]?[\s\u00a0]?){1,8}?)(?=\s*(?:[,.;:!?(\n]|$|\s+(?:in|on|at|to|"
        r"during|after|when|who|which|lors|durante|dans|nel|nella|per|pour|in\s)\b))",
        text[pos:ceil],
    )
    if not m:
        return None
    s, e = pos + m.start(1), pos + m.end(1)
    # "said the association's chair, Marta Vinter": take the appositive name too
    ap = re.match(r",\s*((?:[A-ZÀ-Ý][\w'’\-]*\s?){2,4})(?=\s*[,.;!?]|$)", text[e:ceil])
    if ap:
        e = e + ap.end(1)
    return s, e


# the attribution after the statement: "…, police said." "…, a company spokesman, Ivo
# Brandt, said." "…, Ores said, a year before …" "…, Minister X told reporters on Monday."
_NPW = r"[^\W\d_][\w'’.\-]*"
_POST_CUES = (
    r"said|says|added|told reporters|told journalists|told the press|estimates|explained|"
    r"ha detto|ha aggiunto|ha spiegato|hanno detto|a ajouté|a indiqué|ont indiqué|a précisé"
)
_POSTPOSED = re.compile(
    rf",\s*(?P<np>(?:{_NPW}\s+){{0,4}}{_NPW}(?:,\s*(?:{_NPW}\s+){{0,3}}{_NPW},)?)\s+"
    rf"(?P<cue>{_POST_CUES})(?P<tail>\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|"
    rf"saturday|sunday|yesterday|today|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|in a statement))?"
    rf"\s*(?=[,.!;]|$)",
    re.I,
)
# the inverted form: "…, affirme le syndicat." "…, said the coastguard."
_POSTPOSED_INV = re.compile(
    r",\s*(?P<cue>said|says|added|affirme|a affirmé|a déclaré|a indiqué|ajoute|précise|"
    r"ha detto|ha dichiarato|ha aggiunto|afferma|spiega)\s+(?P<np>(?:the|le|la|les|il|lo|l['’]|"
    r"i|gli)\s+[^,.;!?]{2,40}?)\s*[.!]?\s*$",
    re.I,
)
_DATE_ADVERB = re.compile(
    r"\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|"
    r"today|last week|on\s+\w+day)\b,?",
    re.I,
)
_INFINITIVE = re.compile(r"\s+(?:di\s+|d['’]|de\s+)?(?:avoir|être|aver|avere|essere|d['’]avoir)\b",
                         re.I)  # fmt: skip


_NP_BEFORE = re.compile(r"((?:[^\W\d_]+(?:['’][^\W\d_]+)?['’]?[\s\u00a0]+){1,6})$")


def find_quotes(
    text: str,
    sentences: list[tuple[int, int]],
    people: People,
    outlets: set[str] | None = None,
) -> list[QuoteHit]:
    """Every quote of a document. ``sentences`` are the readable sentences in order."""
    hits: list[QuoteHit] = []
    if not sentences:
        return hits
    outlets = outlets or set()
    # direct quotes are found per line (they may span sentences)
    lines: list[tuple[int, int]] = []
    for s, e in sentences:
        if lines and text.find("\n", lines[-1][1], s) == -1:
            lines[-1] = (lines[-1][0], e)
        else:
            lines.append((s, e))
    direct_spans: list[tuple[int, int]] = []
    for ls, le in lines:
        prev_speaker: tuple[str | None, str, str | None, int] | None = None
        for qo, qc, cs, ce in _quote_spans(text, ls, le):
            direct_spans.append((qo, qc))
            att = _attribution(text, qo, qc, ls, le, people)
            content = text[cs:ce].strip().rstrip(",")
            words = len(content.split())
            if att is not None:
                speaker, how, surface, cue = att
                form = "direct" if words >= 4 or _ends_sentence(text, qc, le) else "partial"
                if (
                    form == "partial"
                    and cue
                    and cue.lower() in LABEL_VERBS
                    and not (how in ("pronoun", "role") or people.has_person_evidence(speaker))
                ):
                    continue  # "what the regime calls a 'terrorist cult'": a label, not a quote
                hits.append(QuoteHit(cs, cs + len(text[cs:ce].rstrip().rstrip(",")), speaker,
                                     how, surface, cue, form))  # fmt: skip
                if speaker:
                    p = people.persons.get(speaker)
                    if p:
                        p.spoke_at.append(qo)
                prev_speaker = (speaker, how, surface, qc)
            elif (
                prev_speaker is not None
                and words >= 3
                and not re.search(r"[^\W\d_]", text[prev_speaker[3] : qo].split(".")[-1])
            ):
                # "…," X told supporters. "They can take our computers."
                speaker, how, surface, _ = prev_speaker
                hits.append(QuoteHit(cs, ce, speaker, "continuation", surface, None, "direct"))
                prev_speaker = (speaker, how, surface, qc)
    # reported speech, sentence by sentence
    for s, e in sentences:
        hits.extend(_reported(text, s, e, people, direct_spans, outlets))
    hits.sort(key=lambda h: h.start)
    return [_no_clause_speaker(h) for h in hits]


# a "speaker" that opens with one of these is the start of a clause ("It is estimated
# that", "Although Albania has said"), not who speaks: the quote stays, unattributed
_NOT_SPEAKER_START = frozenset(
    "it its although recently first now have has had if when while however but and since "
    "as because though whereas even also perhaps finally moreover furthermore meanwhile "
    "then thus so yet what how why where whether".split()
)


def _no_clause_speaker(h: QuoteHit) -> QuoteHit:
    first = (h.speaker or "").split(maxsplit=1)
    if first and first[0].lower().strip(",") in _NOT_SPEAKER_START:
        return replace(h, speaker=None, speaker_how="none")
    return h


def _ends_sentence(text: str, qc: int, ceil: int) -> bool:
    return bool(re.match(r"\s*(?:,\s*(?:[^\W\d_]+\s+){0,6}[^\W\d_]+\s*[.!?]|$)", text[qc:ceil]))


def _attribution(
    text: str, qo: int, qc: int, floor: int, ceil: int, people: People
) -> tuple[str | None, str, str | None, str] | None:
    after = text[qc:ceil]
    # », ha dichiarato la ministra … / ,” said X / ,' she said
    m = re.match(rf"\s*[,.!?]?\s*(?P<cue>{_CUE_ALT})(?![\w'’])", after, re.I)
    if m:
        np = _np_after_cue(text, qc + m.end(), ceil)
        if np:
            sp, how = resolve_np(text[np[0] : np[1]], np[0], people)
            if sp:
                return sp, how, text[np[0] : np[1]], m.group("cue")
        if re.match(r"\s*[.!]", text[qc + m.end() : ceil]) or qc + m.end() >= ceil:
            # "«…», ha aggiunto." : the speaker is the one who spoke last
            last = people.last_speaker(qo)
            if last is not None:
                return last.name, "previous-speaker", None, m.group("cue")
    m = re.match(
        rf"\s*[,.!?]?\s*(?P<np>(?:[^\W\d_]+(?:['’][^\W\d_]+)?['’]?[\s\u00a0]+){{1,6}}?)"
        rf"(?P<cue>{_CUE_ALT})(?![\w'’])",
        after,
        re.I,
    )
    if m and not re.search(r"[,;]", m.group("np")) and m.group("np").strip().lower() not in _CONJ:
        s = qc + m.start("np")
        sp, how = resolve_np(m.group("np").strip(), s, people)
        if sp:
            return sp, how, m.group("np").strip(), m.group("cue")
    # X said: "…" (the cue must end right before the quote: look at the last cue only)
    wfloor = max(floor, qo - 120)
    last = None
    for cue_m in _CUE_RE.finditer(text, wfloor, qo):
        last = cue_m
    if last is not None and re.fullmatch(r"\s*[:,]?\s*", text[last.end() : qo]):
        nm = _NP_BEFORE.search(text[wfloor : last.start()])
        if nm:
            np_text = nm.group(1).strip()
            s = wfloor + nm.start(1)
            sp, how = resolve_np(np_text, s, people)
            if sp and how != "noun-phrase" or (sp and last.group(0).lower() not in LABEL_VERBS):
                return sp, how, np_text, last.group(0)
    # a quote inside a sentence with a speech or label verb before it
    sent_start = max(text.rfind(ch, floor, qo) for ch in ".!?") + 1
    sent_start = max(sent_start, floor)
    region = text[sent_start:qo]
    cues = list(_CUE_RE.finditer(region))
    if cues:
        c = cues[-1]
        subj_start, subj = _subject_before(text, sent_start, sent_start + c.start())
        if subj:
            sp, how = resolve_np(subj, subj_start, people)
            if sp and (how != "noun-phrase" or c.group(0).lower() in _PLAIN_SPEECH):
                if how == "noun-phrase" and len(sp.split()) > 5:
                    return None
                return sp, how, subj, c.group(0)
    return None


_BARE_CUES = frozenset("said says added claimed claims argued insisted believes warned".split())
_CONJ = frozenset("and but or et e ma mais o ou".split())
# cues that make even an unnamed subject the speaker of a quote later in the sentence
_PLAIN_SPEECH = frozenset(
    "said says told stated declared added wrote denounced denounces dénonce denuncia "
    "a déclaré ha dichiarato a dit ha detto".split()
)
_VERB = re.compile(
    r"(?<![\w'’])(?:is|are|was|were|has|have|had|did|does|asked|called|quoted|urged|made|"
    r"took|gave|spent|met|won|lost|walked|attended|welcomed|rejected|accused|[a-z]{3,}ed)"
    r"(?![\w'’])"
)
_LEAD = re.compile(
    r"^\s*(?:(?:in|on|at|after|before|during|later|earlier|à|a|en|dans|nel|nella|in a|"
    r"meanwhile|however|yesterday|today|speaking)\b[^,]{0,60},\s*)+",
    re.I,
)


def _subject_before(text: str, floor: int, cue_start: int) -> tuple[int, str | None]:
    """The subject noun phrase of a verb at ``cue_start``: back to the clause opener."""
    region = text[floor:cue_start]
    cut = 0
    for m in _CLAUSE_OPENERS.finditer(region):
        cut = m.end()
    # "…, who explained that": the antecedent is the name before "who"
    wm = re.search(r",?\s+(?:who|which|qui|che)\s*$", region, re.I)
    sub = region[cut:]
    if wm:
        # "… quoted our spokesman, Miro Daskal, who explained": the antecedent of "who"
        sub = region[cut : wm.start()]
        verbs = list(_VERB.finditer(sub))
        if verbs:
            cut += verbs[-1].end()
            sub = region[cut : wm.start()]
    else:
        lead = _LEAD.match(sub)
        if lead:
            cut += lead.end()
            sub = region[cut:]
        # "Mayor Nedim Orla asked residents to stay calm and said": the subject
        v = _VERB.search(sub)
        if v and re.search(r"\s(?:and|et|e)\s*$", sub):
            sub = sub[: v.start()]
    sub = _AUX.sub("", sub)
    # "Radio Sentinel correspondent Elena Varga was among …; she said": handled by cut
    sub_stripped = sub.strip(" ,")
    if not sub_stripped:
        return cue_start, None
    start = floor + cut + (len(sub) - len(sub.lstrip(" ,")))
    return start, sub_stripped


def _reported(
    text: str,
    s: int,
    e: int,
    people: People,
    direct: list[tuple[int, int]],
    outlets: set[str],
) -> list[QuoteHit]:
    out: list[QuoteHit] = []
    used: list[tuple[int, int]] = []  # cue spans already read as a postposed attribution
    # "…, police said." "…, Ores said, a year before …" "…, affirme le syndicat."
    for rx in (_POSTPOSED, _POSTPOSED_INV):
        for m in rx.finditer(text, s, e):
            if any(a <= m.start() < b for a, b in direct) or _ends_in_quote(text[s : m.start()]):
                continue
            if rx is _POSTPOSED_INV and m.end() < e - 2:
                continue
            np = m.group("np").strip(" ,")
            np_start = m.start("np")
            if re.match(r"(?:and|but|while|whereas|or|which|that|who|et|e|ma|mais)\b", np, re.I):
                continue
            # the content runs from the sentence (or clause) start to the attribution
            cs = s
            for mm in re.finditer(r"[;:]|\s[—–]\s", text[s : m.start()]):
                cs = s + mm.end()
            while cs < m.start() and text[cs].isspace():
                cs += 1
            if len(text[cs : m.start()].split()) < 3:
                continue
            sp, how = resolve_np(np, np_start, people)
            if not sp or _is_outlet(sp, outlets) or how == "noun-phrase" and len(sp.split()) > 5:
                continue
            out.append(QuoteHit(cs, m.start(), sp, how, np, m.group("cue"), "reported"))
            used.append((m.start("cue"), m.end("cue")))
            p = people.persons.get(sp)
            if p:
                p.spoke_at.append(m.start("cue"))
    for c in _CUE_RE.finditer(text, s, e):
        cue = c.group(0)
        if cue.lower() in LABEL_VERBS or cue.lower() in ("reported", "reports", "notes", "noted"):
            continue
        if any(a <= c.start() < b for a, b in direct) or any(a <= c.start() < b for a, b in used):
            continue
        before = text[s : c.start()]
        if re.search(r"(?:\bnot|\bnever|n['’]t|\bnon|\bpas)\s+(?:\w+\s+)?$", before, re.I):
            continue  # "has still not said what it found"
        if (
            re.search(r"[\"”»’']\s*,?\s*$", before)
            or re.search(r"[,]\s*$", before)
            and (re.search(r"[\"”»’]", before[-40:]))
        ):
            continue  # the attribution of a direct quote
        cue_end = c.end()
        da = _DATE_ADVERB.match(text, cue_end, e)
        if da:  # "said Thursday they had …"
            cue_end = da.end()
        rest = text[cue_end:e]
        # "told supporters that", "told the court that"
        tm = re.match(r"\s+(?:[^\W\d_]+\s+){0,3}?(?P<comp>that|que|qu['’]|che|se)\b\s*", rest, re.I)
        inf = _INFINITIVE.match(rest)
        pm = re.match(r"\s+(?:invece\s+|plutôt\s+)?(?:di|de|d['’])\s*(?=\S)", rest, re.I)
        if cue.lower().endswith((" che", " que", " that")):
            content_start = cue_end + (len(rest) - len(rest.lstrip()))
        elif tm:
            content_start = cue_end + tm.end()
        elif inf:  # "affirme avoir secouru …", "afferma di aver salvato …"
            content_start = cue_end + (len(rest) - len(rest.lstrip()))
        elif pm and cue.lower() in ("parla", "parle"):  # "parla di oltre 9.000 sfollati"
            content_start = cue_end + pm.end()
        elif cue.lower() in ("parla", "parle"):
            continue
        else:
            nm = re.match(r"\s+([^\W\d_]+|\d)", rest)
            if not nm or cue.lower() not in _BARE_CUES:
                continue
            first = nm.group(1).lower()
            if first in _NOT_CONTENT and not da:
                continue
            content_start = cue_end + nm.start(1)
        subj_start, subj = _subject_before(text, s, c.start())
        if not subj:
            continue
        if re.search(r"\b(?:what|which|that|who)\s*$", subj, re.I) and "who" not in subj.lower():
            continue
        sp, how = resolve_np(subj, subj_start, people)
        if sp is None or _is_outlet(sp, outlets):
            continue
        if how == "noun-phrase" and (len(sp.split()) > 6 or sp[:1].islower() and sp.lower()
                                     .startswith(("it ", "this", "that", "there"))):  # fmt: skip
            continue
        content_end = e
        while content_end > content_start and text[content_end - 1] in " .!?;,":
            content_end -= 1
        if content_end - content_start < 8:
            continue
        out.append(QuoteHit(content_start, content_end, sp, how, subj, cue, "reported"))
        p = people.persons.get(sp)
        if p:
            p.spoke_at.append(c.start())
    return out


def _ends_in_quote(s: str) -> bool:
    return bool(re.search(r"[\"”»’']\s*$", s.strip()))


def _is_outlet(name: str, outlets: set[str]) -> bool:
    from claimmap.analyze.claims.citations import classify_source

    return classify_source(name, outlets)[0] == "outlet"


def speaker_names(hits: list[QuoteHit]) -> set[str]:
    return {h.speaker for h in hits if h.speaker and h.speaker_how in ("name", "pronoun", "role")}


__all__ = ["QuoteHit", "find_quotes", "find_names", "speaker_names"]
