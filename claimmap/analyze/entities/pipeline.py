"""The whole analysis over a batch of documents: mentions, aliases, entities, labels.

Pure function over plain records: the caller (the stage) reads documents from the store
and writes the result back. Order of work: English sentences through spaCy in batches
(mentions, alias subjects, labels); capitalised spans elsewhere; names learned from
translation pairs; a gazetteer pass over every document; resolution; labels bound to
entities with their voice.
"""

from __future__ import annotations

import dataclasses
import re
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from claimmap.analyze.entities.aliases import (
    AliasHit,
    bracketed_names,
    calls,
    capitalised_run_before,
    find_acronyms,
    find_known_as,
    nearest_name_before,
    undefined_acronyms,
)
from claimmap.analyze.entities.cues import (
    EVALUATIVE_HEADS,
    GROUP_HEADS,
    LABEL_HEADS,
    MEMBER_NAME_CUE,
    ORG_KINDS,
    ORG_WORDS,
    PRONOUN_NAME_CUE,
)
from claimmap.analyze.entities.english import (
    TOPIC,
    RawLabel,
    SentenceAnalyzer,
    Target,
    according_scopes,
    sentence_mentions,
)
from claimmap.analyze.entities.fold import fold, is_acronym_of, translit_key, words
from claimmap.analyze.entities.gazetteer import Gazetteer
from claimmap.analyze.entities.glosses import gloss_names, gloss_word
from claimmap.analyze.entities.inflection import base_forms
from claimmap.analyze.entities.multilingual import Candidate, capitalised_spans, learn_from_pair
from claimmap.analyze.entities.nlp import DEFAULT_PIPELINE, load_pipeline, pipe
from claimmap.analyze.entities.otherlang import labels_without_parser
from claimmap.analyze.entities.quotes import Quote, find_quotes
from claimmap.analyze.entities.records import (
    Alias,
    DocInput,
    Entity,
    EntityResult,
    Label,
    Mention,
)
from claimmap.analyze.entities.resolve import resolve
from claimmap.analyze.entities.rules import DEFAULT_ALIAS_FILE, AliasRules, load_rules
from claimmap.analyze.entities.xnames import background_words, key_languages, translated_names
from claimmap.analyze.segment import paragraph_spans
from claimmap.models.registry import DEFAULT_SPEC


@dataclass(frozen=True, slots=True)
class EntityConfig:
    # an installed spaCy pipeline (package name or path) for English text
    pipeline: str = DEFAULT_PIPELINE
    batch_size: int = 64
    # the user's alias file (YAML), applied on top of the bundled defaults
    alias_file: str | None = None
    default_aliases: bool = True
    labels: bool = True
    # rapidfuzz ratio (0-100) on transliteration keys above which two names of 8+
    # characters are one; chosen on bench/data/entities_dev
    fuzzy_threshold: float = 92.0
    # an embedder spec (``claimmap.models``) whose word vectors pair the words of one
    # organisation's name across languages (``xnames.py``); None turns that off
    name_embedder: str | None = DEFAULT_SPEC


def _not_a_person(text: str, typ: str) -> str:
    """ "the Kessler cult", "the Rajavi sect": a name ending in a group noun is a group,
    though the NER reads a surname in it as a person."""
    ws = words(text)
    return "ORG" if typ == "PERSON" and len(ws) > 1 and ws[-1] in LABEL_HEADS else typ


_PLACE_PREP = re.compile(r"\b(?:near|in|at|from|outside|around)\s+$", re.I)


_THE_BEFORE = re.compile(r"(?<![.!?:]\s)(?<!^)\bthe\s+$")


def _plural_group(text: str, a: int, b: int, typ: str) -> str:
    """ "the Lanterns", "the Wolves": one capitalised plural word after a lowercase "the" is a
    group's nickname; the NER reads many of them as a person."""
    name = text[a:b]
    if typ != "PERSON" or " " in name or not name.endswith("s") or name.isupper():
        return typ
    return "ORG" if _THE_BEFORE.search(text, max(0, a - 6), a) else typ


def _place_by_preposition(text: str, a: int, b: int, typ: str) -> str:
    """ "near Durrës", "at Manëz", "from Kardel": the small NER reads unknown towns as
    organisations; a one-word name (not an acronym) right after a place preposition,
    without an article, is a place."""
    name = text[a:b]
    if typ not in ("ORG", "PERSON") or " " in name or name.isupper():
        return typ
    if text[b : b + 2] in ("'s", "’s"):
        return typ
    prep = _PLACE_PREP.search(text, max(0, a - 8), a)
    # "a letter from Karimi": a person may follow "from", not "near" or "at"
    return "PLACE" if prep and (typ == "ORG" or "from" not in prep.group().lower()) else typ


def _sentences(doc: DocInput) -> list[tuple[int, int, str]]:
    sents = doc.sentences or ((0, len(doc.text), doc.language),)
    out = []
    for s, e, lang in sents:
        if any(a <= s and e <= b for a, b in doc.skip):
            continue
        out.append((s, e, (lang or doc.language or "en")[:2]))
    return out


def _in_skip(doc: DocInput, s: int, e: int) -> bool:
    return any(a < e and s < b for a, b in doc.skip)


