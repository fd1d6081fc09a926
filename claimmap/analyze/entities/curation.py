"""User decisions that survive re-ingest and re-analysis.

A decision names entities by any of their names (folded, so "PAFV" or "the pafv" both
work) and mentions by their span, never by entity id: ids follow the names the analysis
picks and may change as the corpus grows, names and spans do not. ``apply_decisions``
replays the whole list, in order, over a freshly computed resolution; a decision whose
names or span are no longer there is reported back, not dropped silently.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Literal

from claimmap.analyze.entities.fold import fold
from claimmap.analyze.entities.records import Entity, EntityType, Label, Mention
from claimmap.analyze.entities.resolve import assign_ids, make_entity


@dataclass(frozen=True, slots=True)
class Merge:
    """The entities that bear these names are one."""

    names: tuple[str, ...]
    kind: Literal["merge"] = "merge"


@dataclass(frozen=True, slots=True)
class Split:
    """Mentions written as one of ``names`` leave their entity and form a new one (named
    ``new_name``, or the first of ``names``)."""

    names: tuple[str, ...]
    new_name: str | None = None
    kind: Literal["split"] = "split"


@dataclass(frozen=True, slots=True)
class Rename:
    """The entity bearing ``name`` is called ``new_name`` (and optionally retyped)."""

    name: str
    new_name: str
    type: EntityType | None = None
    kind: Literal["rename"] = "rename"


@dataclass(frozen=True, slots=True)
class RejectMention:
    """This span is not a mention of anything (an NER error)."""

    doc: str
    start: int
    end: int
    kind: Literal["reject"] = "reject"


@dataclass(frozen=True, slots=True)
class MoveMention:
    """This span belongs to the entity bearing ``to_name``."""

    doc: str
    start: int
    end: int
    to_name: str
    kind: Literal["move"] = "move"


Decision = Merge | Split | Rename | RejectMention | MoveMention
_KINDS = {
    "merge": Merge,
    "split": Split,
    "rename": Rename,
    "reject": RejectMention,
    "move": MoveMention,
}


def decision_to_dict(d: Decision) -> dict:
    out = {k: getattr(d, k) for k in d.__slots__}  # type: ignore[union-attr]
    return {k: list(v) if isinstance(v, tuple) else v for k, v in out.items()}


def decision_from_dict(data: dict) -> Decision:
    cls = _KINDS[data["kind"]]
    kw = {k: tuple(v) if isinstance(v, list) else v for k, v in data.items() if k != "kind"}
    return cls(**kw)  # type: ignore[return-value]


@dataclass(slots=True)
class Applied:
    entities: list[Entity]
    # decisions that found nothing to act on (a name or span gone after re-ingest)
    unmatched: list[Decision] = field(default_factory=list)
    # computed entity id -> id after the decisions (where most of its mentions went); labels
    # computed with the old ids are carried over with ``remap_labels``
    id_map: dict[str, str] = field(default_factory=dict)


def remap_labels(labels: list[Label], applied: Applied) -> list[Label]:
    """Labels bound to the computed entities, rebound to the curated ones."""
    return [replace(lab, entity=applied.id_map.get(lab.entity, lab.entity)) for lab in labels]


def _find(entities: list[Entity], name: str) -> Entity | None:
    key = fold(name)
    for e in entities:
        if fold(e.name) == key:
            return e
    for e in entities:
        if any(fold(a) == key for a in e.aliases):
            return e
    return None


def _rebuild(e: Entity, ms: list[Mention], name: str | None = None) -> Entity:
    new = make_entity(ms)
    new.type = e.type
    if name:
        new.name = name
        new.aliases = [name] + [a for a in new.aliases if a != name]
    return new


def apply_decisions(entities: list[Entity], decisions: list[Decision]) -> Applied:
    """Entities after the user's decisions; mentions get the new entity ids. The input
    list is not modified, mentions are (their ``entity_id``)."""
    before = {e.id: [m.key for m in e.mentions] for e in entities}
    ents = [Entity(e.id, e.name, e.type, list(e.aliases), list(e.mentions)) for e in entities]
    unmatched: list[Decision] = []
    for d in decisions:
        if isinstance(d, Merge):
            found = [e for n in d.names if (e := _find(ents, n)) is not None]
            uniq = list({id(e): e for e in found}.values())
            if len(uniq) < 2:
                if len(found) < len(d.names):
                    unmatched.append(d)
                continue
            keep = max(uniq, key=lambda e: len(e.mentions))
            ms = [m for e in uniq for m in e.mentions]
            merged = _rebuild(keep, ms, keep.name)
            ents = [e for e in ents if all(e is not u for u in uniq)] + [merged]
        elif isinstance(d, Split):
            keys = {fold(n) for n in d.names}
            hit = False
            for e in list(ents):
                moving = [m for m in e.mentions if fold(m.text) in keys]
                if not moving or len(moving) == len(e.mentions):
                    continue
                hit = True
                rest = [m for m in e.mentions if fold(m.text) not in keys]
                ents.remove(e)
                ents.append(_rebuild(e, rest, e.name))
                ents.append(_rebuild(e, moving, d.new_name or d.names[0]))
            if not hit:
                unmatched.append(d)
        elif isinstance(d, Rename):
            e = _find(ents, d.name)
            if e is None:
                unmatched.append(d)
                continue
            e.name = d.new_name
            e.aliases = [d.new_name] + [a for a in e.aliases if a != d.new_name]
            if d.type:
                e.type = d.type
        elif isinstance(d, RejectMention | MoveMention):
            span = (d.doc, d.start, d.end)
            owner = next((e for e in ents for m in e.mentions if m.key == span), None)
            if owner is None:
                unmatched.append(d)
                continue
            m = next(m for m in owner.mentions if m.key == span)
            target = _find(ents, d.to_name) if isinstance(d, MoveMention) else None
            if isinstance(d, MoveMention) and target is None:
                unmatched.append(d)
                continue
            owner.mentions.remove(m)
            if target is not None:
                target.mentions.append(m)
                target.mentions.sort(key=lambda x: (x.doc, x.start))
                if m.text not in target.aliases:
                    target.aliases.append(m.text)
            else:
                m.entity_id = None
            if not owner.mentions:
                ents.remove(owner)
            else:
                owner.aliases = [
                    a
                    for a in owner.aliases
                    if any(x.text == a for x in owner.mentions) or a == owner.name
                ]
    assign_ids(ents)
    now = {m.key: e.id for e in ents for m in e.mentions}
    id_map = {}
    for old, keys in before.items():
        votes = Counter(now[k] for k in keys if k in now)
        if votes:
            id_map[old] = votes.most_common(1)[0][0]
    return Applied(ents, unmatched, id_map)
