"""`claimmap demo` as a new user runs it, checked against the demo corpus's manifest."""

from __future__ import annotations

import json

from click.testing import CliRunner

from claimmap.cli.main import cli


def test_demo_ingests_the_corpus_and_says_what_next(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    r = runner.invoke(cli, ["demo"])
    assert r.exit_code == 0, r.output
    assert "stored 15" in r.output and "failed 0" in r.output and "claimmap docs" in r.output
    docs = {d["title"]: d for d in json.loads(runner.invoke(cli, ["docs", "--json"]).output)}
    assert len(docs) == 15
    assert sum(d["language"] == "it" for d in docs.values()) == 1
    assert sum(d["language"] == "fr" for d in docs.values()) == 1
    # files without a sidecar: metadata read from their own bylines (EXPECTED.md §2)
    av = docs["Velgrad's hand behind the Mavrik raid, Resistance says"]
    assert (av["outlet"], av["author"], av["published"]) == (
        "Azure Voice",
        "Jonah Keel",
        "2022-03-17",
    )
    tr = next(d for t, d in docs.items() if t.startswith("In Mavrik, the Azure Front denounces"))
    assert (tr["outlet"], tr["published"]) == ("Azure Voice", "2022-05-04")
    agg = next(d for t, d in docs.items() if t.startswith("Police Raid Exposes Corvan Cult"))
    assert agg["published"] == "2022-03-16" and agg["outlet"] != "Radio Sentinel"
    # running it again starts fresh and gives the same documents (analyses reuse the cache)
    r = runner.invoke(cli, ["demo"])
    assert "stored 15" in r.output
    assert len(json.loads(runner.invoke(cli, ["docs", "--json"]).output)) == 15


def test_bilingual_page_keeps_its_italian_paragraphs_italian(demo_db):
    runner = CliRunner()
    docs = json.loads(runner.invoke(cli, ["docs", "--db", demo_db, "--json"]).output)
    page = next(
        d for d in docs if d["title"].startswith("The Azure Front in Mavrik, an armed sect")
    )
    shown = json.loads(runner.invoke(cli, ["show", page["id"], "--db", demo_db, "--json"]).output)
    langs = [s["lang"] for s in shown["segments"] if s["kind"] == "paragraph"]
    assert langs.count("it") >= 3 and langs.count("en") >= 3


def test_demo_export_validates_with_every_section(demo_db, tmp_path):
    from importlib.resources import files

    import jsonschema

    schema = json.loads((files("claimmap.export") / "schema" / "export.schema.json").read_text())
    out = tmp_path / "demo.json"
    assert CliRunner().invoke(cli, ["export", "--db", demo_db, "-o", str(out)]).exit_code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    for section in (
        "documents",
        "articles",
        "reuse",
        "entities",
        "labels",
        "claims",
        "clusters",
        "events",
    ):
        assert data[section], section
    texts = {d["id"]: d["text"] for d in data["documents"]}
    for rec in data["labels"] + data["claims"] + data["articles"]:
        assert 0 <= rec["start"] <= rec["end"] <= len(texts[rec["doc"]])