class _State:
    def __init__(self, outlets: Iterable[str]):
        self.outlet_keys = {fold(o) for o in outlets if o}
        self.mentions: dict[str, list[Mention]] = defaultdict(list)
        self.candidates: dict[str, list[Candidate]] = defaultdict(list)
        self.aliases: list[Alias] = []
        self.raw_labels: list[RawLabel] = []
        self.name_types: dict[str, Counter] = defaultdict(Counter)
        self.long_forms: set[str] = set()
        # alias spans given to someone: "to its enemies, the Corvan sect"
        self.alias_attribution: dict[tuple[str, int, int], tuple[int, int]] = {}
        # names an alias cue introduces where no named left side was found ("the
        # compound, which it calls Ashraf 3"): names all the same, for the gazetteer
        self.named: set[str] = set()
        self.norp: set[str] = set()  # nationalities and the like, as the NER read them

    def mention(self, doc: str, s: int, e: int, text: str, typ: str, source: str) -> Mention:
        if fold(text) in self.outlet_keys and typ != "PERSON":
            typ = "OUTLET"
        typ = _not_a_person(text, typ)
        m = Mention(doc, s, e, text, typ, source=source)  # type: ignore[arg-type]
        self.mentions[doc].append(m)
        self.name_types[fold(text)][typ] += 1
        return m

    def _specific(self, doc: DocInput, left: tuple[int, int]) -> tuple[int, int] | None:
        """ "The Movement, known on the island as the Lighthouse": a bare kind word is no
        name of its own; the alias belongs to the last organisation before it whose name
        has that word (by its gloss: "Movimento" in "Movimento per …"). None when there is
        none: an alias on a bare kind word would join every "Movement" of the corpus."""
        key = fold(doc.text[left[0] : left[1]])
        if len(key.split()) != 1 or doc.text[left[0] : left[1]].isupper():
            return left
        # "Surnommé « l'Ancre », Vlachos …": a bare surname stands for the full name the
        # document gave before; an alias on the surname alone would join every Vlachos
        names = [*self.mentions[doc.doc_id], *self.candidates[doc.doc_id]]
        # a place is no short form of a body named after it ("Europe" / "Council of
        # Europe"); the NER often reads a bare surname as a place, so people still count
        place = any(m.type == "PLACE" and (m.start, m.end) == left for m in names)
        full = None
        for m in names:
            holds = m.end <= left[0] and len(m.text.split()) > 1 and key in fold(m.text).split()
            if holds and (not place or m.type != "ORG") and (full is None or m.end > full[1]):
                full = (m.start, m.end)
        if full is not None:
            return full
        head = gloss_word(key)
        if not (head or key in ORG_WORDS or key in GROUP_HEADS or key in ORG_KINDS):
            return left
        kinds = {key, *(head or ())}
        best = None
        for m in names:
            ws = fold(m.text).split()
            if m.end > left[0] or len(ws) < 2 or m.type in ("PERSON", "PLACE", "OUTLET"):
                continue
            if any(w in kinds or bool(set(gloss_word(w) or ()) & kinds) for w in ws) and (
                best is None or m.end > best[1]
            ):
                best = (m.start, m.end)
        return best

    def alias(self, doc: DocInput, hit: AliasHit, left: tuple[int, int]) -> None:
        if (found := self._specific(doc, left)) is None:
            return
        left = found
        name, alias = doc.text[left[0] : left[1]], doc.text[hit.right[0] : hit.right[1]]
        if fold(name) == fold(alias) or not fold(name) or not fold(alias):
            return
        self.aliases.append(Alias(doc.doc_id, hit.cue_start, hit.cue_end, name, alias, hit.form))
        if hit.form in ("acronym", "in_full"):
            self.long_forms.add(
                name
                if hit.form == "acronym" and len(name) > len(alias)
                else alias
                if len(alias) > len(name)
                else name
            )
        if hit.attributed:
            self.alias_attribution[(doc.doc_id, *hit.right)] = hit.attributed


