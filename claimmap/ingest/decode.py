"""Bytes to text, refusing what is binary or not in the encoding it claims."""

from __future__ import annotations

import codecs
import re

from claimmap.ingest.errors import IngestError

_HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)
# control characters other than tab/newline/carriage-return/form-feed
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def looks_binary(data: bytes) -> bool:
    """NUL bytes in the first 8 KiB mean binary for every text format we accept."""
    head = data[:8192]
    return b"\x00" in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))


def decode_text(data: bytes, *, declared: str | None = None, fallback: str | None = None) -> str:
    """Decode strictly: BOM, else UTF-8, else the declared charset, else ``fallback``.

    Nothing is decoded with replacement characters: a wrong encoding is an error the user
    sees, not silent mojibake in a claim.
    """
    if not data.strip():
        raise IngestError("empty file")
    for bom, enc in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return _check(data.decode(enc))
            except UnicodeDecodeError as e:
                raise IngestError(
                    f"not valid {enc} despite its byte-order mark ({e.reason})"
                ) from e
    if looks_binary(data):
        raise IngestError("binary content (NUL bytes), not a text document")
    try:
        return _check(data.decode("utf-8"))
    except UnicodeDecodeError as e:
        utf8_error = e
    for enc in (declared, fallback):
        if not enc:
            continue
        try:
            return _check(data.decode(enc))
        except (UnicodeDecodeError, LookupError):
            continue
    where = utf8_error.start
    if where >= len(data) - 3 and utf8_error.reason in ("unexpected end of data",):
        raise IngestError(f"truncated: file ends inside a UTF-8 character (byte {where})")
    hint = f" (declared {declared!r} does not fit either)" if declared else ""
    raise IngestError(
        f"not valid UTF-8 at byte {where}{hint}; give the encoding with --encoding, e.g. cp1252"
    )


def html_declared_charset(data: bytes) -> str | None:
    m = _HTML_CHARSET.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii", "replace")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _check(text: str) -> str:
    if not text.strip():
        raise IngestError("empty file")
    n_ctrl = len(_CONTROL.findall(text[:20000]))
    if n_ctrl > max(5, len(text[:20000]) // 100):
        raise IngestError("binary content (control characters), not a text document")
    return text
