"""The structure stage over the store: the demo aggregator split into its articles, shown by
`claimmap show`, listed by `claimmap outlets`, exported, and asked about by later stages."""

from __future__ import annotations

import json

from click.testing import CliRunner

from claimmap.analyze.structure.stage import article_for
from claimmap.cli.main import cli
from claimmap.model import Span
from claimmap.store.sqlite import SQLiteStore


def docs_by_file(db: str) -> dict[str, dict]:
    rows = json.loads(CliRunner().invoke(cli, ["docs", "--db", db, "--json"]).output)
    return {r["id"]: r for r in rows}


def shown(db: str, ref: str) -> dict:
    return json.loads(CliRunner().invoke(cli, ["show", ref, "--db", db, "--json"]).output)


def test_aggregator_splits_into_its_reposted_articles(demo_db):
    page = shown(demo_db, "08_open_gate_network_aggregator.txt")
    arts = page["structure"]["articles"]
    got = [(a["role"], a["author"], a["outlet"], a["published"], a["reposted_by"]) for a in arts]
    assert got == [
        ("repost", "Elena Varga", "Radio Sentinel", "2022-03-15", "Open Gate Network"),
        ("repost", "Dragan Ost", "Veloria Herald", "2022-03-13", "Open Gate Network"),
    ]
    # the page's own outlet is filled in as best known (it has no sidecar)
    assert page["outlet"] == "Open Gate Network"
    kinds = {f["kind"] for f in page["structure"]["furniture"]}
    assert {"headline", "teaser", "byline"} <= kinds
    out = CliRunner().invoke(cli, ["show", page["id"], "--db", demo_db]).output
    assert "2 article(s) on this page" in out and "furniture: teaser" in out


def test_plain_article_is_one_article_and_nothing_invented(demo_db):
    page = shown(demo_db, "05_mavrik_daily_membership.txt")
    (art,) = page["structure"]["articles"]
    assert art["role"] == "main" and art["reposted_by"] is None
    assert art["outlet"] == "Mavrik Daily"


def test_article_for_answers_whose_text_a_span_is(demo_db):
    page = shown(demo_db, "08_open_gate_network_aggregator.txt")
    text = page["text"]
    at = text.index("Serentian police stormed the Corvan sect")
    with SQLiteStore(demo_db) as store:
        art = article_for(store, Span(page["id"], at, at + 10))
        assert art is not None and art["outlet"] == "Veloria Herald"
        intro = text.index("The following report by Radio Sentinel")
        own = article_for(store, Span(page["id"], intro, intro + 5))
        assert own is not None and own["outlet"] == "Open Gate Network"


def test_translation_page_marks_its_original(demo_db):
    page = shown(demo_db, "10_open_gate_network_italian_translation.html")
    roles = [(a["role"], a["language"]) for a in page["structure"]["articles"]]
    assert ("translation", "en") in roles and ("original", "it") in roles


def test_outlets_command_and_export(demo_db, tmp_path):
    rows = json.loads(CliRunner().invoke(cli, ["outlets", "--db", demo_db, "--json"]).output)
    by = {r["outlet"]: r for r in rows}
    assert "Open Gate Network" in by["Radio Sentinel"]["reposted_by"]
    assert len(by["Veloria Herald"]["documents"]) == 3
    out = tmp_path / "x.json"
    CliRunner().invoke(cli, ["export", "--db", demo_db, "-o", str(out)])
    data = json.loads(out.read_text(encoding="utf-8"))
    reposts = [a for a in data["articles"] if a["reposted_by"] == "Open Gate Network"]
    assert {a["outlet"] for a in reposts} >= {"Radio Sentinel", "Veloria Herald"}
