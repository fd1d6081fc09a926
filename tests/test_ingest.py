"""Every input format end to end, metadata precedence, and idempotent, incremental re-ingest."""

from __future__ import annotations

import json
from pathlib import Path

from claimmap.ingest.pipeline import ingest_paths
from tests.conftest import LONG_PARAGRAPHS, html_page, make_pdf, make_warc, make_zip


def by_title(store, title: str):
    docs = [d for d in store.iter_documents() if d.title == title]
    assert len(docs) == 1, [d.title for d in store.iter_documents()]
    return docs[0]


def test_fixture_folder_all_formats(store, settings, articles):
    summary = ingest_paths([str(articles)], store, settings)
    assert not summary.failed
    assert store.count_documents() == 6  # 4 files + 2 jsonl lines

    txt = by_title(store, "Fire at the Northport harbour warehouse")
    # sidecar overrides; the dateline's author is inferred from the text
    assert (txt.outlet, txt.published, txt.published_granularity) == (
        "Coastal Ledger",
        "2021-03-03",
        "day",
    )
    assert txt.author == "Lena Ortiz"
    assert txt.meta["topic"] == "fires"  # unknown sidecar fields are kept
    assert txt.fmt == "txt" and txt.language == "en"

    it = by_title(store, "Incendio nel magazzino del porto di Northport")
    assert it.language == "it" and it.published == "2021-03-04" and it.author == "Giulia Ferri"

    md = by_title(store, "Field notes on the harbour story")
    assert md.fmt == "md" and md.author == "Sam Whitlock"

    html = by_title(store, "Council votes to rebuild the harbour warehouse")
    assert html.outlet == "Northport Gazette" and html.author == "Priya Nandakumar"
    assert html.published == "2021-03-10"
    assert "script" not in html.text and "onerror" not in html.text
    assert "Sign up for our newsletter" not in html.text  # page furniture left out

    wire = by_title(store, "Ferry service resumes")
    assert wire.external_id == "wire-001" and wire.outlet == "Harbour Wire"
    assert wire.meta == {"section": "transport", "url": "https://wire.example/a1"}
    assert wire.source.endswith("wire.jsonl#L1")


def test_segments_cover_text_and_offsets_are_exact(store, settings, articles):
    ingest_paths([str(articles)], store, settings)
    for doc in store.iter_documents():
        paras = doc.paragraphs()
        assert paras, doc.title
        for s in doc.segments:
            piece = doc.text[s.start : s.end]
            assert piece and piece == piece.strip()
        for s in doc.sentences():
            p = paras[s.parent]
            assert p.start <= s.start < s.end <= p.end


def test_canonical_text_keeps_characters(store, settings, tmp_path):
    text = "Durrës “quoted” — 2,745\u00a0members\r\nsecond line\r\n"
    (tmp_path / "a.txt").write_bytes(text.encode("utf-8"))
    ingest_paths([str(tmp_path / "a.txt")], store, settings)
    (doc,) = list(store.iter_documents())
    assert doc.text == "Durrës “quoted” — 2,745\u00a0members\nsecond line"


def test_pdf(store, settings, tmp_path):
    make_pdf(tmp_path / "report.pdf", "Reservoir report", LONG_PARAGRAPHS)
    summary = ingest_paths([str(tmp_path)], store, settings)
    assert not summary.failed
    doc = by_title(store, "Reservoir report")
    assert doc.fmt == "pdf" and doc.author == "Fixture Author"
    assert "lowest level in eleven years" in doc.text


def test_warc(store, settings, tmp_path):
    pages = {
        "https://news.example/a": html_page("Reservoir falls", "\n\n".join(LONG_PARAGRAPHS)),
        "https://news.example/b": html_page(
            "Wells run dry", LONG_PARAGRAPHS[1] + "\n\n" + LONG_PARAGRAPHS[0][::-1]
        ),
    }
    make_warc(tmp_path / "crawl.warc.gz", pages)
    summary = ingest_paths([str(tmp_path / "crawl.warc.gz")], store, settings)
    assert not summary.failed, summary.failed
    doc = by_title(store, "Reservoir falls")
    assert doc.source.endswith("crawl.warc.gz#https://news.example/a")
    assert doc.meta.get("url") == "https://news.example/a"
    assert store.count_documents() == 2