def _english(docs: Sequence[DocInput], st: _State, cfg: EntityConfig, nlp: Any) -> int:
    items = []
    for d in docs:
        for s, e, lang in _sentences(d):
            if lang == "en":
                items.append(((d, s, e), d.text[s:e]))
    if not items:
        return 0
    if nlp is None:
        nlp = load_pipeline(cfg.pipeline, parse=cfg.labels)
    last: dict[str, Target | None] = {}  # per document: the previous sentence's subject
    previous_names: dict[str, list[tuple[int, int]]] = {}  # and its names
    for (d, s, e), sdoc in pipe(nlp, items, cfg.batch_size):
        spans: list[tuple[int, int]] = []
        headline = _title_case(sdoc.text)
        for a, b, typ in [] if headline else sentence_mentions(sdoc, s):
            if not _in_skip(d, a, b):
                typ = _plural_group(d.text, a, b, _place_by_preposition(d.text, a, b, typ))
                st.mention(d.doc_id, a, b, d.text[a:b], typ, "ner")
                spans.append((a, b))
        st.norp.update(ent.text for ent in sdoc.ents if ent.label_ == "NORP")
        an = SentenceAnalyzer(
            d.doc_id, sdoc, s, spans, last.get(d.doc_id), previous_names.get(d.doc_id, [])
        )
        acr_hits = find_acronyms(d.text, s, e)
        for hit in acr_hits:
            st.alias(d, hit, hit.left)  # type: ignore[arg-type]
            spans.append(hit.right)
            # an acronym is defined for an organisation, whatever the NER read there
            for a, b in (hit.left, hit.right):  # type: ignore[misc]
                ms = st.mentions[d.doc_id]
                same = [m for m in ms if m.start == a and m.end == b]
                for m in same:
                    m.type = "ORG" if m.type != "OUTLET" else m.type
                # the NER's fragments of a defined name ("Organization for Security and
                # Co-operation" + "Europe") give way to the name the definition spells
                inside = [m for m in ms if a <= m.start and m.end <= b]
                if not same and inside and (a, b) == hit.left:
                    for m in inside:
                        ms.remove(m)
                        if (m.start, m.end) in spans:
                            spans.remove((m.start, m.end))
                    spans.append((a, b))
                if not same and not any(m.start < b and a < m.end for m in ms):
                    st.mention(d.doc_id, a, b, d.text[a:b], "ORG", "alias")
        _foreign_acronyms(d, st, s, e, spans, acr_hits)
        _bracketed(d, st, s, e)
        for hit in find_known_as(d.text, s, e):
            if calls(d.text[hit.cue_start : hit.cue_end]):
                # "Durrës, which sailors call Durazzo": the name right before the comma
                left = _alias_subject(an, hit) or nearest_name_before(
                    spans, hit.cue_start, max(s, hit.cue_start - 4)
                )
                if left is None:  # a name the NER missed: the capitalised run before
                    comma = d.text.rfind(",", s, hit.cue_start)
                    if comma != -1 and not d.text[comma + 1 : hit.cue_start].strip():
                        left = capitalised_run_before(d.text, comma, s)
            else:
                # "officers of the Highland Protection Guard, otherwise known as …": a name
                # right before the cue's comma is what it names, whatever the parse says
                right_before = [sp for sp in spans if hit.cue_start - 4 <= sp[1] <= hit.cue_start]
                left = (
                    hit.left
                    or max(right_before, key=lambda sp: sp[1], default=None)
                    or _alias_subject(an, hit)
                    or _nearest_left(st, d.doc_id, spans, hit.cue_start, s)
                    or _last_group(st, d.doc_id, hit.cue_start, _group_floor(d.text, s, hit))
                )
            if _description(an, hit.right):
                continue  # "otherwise known as the Iranian opposition": not a name
            if left:
                st.alias(d, hit, left)
            else:
                st.named.add(d.text[hit.right[0] : hit.right[1]])
        if cfg.labels and not headline:
            for lab in an.labels():
                if not lab.decided:
                    who = an.speech_context(lab)
                    if who:
                        lab.voice, lab.attributed_to, lab.attributed_span = "attributed", *who
                        lab.decided = True
                st.raw_labels.append(lab)
        if not headline:
            last[d.doc_id] = an.main_subject()
            previous_names[d.doc_id] = spans
    return len(items)


def _bracketed(d: DocInput, st: _State, s: int, e: int) -> None:
    """ "Silent Owl («Gufo silenzioso»)": a name in brackets right after a name is its
    other name when quotation marks or a language say so, or when both read as an
    organisation's names; a place or a person's party in brackets ("Tirana (Albania)",
    "John Smith (Labour)") is not."""
    hits = bracketed_names(d.text, s, e)
    if not hits:
        return
    # this sentence's names only: the reader runs once per sentence
    names = [m for m in (*st.mentions[d.doc_id], *st.candidates[d.doc_id]) if s <= m.start < e]
    for hit in hits:
        before = [
            m for m in names if m.end <= hit.cue_start and not d.text[m.end : hit.cue_start].strip()
        ]
        if not before:
            continue
        left = max(before, key=lambda m: (m.end, m.end - m.start))
        a, b = hit.right
        inside = [m for m in names if a <= m.start and m.end <= b]
        kinds = {m.type for m in inside}
        if left.type == "OUTLET" or "OUTLET" in kinds:
            continue
        said = hit.attributed is not None
        if not said and (left.type != "ORG" or kinds & {"PLACE", "PERSON"}):
            continue
        st.alias(d, dataclasses.replace(hit, attributed=None), (left.start, left.end))
        if not any(m.start < b and a < m.end for m in st.mentions[d.doc_id]):
            st.mention(d.doc_id, a, b, d.text[a:b], left.type, "alias")


def _foreign_acronyms(
    d: DocInput,
    st: _State,
    s: int,
    e: int,
    spans: list[tuple[int, int]],
    hits: list[AliasHit],
) -> None:
    """ "the State Security Service (SDS)": a bracketed acronym right after a name the NER
    reads as an organisation is its acronym, whatever language the letters come from."""
    for a, b in undefined_acronyms(d.text, s, e, hits):
        paren = d.text.rfind("(", s, a)
        orgs = [
            m
            for m in st.mentions[d.doc_id]
            if m.type == "ORG"
            and len(m.text.split()) > 1
            and 0 <= paren - m.end <= 2
            and not d.text[m.end : paren].strip()
        ]
        # a place's code in brackets ("… Party (UK)") is no acronym of the name
        if not orgs or st.name_types.get(fold(d.text[a:b]), Counter()).get("PLACE", 0):
            continue
        left = (orgs[-1].start, orgs[-1].end)
        st.alias(d, AliasHit("acronym", paren, b + 1, left, (a, b)), left)
        spans.append((a, b))
        if not any(m.start < b and a < m.end for m in st.mentions[d.doc_id]):
            st.mention(d.doc_id, a, b, d.text[a:b], "ORG", "alias")


