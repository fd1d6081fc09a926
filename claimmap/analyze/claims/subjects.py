"""Who or what a claim is about, from the entity stage's mentions.

The extractor's own subject is the words before the verb ("There", "It", "Since taking
up"), which cannot tell that "MEK members" and "members of the Mojahedin-e Khalq" are
about one actor. When the ``entities`` stage has run, its resolved mentions (MEK = PMOI =
Mojahedin-e Khalq) give each quantity and event:

* ``detail["subject_entity"]``: the actor, an organisation or person: the owner of a
  counted noun ("2,745 MEK members", "4,400 members of the MEK"), else the actor named
  nearest before the figure or the happening in its clause, else after it, else (for a
  clause opening with a pronoun or "the group") the last actor named before it;
* ``detail["entities"]``: every organisation and person of the clause, so grouping can
  keep apart two happenings that share no actor;
* ``detail["place_entity"]``: a place the clause puts it in ("in Albania").

``subject`` itself becomes the actor's canonical name; the words as written stay in
``detail["subject_text"]``.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from claimmap.analyze.claims.records import Claim

ACTOR_TYPES = frozenset(("ORG", "PERSON", "OUTLET"))
PLACE_TYPES = frozenset(("PLACE", "GPE", "LOC"))
# "members of (the) X", "membri del X", "membres de la X"
_OWNER_AFTER = re.compile(
    r"^\s*(?:of|from|del|dello|della|dei|degli|delle|di|de|du|des|de la|de l’|de l'|të)\s+"
    r"(?:the\s+|il\s+|la\s+|le\s+|l’|l')?",
    re.I,
)
_IN_PLACE = re.compile(
    r"(?:\bin|\bto|\bat|\bnear|\binto|\bnel|\bnella|\bin\s+the|\ben|\bau|\bà|\bnë)\s+$", re.I
)
# a clause that names its actor only by pronoun or generic noun
_ANAPHOR = re.compile(
    r"^\W*(?:(?:and|but|then|so|e|et|ma|mais)\s+)?(?:it|its|they|their|the group|this group|"
    r"the organi[sz]ation|the movement|the party|esso|essa|il gruppo|le groupe|il|elle|ils)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class EntityMention:
    """A resolved mention from the entities stage."""

    start: int
    end: int
    entity: str  # entity id
    type: str
    name: str  # the entity's canonical name


class Mentions:
    """The mentions of one document, sorted, with range queries."""

    def __init__(self, mentions: Sequence[EntityMention]) -> None:
        self.items = sorted(mentions, key=lambda m: (m.start, m.end))
        self.starts = [m.start for m in self.items]

    def within(self, lo: int, hi: int) -> list[EntityMention]:
        i = bisect_left(self.starts, lo)
        out = []
        while i < len(self.items) and self.items[i].start < hi:
            if self.items[i].end <= hi:
                out.append(self.items[i])
            i += 1
        return out


def attach_subjects(
    text: str,
    claims: Sequence[Claim],
    mentions: Mentions,
    sentences: Sequence[tuple[int, int]] = (),
) -> None:
    """Set the subject entity, the clause's actors and place on quantities and events."""
    if not mentions.items:
        return
    for c in claims:
        if c.kind == "quote" and c.speaker:
            who = _speaker(c, mentions)
            if who is not None:
                c.detail["speaker_entity"] = who.entity
                c.detail["speaker_name"] = who.name
            continue
        if c.kind not in ("quantity", "event"):
            continue
        sent = c.detail.get("sentence")
        if not sent:
            continue
        lo, hi = c.detail.get("clause") or sent
        in_clause = mentions.within(lo, hi)
        actors = [m for m in in_clause if m.type in ACTOR_TYPES]
        anchor_s, anchor_e = _anchor(c)
        if (
            c.kind == "event"
            and c.detail.get("event_type") in OBJECT_EVENTS
            and _active(text, lo, anchor_s, anchor_e)
        ):
            # "the MEK created the National Liberation Army": the founding is the
            # army's; "Rajavi … set up her new headquarters": the headquarters'
            after = [m for m in actors if m.start >= anchor_e]
            thing = after[0] if after else None
            if thing is not None:
                c.detail["subject_text"] = c.subject
                c.detail["subject_entity"] = thing.entity
                c.subject = thing.name
                c.detail["entities"] = [thing.entity]
            else:
                words = _WORDS.findall(text[anchor_e:hi])[:4]
                thing_id = "thing:" + " ".join(w.lower() for w in words)
                c.detail["subject_entity"] = thing_id
                c.detail["entities"] = [thing_id]
            continue
        subject = _owner(text, c, mentions) if c.kind == "quantity" else None
        if subject is None:
            before = [m for m in actors if m.end <= anchor_s]
            # "founded in 1973 by Aurel Corvan", "brokered by the Council": an agent
            # after "by" is not what the claim is about
            after = [
                m for m in actors
                if m.start >= anchor_e and not _BY.search(text[max(0, m.start - 12) : m.start])
            ]  # fmt: skip
            if before:
                subject = before[-1]
            elif after and not _WORDS.search(text[sent[0] : anchor_s]):
                # only a participle opening the sentence has its actor after it
                # ("Founded in 1971, the Azure Front …"); elsewhere a name after the
                # verb is its object, a place or an agent
                subject = after[0]
            elif m := _ANAPHOR.match(text[lo:anchor_s]):
                subject = _antecedent(mentions, sent[0], m.group(0), sentences)
        if subject is not None:
            c.detail["subject_text"] = c.subject
            c.detail["subject_entity"] = subject.entity
            c.subject = subject.name
        # the sentence's actors, not just the clause's: "Founded in 1973 by Corvan, the
        # Azure Front …" is about both, whichever the clause boundary falls on
        sent_actors = [m for m in mentions.within(sent[0], sent[1]) if m.type in ACTOR_TYPES]
        ents = sorted({m.entity for m in sent_actors} | ({subject.entity} if subject else set()))
        if ents:
            c.detail["entities"] = ents
        place = _place(text, in_clause, anchor_e)
        if place is not None:
            c.detail["place_entity"] = place.entity
            c.detail["place"] = place.name


