"""The ``structure`` analysis stage, and the one question later stages ask of it:
which article (author, outlet, date) does a span belong to?

The outlet table lives beside the database (``claimmap.outlets.csv`` next to
``claimmap.db``, or ``outlets = "path.csv"`` in claimmap.toml): shipped defaults, then the
user's rows. Outlets read from pages that the table did not know are appended to it, so
the user can correct them (rename, merge by giving an alias, ``!name`` to forbid a match).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from claimmap.analyze.registry import Progress, Stage, register
from claimmap.config import Settings
from claimmap.model import Span
from claimmap.store.base import Store

from .analyze import analyze_structure
from .outlets import OutletTable

STAGE = "structure"


def outlet_table_path(store: Store, settings: Settings) -> Path:
    configured = settings.extra.get("outlets")
    if configured:
        return Path(str(configured))
    db = Path(store.path)
    return db.with_name(db.stem + ".outlets.csv")


def load_outlets(store: Store, settings: Settings) -> OutletTable:
    return OutletTable.load(outlet_table_path(store, settings))


def run_structure(store: Store, settings: Settings, doc_ids: list[str], advance: Progress) -> None:
    table = load_outlets(store, settings)
    learned = False
    for doc_id in doc_ids:
        doc = store.get_document(doc_id)
        if doc is None:
            continue
        paras = doc.paragraphs()
        st = analyze_structure(
            doc.text,
            title=doc.title,
            outlet=doc.outlet,
            author=doc.author,
            published=doc.published,
            paragraphs=[(p.start, p.end) for p in paras],
            paragraph_langs=[p.lang for p in paras],
            outlets=table,
        )
        for name in st.new_outlets:
            learned = table.learn(name) is not None or learned
        with store.transaction():
            store.put_structure(doc_id, st.to_dict())
            # a document carries its outlet as best known; what the source stated wins
            if not doc.outlet and st.page.outlet:
                store.update_document_meta(doc_id, outlet=st.page.outlet)
        advance(1)
    if learned:
        table.save(outlet_table_path(store, settings))


def article_for(
    store: Store, span: Span, cache: dict[str, dict[str, Any] | None] | None = None
) -> dict[str, Any] | None:
    """The article a span belongs to (the embedded article covering its start, else the page):
    its title, author, outlet, date and role. None if the document has no structure yet.
    Pass a ``cache`` dict when asking about many spans, so each page is read once."""
    if cache is None:
        data = store.get_structure(span.doc)
    else:
        if span.doc not in cache:
            cache[span.doc] = store.get_structure(span.doc)
        data = cache[span.doc]
    if data is None:
        return None
    for art in data["articles"]:
        if art["start"] <= span.start < art["end"]:
            return art
    return data["page"]


def furniture_ranges(store: Store, doc_id: str) -> list[tuple[int, int]]:
    data = store.get_structure(doc_id)
    return [(f["start"], f["end"]) for f in data["furniture"]] if data else []


STRUCTURE = register(
    Stage(
        STAGE,
        "2",
        ("extra",),
        run_structure,
        "embedded articles (reposts, translations) with their bylines, and page furniture",
    )
)
