"""The records the structure analysis produces: embedded articles and page furniture.

Everything is a character range into the document's canonical text; nothing here moves or
removes text. An :class:`Article` says who wrote a stretch of the page, for which outlet and
when; a :class:`Furniture` marks text that is page scaffolding rather than anyone's claim.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Role = Literal["main", "repost", "translation", "original"]
FurnitureKind = Literal[
    "headline",  # a headline repeated on the page
    "teaser",  # an excerpt whose text reappears in full further down
    "byline",  # "By …", "Published on …", "(Translated by …)", signatures
    "related",  # "Also read", "Related posts" and the titles listed under them
    "source-link",  # "Link to the source", "Link to the original article (Albanian)"
    "end-mark",  # "(End)", "***"
    "share",  # share, comment and sign-up prompts
    "comment",  # readers' comments and their header ("3 comments")
    "caption",  # "Photo: …"
    "link",  # a bare URL line
    "footer",  # "Outlet | tagline" site lines
    "junk",  # "Placeholder canvas", cookie notices, advertisement markers
]


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why a field has its value: the cue text at ``[start, end)`` and the rule that read it.

    ``rule == "page-metadata"`` (span 0:0) means the value is the page's own metadata.
    """

    field: str
    start: int
    end: int
    rule: str


@dataclass(slots=True)
class Article:
    """One article on the page; ``[start, end)`` covers its title (if any) and body."""

    start: int
    end: int
    role: Role = "main"
    title: str | None = None
    author: str | None = None
    authors: tuple[str, ...] = ()
    outlet: str | None = None
    published: str | None = None  # ISO 8601, as precise as stated
    granularity: str | None = None
    language: str | None = None
    reposted_by: str | None = None
    translation_of: int | None = None  # index into Structure.articles
    translated_by: str | None = None
    original_language: str | None = None  # from "Link to the original article (Albanian)"
    evidence: list[Evidence] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Furniture:
    start: int
    end: int
    kind: FurnitureKind


@dataclass(slots=True)
class Structure:
    """The page's articles (in text order), its furniture, and the page's own metadata.

    ``page`` spans the whole text and answers for text no article covers (an aggregator's
    own introduction, furniture). ``new_outlets`` are outlet names read from the text that
    the outlet table did not know; the caller may ``learn`` them.
    """

    page: Article
    articles: list[Article] = field(default_factory=list)
    furniture: list[Furniture] = field(default_factory=list)
    new_outlets: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "page": self.page.to_dict(),
            "articles": [a.to_dict() for a in self.articles],
            "furniture": [asdict(f) for f in self.furniture],
            "new_outlets": list(self.new_outlets),
        }