def _nearest_left(
    st: _State, doc_id: str, spans: list[tuple[int, int]], pos: int, floor: int
) -> tuple[int, int] | None:
    """The name closest before an alias cue, passing over places: in "the MEK's camp in
    Albania (aka the MKO)" the alias is the group's, not the country's."""
    places = {(m.start, m.end) for m in st.mentions[doc_id] if m.type == "PLACE"}
    return nearest_name_before([sp for sp in spans if sp not in places], pos, floor)


_GROUP_SUBJECT = re.compile(r"\W*(?:the|this|that)\s+(\w+)\b", re.I)


def _group_floor(text: str, s: int, hit: AliasHit) -> int:
    """How far back "known as" may look for its group: a sentence about "the group" or
    "the movement" refers to the one named last, paragraphs before if need be; otherwise
    ("… (aka Mojahedin Khalq, MKO)") the paragraph it stands in."""
    m = _GROUP_SUBJECT.match(text, s, hit.cue_start)
    if m and m.group(1).lower() in GROUP_HEADS:
        return 0
    return text.rfind("\n\n", 0, s) + 1


def _last_group(st: _State, doc_id: str, pos: int, floor: int) -> tuple[int, int] | None:
    """ "The group, also known as …": the organisation named last before the cue, in the
    same paragraph (a headline's "(aka …)" is not about the paragraph before it). The NER
    tags towns as organisations often enough that a one-word name must be an acronym."""
    for m in reversed(st.mentions[doc_id]):
        if m.end > pos or m.type in ("PERSON", "OUTLET"):
            continue
        if m.start < floor:
            break
        if m.text.isupper() or (m.type == "ORG" and len(m.text.split()) > 1):
            return (m.start, m.end)
    return None


def _last_candidate_group(st: _State, d: DocInput, pos: int) -> tuple[int, int] | None:
    """The organisation named last before ``pos`` in its paragraph, outside English (the
    capitalised-span reader's guesses): an acronym, or a name of two words or more it
    reads as an organisation."""
    floor = d.text.rfind("\n\n", 0, pos) + 1
    names = [*st.mentions[d.doc_id], *st.candidates[d.doc_id]]
    best = None
    for m in names:
        if not (floor <= m.start and m.end <= pos) or m.type in ("PERSON", "OUTLET", "PLACE"):
            continue
        acronym = m.text.isupper() and len(m.text) > 1
        if (acronym or (m.type == "ORG" and len(m.text.split()) > 1)) and (
            best is None or m.end > best[1]
        ):
            best = (m.start, m.end)
    return best


def _description(an: SentenceAnalyzer, span: tuple[int, int]) -> bool:
    """A nationality and lowercase words ("the Iranian opposition") describe; "the
    Iranian Mojahedin" or "the Rajavi cult" name."""
    toks = [t for t in an.sdoc if span[0] <= an.offset + t.idx < span[1]]
    return len(toks) > 1 and toks[0].ent_type_ == "NORP" and all(t.text.islower() for t in toks[1:])


def _title_case(text: str) -> bool:
    """A headline in Title Case ("Police Raid Exposes Corvan Cult Online Army"): the NER
    reads every word as a name there, so only known names are taken (gazetteer)."""
    ws = [w for w in text.split() if w[:1].isalpha()]
    if len(ws) < 4:
        return False
    return sum(w[0].isupper() for w in ws) >= 0.8 * len(ws)


def _alias_subject(an: SentenceAnalyzer, hit: AliasHit) -> tuple[int, int] | None:
    """The name an "also known as" is about, from the parse: the noun "known" modifies,
    the subject of "is known as", through appositions to a name."""
    verb = None
    for t in an.sdoc:
        if an.offset + t.idx >= hit.cue_start and t.lemma_ in ("know", "call"):
            verb = t
            break
    if verb is None:
        return None
    # "the SDF, a movement that its members call the Banner and that its former members
    # know as …": the second relative clause is a conjunct of the first
    v = verb
    while v.dep_ == "conj" and v.head.i != v.i:
        v = v.head
    cand = v.head if v.dep_ in ("acl", "relcl") else an.subject(verb)
    if cand is None:
        return None
    target = an.target_of(cand)
    if target and target[0] == "span":
        return (target[1], target[2])
    return None


def _other_languages(docs: Sequence[DocInput], st: _State, labels: bool = True) -> int:
    n = 0
    previous: dict[str, list[tuple[int, int]]] = {}  # the previous sentence's names
    for d in docs:
        for s, e, lang in _sentences(d):
            if lang == "en":
                continue
            n += 1
            cands = [c for c in capitalised_spans(d.text, s, e) if not _in_skip(d, c.start, c.end)]
            cands = _gloss_names(d, st, s, e, lang, cands)
            acronyms = find_acronyms(d.text, s, e)
            cands = _defined_names(d, st, acronyms, cands)
            st.candidates[d.doc_id].extend(cands)
            spans = [(c.start, c.end) for c in cands]
            for hit in acronyms:
                st.alias(d, hit, hit.left)  # type: ignore[arg-type]
            _bracketed(d, st, s, e)
            for hit in find_known_as(d.text, s, e):
                left = (
                    hit.left
                    or _nearest_left(st, d.doc_id, spans, hit.cue_start, s)
                    # "Gli abitanti conoscono il gruppo come …", "Im Volksmund heißen sie
                    # …": no name before the cue; the group named last in the paragraph
                    or _last_candidate_group(st, d, hit.cue_start)
                )
                if left:
                    st.alias(d, hit, left)
            if labels:
                prev = previous.get(d.doc_id, [])
                st.raw_labels.extend(
                    labels_without_parser(d.doc_id, d.text, s, e, spans, prev, lang)
                )
            previous[d.doc_id] = spans
    return n