def test_zip_with_sidecar_inside(store, settings, tmp_path):
    make_zip(
        tmp_path / "bundle.zip",
        {
            "dir/one.txt": b"Reservoir at record low\n\n" + LONG_PARAGRAPHS[0].encode(),
            "dir/one.meta.json": json.dumps({"outlet": "Valley Post"}).encode(),
            "dir/two.html": html_page("Wells", LONG_PARAGRAPHS[1]).encode(),
            "dir/picture.png": b"\x89PNG....",
        },
    )
    summary = ingest_paths([str(tmp_path / "bundle.zip")], store, settings)
    assert not summary.failed
    doc = by_title(store, "Reservoir at record low")
    assert doc.outlet == "Valley Post" and doc.source.endswith("bundle.zip!dir/one.txt")
    assert store.count_documents() == 2


def test_globs_and_meta_csv(store, settings, articles, tmp_path):
    csv = tmp_path / "meta.csv"
    csv.write_text(
        "path,outlet,published\nnotes.md,Field Desk,2021-03-20\nwire-002,Wire Override,\n",
        encoding="utf-8",
    )
    summary = ingest_paths(
        [str(articles / "*.md"), str(articles / "*.jsonl")], store, settings, meta_csv=str(csv)
    )
    assert not summary.failed and store.count_documents() == 3
    md = by_title(store, "Field notes on the harbour story")
    assert (md.outlet, md.published) == ("Field Desk", "2021-03-20")
    assert by_title(store, "Grain prices climb").outlet == "Wire Override"


def test_reingest_is_a_noop_and_incremental(store, settings, articles):
    first = ingest_paths([str(articles)], store, settings)
    assert len(first.stored) == 6
    before = {(d.id, d.title) for d in store.iter_documents()}
    stamps = {r.id: r.ingested_at for r in store.list_documents()}

    again = ingest_paths([str(articles)], store, settings)
    assert again.stored == [] and len(set(again.unchanged)) == 6
    assert {(d.id, d.title) for d in store.iter_documents()} == before
    assert {r.id: r.ingested_at for r in store.list_documents()} == stamps

    new = articles / "extra.txt"
    new.write_text("A new article\n\n" + LONG_PARAGRAPHS[0], encoding="utf-8")
    third = ingest_paths([str(articles)], store, settings)
    assert len(third.stored) == 1 and store.count_documents() == 7


def test_same_content_under_two_names_is_one_document(store, settings, tmp_path):
    body = "Same story\n\n" + LONG_PARAGRAPHS[0]
    (tmp_path / "a.txt").write_text(body, encoding="utf-8")
    (tmp_path / "copy-of-a.txt").write_text(body, encoding="utf-8")
    ingest_paths([str(tmp_path)], store, settings)
    assert store.count_documents() == 1
    (doc,) = list(store.iter_documents())
    assert [Path(s).name for s in store.sources_of(doc.id)] == ["a.txt", "copy-of-a.txt"]


def test_fts_search_folds_accents(store, settings, tmp_path):
    (tmp_path / "a.txt").write_text("Camp near Mavrík\n\nThe camp near Mavrík grew.", "utf-8")
    ingest_paths([str(tmp_path)], store, settings)
    assert [h["title"] for h in store.search("mavrik")] == ["Camp near Mavrík"]
    assert store.search('unbalanced "quote') == []


def test_parser_pool_gives_the_same_documents_as_one_process(tmp_path, settings):
    from claimmap.store.sqlite import SQLiteStore

    corpus = tmp_path / "c"
    corpus.mkdir()
    for i in range(70):
        lang_para = (
            "Il consiglio comunale ha votato lunedì per ricostruire il magazzino bruciato."
            if i % 5 == 0
            else LONG_PARAGRAPHS[1]
        )
        (corpus / f"p{i:02d}.html").write_text(
            html_page(f"Story {i}", f"{LONG_PARAGRAPHS[0]} Item {i}.\n\n{lang_para}"), "utf-8"
        )
    got = []
    for workers in (1, 2):
        with SQLiteStore(str(tmp_path / f"w{workers}.db")) as store:
            summary = ingest_paths([str(corpus)], store, settings, workers=workers)
            assert len(summary.stored) == 70 and not summary.failed
            got.append(
                {
                    d.id: (
                        d.title,
                        d.language,
                        [(s.kind, s.start, s.end, s.lang) for s in d.segments],
                    )
                    for d in store.iter_documents()
                }
            )
    assert got[0] == got[1]