_BY = re.compile(r"\b(?:by|da|dal|dalla|dai|par|nga)\s+(?:the\s+|la\s+|le\s+|il\s+)?$", re.I)
# happenings whose verb in the active voice is about its object, not its subject
OBJECT_EVENTS = frozenset(("founded", "opened"))
_WORDS = re.compile(r"[^\W\d_]{3,}")
_AUX = re.compile(
    r"\b(?:was|were|been|being|is|are|be|è|sono|stato|stata|a été|ont été|est)\s+$", re.I
)
_OBJECT_START = re.compile(
    r"\s+(?:the|a|an|her|his|its|their|our|new|il|la|le|les|un|une|uno|una|[A-ZÀ-Ý])", re.I
)


def _active(text: str, lo: int, t_start: int, t_end: int) -> bool:
    """Is the trigger an active verb with an object ("X created the Y", "set up her new
    headquarters"), not a passive or participle ("was created in", "founded in 1965")?"""
    if t_start <= lo or not text[lo:t_start].strip(" ,"):
        return False  # "Established in 1965, …": a participle opening the clause
    if _AUX.search(text[max(lo, t_start - 20) : t_start]):
        return False
    m = _OBJECT_START.match(text, t_end)
    if not m:
        return False
    # "founded in", "created by": a preposition, not an object (the regex is case-blind)
    return not re.match(r"\s+(?:in|on|at|by|as|since|from|during|nel|en|dal)\b", text[t_end:], re.I)


_PERSON_PRONOUN = re.compile(r"\b(?:he|she|his|her|lui|lei|egli|elle)\b", re.I)


def _antecedent(
    mentions: Mentions, sent_start: int, anaphor: str, sentences: Sequence[tuple[int, int]]
) -> EntityMention | None:
    """What "it", "the group" or "he" refers to: the first actor of the right kind named in
    the sentence before (a sentence names its topic first), or the one before that."""
    want = ("PERSON",) if _PERSON_PRONOUN.search(anaphor) else ("ORG", "OUTLET")
    i = bisect_left([s for s, _ in sentences], sent_start)
    for lo, hi in reversed(sentences[max(0, i - 2) : i]):
        for m in mentions.within(lo, hi):
            if m.type in want:
                return m
    return None


def _speaker(c: Claim, mentions: Mentions) -> EntityMention | None:
    """The person or organisation a quote's speaker names: the nearest mention before the
    quote whose words are the speaker's, or whose surname is ("Rajavi" for "Maryam
    Rajavi")."""
    want = fold(c.speaker or "").split()
    if not want:
        return None
    best = None
    for m in mentions.items:
        if m.type not in ACTOR_TYPES:
            continue
        words = set(fold(" ".join(_WORDS.findall(m.name))).split())
        # "Ardi Veliu" speaks, the entity is named "Veliu"; or "Veliu" speaks
        if not words or not (set(want) <= words or words <= set(want)):
            continue
        dist = c.start - m.end if m.end <= c.start else m.start - c.end + 10_000
        if best is None or dist < best[0]:
            best = (dist, m)
    return best[1] if best else None