_NICKNAME = r"[\"“«„']?\s*((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*)(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*){0,2})"
_MEMBER_NAME = re.compile(MEMBER_NAME_CUE + _NICKNAME, re.I)
_PRONOUN_NAME = re.compile(PRONOUN_NAME_CUE + _NICKNAME, re.I)


def _group_name(name: str) -> bool:
    ws = fold(name).split()
    return (name.isupper() and len(ws) == 1) or any(
        w in ORG_KINDS or w in ORG_WORDS or w in LABEL_HEADS or gloss_word(w) for w in ws
    )


def _member_names(docs: Sequence[DocInput], st: _State) -> None:
    """ "Supporters call its activists the 'Falcons'": the members' name is the group's
    nickname, an alias of the organisation named last before it."""
    for d in docs:
        hits = [*_MEMBER_NAME.finditer(d.text), *_PRONOUN_NAME.finditer(d.text)]
        for m in hits:
            a, b = m.span(1)
            if not d.text[a].isupper() or _in_skip(d, a, b):
                continue
            # a name that says it is a group, or an acronym: the NER takes unfamiliar
            # people for organisations ("Lidia Voronin")
            orgs = [
                (x.start, x.end)
                for x in [*st.mentions[d.doc_id], *st.candidates[d.doc_id]]
                if x.type == "ORG" and _group_name(x.text)
            ]
            left = nearest_name_before(orgs, m.start(), 0)
            if left:
                st.alias(d, AliasHit("known_as", m.start(), a, None, (a, b)), left)


_ACR_AFTER = re.compile(r"\s*\(\s*([A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž&]{1,9})\s*\)")


def _gloss_names(
    d: DocInput, st: _State, s: int, e: int, lang: str, cands: list[Candidate]
) -> list[Candidate]:
    """Organisation names the gloss table reads ("Movimento per la Libertà del Tarvesh")
    are mentions in their own right, in place of the capitalised fragments they span (the
    gazetteer would otherwise take "Tarvesh" out of them); an acronym in brackets after
    one is its alias ("Lëvizjes për Lirinë e Tarveshit (LLT)")."""
    for a, b in gloss_names(d.text, s, e, lang):
        if _in_skip(d, a, b):
            continue
        name = d.text[a:b]
        cands = [c for c in cands if c.end <= a or b <= c.start]
        cands.append(Candidate(a, b, name, "ORG", False))
        st.mention(d.doc_id, a, b, name, "ORG", "capitalised")
        acr = _ACR_AFTER.match(d.text, b, e)
        if acr and is_acronym_of(acr.group(1), name):
            hit = AliasHit("acronym", acr.start(), acr.end(), (a, b), acr.span(1))
            st.alias(d, hit, (a, b))
    cands.sort(key=lambda c: c.start)
    return cands


def _defined_names(
    d: DocInput, st: _State, hits: list[AliasHit], cands: list[Candidate]
) -> list[Candidate]:
    """A long form an acronym defines ("Garde de protection des hauts plateaux (GPHP)") is
    one organisation's name, in place of the capitalised fragment ("Garde") inside it."""
    for hit in hits:
        a, b = hit.left or (0, 0)
        if a == b or _in_skip(d, a, b) or any(c.start == a and c.end == b for c in cands):
            continue
        cands = [c for c in cands if c.end <= a or b <= c.start]
        cands.append(Candidate(a, b, d.text[a:b], "ORG", False))
        st.mention(d.doc_id, a, b, d.text[a:b], "ORG", "capitalised")
    cands.sort(key=lambda c: c.start)
    return cands


def _translations(docs: Sequence[DocInput], st: _State) -> list[tuple[str, str, str]]:
    by_id = {d.doc_id: d for d in docs}
    seen = set()
    learned: list[tuple[str, str, str]] = []

    def lang_at(d: DocInput, pos: int) -> str:
        for s, e, lang in _sentences(d):
            if s <= pos < e:
                return lang
        return (d.language or "en")[:2]

    known = frozenset(m.text for ms in st.mentions.values() for m in ms)
    for d in docs:
        for a, b in d.translation_pairs:
            if (a, b) in seen or (b, a) in seen or a.doc not in by_id or b.doc not in by_id:
                continue
            seen.add((a, b))
            da, db = by_id[a.doc], by_id[b.doc]
            la, lb = lang_at(da, a.start), lang_at(db, b.start)
            if la != "en" and lb == "en":
                a, b, da, db, la, lb = b, a, db, da, lb, la
            if la != "en" or lb == "en":
                continue
            en = [
                (m.start, m.end, m.text)
                for m in st.mentions[a.doc]
                if a.start <= m.start and m.end <= a.end
            ]
            ot = [c for c in st.candidates[b.doc] if b.start <= c.start and c.end <= b.end]
            types = {m.text: m.type for m in st.mentions[a.doc]}
            for en_name, other, _conf in learn_from_pair(
                en, (a.start, a.end), ot, (b.start, b.end), types, known
            ):
                learned.append((en_name, other, "translation"))
                st.aliases.append(Alias(b.doc, b.start, b.end, en_name, other, "translation"))
    return learned


