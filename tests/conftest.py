"""Shared fixtures: a fresh store, the article fixtures, and builders for hostile files."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import pytest

from claimmap.config import Settings
from claimmap.store.sqlite import SQLiteStore

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLES = FIXTURES / "articles"


@pytest.fixture
def store(tmp_path: Path):
    s = SQLiteStore(str(tmp_path / "test.db"))
    yield s
    s.close()


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> str:
    """The demo corpus ingested and analysed once for every test that only reads it."""
    from click.testing import CliRunner

    from claimmap.cli.main import cli

    db = str(tmp_path_factory.mktemp("demo") / "demo.db")
    r = CliRunner().invoke(cli, ["demo", "--db", db])
    assert r.exit_code == 0, r.output
    return db


@pytest.fixture
def settings() -> Settings:
    return Settings()


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    """A private copy of the article fixtures (tests may add files beside them)."""
    dst = tmp_path / "articles"
    shutil.copytree(ARTICLES, dst)
    return dst


def make_pdf(path: Path, title: str, paragraphs: list[str]) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle(title)
    c.setAuthor("Fixture Author")
    y = 800
    for para in [title, *paragraphs]:
        c.drawString(50, y, para)
        y -= 30
    c.save()
    return path


def make_warc(path: Path, pages: dict[str, str]) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=path.name.endswith(".gz"))
        for uri, html in pages.items():
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0"
            )
            rec = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(html.encode("utf-8")), http_headers=headers
            )
            writer.write_record(rec)
    return path


def make_zip(
    path: Path, members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED
) -> Path:
    with zipfile.ZipFile(path, "w", compression=compression) as zf:
        for name, data in members.items():
            zf.writestr(zipfile.ZipInfo(name), data, compress_type=compression)
    return path


def html_page(title: str, body: str, site: str = "Test Site", date: str = "2021-04-01") -> str:
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title>"
        f"<meta property='og:site_name' content='{site}'>"
        f"<meta property='article:published_time' content='{date}'></head>"
        f"<body><article><h1>{title}</h1>{paras}</article></body></html>"
    )


LONG_PARAGRAPHS = [
    "The regional water board said on Thursday that the reservoir above Kell Valley had "
    "fallen to its lowest level in eleven years, and that rationing may follow in summer.",
    "Farmers in the valley told the board that about 300 wells had run dry since January, "
    "while the board's own survey counted fewer than two hundred.",
]
