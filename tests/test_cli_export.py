"""The CLI as a user drives it, and the export contract validated against the shipped schema."""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from claimmap.cli.main import cli

SCHEMA = json.loads((files("claimmap.export") / "schema" / "export.schema.json").read_text())


@pytest.fixture
def db(tmp_path, articles) -> str:
    path = str(tmp_path / "cli.db")
    r = CliRunner().invoke(cli, ["ingest", "--db", path, str(articles)])
    assert r.exit_code == 0, r.output
    return path


def run(*args: str) -> str:
    r = CliRunner().invoke(cli, list(args))
    assert r.exit_code == 0, r.output
    return r.output


def test_docs_table_and_json(db):
    out = run("docs", "--db", db)
    rows = json.loads(run("docs", "--db", db, "--json"))
    assert "6 document(s)" in out and all(r["id"] in out for r in rows)
    assert {r["language"] for r in rows} == {"en", "it"}
    assert all(set(r) >= {"id", "title", "outlet", "published", "language", "words"} for r in rows)


def test_show_by_prefix_external_id_and_path(db):
    rows = json.loads(run("docs", "--db", db, "--json"))
    it = next(r for r in rows if r["language"] == "it")
    out = run("show", it["id"][:6], "--db", db)
    assert "Incendio nel magazzino" in out and " it" in out
    shown = json.loads(run("show", "wire-002", "--db", db, "--json"))
    assert shown["title"] == "Grain prices climb"
    assert json.loads(run("show", "porto_incendio.txt", "--db", db, "--json"))["id"] == it["id"]
    assert json.loads(run("show", "porto", "--db", db, "--json"))["id"] == it["id"]  # name prefix
    r = CliRunner().invoke(cli, ["show", "nope", "--db", db])
    assert r.exit_code != 0 and "no document matches" in r.output


def test_search(db):
    hits = json.loads(run("search", "warehouse", "--db", db, "--json"))
    assert hits and all("warehouse" in (h["snippet"] + h["title"]).lower() for h in hits)
    assert "0 hit(s)" in run("search", "zzzz-not-there", "--db", db)


def test_analyze_lists_every_stage():
    out = run("analyze", "--list")
    for stage in ("segments", "structure", "reuse", "xling", "entities", "claims"):
        assert stage in out


def test_analyze_is_incremental(db):
    assert "segments: up to date" in run("analyze", "--db", db)
    assert "segments: 6 document(s)" in run("analyze", "--db", db, "--force")
    # a change of language settings re-runs segmentation
    assert "segments: 6 document(s)" in run("--languages", "en,it", "analyze", "--db", db)
    r = CliRunner().invoke(cli, ["analyze", "--db", db, "--only", "nosuch"])
    assert r.exit_code != 0 and "unknown stage" in r.output


def test_export_json_validates_against_schema(db, tmp_path):
    out = tmp_path / "export.json"
    run("export", "--db", db, "--format", "json", "-o", str(out))
    data = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(data, SCHEMA)
    assert len(data["documents"]) == 6
    for d in data["documents"]:
        assert Path(d["source"].split("#")[0]).exists()
        for s in d["segments"]:
            assert d["text"][s["start"] : s["end"]].strip()
    wire = next(d for d in data["documents"] if d["external_id"] == "wire-001")
    assert wire["published"] == "2021-03-12"


def test_schema_rejects_a_broken_export(db, tmp_path):
    out = tmp_path / "export.json"
    run("export", "--db", db, "-o", str(out))
    data = json.loads(out.read_text(encoding="utf-8"))
    del data["documents"][0]["source"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA)


def test_export_jsonl(db):
    lines = [json.loads(x) for x in run("export", "--db", db, "--format", "jsonl").splitlines()]
    assert lines[0]["type"] == "header"
    assert sum(1 for x in lines if x["type"] == "document") == 6


def test_every_command_has_help():
    for name, cmd in cli.commands.items():
        out = run(name, "--help")
        assert "--db" in out or name == "demo", name
        assert cmd.help, name


def test_unknown_stage_setting_is_one_clear_error(db, tmp_path):
    cfg = tmp_path / "claimmap.toml"
    cfg.write_text("[reuse]\nngrams = 5\n", encoding="utf-8")
    r = CliRunner().invoke(
        cli, ["--config", str(cfg), "analyze", "--db", db, "--only", "reuse", "--force"]
    )
    assert r.exit_code != 0 and "unknown [reuse] settings: ngrams" in r.output