_GROUP_AFTER = re.compile(r"\s+(?:cult|sect|clan|setta|secte|sekte|sekta)\b")


def _gazetteer(
    docs: Sequence[DocInput], st: _State, names: Iterable[str], surnames: set[str]
) -> None:
    g = Gazetteer()
    g.update(names)
    by_translit = {translit_key(n): n for n in g._names() if len(n.split()) > 1}
    for d in docs:
        have = st.mentions[d.doc_id]
        found = []
        for s, e, _lang in _sentences(d):
            found.extend(g.find(d.text, s, e))
        # bare surnames of the people this document names in full: "Gobadi said"
        people = Gazetteer()
        people.update(
            m.text.split()[-1] for m in have if m.type == "PERSON" and len(m.text.split()) > 1
        )
        for s, e, _lang in _sentences(d):
            found.extend(
                x
                for x in people.find(d.text, s, e)
                if not any(a <= x[0] and x[1] <= b for a, b, _ in found)
            )
        # a capitalised span that is a known name in another transliteration ("Dvijenie
        # Svobody" / "Dvizhenie Svobody") is that name, not the known word inside it
        for c in st.candidates.get(d.doc_id, []):
            known = by_translit.get(translit_key(c.text))
            if known and len(c.text.split()) > 1 and fold(known) != fold(c.text):
                found = [x for x in found if not (c.start <= x[0] and x[1] <= c.end)]
                found.append((c.start, c.end, c.text))
        person_words = {fold(n) for n in people._names()} | {fold(n) for n in surnames}
        new = []
        for a, b, name in found:
            if _in_skip(d, a, b):
                continue
            # "the Voronin sect": a leader's name before a group noun names the group (the
            # group's own name before it, "the Mojahedin-e Khalq cult", stays the group's)
            grp = _GROUP_AFTER.match(d.text, b)
            if grp and fold(name) in person_words:
                b = grp.end()
                name = d.text[a:b]
            inside = [m for m in have if a <= m.start and m.end <= b]
            overlap = [m for m in have if m.start < b and a < m.end and m not in inside]
            if overlap or any(m.start == a and m.end == b for m in inside):
                continue
            votes = st.name_types.get(fold(name)) or Counter(m.type for m in inside)
            typ = votes.most_common(1)[0][0] if votes else "ORG"
            if fold(name) in person_words:
                typ = "PERSON"
            typ = _not_a_person(name, typ)
            for m in inside:
                have.remove(m)
            new.append(Mention(d.doc_id, a, b, d.text[a:b], typ, source="gazetteer"))
        have.extend(new)
        # capitalised spans the gazetteer did not explain become mentions of their own
        for c in st.candidates.get(d.doc_id, []):
            if any(m.start < c.end and c.start < m.end for m in have):
                continue
            if c.sentence_initial and len(c.text.split()) == 1:
                continue
            typ = c.type
            if fold(c.text) in st.outlet_keys:
                typ = "OUTLET"
            have.append(Mention(d.doc_id, c.start, c.end, c.text, typ, source="capitalised"))  # type: ignore[arg-type]
        have.sort(key=lambda m: m.start)
        for m in have:
            if fold(m.text) in st.outlet_keys and m.type != "PERSON":
                m.type = "OUTLET"


def _topic(mentions: list[Mention], by_id: dict[str, Entity]) -> str | None:
    """The document's main group: its most mentioned organisation (not an outlet); a tie
    goes to the one the corpus mentions most."""
    c = Counter(m.entity_id for m in mentions if m.entity_id and by_id[m.entity_id].type == "ORG")
    if not c:
        return None
    return max(c, key=lambda e: (c[e], len(by_id[e].mentions)))


