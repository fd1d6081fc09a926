"""One parsed English sentence -> mentions, the subjects of alias definitions, raw labels.

Labels come from the dependency parse: apposition ("the MEK, an exiled opposition group"),
copula ("the MEK is a cult"), frames ("critics call it a cult", "identifies it as",
"describes itself as", "know simply as"), lists (conjuncts), "so-called", and definite
descriptions with an evaluative head ("the sect", "the terrorist cult"). Their target is a
span or "the document's main group"; it becomes an entity id after resolution.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from claimmap.analyze.entities.aliases import NAME_RX
from claimmap.analyze.entities.cues import (
    ACCORDING_CUES,
    EVALUATIVE_HEADS,
    FRAME_VERBS,
    GROUP_HEADS,
    LABEL_HEADS,
    MEMBER_NOUNS,
    NER_TYPES,
    NON_DESCRIPTIVE_MODIFIERS,
    PERSON_TITLES,
    PRONOUNS_IT,
    RELATIVE_PRONOUNS,
    ROLE_NOUNS,
    RULING_HEADS,
    SO_CALLED,
    SPEECH_VERBS,
    WEAK_EVALUATIVE,
)

Target = tuple[str, int, int]  # ("span", start, end) or ("topic", 0, 0)
TOPIC: Target = ("topic", 0, 0)
_ACCORDING = re.compile(r"\b(?:" + "|".join(ACCORDING_CUES) + r")\s+", re.I)
_SO_CALLED = re.compile(r"\b(?:" + "|".join(SO_CALLED) + r")\b", re.I)
_COPULAS = frozenset(("be", "become", "remain"))
# copula subjects that are no actor: "what is concerning are …", "those who … are part of"
_NO_SUBJECT = frozenset("what this that there these those which who".split())
# left dependents that belong in a label phrase ("an exiled opposition group", "Veloria's
# democratic alternative"); determiners, subjects of small clauses etc. do not
_LEFT_KEEP = frozenset("amod compound nmod npadvmod advmod nummod quantmod poss".split())


@dataclass(slots=True)
class RawLabel:
    doc: str
    start: int
    end: int
    label: str
    form: str
    target: Target
    voice: str = "own"
    attributed_to: str | None = None
    attributed_span: tuple[int, int] | None = None
    negated: bool = False
    # a frame/appositive attribution is final; context rules (quotes, "according to")
    # only fill in what the parse did not decide
    decided: bool = False
    # a copula on a pronoun ("it is a …"): the antecedents tried in order, the first that
    # is not a person wins; none resolved, no label ("It was a long night")
    antecedents: tuple[Target, ...] = ()
    skip_types: tuple[str, ...] = ("PERSON",)


def clean_entity_span(ent: Any) -> tuple[int, int] | None:
    """Token span of an NER entity without a leading article, a possessive 's, or an
    acronym glued on in brackets ("the People's Azure Front of Veloria (PAFV")."""
    toks = list(ent)
    while toks and (toks[0].lower_ in ("the", "a", "an") or toks[0].is_punct):
        toks = toks[1:]
    for k, t in enumerate(toks):
        if t.text == "(":
            toks = toks[:k]
            break
    while toks and (toks[-1].is_punct or toks[-1].lower_ in ("'s", "’s", "'")):
        toks = toks[:-1]
    if not toks:
        return None
    return toks[0].i, toks[-1].i + 1


def sentence_mentions(sdoc: Any, offset: int) -> list[tuple[int, int, str]]:
    """(start, end, type) of the sentence's named entities, in document offsets."""
    out = []
    for ent in sdoc.ents:
        typ = NER_TYPES.get(ent.label_)
        if typ is None:
            continue
        whole = clean_entity_span(ent)
        if whole is None:
            continue
        for span in _comma_parts(sdoc, whole):
            if typ == "PERSON":  # "Mrs Rajavi", "Mayor Nedim Orla": the title is not the name
                a, b = span
                while b - a > 1 and sdoc[a].lower_.strip(".") in PERSON_TITLES:
                    a += 1
                span = (a, b)
            s, e = sdoc[span[0]].idx, sdoc[span[1] - 1].idx + len(sdoc[span[1] - 1])
            text = sdoc.text[s:e]
            if not any(c.isupper() for c in text):
                continue
            out.append((offset + s, offset + e, typ))
    return out


