"""The records this module takes and returns: plain dataclasses, offsets into canonical text.

Entity ids are derived from the entity's type and name so that re-running the analysis on
the same corpus gives the same ids; user decisions are keyed by names and spans, never by
ids (see ``curation``), because ids may change when new documents change the chosen name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from claimmap.model import Span

EntityType = Literal["PERSON", "ORG", "PLACE", "OUTLET"]
Voice = Literal["own", "attributed"]
# how a mention was found: the statistical NER, a gazetteer of names known elsewhere in the
# corpus, a capitalised span in a language without NER, an alias definition in the text
MentionSource = Literal["ner", "gazetteer", "capitalised", "alias"]


@dataclass(frozen=True, slots=True)
class DocInput:
    """What the analysis needs of one document."""

    doc_id: str
    text: str
    language: str | None = None
    outlet: str | None = None
    # sentence spans with their language (None: unknown, read as the document's language)
    sentences: tuple[tuple[int, int, str | None], ...] = ()
    # aligned translated passages (from the xling stage); either side may be this document
    translation_pairs: tuple[tuple[Span, Span], ...] = ()
    # page furniture: nothing is reported inside these ranges
    skip: tuple[tuple[int, int], ...] = ()


@dataclass(slots=True)
class Mention:
    doc: str
    start: int
    end: int
    text: str
    type: EntityType
    entity_id: str | None = None
    source: MentionSource = "ner"

    @property
    def span(self) -> Span:
        return Span(self.doc, self.start, self.end)

    @property
    def key(self) -> tuple[str, int, int]:
        return (self.doc, self.start, self.end)


@dataclass(slots=True)
class Entity:
    id: str
    name: str
    type: EntityType
    aliases: list[str] = field(default_factory=list)  # distinct surface forms, name first
    mentions: list[Mention] = field(default_factory=list)


@dataclass(slots=True)
class Label:
    """A descriptive noun phrase an outlet (or someone it reports) attaches to an entity.

    ``start``/``end`` cover the label phrase without its determiner ("terrorist cult" in
    "a terrorist cult"). ``attributed_to`` is who the text gives the label to, as written
    ("critics", "the government of Veloria"), with ``attributed_start``/``attributed_end``
    where that is stated; ``None`` for the outlet's own voice, and for attributed labels
    whose source is unnamed ("so-called", scare quotes).
    """

    doc: str
    start: int
    end: int
    entity: str
    label: str
    voice: Voice
    attributed_to: str | None = None
    attributed_start: int | None = None
    attributed_end: int | None = None
    # "We are not a sect": the label is denied, which is a stance signal of its own
    negated: bool = False
    form: str = ""  # apposition, copula, naming, known_as, frame, list, so_called, description


@dataclass(slots=True)
class Alias:
    """Two names the text itself declares equivalent ("X, also known as Y")."""

    doc: str
    start: int  # where the declaration is, for provenance
    end: int
    name: str
    alias: str
    form: str  # acronym, known_as, in_full, bracketed, translation


@dataclass(slots=True)
class EntityResult:
    entities: list[Entity]
    mentions: list[Mention]
    labels: list[Label]
    aliases: list[Alias]
    stats: dict[str, float] = field(default_factory=dict)