def _bind_labels(docs: Sequence[DocInput], st: _State, entities: list[Entity]) -> list[Label]:
    by_id = {e.id: e for e in entities}
    labels: list[Label] = []
    for d in docs:
        ms = st.mentions[d.doc_id]
        topic = _topic(ms, by_id)
        quotes = find_quotes(d.text, paragraph_spans(d.text))
        scopes = [sc for s, e, _ in _sentences(d) for sc in according_scopes(d.text, s, e)]
        raws = [r for r in st.raw_labels if r.doc == d.doc_id]
        alias_attr = {
            (s, e): v for (doc, s, e), v in st.alias_attribution.items() if doc == d.doc_id
        }
        # names with an evaluative head are labels too: "the Corvan sect", "the Resistance"
        for m in ms:
            ws = words(m.text)
            if ws and ws[-1] in EVALUATIVE_HEADS and m.entity_id:
                raws.append(
                    RawLabel(d.doc_id, m.start, m.end, m.text, "naming", ("span", m.start, m.end))
                )
        seen: set[tuple[int, int]] = set()
        for r in raws:
            if (r.start, r.end) in seen or _in_skip(d, r.start, r.end):
                continue
            ent = _target_entity(r, ms, by_id, topic, d.text)
            for alt in r.antecedents:
                # "it"/"they" is not a person; the next antecedent is tried
                ent = _target_entity(dataclasses.replace(r, target=alt), ms, by_id, topic, d.text)
                if ent is not None and by_id[ent].type not in r.skip_types:
                    break
                ent = None
            if ent is None:
                continue
            if any(m.start == r.start and m.end == r.end and m.entity_id == ent for m in ms) and (
                words(r.label)[-1:] and words(r.label)[-1] not in EVALUATIVE_HEADS
            ):
                continue  # the label is the entity's own plain name
            if r.form in ("frame", "list") and r.target == TOPIC and r.attributed_span:
                # "MEK threats which label them as traitors": a group does not call itself
                # names through "them"; the pronoun is someone else
                a, b = r.attributed_span
                if any(a <= m.start and m.end <= b and m.entity_id == ent for m in ms):
                    continue
            seen.add((r.start, r.end))
            _context_voice(r, d, quotes, scopes, ms, alias_attr)
            labels.append(
                Label(
                    d.doc_id,
                    r.start,
                    r.end,
                    ent,
                    " ".join(r.label.split()),
                    r.voice,
                    r.attributed_to,  # type: ignore[arg-type]
                    *(r.attributed_span or (None, None)),
                    r.negated,
                    r.form,
                )
            )
    return labels


def _target_entity(
    r: RawLabel, ms: list[Mention], by_id: dict[str, Entity], topic: str | None, text: str = ""
) -> str | None:
    if r.target == TOPIC:
        return topic
    _, s, e = r.target
    best, size = None, 0
    for m in ms:
        ov = min(e, m.end) - max(s, m.start)
        if ov > size and m.entity_id:
            best, size = m, ov
    if best is None:
        # a short form of a name the document gives in full: "the Crimson Path" for the
        # "Crimson Path Movement"
        short = set(fold(text[s:e]).split())
        if short:
            hits = {m.entity_id for m in ms if m.entity_id and short < set(fold(m.text).split())}
            if len(hits) == 1:
                return hits.pop()
        return topic if r.form in ("naming", "description") else None
    ent = best.entity_id
    head = (words(r.label) or [""])[-1]
    if r.form == "naming" and by_id[ent].type == "PERSON" and head in GROUP_HEADS:
        return topic  # "the Corvan sect" is not Aurel Corvan
    return ent


def _context_voice(
    r: RawLabel, d: DocInput, quotes: list[Quote], scopes: list, ms: list[Mention], alias_attr: dict
) -> None:
    if r.decided:
        return
    for (s, e), (a, b) in alias_attr.items():
        if s <= r.start and r.end <= e:
            r.voice, r.attributed_to, r.attributed_span = "attributed", d.text[a:b], (a, b)
            return
    for q in quotes:
        if q.start <= r.start and r.end <= q.end:
            r.voice = "attributed"
            if q.speaker:
                a, b = q.speaker
                named = [m for m in ms if a <= m.start and m.end <= b]
                if named:
                    a, b = named[0].start, named[0].end
                r.attributed_to, r.attributed_span = d.text[a:b], (a, b)
            return
    # "according to its supporters, … and according to its critics, a sect": the nearest
    # cue before the label is the one it belongs to; else one after ("…, according to")
    for s, e, ws, we in sorted(scopes, key=lambda sc: (sc[2] > r.start, -sc[2])):
        # "according to Open Doors Network, a charity that …": the outlet describes its
        # source in its own voice
        about_source = r.form == "apposition" and ws <= r.target[1] and r.target[2] <= we
        if s <= r.start and r.end <= e and not (ws <= r.start < we) and not about_source:
            r.voice, r.attributed_to, r.attributed_span = "attributed", d.text[ws:we], (ws, we)
            return


# word vectors of store-less runs (the bench, library use), per model: a stage run reads
# and writes the store's vector cache instead (``CachedEmbedder``)
_WORD_VECTORS: dict[tuple[str, str], Any] = {}


def _translated_names(
    docs: Sequence[DocInput], mentions: list[Mention], spec: str | None, embedder: Any = None
) -> list[tuple[str, str]]:
    """Organisation names that are one name in two languages, by their words' vectors
    (``embedder``, else the model ``spec`` names)."""
    # places too, and any type outside English: there a name's type is the capitalised-span
    # reader's guess ("Netzwerk Offene Türen" reads as a person's name)
    lang = {d.doc_id: d.language for d in docs}
    orgs = [
        (m.text, m.doc)
        for m in mentions
        if not m.text.isupper()
        and m.type != "OUTLET"
        and (m.type in ("ORG", "PLACE") or lang.get(m.doc) not in ("en", None))
    ]
    if spec is None or not orgs:
        return []
    langs = key_languages(orgs, lang)
    if len(set(langs.values())) < 2:
        return []
    if embedder is not None:

        def embed(ws: list[str]) -> Any:
            return embedder.embed(ws, kind="query")

    else:
        from claimmap.models import get_embedder

        model = get_embedder(spec)

        def embed(ws: list[str]) -> Any:
            todo = [w for w in ws if (model.name, w) not in _WORD_VECTORS]
            if todo:
                for w, v in zip(todo, model.embed(todo, kind="query"), strict=True):
                    _WORD_VECTORS[(model.name, w)] = v
            return [_WORD_VECTORS[(model.name, w)] for w in ws]

    used = set(langs.values())
    texts = ((d.text, d.language) for d in docs if d.language in used)
    return translated_names(langs.items(), embed, background=background_words(texts))


