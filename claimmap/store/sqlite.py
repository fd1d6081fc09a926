"""SQLite implementation of the store (the embedded default)."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from claimmap.model import Document, Segment, Span
from claimmap.store.base import DocRow, Failure, ReuseRecord
from claimmap.store.migrations import MIGRATIONS

_DOC_COLS = (
    "id, source, external_id, title, outlet, author, published, published_granularity,"
    " language, fmt, words, ingested_at"
)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _words(text: str) -> int:
    return len(text.split())


class StoreError(Exception):
    pass


class SQLiteStore:
    """One SQLite file in WAL mode; every document is written in one transaction."""

    def __init__(self, path: str = "claimmap.db") -> None:
        self.path = path
        try:
            self.db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            self.db.execute("PRAGMA journal_mode=WAL")
        except sqlite3.DatabaseError as e:
            raise StoreError(f"{path}: not a claimmap database ({e})") from e
        self.db.execute("PRAGMA foreign_keys=ON")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.row_factory = sqlite3.Row
        self._depth = 0
        self._migrate()

    # -- plumbing -------------------------------------------------------
    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise StoreError(
                f"{self.path}: schema version {version} is newer than this claimmap "
                f"({len(MIGRATIONS)}); upgrade claimmap"
            )
        for n, sql in enumerate(MIGRATIONS[version:], start=version + 1):
            self.db.executescript(f"BEGIN;\n{sql}\nPRAGMA user_version={n};\nCOMMIT;")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Nested calls join the outer transaction; only the outermost commits."""
        if self._depth == 0:
            self.db.execute("BEGIN IMMEDIATE")
        self._depth += 1
        try:
            yield
        except BaseException:
            self._depth -= 1
            if self._depth == 0:
                self.db.execute("ROLLBACK")
            raise
        self._depth -= 1
        if self._depth == 0:
            self.db.execute("COMMIT")

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- documents ------------------------------------------------------
    def has_document(self, doc_id: str) -> bool:
        return (
            self.db.execute("SELECT 1 FROM documents WHERE id=?", (doc_id,)).fetchone() is not None
        )

    def put_document(self, doc: Document) -> bool:
        """Store a document with its segments; False if its content was already stored."""
        with self.transaction():
            cur = self.db.execute(
                "INSERT OR IGNORE INTO documents (id, source, external_id, title, outlet, author,"
                " published, published_granularity, language, fmt, meta, text, words, ingested_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    doc.id,
                    doc.source,
                    doc.external_id,
                    doc.title,
                    doc.outlet,
                    doc.author,
                    doc.published,
                    doc.published_granularity,
                    doc.language,
                    doc.fmt,
                    json.dumps(doc.meta, ensure_ascii=False),
                    doc.text,
                    _words(doc.text),
                    _now(),
                ),
            )
            self.add_source(doc.id, doc.source)
            if cur.rowcount == 0:  # already stored: the same content seen again
                return False
            self._insert_segments(doc.id, doc.segments)
        return True

    def update_document_meta(self, doc_id: str, **fields: Any) -> None:
        allowed = {"title", "outlet", "author", "published", "published_granularity", "language"}
        bad = set(fields) - allowed
        if bad:
            raise ValueError(f"cannot update {sorted(bad)}")
        if not fields:
            return
        cols = ", ".join(f"{k}=?" for k in fields)
        with self.transaction():
            self.db.execute(f"UPDATE documents SET {cols} WHERE id=?", (*fields.values(), doc_id))

    def add_source(self, doc_id: str, source: str) -> None:
        self.db.execute(
            "INSERT OR IGNORE INTO doc_sources (doc_id, source) VALUES (?, ?)", (doc_id, source)
        )

    def sources_of(self, doc_id: str) -> list[str]:
        rows = self.db.execute(
            "SELECT source FROM doc_sources WHERE doc_id=? ORDER BY source", (doc_id,)
        )
        return [r[0] for r in rows]

    def _row_to_doc(self, r: sqlite3.Row, with_segments: bool) -> Document:
        doc = Document(
            text=r["text"],
            source=r["source"],
            external_id=r["external_id"],
            title=r["title"],
            outlet=r["outlet"],
            author=r["author"],
            published=r["published"],
            published_granularity=r["published_granularity"],
            language=r["language"],
            fmt=r["fmt"],
            meta=json.loads(r["meta"]),
            id=r["id"],
        )
        if with_segments:
            doc.segments = self.get_segments(doc.id)
        return doc

    def get_document(self, doc_id: str, with_segments: bool = True) -> Document | None:
        r = self.db.execute("SELECT * FROM documents WHERE id=?", (doc_id,)).fetchone()
        return self._row_to_doc(r, with_segments) if r else None

    def resolve_doc(self, ref: str) -> list[str]:
        """Ids matching a user reference: an id prefix, an external id, a source path or file
        name; failing those, a file-name prefix ("000" for "000_report.txt")."""
        esc = ref.replace("%", r"\%").replace("_", r"\_")
        rows = self.db.execute(
            "SELECT id FROM documents WHERE id LIKE ? ESCAPE '\\' OR external_id=?"
            " UNION SELECT doc_id FROM doc_sources WHERE source=? OR source LIKE ? ESCAPE '\\'",
            (esc + "%", ref, ref, "%/" + esc),
        )
        found = {r[0] for r in rows}
        if not found and ref:
            rows = self.db.execute(
                "SELECT doc_id FROM doc_sources WHERE source LIKE ? ESCAPE '\\'",
                ("%/" + esc + "%",),
            )
            found = {r[0] for r in rows}
        return sorted(found)

    def list_documents(self) -> list[DocRow]:
        rows = self.db.execute(
            f"SELECT {_DOC_COLS} FROM documents ORDER BY published IS NULL, published, title"
        )
        return [DocRow(**dict(r)) for r in rows]

    def iter_documents(self, with_segments: bool = True) -> Iterator[Document]:
        for (doc_id,) in self.db.execute("SELECT id FROM documents ORDER BY rowid").fetchall():
            doc = self.get_document(doc_id, with_segments)
            if doc is not None:
                yield doc

    def doc_ids(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM documents ORDER BY rowid")]

    def count_documents(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM documents").fetchone()[0])

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """FTS5 search; a query that is not valid FTS syntax is searched as plain words."""
        sql = (
            "SELECT d.id, d.title, d.outlet, d.published,"
            " snippet(documents_fts, 1, '[', ']', '…', 12) AS snippet, bm25(documents_fts) AS rank"
            " FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid"
            " WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?"
        )
        try:
            rows = self.db.execute(sql, (query, limit)).fetchall()
        except sqlite3.OperationalError:
            words = re.findall(r"\w+", query)
            if not words:
                return []
            quoted = " ".join('"' + w + '"' for w in words)
            rows = self.db.execute(sql, (quoted, limit)).fetchall()
        return [dict(r) for r in rows]

    # -- segments -------------------------------------------------------
    def put_segments(self, doc_id: str, segments: list[Segment]) -> None:
        with self.transaction():
            self.db.execute("DELETE FROM segments WHERE doc_id=?", (doc_id,))
            self._insert_segments(doc_id, segments)

    def _insert_segments(self, doc_id: str, segments: list[Segment]) -> None:
        counters = {"paragraph": 0, "sentence": 0}
        rows = []
        for s in segments:
            idx = counters[s.kind]
            counters[s.kind] += 1
            rows.append((doc_id, s.kind, idx, s.start, s.end, s.lang, s.parent))
        self.db.executemany(
            'INSERT INTO segments (doc_id, kind, idx, start, "end", lang, parent)'
            " VALUES (?,?,?,?,?,?,?)",
            rows,
        )

    def get_segments(self, doc_id: str) -> list[Segment]:
        rows = self.db.execute(
            'SELECT kind, start, "end", lang, parent FROM segments WHERE doc_id=?'
            " ORDER BY kind, idx",
            (doc_id,),
        )
        return [Segment(doc_id, r[0], r[1], r[2], r[3], r[4]) for r in rows]

    # -- file cache -----------------------------------------------------
    def seen_file(self, sha: str) -> list[str] | None:
        r = self.db.execute("SELECT doc_ids FROM files WHERE sha=?", (sha,)).fetchone()
        return json.loads(r[0]) if r else None

    def mark_file(self, sha: str, source: str, doc_ids: list[str]) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO files (sha, source, doc_ids, at) VALUES (?,?,?,?)",
            (sha, source, json.dumps(doc_ids), _now()),
        )

    # -- failures -------------------------------------------------------
    def record_failure(self, source: str, reason: str) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO failures (source, reason, at) VALUES (?,?,?)",
            (source, reason, _now()),
        )

    def clear_failure(self, source: str) -> None:
        self.db.execute("DELETE FROM failures WHERE source=?", (source,))

    def failures(self) -> list[Failure]:
        rows = self.db.execute("SELECT source, reason, at FROM failures ORDER BY source")
        return [Failure(*r) for r in rows]

    # -- stages ---------------------------------------------------------
    def stage_done(self, stage: str, key: str) -> set[str]:
        rows = self.db.execute(
            "SELECT doc_id FROM stage_runs WHERE stage=? AND key=?", (stage, key)
        )
        return {r[0] for r in rows}

    def mark_stage(self, stage: str, key: str, doc_ids: list[str]) -> None:
        self.db.executemany(
            "INSERT OR REPLACE INTO stage_runs (stage, key, doc_id) VALUES (?,?,?)",
            [(stage, key, d) for d in doc_ids],
        )

    # -- reuse ----------------------------------------------------------
    def put_reuse(self, stage: str, records: list[ReuseRecord]) -> None:
        self.db.executemany(
            "INSERT INTO reuse (kind, a_doc, a_start, a_end, b_doc, b_start, b_end, score,"
            " boilerplate, stage) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [
                (r.kind, r.a.doc, r.a.start, r.a.end, r.b.doc, r.b.start, r.b.end, r.score,
                 int(r.boilerplate), stage)
                for r in records
            ],
        )  # fmt: skip

    def delete_reuse(self, stage: str, doc_ids: list[str] | None = None) -> None:
        """Forget a stage's passages: all of them, or those touching ``doc_ids``."""
        if doc_ids is None:
            self.db.execute("DELETE FROM reuse WHERE stage=?", (stage,))
            return
        self.db.executemany(
            "DELETE FROM reuse WHERE stage=? AND (a_doc=? OR b_doc=?)",
            [(stage, d, d) for d in doc_ids],
        )

    def reuse(self, doc_id: str | None = None) -> list[ReuseRecord]:
        sql = (
            "SELECT id, kind, a_doc, a_start, a_end, b_doc, b_start, b_end, score, boilerplate,"
            " stage, cluster FROM reuse"
        )
        args: tuple[str, ...] = ()
        if doc_id:
            sql += " WHERE a_doc=? OR b_doc=?"
            args = (doc_id, doc_id)
        rows = self.db.execute(sql + " ORDER BY id", args)
        return [
            ReuseRecord(r[1], Span(r[2], r[3], r[4]), Span(r[5], r[6], r[7]), r[8], bool(r[9]),
                        r[10], r[11], r[0])
            for r in rows
        ]  # fmt: skip

    def put_reuse_clusters(
        self, clusters: list[dict[str, Any]], assignment: dict[int, int]
    ) -> None:
        """Replace all clusters; ``assignment`` maps reuse row id -> cluster id."""
        self.db.execute("DELETE FROM reuse_clusters")
        self.db.execute("UPDATE reuse SET cluster=NULL")
        self.db.executemany(
            "INSERT INTO reuse_clusters (id, boilerplate, docs, members, earliest)"
            " VALUES (?,?,?,?,?)",
            [
                (c["id"], int(c["boilerplate"]), json.dumps(c["docs"]),
                 json.dumps(c["members"]), json.dumps(c["earliest"]))
                for c in clusters
            ],
        )  # fmt: skip
        self.db.executemany(
            "UPDATE reuse SET cluster=? WHERE id=?", [(c, r) for r, c in assignment.items()]
        )

    def reuse_clusters(self) -> list[dict[str, Any]]:
        rows = self.db.execute(
            "SELECT id, boilerplate, docs, members, earliest FROM reuse_clusters ORDER BY id"
        )
        return [
            {"id": r[0], "boilerplate": bool(r[1]), "docs": json.loads(r[2]),
             "members": json.loads(r[3]), "earliest": json.loads(r[4])}
            for r in rows
        ]  # fmt: skip

    # -- structure ------------------------------------------------------
    def put_structure(self, doc_id: str, data: dict[str, Any]) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO structure (doc_id, data) VALUES (?, ?)",
            (doc_id, json.dumps(data, ensure_ascii=False)),
        )

    def get_structure(self, doc_id: str) -> dict[str, Any] | None:
        r = self.db.execute("SELECT data FROM structure WHERE doc_id=?", (doc_id,)).fetchone()
        return json.loads(r[0]) if r else None

    def structures(self) -> Iterator[tuple[str, dict[str, Any]]]:
        for doc_id, data in self.db.execute("SELECT doc_id, data FROM structure ORDER BY doc_id"):
            yield doc_id, json.loads(data)

    # -- entities -------------------------------------------------------
    def replace_entities(
        self, entities: list[dict[str, Any]], mentions: list[dict[str, Any]],
        labels: list[dict[str, Any]],
    ) -> None:  # fmt: skip
        """Replace all computed entities, mentions and labels (decisions are kept apart)."""
        for table in ("entities", "mentions", "labels"):
            self.db.execute(f"DELETE FROM {table}")
        self.db.executemany(
            "INSERT INTO entities (id, name, type, aliases) VALUES (?,?,?,?)",
            [(e["id"], e["name"], e["type"], json.dumps(e["aliases"], ensure_ascii=False))
             for e in entities],
        )  # fmt: skip
        self.db.executemany(
            'INSERT INTO mentions (doc_id, start, "end", text, type, entity_id, source)'
            " VALUES (?,?,?,?,?,?,?)",
            [(m["doc"], m["start"], m["end"], m["text"], m["type"], m["entity_id"], m["source"])
             for m in mentions],
        )  # fmt: skip
        self.db.executemany(
            'INSERT INTO labels (doc_id, start, "end", entity_id, label, voice, attributed_to,'
            " negated, form, outlet) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [(lb["doc"], lb["start"], lb["end"], lb["entity"], lb["label"], lb["voice"],
              lb["attributed_to"], int(lb["negated"]), lb["form"], lb["outlet"])
             for lb in labels],
        )  # fmt: skip

    def entities(self) -> list[dict[str, Any]]:
        counts = dict(
            self.db.execute(
                "SELECT entity_id, count(*) FROM mentions WHERE entity_id IS NOT NULL"
                " GROUP BY entity_id"
            ).fetchall()
        )
        docs = dict(
            self.db.execute(
                "SELECT entity_id, count(DISTINCT doc_id) FROM mentions"
                " WHERE entity_id IS NOT NULL GROUP BY entity_id"
            ).fetchall()
        )
        rows = self.db.execute("SELECT id, name, type, aliases FROM entities")
        out = [
            {"id": r[0], "name": r[1], "type": r[2], "aliases": json.loads(r[3]),
             "mention_count": counts.get(r[0], 0), "document_count": docs.get(r[0], 0)}
            for r in rows
        ]  # fmt: skip
        out.sort(key=lambda e: (-e["mention_count"], e["name"]))
        return out

    def mentions(self, entity_id: str | None = None) -> list[dict[str, Any]]:
        sql = 'SELECT doc_id, start, "end", text, type, entity_id, source FROM mentions'
        args: tuple[str, ...] = ()
        if entity_id is not None:
            sql += " WHERE entity_id=?"
            args = (entity_id,)
        keys = ("doc", "start", "end", "text", "type", "entity_id", "source")
        return [
            dict(zip(keys, r, strict=True)) for r in self.db.execute(sql + " ORDER BY 1, 2", args)
        ]

    def labels(self, entity_id: str | None = None) -> list[dict[str, Any]]:
        sql = (
            'SELECT doc_id, start, "end", entity_id, label, voice, attributed_to, negated, form,'
            " outlet FROM labels"
        )
        args: tuple[str, ...] = ()
        if entity_id is not None:
            sql += " WHERE entity_id=?"
            args = (entity_id,)
        keys = ("doc", "start", "end", "entity", "label", "voice", "attributed_to", "negated",
                "form", "outlet")  # fmt: skip
        rows = self.db.execute(sql + " ORDER BY 1, 2", args)
        return [{**dict(zip(keys, r, strict=True)), "negated": bool(r[7])} for r in rows]

    # -- claims, clusters, events ---------------------------------------
    def replace_records(self, kind: str, rows: list[dict[str, Any]]) -> None:
        """Replace every record of ``kind`` (each row needs ``id``; ``doc`` if it has one)."""
        self.db.execute("DELETE FROM records WHERE kind=?", (kind,))
        self.db.executemany(
            "INSERT INTO records (kind, id, doc_id, data) VALUES (?,?,?,?)",
            [(kind, str(r["id"]), r.get("doc"), json.dumps(r, ensure_ascii=False)) for r in rows],
        )

    def records(self, kind: str, doc_id: str | None = None) -> list[dict[str, Any]]:
        sql, args = "SELECT data FROM records WHERE kind=?", (kind,)
        if doc_id is not None:
            sql, args = sql + " AND doc_id=?", (kind, doc_id)
        return [json.loads(r[0]) for r in self.db.execute(sql + " ORDER BY rowid", args)]

    def record(self, kind: str, record_id: str) -> dict[str, Any] | None:
        r = self.db.execute(
            "SELECT data FROM records WHERE kind=? AND id=?", (kind, record_id)
        ).fetchone()
        return json.loads(r[0]) if r else None

    # -- user decisions -------------------------------------------------
    def add_decision(self, scope: str, data: dict[str, Any]) -> int:
        cur = self.db.execute(
            "INSERT INTO decisions (scope, data, at) VALUES (?,?,?)",
            (scope, json.dumps(data, ensure_ascii=False), _now()),
        )
        return int(cur.lastrowid or 0)

    def decisions(self, scope: str) -> list[dict[str, Any]]:
        rows = self.db.execute(
            "SELECT id, data, at FROM decisions WHERE scope=? ORDER BY id", (scope,)
        )
        return [{"id": r[0], **json.loads(r[1]), "at": r[2]} for r in rows]

    def delete_decision(self, decision_id: int) -> bool:
        cur = self.db.execute("DELETE FROM decisions WHERE id=?", (decision_id,))
        return cur.rowcount > 0

    # -- vectors --------------------------------------------------------
    def get_vectors(self, keys: list[str]) -> dict[str, bytes]:
        out: dict[str, bytes] = {}
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for k, v in self.db.execute(
                f"SELECT key, vec FROM vectors WHERE key IN ({marks})", chunk
            ):
                out[k] = v
        return out

    def put_vectors(self, model: str, items: dict[str, bytes]) -> None:
        self.db.executemany(
            "INSERT OR REPLACE INTO vectors (key, model, vec) VALUES (?,?,?)",
            [(k, model, v) for k, v in items.items()],
        )


def open_store(path: str) -> SQLiteStore:
    """Open the store named by ``--db``; PostgreSQL URLs will be dispatched here later."""
    if path.startswith(("postgres://", "postgresql://")):
        raise StoreError("PostgreSQL support is not built yet; use a SQLite file path")
    return SQLiteStore(path)
