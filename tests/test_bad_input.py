"""Hostile and broken input: each gets one clear reason naming the file, nothing stored is hurt."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimmap.cli.main import cli
from claimmap.ingest.pipeline import ingest_paths
from tests.conftest import LONG_PARAGRAPHS, make_pdf, make_zip


def hostile_set(root: Path) -> dict[str, str]:
    """Write one file per kind of bad input; returns file name -> expected reason fragment."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "binary.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4)
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.md").write_bytes(b"   \n\n\t\n")
    (root / "latin1.txt").write_bytes("Caf\xe9 au lait, na\xefve r\xe9sum\xe9\n".encode("latin-1"))
    (root / "cut.txt").write_bytes("Title\n\nEnds inside Durrë".encode()[:-1])
    pdf = make_pdf(root / "tmp.pdf", "Truncated", LONG_PARAGRAPHS).read_bytes()
    (root / "tmp.pdf").unlink()
    (root / "truncated.pdf").write_bytes(pdf[: len(pdf) // 3])
    (root / "fake.pdf").write_bytes(b"<html>not a pdf</html>")
    (root / "truncated.zip").write_bytes(
        make_zip(root / "t.zip", {"a.txt": b"Title\n\n" + b"text " * 2000}).read_bytes()[:80]
    )
    (root / "t.zip").unlink()
    make_zip(
        root / "traversal.zip",
        {"../../etc/evil.txt": b"Evil\n\npwned", "/abs/evil.txt": b"Abs\n\npwned"},
    )
    # 60 MB of zeros deflates to ~60 KB: a bomb by ratio and by size
    with zipfile.ZipFile(root / "bomb.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("bomb.txt", b"0" * (60 * 1024 * 1024))
    (root / "bad.jsonl").write_text(
        json.dumps({"id": "ok-1", "text": "A fine line of text about the harbour."})
        + '\n{"id": "cut", "text": "trunc\n'
        + json.dumps({"id": "no-text"})
        + "\n",
        encoding="utf-8",
    )
    (root / "notes.docx").write_bytes(b"PK\x03\x04 not really")
    (root / "nohtml.html").write_text("just words, no markup at all", encoding="utf-8")
    return {
        "binary.txt": "binary",
        "empty.txt": "empty",
        "blank.md": "empty",
        "latin1.txt": "not valid UTF-8",
        "cut.txt": "truncated",
        "truncated.pdf": "PDF",
        "fake.pdf": "not a PDF",
        "truncated.zip": "zip",
        "traversal.zip!../../etc/evil.txt": "path traversal",
        "traversal.zip!/abs/evil.txt": "absolute path",
        "bomb.zip!bomb.txt": "decompression bomb",
        "bad.jsonl#L2": "invalid JSON",
        "bad.jsonl#L3": "no 'text'",
        "nohtml.html": "not HTML",
    }


def test_each_bad_file_gets_a_clear_reason(store, settings, tmp_path):
    expected = hostile_set(tmp_path / "bad")
    settings.max_unpacked_bytes = 100 * 1024 * 1024
    summary = ingest_paths([str(tmp_path / "bad")], store, settings)
    reasons = {Path(f.source).name if "!" not in f.source else f.source.split("bad/")[-1]: f.reason
               for f in summary.failed}  # fmt: skip
    for name, fragment in expected.items():
        assert name in reasons, (name, reasons)
        assert fragment.lower() in reasons[name].lower(), (name, reasons[name])
        assert "\n" not in reasons[name]
    # the good line of the jsonl survives its bad neighbours
    assert [d.external_id for d in store.iter_documents()] == ["ok-1"]
    assert {Path(f.source.split("!")[0].split("#")[0]).name for f in store.failures()} >= {
        "binary.txt",
        "latin1.txt",
        "bomb.zip",
        "bad.jsonl",
    }
    assert summary.skipped == 1  # notes.docx met while walking the folder


def test_encoding_override_reads_legacy_text(store, settings, tmp_path):
    (tmp_path / "latin1.txt").write_bytes(
        "Caf\xe9 story\n\nna\xefve r\xe9sum\xe9".encode("latin-1")
    )
    settings.encoding = "cp1252"
    summary = ingest_paths([str(tmp_path)], store, settings)
    assert not summary.failed
    assert next(store.iter_documents()).title == "Café story"


def test_html_declared_charset_is_honoured(store, settings, tmp_path):
    html = (
        "<html><head><meta charset='windows-1252'><title>Caf\xe9</title></head><body><article>"
        + "".join(f"<p>{p} Caf\xe9.</p>" for p in LONG_PARAGRAPHS)
        + "</article></body></html>"
    )
    (tmp_path / "legacy.html").write_bytes(html.encode("cp1252"))
    summary = ingest_paths([str(tmp_path)], store, settings)
    assert not summary.failed
    assert "Café." in next(store.iter_documents()).text


def test_oversized_file_is_refused_before_reading(store, settings, tmp_path):
    settings.max_bytes = 1000
    (tmp_path / "big.txt").write_text("Big\n\n" + "word " * 1000, encoding="utf-8")
    summary = ingest_paths([str(tmp_path)], store, settings)
    assert "too large" in summary.failed[0].reason


def test_malicious_html_is_stored_as_plain_text(store, settings, tmp_path):
    page = (
        "<html><head><title>Hello<script>alert(1)</script></title></head><body><article>"
        "<h1>Hello</h1><p>" + LONG_PARAGRAPHS[0] + "</p><p>" + LONG_PARAGRAPHS[1] + "</p>"
        "<img src=x onerror='alert(2)'><iframe src='javascript:alert(3)'></iframe>"
        "<svg onload='alert(4)'></svg></article></body></html>"
    )
    (tmp_path / "evil.html").write_text(page, encoding="utf-8")
    ingest_paths([str(tmp_path)], store, settings)
    doc = next(store.iter_documents())
    for bad in ("<script", "onerror", "javascript:", "onload", "<iframe"):
        assert bad not in doc.text


def test_bad_input_never_damages_what_is_stored(store, settings, articles, tmp_path):
    ingest_paths([str(articles)], store, settings)
    before = {d.id: d.text for d in store.iter_documents()}
    hostile_set(tmp_path / "bad")
    settings.max_unpacked_bytes = 100 * 1024 * 1024
    ingest_paths([str(tmp_path / "bad")], store, settings)
    after = {d.id: d.text for d in store.iter_documents()}
    assert {k: after[k] for k in before} == before
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_exit_status_nonzero_only_when_nothing_ingested(tmp_path):
    runner = CliRunner()
    db = str(tmp_path / "x.db")
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    r = runner.invoke(cli, ["ingest", "--db", db, str(tmp_path / "bad")])
    assert r.exit_code == 1
    assert "binary.txt" in r.output and "binary content" in r.output
    (tmp_path / "bad" / "good.txt").write_text("Good\n\n" + LONG_PARAGRAPHS[0], "utf-8")
    r = runner.invoke(cli, ["ingest", "--db", db, str(tmp_path / "bad")])
    assert r.exit_code == 0, r.output
    assert "stored 1" in r.output and "failed 1" in r.output
    r = runner.invoke(cli, ["failures", "--db", db, "--json"])
    assert [Path(f["source"]).name for f in json.loads(r.output)] == ["binary.txt"]
    r = runner.invoke(cli, ["ingest", "--db", db, str(tmp_path / "missing")])
    assert r.exit_code == 1 and "no such file" in r.output


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_killed_run_loses_nothing_and_resumes(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    n = 150
    for i in range(n):
        body = f"Report number {i}\n\n" + "\n\n".join(
            f"{p} Paragraph {j} of report {i}." for j, p in enumerate(LONG_PARAGRAPHS * 6)
        )
        (corpus / f"r{i:03d}.txt").write_text(body, encoding="utf-8")
    db = tmp_path / "k.db"
    cmd = [
        sys.executable,
        "-m",
        "claimmap.cli.main",
        "ingest",
        "--no-analyze",
        "--db",
        str(db),
        str(corpus),
    ]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seen = 0
    deadline = time.time() + 60
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.02)
        if db.exists():
            try:
                with sqlite3.connect(db, timeout=0.1) as c:
                    seen = c.execute("SELECT count(*) FROM documents").fetchone()[0]
            except sqlite3.Error:
                continue
            if seen >= 10:
                break
    children = _children(proc.pid)
    assert children, "150 files should be parsed by a worker pool"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert 10 <= seen < n, "the run finished before it could be killed; enlarge the corpus"
    # parser workers notice their parent is gone and leave
    deadline = time.time() + 10
    while time.time() < deadline and any(Path(f"/proc/{c}").exists() for c in children):
        time.sleep(0.1)
    assert not [c for c in children if _alive(c)], "worker processes outlived the killed run"
    with sqlite3.connect(db) as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        kept = dict(c.execute("SELECT id, ingested_at FROM documents"))
        # every committed document has all its segments: no half-stored document
        half = c.execute(
            "SELECT count(*) FROM documents d WHERE NOT EXISTS "
            "(SELECT 1 FROM segments s WHERE s.doc_id = d.id)"
        ).fetchone()[0]
    assert len(kept) >= seen and half == 0
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(db) as c:
        final = dict(c.execute("SELECT id, ingested_at FROM documents"))
    assert len(final) == n
    assert {k: final[k] for k in kept} == kept  # what was committed before the kill is untouched


def _children(pid: int) -> list[int]:
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"
