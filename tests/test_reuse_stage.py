"""The reuse stage over the store: incremental, exported, and right on the demo corpus."""

from __future__ import annotations

import json

from click.testing import CliRunner

from claimmap.analyze.registry import mark_ingested, plan, run_plan
from claimmap.cli.main import cli
from claimmap.ingest.pipeline import ingest_paths

STORY = (
    "Councillors in Northport voted on Tuesday to close the old ferry terminal after "
    "inspectors found cracks in its main pier, a decision that angered the fishing "
    "cooperative and left forty families without a clear route to the island market. "
    "The harbour master, Ines Calloway, said repairs would cost at least four million "
    "and take two years, while the cooperative's chair called the vote a betrayal."
)
OTHER = (
    "A storm knocked out power to most of Gull Island on Sunday night, and the utility "
    "said crews from the mainland would need three days to restore every line. Shops "
    "closed early and the island school moved lessons online until further notice."
)


def analyse(store, settings, only=None):
    return run_plan(store, settings, plan(store, settings, only))


def test_repost_found_and_incremental(store, settings, tmp_path):
    (tmp_path / "orig.txt").write_text("Terminal closes\n\n" + STORY + "\n\n" + OTHER, "utf-8")
    (tmp_path / "other.txt").write_text("Storm\n\n" + OTHER[::-1], "utf-8")
    s = ingest_paths([str(tmp_path)], store, settings)
    mark_ingested(store, settings, s.stored)
    assert analyse(store, settings, ["reuse"])["reuse"] == 2
    assert store.reuse() == []  # nothing shared yet
    repost = tmp_path / "more"
    repost.mkdir()
    (repost / "repost.txt").write_text(
        "Also read\n\nFrom the Northport Gazette: " + STORY + "\n\n(End)", "utf-8"
    )
    s = ingest_paths([str(repost)], store, settings)
    mark_ingested(store, settings, s.stored)
    counts = analyse(store, settings, ["reuse"])
    assert counts["reuse"] == 1  # only the new document was aligned
    (rec,) = store.reuse()
    docs = {d.id: d for d in store.iter_documents(with_segments=False)}
    assert rec.kind == "copy" and rec.cluster is not None
    for span in (rec.a, rec.b):
        text = docs[span.doc].text[span.start : span.end]
        assert text.startswith("Councillors in Northport") and text.endswith("a betrayal.")
    (cluster,) = store.reuse_clusters()
    assert set(cluster["docs"]) == {rec.a.doc, rec.b.doc}
    assert cluster["earliest"]["basis"] == "unknown"  # no dates given: said, not guessed
    assert analyse(store, settings, ["reuse"])["reuse"] == 0  # up to date


def test_demo_reposts_found_against_their_originals(demo_db):
    runner = CliRunner()
    docs = {
        d["title"]: d
        for d in json.loads(runner.invoke(cli, ["docs", "--db", demo_db, "--json"]).output)
    }
    agg = next(d for t, d in docs.items() if t.startswith("Police Raid Exposes Corvan Cult"))
    rs = docs["Serentia raid puts spotlight on exiled Velorian movement"]
    vh = docs["Police storm Corvan sect compound, seize computers"]
    out = runner.invoke(cli, ["reuse", agg["id"], "--db", demo_db, "--json"])
    rows = json.loads(out.output)
    twins = {r["twin"]["doc"]: r for r in rows}
    # both reposted articles are found, nearly whole
    assert twins[rs["id"]]["twin"]["end"] - twins[rs["id"]]["twin"]["start"] > 0.9 * len(
        json.loads(runner.invoke(cli, ["show", rs["id"], "--db", demo_db, "--json"]).output)["text"]
    )
    assert vh["id"] in twins
    # the teaser on top reappears in full further down the same page
    assert any(r["twin"]["doc"] == agg["id"] for r in rows)
    clusters = json.loads(runner.invoke(cli, ["reuse", "--db", demo_db, "--json"]).output)
    with_rs = next(c for c in clusters if rs["id"] in c["docs"])
    # the repost page is never the earliest appearance of what it reposts
    assert with_rs["earliest"]["basis"] == "date" and with_rs["earliest"]["doc"] != agg["id"]
    assert with_rs["earliest"]["published"] <= rs["published"]