def analyze(
    docs: Sequence[DocInput],
    config: EntityConfig = EntityConfig(),
    *,
    outlets: Iterable[str] = (),
    rules: AliasRules | None = None,
    nlp: Any = None,
    embedder: Any = None,
) -> EntityResult:
    """Mentions, entities, aliases and labels for ``docs``. ``outlets``: outlet names known
    to the store (their mentions get type OUTLET); ``rules``: alias rules to use instead of
    reading ``config.alias_file`` and the bundled defaults; ``nlp``: a loaded pipeline;
    ``embedder``: the model for translated names' words, in place of
    ``config.name_embedder``'s (the stage passes one backed by the store's vector cache)."""
    t0 = time.perf_counter()
    outlets = [o for o in outlets if o] + [d.outlet for d in docs if d.outlet]
    if rules is None:
        rules = load_rules(DEFAULT_ALIAS_FILE) if config.default_aliases else AliasRules()
        rules = rules.extend(load_rules(config.alias_file))
    st = _State(outlets)
    t_load = time.perf_counter()
    if nlp is None and any(lang == "en" for d in docs for _, _, lang in _sentences(d)):
        nlp = load_pipeline(config.pipeline, parse=config.labels)
    t_load = time.perf_counter() - t_load
    t0 = time.perf_counter()
    t_en = time.perf_counter()
    n_en = _english(docs, st, config, nlp)
    t_en = time.perf_counter() - t_en
    n_other = _other_languages(docs, st, config.labels)
    _member_names(docs, st)
    learned = _translations(docs, st)
    names: set[str] = set(outlets)
    for ms in st.mentions.values():
        for m in ms:
            if m.type != "PERSON" or len(m.text.split()) > 1:
                names.add(m.text)
    for a in st.aliases:
        names.update((a.name, a.alias))
    names.update(st.named)
    # the distinctive head of an organisation's name ("Mojahedin" of "People's Mojahedin",
    # "Banner" of "Blue Banner") names it alone too; resolution decides per document
    # which organisation it is. Kind words ("Council", "Front") are too generic.
    # Nationalities ("Albanian") and words the texts also write in lowercase are no names.
    generic = ORG_KINDS.keys() | ORG_WORDS | LABEL_HEADS | {fold(x) for x in st.norp}
    heads = set()
    for ms in st.mentions.values():
        for m in ms:
            ws = fold(m.text).split()
            if m.type == "ORG" and len(ws) >= 2 and ws[-1] not in generic and len(ws[-1]) > 3:
                heads.add(m.text.split()[-1])
    lower = re.compile(r"\b(?:" + "|".join(re.escape(h.lower()) for h in heads) + r")\b")
    common = {w for d in docs for w in lower.findall(d.text)} if heads else set()
    names.update(h for h in heads if h.lower() not in common)
    for group in rules.merge:
        names.update(group)
    # a surname that only one person in the corpus bears: "Gobadi said" where the article
    # never gives the full name
    by_surname: dict[str, set[str]] = defaultdict(set)
    for ms in st.mentions.values():
        for m in ms:
            if m.type == "PERSON" and len(m.text.split()) > 1:
                by_surname[m.text.split()[-1]].add(fold(m.text))
    unique_surnames = {s for s, people in by_surname.items() if len(people) == 1}
    names.update(unique_surnames)
    _gazetteer(docs, st, names, unique_surnames)
    all_mentions = [m for d in docs for m in st.mentions[d.doc_id]]
    for m in all_mentions:
        st.name_types[fold(m.text)][m.type] += 0
    edges = [(a.name, a.alias, a.form) for a in st.aliases] + learned
    name_pairs = _translated_names(docs, all_mentions, config.name_embedder, embedder)
    keys_by_lang: dict[str, set[str]] = defaultdict(set)
    for d in docs:
        for m in st.mentions[d.doc_id]:
            keys_by_lang[d.language or ""].add(fold(m.text))
    base_of = base_forms(keys_by_lang, (fold(m.text) for m in all_mentions))
    entities = resolve(
        all_mentions,
        edges,
        merge_groups=rules.merge,
        never=rules.never,
        outlets=outlets,
        long_forms=st.long_forms,
        fuzzy_threshold=config.fuzzy_threshold,
        name_pairs=name_pairs,
        base_of=base_of,
    )
    labels = _bind_labels(docs, st, entities) if config.labels else []
    total = time.perf_counter() - t0
    n = n_en + n_other
    stats = {
        "sentences": n,
        "sentences_en": n_en,
        "seconds": total,
        "load_seconds": t_load,
        "sentences_per_s": n / total if total else 0.0,
        "en_parse_sentences_per_s": n_en / t_en if t_en else 0.0,
        "mentions": len(all_mentions),
        "entities": len(entities),
        "labels": len(labels),
    }
    return EntityResult(entities, all_mentions, labels, st.aliases, stats)
