"""Schema migrations, applied in order; ``user_version`` records how far a database got.

Never edit a released migration: append a new one. Each runs in one transaction.
"""

MIGRATIONS: list[str] = [
    # 1: documents, their sources, segments, failures, file cache, stage bookkeeping, FTS
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE documents (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL,
        external_id TEXT,
        title TEXT,
        outlet TEXT,
        author TEXT,
        published TEXT,
        published_granularity TEXT,
        language TEXT,
        fmt TEXT NOT NULL,
        meta TEXT NOT NULL DEFAULT '{}',
        text TEXT NOT NULL,
        words INTEGER NOT NULL,
        ingested_at TEXT NOT NULL
    );
    CREATE TABLE doc_sources (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        source TEXT NOT NULL,
        PRIMARY KEY (doc_id, source)
    );
    CREATE TABLE segments (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        idx INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        lang TEXT,
        parent INTEGER,
        PRIMARY KEY (doc_id, kind, idx)
    );
    CREATE TABLE failures (source TEXT PRIMARY KEY, reason TEXT NOT NULL, at TEXT NOT NULL);
    CREATE TABLE files (
        sha TEXT PRIMARY KEY, source TEXT NOT NULL, doc_ids TEXT NOT NULL, at TEXT NOT NULL
    );
    CREATE TABLE stage_runs (
        stage TEXT NOT NULL, key TEXT NOT NULL, doc_id TEXT NOT NULL,
        PRIMARY KEY (stage, doc_id)
    );
    CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, text, content='documents', content_rowid='rowid',
        tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
    END;
    CREATE TRIGGER documents_au AFTER UPDATE OF title, text ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    """,
    # 2: reuse passages (copies, near-copies, paraphrases, translations) and their clusters;
    # cached sentence vectors so a sentence is embedded once per model
    """
    CREATE TABLE reuse (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        a_doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        a_start INTEGER NOT NULL,
        a_end INTEGER NOT NULL,
        b_doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        b_start INTEGER NOT NULL,
        b_end INTEGER NOT NULL,
        score REAL NOT NULL,
        boilerplate INTEGER NOT NULL DEFAULT 0,
        stage TEXT NOT NULL,
        cluster INTEGER
    );
    CREATE INDEX reuse_a ON reuse(a_doc);
    CREATE INDEX reuse_b ON reuse(b_doc);
    CREATE INDEX reuse_stage ON reuse(stage);
    CREATE TABLE reuse_clusters (
        id INTEGER PRIMARY KEY,
        boilerplate INTEGER NOT NULL,
        docs TEXT NOT NULL,
        members TEXT NOT NULL,
        earliest TEXT NOT NULL
    );
    CREATE TABLE vectors (
        key TEXT PRIMARY KEY,
        model TEXT NOT NULL,
        vec BLOB NOT NULL
    );
    """,
    # 3: page structure: embedded articles and furniture of each document, as JSON (the
    # reader needs them whole, per document)
    """
    CREATE TABLE structure (
        doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        data TEXT NOT NULL
    );
    """,
    # 4: entities with their mentions and labels; user decisions (entity curation, claim
    # grouping) kept apart from computed results so they survive every re-analysis
    """
    CREATE TABLE entities (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        aliases TEXT NOT NULL
    );
    CREATE TABLE mentions (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        type TEXT NOT NULL,
        entity_id TEXT,
        source TEXT NOT NULL
    );
    CREATE INDEX mentions_entity ON mentions(entity_id);
    CREATE INDEX mentions_doc ON mentions(doc_id);
    CREATE TABLE labels (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        entity_id TEXT NOT NULL,
        label TEXT NOT NULL,
        voice TEXT NOT NULL,
        attributed_to TEXT,
        negated INTEGER NOT NULL,
        form TEXT NOT NULL,
        outlet TEXT
    );
    CREATE INDEX labels_entity ON labels(entity_id);
    CREATE TABLE decisions (
        id INTEGER PRIMARY KEY,
        scope TEXT NOT NULL,
        data TEXT NOT NULL,
        at TEXT NOT NULL
    );
    """,
    # 5: claims, their clusters and the timeline's events, as JSON records by kind
    """
    CREATE TABLE records (
        kind TEXT NOT NULL,
        id TEXT NOT NULL,
        doc_id TEXT,
        data TEXT NOT NULL,
        PRIMARY KEY (kind, id)
    );
    CREATE INDEX records_doc ON records(kind, doc_id);
    """,
]