def _comma_parts(sdoc: Any, span: tuple[int, int]) -> list[tuple[int, int]]:
    """ "Manez, Durres" or "Elbasan, Cerrik" read as one entity: one name per part."""
    parts, start = [], span[0]
    for i in range(span[0], span[1] + 1):
        if i == span[1] or sdoc[i].text == ",":
            a = start
            while a < i and (sdoc[a].lower_ in ("and", "the", "or") or sdoc[a].is_punct):
                a += 1
            if a < i:
                parts.append((a, i))
            start = i + 1
    return parts


def _in_spans(tok: Any, spans: list[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    a = offset + tok.idx
    for s, e in spans:
        if s <= a < e:
            return (s, e)
    return None


def label_span(head: Any) -> tuple[int, int]:
    """Token span of the label phrase: the head noun and its left modifiers, without
    determiners, possessive pronouns, or a possessor that is a noun phrase of its own."""
    start = head.i
    for c in head.lefts:
        if c.dep_ not in _LEFT_KEEP:
            continue
        if c.dep_ == "poss" and c.pos_ != "PROPN":
            continue
        start = min(start, c.left_edge.i)
    doc = head.doc
    while start < head.i and (doc[start].is_punct or doc[start].dep_ in ("det", "predet")):
        start += 1
    return start, head.i + 1


def _descriptive(head: Any) -> bool:
    """Has the neutral head a modifier that describes ("exiled", "opposition")?"""
    for c in head.lefts:
        if c.dep_ in ("amod", "compound", "nmod", "npadvmod") and (
            c.lower_ not in NON_DESCRIPTIVE_MODIFIERS
        ):
            return True
        if c.dep_ == "poss" and c.pos_ == "PROPN":
            return True
    return False


def _indefinite(head: Any) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)


def _phrase(tok: Any) -> tuple[int, int]:
    """Char span (sentence-relative) of the noun phrase headed by ``tok``, without
    relative clauses and trailing punctuation."""
    left = tok.left_edge.i
    right = tok.i
    for c in tok.rights:
        if c.dep_ in ("prep", "compound", "flat", "appos") and c.dep_ != "relcl":
            if c.dep_ == "appos":
                break
            right = max(right, c.right_edge.i)
    doc = tok.doc
    while left < right and (doc[left].is_punct or doc[left].dep_ == "det"):
        left += 1
    while right > left and doc[right].is_punct:
        right -= 1
    return doc[left].idx, doc[right].idx + len(doc[right])


# a number standing alone ("4,200 members", "3 groups"), not one glued into a word
_COUNT = re.compile(r"(?<![\w-])\d[\d,.]*(?![\w-])")
# "… Abode (BBA), a": an acronym in brackets and a comma before an apposition
# a frame verb right before its object ("called Calder Peak", "calls her"); "as" may follow
# the object ("describe the group as"), a quotation mark may open the label
_FRAME_VERB_BEFORE = re.compile(
    r"\b(?P<verb>(?:call|dub|brand|label|term|rate|consider|regard|describe|portray|depict"
    r"|paint|see|view)(?:s|ed|led|bed|d|ing)?|saw)\s+$",
    re.I,
)
_FRAME_LABEL_AFTER = re.compile(r"(?:'s)?\s+(?:as\s+)?[\"“']?\s*(?:an?|the|one of the)\s+")
_COMMA_BEFORE = re.compile(r"\s*,\s*(?:an?|the)?\s*$")
_BRACKET_BEFORE = re.compile(r"\s*\(\s*[A-ZÀ-Þ][\w&.-]{1,12}\s*\)\s*,\s*(?:an?|the)?\s*$")


class SentenceAnalyzer:
    """Rules over one parsed sentence. ``names`` are the mention spans known in it."""

    def __init__(
        self,
        doc_id: str,
        sdoc: Any,
        offset: int,
        names: list[tuple[int, int]],
        antecedent: Target | None = None,
        previous_names: Sequence[tuple[int, int]] = (),
    ):
        self.doc_id = doc_id
        self.sdoc = sdoc
        self.offset = offset
        self.names = names
        # the previous sentence's names, for "he"/"she" when its subject was no person
        self.previous_names = list(previous_names)
        # what "it"/"they" opening this sentence may refer to: the previous sentence's
        # subject (see ``main_subject``)
        self.antecedent = antecedent

    def main_subject(self) -> Target | None:
        """The subject of the sentence's main verb as a target, for the next sentence's
        pronouns; a pronoun subject passes its own antecedent on."""
        root = next((t for t in self.sdoc if t.dep_ == "ROOT"), None)
        subj = self.subject(root) if root is not None else None
        if subj is not None and subj.lower_ not in PRONOUNS_IT:
            target = self.target_of(subj)
            if target is not None:
                return target
        # "Its supporters call it …": no named subject, but the pronouns keep the thread
        if any(t.lower_ in PRONOUNS_IT for t in self.sdoc):
            return self.antecedent
        return None

    def pronoun_antecedents(self, pron: Any) -> tuple[Target, ...]:
        """Candidates for a pronoun subject: subjects of earlier clauses in the sentence
        (not speakers: in "critics say it is a cult", "it" is not the critics), then the
        previous sentence's subject."""
        out: list[Target] = []
        speakers: list[Target] = []
        for t in self.sdoc[: pron.i]:
            if t.dep_ not in ("nsubj", "nsubjpass") or t.lower_ in PRONOUNS_IT:
                continue
            target = self.target_of(t)
            if target is None:
                continue
            if t.head.lemma_ in SPEECH_VERBS:
                # "The TFM says it is a peaceful movement": a named speaker speaks of
                # itself when nothing else is there to be "it" (a person is skipped)
                if target[0] == "span" and t.pos_ == "PROPN":
                    speakers.append(target)
                continue
            out.insert(0, target)
        if self.antecedent is not None:
            out.append(self.antecedent)
        return tuple(out + speakers)

    # --- targets -------------------------------------------------------------------

    def name_of(self, tok: Any) -> tuple[int, int] | None:
        span = _in_spans(tok, self.names, self.offset)
        if span:
            return span
        if tok.pos_ == "PROPN":
            toks = [t for t in tok.subtree if t.dep_ in ("compound", "flat") or t == tok]
            s = min(t.idx for t in toks)
            e = max(t.idx + len(t) for t in toks)
            return (self.offset + s, self.offset + e)
        return None

    def target_of(self, tok: Any, depth: int = 0) -> Target | None:
        if depth > 4:
            return None
        name = self.name_of(tok)
        if name:
            return ("span", *name)
        low = tok.lower_
        if low in RELATIVE_PRONOUNS or tok.dep_ == "mark":
            h = tok.head
            while h.dep_ == "conj" and h.head.i != h.i:  # "… that X call A and that Y know as B"
                h = h.head
            if h.dep_ in ("relcl", "acl"):
                return self.target_of(h.head, depth + 1)
        # "What the regime calls a cult is …" (not "What is concerning are …")
        if low == "what" and tok.head.dep_ == "csubj" and tok.head.lemma_ in FRAME_VERBS:
            return TOPIC
        if (
            tok.dep_ == "csubj"
            and tok.lemma_ in FRAME_VERBS
            and any(c.lower_ == "what" for c in tok.children)
        ):
            return TOPIC
        if low in ("itself", "themselves"):
            subj = self.subject(tok.head)
            return self.target_of(subj, depth + 1) if subj is not None else TOPIC
        if low in PRONOUNS_IT:
            return TOPIC
        if tok.pos_ in ("NOUN", "PROPN"):
            for c in tok.children:
                if c.dep_ == "appos" and self.name_of(c):
                    return ("span", *self.name_of(c))
            if tok.dep_ == "appos" and self.name_of(tok.head):
                return ("span", *self.name_of(tok.head))
            if low in MEMBER_NOUNS:
                for c in tok.children:
                    if c.dep_ == "poss":
                        return self.target_of(c, depth + 1)
                    if c.dep_ == "prep" and c.lower_ == "of":
                        for p in c.children:
                            if p.dep_ == "pobj":
                                return self.target_of(p, depth + 1)
            # "the Azure Front (AF), the group that ..." : a noun right after a name
            prev = tok.left_edge.i - 1
            if prev >= 1 and self.sdoc[prev].text == "," and low in LABEL_HEADS:
                before = self.sdoc[prev - 1]
                if before.text == ")":
                    k = prev - 1
                    while k > 0 and self.sdoc[k].text != "(":
                        k -= 1
                    before = self.sdoc[k - 1] if k > 0 else before
                span = self.name_of(before)
                if span:
                    return ("span", *span)
            if (tok.lemma_.lower() in GROUP_HEADS or low in GROUP_HEADS) and any(
                c.dep_ in ("det", "poss") for c in tok.children
            ):
                return TOPIC
            # "the alliance", "the council": the body the document names with that word
            # (resolved against its mentions; nothing when it names none)
            if (
                tok.pos_ == "NOUN"
                and tok.text.islower()
                and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
            ):
                a = self.offset + tok.idx
                return ("span", a, a + len(tok.text))
        return None

    def subject(self, verb: Any, through: tuple[str, ...] = ("xcomp", "conj", "advcl")) -> Any:
        """The verb's subject, or the one it shares with the verb it depends on through
        ``through`` ("has become a headache"); None where there is none."""
        v = verb
        for _ in range(3):
            for c in v.children:
                if c.dep_ in ("nsubj", "nsubjpass", "csubj"):
                    return c
            if v.dep_ in through and v.head.i != v.i:
                v = v.head
            elif v.dep_ in ("relcl", "acl"):
                return v.head if v.dep_ == "acl" else None
            else:
                return None
        return None

    # --- labels --------------------------------------------------------------------

    def _label(self, head: Any, form: str, target: Target, **kw: Any) -> RawLabel | None:
        s, e = label_span(head)
        if self.name_of(head) and head.pos_ == "PROPN":
            return None  # a name, not a description
        if head.lower_.endswith("ing") and head.lower_ not in LABEL_HEADS:
            return None  # "describing it as their doing": an action, not a label
        a = self.sdoc[s].idx
        b = self.sdoc[e - 1].idx + len(self.sdoc[e - 1])
        text = self.sdoc.text[a:b].strip('"“”«» ')
        if "(" in text and ")" not in text:  # "a sect (cult) is …": not the bracket
            text = text[: text.index("(")].rstrip()
            b = a + len(self.sdoc.text[a:b].split("(")[0].rstrip())
        if not text or not any(c.isalpha() for c in text) or _COUNT.search(text):
            return None  # "about 4,200 members" is a count, not a label ("29-year-old" is)
        neg = any(c.dep_ == "neg" for c in head.head.children) if form == "copula" else False
        return RawLabel(
            self.doc_id, self.offset + a, self.offset + b, text, form, target, negated=neg, **kw
        )

    def _attribution(self, tok: Any) -> tuple[str, tuple[int, int]] | None:
        a, b = _phrase(tok)
        # a relative pronoun speaks for its antecedent ("which describes itself")
        if tok.lower_ in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":
            a, b = _phrase(tok.head.head)
        return self.sdoc.text[a:b], (self.offset + a, self.offset + b)

    def labels(self) -> list[RawLabel]:
        out: list[RawLabel] = []
        seen: set[int] = set()
        add = self._adder(out, seen)
        self._loose_frames(out, seen, add)
        self._named_frames(seen, add)
        for tok in self.sdoc:
            if tok.pos_ not in ("NOUN", "PROPN"):
                continue
            # frames: "critics call it a cult", "identifies it as …", "describe X as …"
            verb = None
            if (
                tok.dep_ in ("oprd", "attr", "dobj", "ccomp", "xcomp")
                and tok.head.lemma_ in FRAME_VERBS
            ):
                verb = tok.head
            elif (
                tok.dep_ == "pobj"
                and tok.head.lower_ == "as"
                and tok.head.head.lemma_ in FRAME_VERBS
            ):
                verb = tok.head.head
            if verb is not None:
                obj = next(
                    (c for c in tok.children if c.dep_ == "nsubj"), None
                )  # "consider it a cult"
                if obj is None:
                    obj = next(
                        (c for c in verb.children if c.dep_ == "dobj" and c.i != tok.i), None
                    )
                relative = verb.dep_ in ("relcl", "acl") or any(
                    c.dep_ == "mark" or c.lower_ in RELATIVE_PRONOUNS for c in verb.children
                )
                if obj is None and tok.dep_ == "dobj" and not relative:
                    continue  # "call a meeting": the noun is the object, not a label
                if obj is None:
                    obj = next(
                        (
                            c
                            for c in verb.children
                            if c.dep_ == "mark" or c.lower_ in RELATIVE_PRONOUNS
                        ),
                        None,
                    )
                if obj is None and verb.dep_ in ("relcl", "acl"):
                    obj = verb.head
                # passive: "is seen as a cult", "the group, described by critics as …"
                if obj is None and (
                    any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
                    or verb.dep_ == "acl"
                ):
                    obj = self.subject(verb) or (verb.head if verb.dep_ == "acl" else None)
                if obj is None:
                    continue
                target = self.target_of(obj)
                people: tuple[Target, ...] = ()
                if target is None and obj.lower_ in ("her", "him"):
                    # "called her a clever woman": a person named before, not the caller
                    people = self._people_before(obj, self.subject(verb))
                    target = people[0] if people else None
                if target is None:
                    continue
                agent = next((c for c in verb.children if c.dep_ == "agent"), None)
                subj = None
                if agent is not None:
                    subj = next((c for c in agent.children if c.dep_ == "pobj"), None)
                elif not any(c.dep_ == "auxpass" for c in verb.children) and verb.dep_ != "acl":
                    subj = self.subject(verb)
                if verb.lemma_ == "know" and verb.tag_ == "VBN" and subj is None:
                    form = "known_as"  # "also known as …" is the outlet's own statement
                    add(self._label(tok, form, target), tok)
                    continue
                lab = self._frame_label(tok, target, subj)
                if lab is not None and people:
                    lab.antecedents = people
                    lab.skip_types = ("ORG", "PLACE", "OUTLET")
                add(lab, tok)
                continue
            # copula: "the MEK is a cult", "its members are freedom fighters"
            verb = tok.head
            # "the Alliance is little more than a shop window": what it is, through "than"
            if (
                tok.dep_ == "pobj"
                and verb.lower_ == "than"
                and verb.head.lower_ in ("more", "nothing", "less")
                and verb.head.dep_ in ("acomp", "attr")
            ):
                verb = verb.head.head
            if (tok.dep_ == "attr" or verb.i != tok.head.i) and verb.lemma_ in _COPULAS:
                if any(
                    c.dep_ == "expl" or (c.dep_ == "mark" and c.lower_ in ("whether", "if"))
                    for c in verb.children
                ):
                    continue  # "there was a push", "whether the MEK is a promoter of …"
                # not through an adverbial clause: in "… committed to Iran being a
                # democratic state", the state is not the subject of "committed"
                subj = self.subject(verb, through=("xcomp", "conj"))
                if subj is not None and subj.lower_ not in _NO_SUBJECT:
                    if subj.lower_ in PRONOUNS_IT:
                        # "it is a question …": only with an antecedent to give it to
                        cands = self.pronoun_antecedents(subj)
                        lab = self._label(tok, "copula", cands[0]) if cands else None
                        if lab is not None:
                            lab.antecedents = cands
                        add(lab, tok)
                        continue
                    if subj.lower_ in ("she", "he"):
                        # "She is the younger sister of …": the person named before; then
                        # the names before it here and in the previous sentence, nearest
                        # first ("Lawyers for X said … He was a quiet young man")
                        here = [n for n in self.names if n[1] <= self.offset + subj.idx]
                        nearby = [("span", a, b) for a, b in [*self.previous_names, *here]]
                        cands = self.pronoun_antecedents(subj) + tuple(reversed(nearby))
                        lab = self._label(tok, "copula", cands[0]) if cands else None
                        if lab is not None:
                            lab.antecedents = cands
                            lab.skip_types = ("ORG", "PLACE", "OUTLET")
                        add(lab, tok)
                        continue
                    # "We are not a sect": in a group's voice, "we" is the group
                    target = TOPIC if subj.lower_ == "we" else self.target_of(subj)
                    if target is not None:
                        add(self._label(tok, "copula", target), tok)
                continue
            # apposition, both ways: "the MEK, an exiled group" / "an exiled group, the MEK"
            if tok.dep_ == "appos" and tok.pos_ == "NOUN":
                # "Ilarion Vasev, the founder of the Brotherhood (BBA), a religious
                # movement": a description right after "Name (ACRONYM)," is that name's,
                # wherever the parser hangs it
                bracketed = self._bracketed_name_before(tok.left_edge)
                if bracketed is not None and self._appositive(tok, tok.head):
                    add(self._label(tok, "apposition", ("span", *bracketed)), tok)
                    continue
                target = self.target_of(tok.head)
                if (
                    target is not None
                    and self.name_of(tok.head)
                    and self._appositive(tok, tok.head)
                ):
                    # "Andrej Halas, the leader of Civic Renewal, the party that …": the
                    # second apposition describes the name right before it, wherever the
                    # parser hangs it
                    # (not "Margit Solberg of the Council of Europe, a diplomat")
                    nearer = self._name_right_before(tok.left_edge)
                    head = self.name_of(tok.head)
                    if (
                        nearer is not None
                        and head is not None
                        and head[1] < nearer[0]
                        and "," in self.sdoc.text[head[1] - self.offset : nearer[0] - self.offset]
                    ):
                        target = ("span", *nearer)
                    add(self._with_complement(self._label(tok, "apposition", target), tok), tok)
                continue
            if tok.pos_ == "NOUN":
                named = [c for c in tok.children if c.dep_ == "appos" and self.name_of(c)]
                if named and tok.i < named[0].i and self._appositive(tok, named[0]):
                    add(self._label(tok, "apposition", ("span", *self.name_of(named[0]))), tok)
                    continue
            # "the so-called liberators": whoever calls them so, it is not the outlet
            if tok.pos_ == "NOUN" and _SO_CALLED.search(self.sdoc[tok.left_edge.i : tok.i].text):
                add(self._label(tok, "so_called", TOPIC, voice="attributed", decided=True), tok)
                continue
            # definite descriptions and naming: "the sect", "the Corvan sect's compound"
            low = tok.lemma_.lower()
            if tok.pos_ == "NOUN" and (tok.lower_ in LABEL_HEADS or low in LABEL_HEADS):
                dets = list(tok.children)
                if any(c.dep_ == "case" for c in tok.children):  # "the cult's camp"
                    dets += list(tok.head.children)
                has_det = any(
                    c.dep_ in ("det", "poss")
                    and c.lower_ in ("the", "this", "these", "that", "its", "their")
                    for c in dets
                )
                named_by = [
                    c for c in tok.lefts if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"
                ]
                ruled = self._ruled_place(tok) if low in RULING_HEADS else None
                so_called = bool(_SO_CALLED.search(self.sdoc[tok.left_edge.i : tok.i].text))
                evaluative = (
                    tok.lower_ in EVALUATIVE_HEADS or low in EVALUATIVE_HEADS
                ) and low not in WEAK_EVALUATIVE
                if named_by and evaluative:
                    s = min(c.left_edge.i for c in named_by)
                    span = (self.offset + self.sdoc[s].idx, self.offset + tok.idx + len(tok))
                    add(self._label(tok, "naming", ("span", *span)), tok)
                elif ruled is not None and has_det:
                    add(self._label(tok, "naming", ("span", *ruled)), tok)
                elif so_called:
                    add(self._label(tok, "so_called", TOPIC, voice="attributed", decided=True), tok)
                elif (
                    (has_det or _indefinite(tok))
                    and (evaluative or _descriptive(tok))
                    and (low in GROUP_HEADS or tok.lower_ in GROUP_HEADS)
                    and tok.dep_ not in ("compound", "poss")
                    or (
                        has_det
                        and (tok.dep_ == "poss" or any(c.dep_ == "case" for c in tok.children))
                        and (evaluative or _descriptive(tok))
                    )
                ) and not self._describes_another(tok, evaluative, named_by):
                    target = self.target_of(tok) if low in MEMBER_NOUNS else None
                    add(self._label(tok, "description", target or TOPIC), tok)
        return out

    def _describes_another(self, tok: Any, evaluative: bool, named_by: list) -> bool:
        """A description of something other than the document's main group: "the
        Balla-Hysa network", "the terrorist organization Hezbollah", "Albanian security
        forces", "a small group of Albanian militants" ("the freedom fighters of the
        Resistance" are the Resistance's members: not this)."""
        low = tok.lower_
        if low in MEMBER_NOUNS:
            return False
        if named_by and not evaluative:
            return True
        if any(
            c.pos_ == "PROPN" and c.dep_ in ("appos", "compound", "npadvmod") for c in tok.rights
        ):
            return True
        if tok.tag_ in ("NNS", "NNPS") and not evaluative:
            return True
        # "the dense criminal network that brings cocaine …": a restrictive relative clause
        # picks out a particular one, not the text's group
        for c in tok.rights:
            if c.dep_ == "relcl" and not evaluative and tok.doc[c.left_edge.i - 1].text != ",":
                return True
        return any(
            c.dep_ == "prep"
            and c.lower_ == "of"
            and any(p.dep_ == "pobj" and p.pos_ != "PRON" for p in c.children)
            for c in tok.rights
        )

    def _ruled_place(self, tok: Any) -> tuple[int, int] | None:
        """ "the regime in Tehran", "the junta of Varnia": the name the rulers are of."""
        for prep in tok.rights:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "of"):
                for p in prep.children:
                    if p.dep_ == "pobj" and (span := self.name_of(p)):
                        return span
        return None

    def _adder(self, out: list[RawLabel], seen: set[int]) -> Any:
        def add(lab: RawLabel | None, head: Any) -> None:
            if lab is None or head.i in seen:
                return
            seen.add(head.i)
            out.append(lab)
            # "a cult, a sect and a militia"; not for a guessed description ("a struggle
            # between a regional power and a former terrorist organization")
            for conj in head.conjuncts if lab.form != "description" else ():
                if conj.i not in seen and conj.pos_ == "NOUN":
                    c = self._label(
                        conj,
                        "list",
                        lab.target,
                        voice=lab.voice,
                        attributed_to=lab.attributed_to,
                        attributed_span=lab.attributed_span,
                        decided=lab.decided,
                    )
                    if c:
                        seen.add(conj.i)
                        out.append(c)

        return add

    def _loose_frames(self, out: list[RawLabel], seen: set[int], add: Any) -> None:
        """ "What the regime calls a "terrorist cult" is …": the parser often misses the
        complement of a frame verb; take the first noun phrase after the verb."""
        for verb in self.sdoc:
            if verb.lemma_ not in ("call", "dub", "brand", "label", "term") or verb.pos_ != "VERB":
                continue
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if obj is None or obj.i > verb.i and obj.pos_ == "NOUN":
                continue
            for tok in self.sdoc[verb.i + 1 : verb.i + 7]:
                if tok.pos_ == "NOUN" and tok.head.i != verb.i or tok.dep_ in ("oprd", "attr"):
                    if tok.i in seen or tok.pos_ != "NOUN":
                        break
                    if (target := self.target_of(obj)) is None:
                        break
                    add(self._frame_label(tok, target, self.subject(verb)), tok)
                    break
                if tok.is_punct and tok.text not in "\"“”'‘’":
                    break

    def _named_frames(self, seen: set[int], add: Any) -> None:
        """ "One analyst called Calder Peak a well-run company", "called Sakellari 'a brave
        reporter'": a frame verb, a name, then a noun phrase; read from the words, since the
        small parser often hangs the verb on the noun before it and makes the name the
        complement (pronoun objects are left to the parse, which knows their antecedents)."""
        text = self.sdoc.text
        # the NER's names, and capitalised runs it missed (the gazetteer finds them later;
        # a span target binds to whatever mention overlaps it)
        objects = [(a - self.offset, b - self.offset, None) for a, b in self.names]
        objects += [(m.start(), m.end(), None) for m in NAME_RX.finditer(text)]
        for a, b, _ in objects:
            verb_m = _FRAME_VERB_BEFORE.search(text, 0, a)
            if verb_m is None or verb_m.end() != a:
                continue
            lab_m = _FRAME_LABEL_AFTER.match(text, b)
            if lab_m is None:
                continue
            first = next((t for t in self.sdoc if t.idx >= lab_m.end()), None)
            if first is None:
                continue
            # the phrase's head: the first noun that does not modify a later one
            head = next(
                (
                    t
                    for t in self.sdoc[first.i : first.i + 6]
                    if t.pos_ == "NOUN" and t.dep_ not in ("compound", "amod", "nmod")
                ),
                None,
            )
            if (
                head is None
                or head.i in seen
                or any(t.is_punct for t in self.sdoc[first.i : head.i] if t.text not in "-")
            ):
                continue
            target: Target = ("span", a + self.offset, b + self.offset)
            verb = next((t for t in self.sdoc if t.idx == verb_m.start("verb")), None)
            subj = self.subject(verb) if verb is not None else None
            if subj is None and verb is not None and verb.dep_ == "acl":
                subj = verb.head  # "One analyst … called": the noun the parser hung it on
            add(self._with_complement(self._frame_label(head, target, subj), head), head)

    def _people_before(self, pron: Any, speaker: Any) -> tuple[Target, ...]:
        """Names before an object pronoun, nearest first, here then in the previous
        sentence, without the speaker's own name ("X called her …" is not about X)."""
        said_by = self.target_of(speaker) if speaker is not None else None
        own = tuple(said_by[1:]) if said_by and said_by[0] == "span" else None
        here = [n for n in self.names if n[1] <= self.offset + pron.idx and n != own]
        return tuple(("span", a, b) for a, b in reversed([*self.previous_names, *here]))

    def _frame_label(self, head: Any, target: Target, subj: Any) -> RawLabel | None:
        """A frame's label, attributed to the frame verb's subject where there is one."""
        who = self._attribution(subj) if subj is not None else None
        return self._label(
            head,
            "frame",
            target,
            voice="attributed",
            attributed_to=who[0] if who else None,
            attributed_span=who[1] if who else None,
            decided=True,
        )

    def _bracketed_name_before(self, tok: Any) -> tuple[int, int] | None:
        """The name ending right before "(ACR)," just before ``tok``, if there is one."""
        before = self.sdoc.text[: tok.idx]
        m = _BRACKET_BEFORE.search(before)
        if not m:
            return None
        end = self.offset + m.start()
        return next((sp for sp in self.names if end - 1 <= sp[1] <= end), None)

    def _with_complement(self, lab: RawLabel | None, head: Any) -> RawLabel | None:
        """ "the party that gained most from the leak": a definite head that describes only
        through its complement keeps it (the head alone, "party", says nothing)."""
        if lab is None or _indefinite(head) or _descriptive(head):
            return lab
        comps = [c for c in head.rights if c.dep_ in ("prep", "acl", "relcl")]
        if not comps:
            return lab
        last = max(c.right_edge.i for c in comps)
        toks = [t for t in self.sdoc[head.i + 1 : last + 1]]
        cut = next((t.i for t in toks if t.text in ',;:()"“”'), last + 1)
        if cut - head.i > 12:
            return lab
        end = self.sdoc[cut - 1].idx + len(self.sdoc[cut - 1])
        lab.end = self.offset + end
        lab.label = self.sdoc.text[lab.start - self.offset : end]
        return lab

    def _name_right_before(self, tok: Any) -> tuple[int, int] | None:
        """The name ending right before ", " just before ``tok``, if there is one."""
        m = _COMMA_BEFORE.search(self.sdoc.text[: tok.idx])
        if not m:
            return None
        end = self.offset + m.start()
        return next((sp for sp in self.names if sp[1] == end), None)

    def _appositive(self, label: Any, name: Any) -> bool:
        """A real apposition: a comma or dash between, no bracket, a described noun."""
        lo, hi = sorted((label.i, name.i))
        toks = [t.text for t in self.sdoc[lo:hi]]
        # "(Mavrik Daily, March 14)" is a citation; "the MEK (PMOI), a group" is fine
        if toks.count("(") > toks.count(")") or ":" in toks:
            return False
        if not set(toks) & {",", "–", "—", "-"}:
            return False
        if not label.text[:1].islower():
            return False
        # "In Lemishte, a mayor and her brother …": a fronted place, not an apposition
        if name.i < label.i and name.dep_ == "pobj" and name.head.i == name.sent.start:
            return False
        return (
            _indefinite(label)
            # "the president of the SNC", "the mayor of Lemishte"
            or (
                label.lower_ in ROLE_NOUNS
                and any(c.dep_ == "prep" and c.lower_ in ("of", "at") for c in label.children)
            )
            or _descriptive(label)
            or label.lower_ in EVALUATIVE_HEADS
            # "the group's leader" (not "her husband")
            or any(c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") for c in label.children)
            # a noun with a complement describes: "the party of Prime Minister X", "the
            # prosecutor leading the inquiry", "the shipowner who owns the club" (a bare
            # "the leader" only points)
            or any(c.dep_ in ("prep", "acl", "relcl") for c in label.children)
        )

    # --- context: who speaks ---------------------------------------------------------

    def speech_context(self, lab: RawLabel) -> tuple[str, tuple[int, int]] | None:
        """A speech verb whose complement holds the label: "critics say it is a cult"."""
        head = None
        for t in self.sdoc:
            if self.offset + t.idx >= lab.start and self.offset + t.idx + len(t) <= lab.end:
                head = t
        if head is None:
            return None
        child, anc = head, head.head
        while anc.i != child.i:
            if anc.lemma_ in SPEECH_VERBS and child.dep_ in (
                "ccomp",
                "xcomp",
                "parataxis",
                "advcl",
            ):
                subj = self.subject(anc)
                if subj is not None and subj.lower_ not in ("we", "i"):
                    return self._attribution(subj)
            child, anc = anc, anc.head
        # "…, critics say." parsed with the speech verb as a dependent of the root
        # and "The group, they say, is a cult": a speech verb with no complement of its own
        for t in self.sdoc:
            if any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep") for c in t.children):
                continue
            if t.lemma_ in SPEECH_VERBS and t.dep_ in ("parataxis", "ccomp", "advcl"):
                subj = self.subject(t)
                if subj is None or subj.lower_ in ("we", "i"):
                    continue
                # set off by commas: "…, critics say." / "The group, they say, is …"
                left = self.sdoc[subj.left_edge.i - 1] if subj.left_edge.i > 0 else None
                if t.dep_ == "parataxis" or (left is not None and left.text == ","):
                    return self._attribution(subj)
        return None


def according_scopes(text: str, start: int, end: int) -> list[tuple[int, int, int, int]]:
    """(scope_start, scope_end, who_start, who_end) for "according to X, …" in a sentence:
    the scope is the clause around the cue (up to ";" or the sentence's end)."""
    out = []
    for m in _ACCORDING.finditer(text, start, end):
        who_end = m.end()
        while who_end < end and text[who_end] not in ",;.:":
            who_end += 1
        left = max(text.rfind(";", start, m.start()) + 1, start)
        right = text.find(";", m.end(), end)
        out.append((left, right if right != -1 else end, m.end(), who_end))
    return out
