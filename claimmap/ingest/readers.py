"""Format readers: raw bytes of one item to parsed articles (text + whatever metadata it has).

Each reader returns ``ParsedDoc``s and raises :class:`IngestError` with a short reason for
anything it cannot read. A jsonl or WARC file can hold many articles; a bad line or record
is reported on its own (as a ``Failed``) without losing the good ones.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from claimmap.config import Settings
from claimmap.ingest.decode import decode_text, html_declared_charset
from claimmap.ingest.errors import IngestError
from claimmap.ingest.sources import Failed, RawItem

JSONL_FIELDS = ("id", "url", "title", "outlet", "author", "published", "text")


@dataclass(slots=True)
class ParsedDoc:
    source: str
    fmt: str
    text: str
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    published: str | None = None
    external_id: str | None = None
    url: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


def canonical_text(text: str) -> str:
    """The canonical form every offset refers to.

    Only line endings and trailing whitespace are unified (both invisible in a reader's
    view); every other character is kept as the source wrote it.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    lines = [ln.rstrip() for ln in text.split("\n")]
    return "\n".join(lines).strip("\n")


def read_txt(item: RawItem, settings: Settings) -> list[ParsedDoc | Failed]:
    text = canonical_text(decode_text(item.data, fallback=settings.encoding))
    if not text.strip():
        raise IngestError("no text")
    return [ParsedDoc(item.source, item.fmt, text)]


def read_html(
    item: RawItem, settings: Settings, url: str | None = None
) -> list[ParsedDoc | Failed]:
    import trafilatura

    html = decode_text(
        item.data, declared=html_declared_charset(item.data), fallback=settings.encoding
    )
    if "<" not in html[:4096]:
        raise IngestError("not HTML (no markup in the first 4 KiB)")
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=True
        )
    except Exception as e:  # trafilatura raises many kinds on broken markup
        raise IngestError(f"HTML could not be parsed ({type(e).__name__}: {e})") from e
    if doc is None or not (doc.text or "").strip():
        raise IngestError("no article text found in the HTML")
    text = canonical_text(doc.text)
    meta = {k: v for k, v in (("hostname", doc.hostname), ("description", doc.description)) if v}
    return [
        ParsedDoc(
            item.source,
            "html",
            text,
            title=doc.title,
            author=doc.author,
            outlet=doc.sitename,
            published=doc.date,
            url=url or doc.url,
            meta=meta,
        )
    ]


def read_pdf(item: RawItem, settings: Settings) -> list[ParsedDoc | Failed]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if not item.data.startswith(b"%PDF"):
        raise IngestError("not a PDF (missing %PDF header)")
    try:
        reader = PdfReader(io.BytesIO(item.data), strict=False)
        pages = [p.extract_text() or "" for p in reader.pages]
        info = reader.metadata or {}
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as e:
        raise IngestError(f"unreadable PDF, maybe truncated ({e})") from e
    except Exception as e:  # pypdf has no single base error for damaged files
        raise IngestError(f"unreadable PDF ({type(e).__name__}: {e})") from e
    text = canonical_text("\n\n".join(p.strip() for p in pages if p.strip()))
    if not text:
        raise IngestError("PDF has no extractable text (scanned image? run OCR first)")
    title = str(info.get("/Title") or "").strip() or None
    author = str(info.get("/Author") or "").strip() or None
    return [ParsedDoc(item.source, "pdf", text, title=title, author=author)]


def read_jsonl(item: RawItem, settings: Settings) -> list[ParsedDoc | Failed]:
    raw = decode_text(item.data, fallback=settings.encoding)
    out: list[ParsedDoc | Failed] = []
    for n, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        src = f"{item.source}#L{n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            out.append(Failed(src, f"invalid JSON ({e.msg}, column {e.colno}); truncated line?"))
            continue
        if not isinstance(rec, dict):
            out.append(Failed(src, "line is not a JSON object"))
            continue
        text = rec.get("text")
        if not isinstance(text, str) or not text.strip():
            out.append(Failed(src, "no 'text' field"))
            continue
        extra = {k: v for k, v in rec.items() if k not in JSONL_FIELDS}
        ext_id = rec.get("id")
        out.append(
            ParsedDoc(
                src,
                "jsonl",
                canonical_text(text),
                title=_str(rec.get("title")),
                author=_str(rec.get("author")),
                outlet=_str(rec.get("outlet")),
                published=_str(rec.get("published")),
                external_id=None if ext_id is None else str(ext_id),
                url=_str(rec.get("url")),
                meta=extra,
            )
        )
    if not out:
        raise IngestError("no articles in the jsonl file")
    return out


def read_warc(item: RawItem, settings: Settings) -> list[ParsedDoc | Failed]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    out: list[ParsedDoc | Failed] = []
    try:
        for rec in ArchiveIterator(io.BytesIO(item.data)):
            if rec.rec_type != "response":
                continue
            uri = rec.rec_headers.get_header("WARC-Target-URI") or "?"
            ctype = (rec.http_headers.get_header("Content-Type") if rec.http_headers else "") or ""
            if "html" not in ctype.lower():
                continue
            body = rec.content_stream().read(settings.max_bytes + 1)
            src = f"{item.source}#{uri}"
            if len(body) > settings.max_bytes:
                out.append(Failed(src, "record larger than the size limit"))
                continue
            sub = RawItem(src, "html", body, {})
            try:
                out.extend(read_html(sub, settings, url=uri))
            except IngestError as e:
                out.append(Failed(src, str(e)))
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as e:
        if not any(isinstance(o, ParsedDoc) for o in out):
            raise IngestError(f"unreadable WARC, maybe truncated ({e})") from e
        out.append(Failed(item.source, f"WARC ends early, maybe truncated ({e})"))
    if not out:
        raise IngestError("no HTML responses in the WARC file")
    return out


def _str(v: object) -> str | None:
    if v is None:
        return None
    s = str(v).strip()
    return s or None


READERS: dict[str, Callable[[RawItem, Settings], list[ParsedDoc | Failed]]] = {
    "txt": read_txt,
    "md": read_txt,
    "html": read_html,
    "pdf": read_pdf,
    "jsonl": read_jsonl,
    "warc": read_warc,
}


def parse_item(item: RawItem, settings: Settings) -> list[ParsedDoc | Failed]:
    reader = READERS.get(item.fmt)
    if reader is None:
        raise IngestError(f"unsupported format {item.fmt}")
    return reader(item, settings)
