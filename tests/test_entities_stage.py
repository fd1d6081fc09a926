"""The entities stage on the demo corpus: one entity for every name of the movement, labels by
outlet in their voices, and user curation that survives re-analysis (spaCy model: slow)."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from claimmap.cli.main import cli

pytest.importorskip("spacy")
pytestmark = pytest.mark.slow


def run(*args: str) -> str:
    r = CliRunner().invoke(cli, list(args))
    assert r.exit_code == 0, r.output
    return r.output


def test_movement_names_resolve_to_one_entity(demo_db):
    e = json.loads(run("entity", "PAFV", "--db", demo_db, "--json"))
    names = set(e["aliases"])
    # spellings, acronym, the enemies' name, and the Italian and French translations
    assert {
        "People's Azure Front of Veloria",
        "Azure Front",
        "Fronte Azzurro",
        "Front d'Azur",
    } <= names
    assert e["type"] == "ORG"
    assert len({m["doc"] for m in e["mentions"]}) >= 10


def test_labels_apart_by_voice_and_outlet(demo_db):
    rows = json.loads(run("labels", "Azure Front", "--db", demo_db, "--json"))
    by = {r["outlet"]: r for r in rows}
    assert any("terrorist cult" in k for k in by["Veloria Herald"]["own"])
    assert any("freedom fighters" in k for k in by["Azure Voice"]["own"])
    rs = by["Radio Sentinel"]
    assert not any("terrorist" in k for k in rs["own"])  # the neutral outlet only reports it
    assert any("terrorist organization" in k for k in rs["attributed"])


def test_curation_survives_reanalysis(demo_db, tmp_path):
    db = str(tmp_path / "curated.db")
    shutil.copy(demo_db, db)
    before = json.loads(run("entity", "PAFV", "--db", db, "--json"))
    assert "Corvan sect" in before["aliases"]
    run(
        "entity-split",
        "Corvan sect",
        "Corvan cult",
        "--as",
        "Corvan sect (enemies' name)",
        "--db",
        db,
    )
    run("entity-rename", "PAFV", "People's Azure Front", "--db", db)
    run("analyze", "--db", db, "--only", "entities", "--force")  # a full re-analysis
    after = json.loads(run("entity", "PAFV", "--db", db, "--json"))
    assert after["name"] == "People's Azure Front"
    assert "Corvan sect" not in after["aliases"]
    split = json.loads(run("entity", "Corvan sect", "--db", db, "--json"))
    assert split["name"] == "Corvan sect (enemies' name)"
    assert len(json.loads(run("decisions", "--db", db, "--json"))) == 2


def test_name_word_vectors_are_kept_in_the_store(demo_db, tmp_path):
    """A second entities run embeds no name word again: the vectors are in the store."""
    import numpy as np

    from claimmap.analyze.xling.stage import CachedEmbedder
    from claimmap.models import get_embedder
    from claimmap.models.base import vector_key
    from claimmap.store.sqlite import open_store

    db = str(tmp_path / "vectors.db")
    shutil.copy(demo_db, db)
    store = open_store(db)
    calls: list[int] = []

    class Counting:
        name, dim = "hash-64", 64

        def embed(self, texts, kind="passage"):
            calls.append(len(texts))
            return get_embedder("hash:64").embed(texts, kind=kind)

    words = ["fronte", "azzurro", "front", "azure"]
    first = CachedEmbedder(Counting(), store).embed(words, kind="query")
    again = CachedEmbedder(Counting(), open_store(db)).embed(words, kind="query")
    assert calls == [4] and np.allclose(first, again)
    assert store.get_vectors([vector_key("azure", "hash-64", "query")])