def _anchor(c: Claim) -> tuple[int, int]:
    if c.kind == "event":
        t = c.detail.get("trigger")
        if t:
            return t[0], t[1]
    return c.start, c.end


def _owner(text: str, c: Claim, mentions: Mentions) -> EntityMention | None:
    """The actor a counted noun belongs to: "2,745 MEK members", "members of the MEK"."""
    fig = c.detail.get("figure")
    if not fig:
        return None
    inside = [m for m in mentions.within(fig[1], c.end) if m.type in ACTOR_TYPES]
    if inside:
        return inside[0]
    for m in mentions.within(c.end, c.end + 40):
        if m.type in ACTOR_TYPES and _OWNER_AFTER.fullmatch(text[c.end : m.start]):
            return m
        break  # only the first name after the noun can own it
    return None


# how far after its verb or figure a place still completes it ("arrived in a single
# airlift in Albania"); a place further on belongs to another phrase ("… after years of
# activity in Iraq")
PLACE_REACH = 40
_COUNTRY_AFTER = re.compile(
    # the preposition may be part of the trigger already ("living in", "present in")
    r"\s*(?:(?:in|to|into|nel|nella|en|au|aux|à|a|në)\s+)?(?:the\s+)?([A-ZÀ-Ý][^\W\d_]+)"
)


def _place(text: str, in_clause: list[EntityMention], after: int) -> EntityMention | None:
    """A place the clause puts the claim in ("… in Albania"): right after the verb or
    figure, else right before it ("in Albania, 2,745 members …")."""
    for m in in_clause:
        if (
            m.type in PLACE_TYPES
            and after <= m.start <= after + PLACE_REACH
            and _IN_PLACE.search(text[max(after, m.start - 12) : m.start])
        ):
            return m
    # a country the entity model missed
    cm = _COUNTRY_AFTER.match(text, after)
    if cm and country(cm.group(1)):
        return EntityMention(cm.start(1), cm.end(1), "place:" + fold(cm.group(1)), "PLACE",
                             cm.group(1))  # fmt: skip
    for m in reversed(in_clause):
        if (
            m.type in PLACE_TYPES
            and after - PLACE_REACH <= m.end <= after
            and _IN_PLACE.search(text[max(0, m.start - 12) : m.start])
        ):
            return m
    return None


def fold(s: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(c)
    )


@cache
def _countries() -> dict[str, str]:
    """Folded country name (en, it, fr, sq, de, es) -> ISO code."""
    out: dict[str, str] = {}
    path = resources.files("claimmap.data").joinpath("countries.tsv")
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        code, *names = line.split("\t")
        for n in names:
            out[fold(n)] = code
    return out


def country(place: str | None) -> str | None:
    """The ISO code of a place that is a country, else None."""
    return _countries().get(fold(place)) if place else None


# "Manez, Durres", "Manez (near Durres)", "Durres (Albania)", "Tirana, Albania",
# "Manez, a town in the county of Durres": the first place lies in the second
_INSIDE = re.compile(
    r"\s*(?:,|\(|—|–|-)?\s*(?:(?:near|vicino a|vicino|près de|pranë)\s+)?"
    r"(?:(?:a|an|the)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+(?:in|of)\s+(?:the\s+)?"
    r"(?:(?:county|region|province|district)\s+of\s+)?)?",
    re.I,
)


def place_parents(text: str, mentions: Mentions) -> dict[str, str]:
    """Places the text puts inside other places: {place entity: containing place}."""
    out: dict[str, str] = {}
    places = [m for m in mentions.items if m.type in PLACE_TYPES]
    for a, b in zip(places, places[1:], strict=False):
        if a.entity == b.entity or b.start - a.end > 45:
            continue
        gap = text[a.end : b.start]
        if gap.strip() and _INSIDE.fullmatch(gap):
            out.setdefault(a.entity, b.entity)
    return out


def place_countries(parents: dict[str, str], names: dict[str, str]) -> dict[str, str]:
    """Each place entity's country (ISO code), through the containment found in the corpus
    ("Manez" in "Durres" in "Albania") and the country table."""
    out: dict[str, str] = {}
    for eid in set(parents) | set(names):
        seen = {eid}
        cur: str | None = eid
        while cur is not None:
            code = country(names.get(cur))
            if code:
                out[eid] = code
                break
            cur = parents.get(cur)
            if cur in seen:
                break
            seen.add(cur)  # type: ignore[arg-type]
    return out
