"""Turn command-line paths (files, folders, globs, zips) into raw items to parse.

Nothing here trusts its input: sizes are checked before reading, zip members are
read through a bounded reader (headers can lie), and unsafe member names are refused.
"""

from __future__ import annotations

import glob
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from claimmap.config import Settings
from claimmap.ingest.errors import IngestError

FORMATS = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".warc": "warc",
    ".warc.gz": "warc",
    ".zip": "zip",
}
SIDECAR_SUFFIX = ".meta.json"


def format_of(name: str) -> str | None:
    low = name.lower()
    if low.endswith(SIDECAR_SUFFIX):
        return None
    if low.endswith(".warc.gz"):
        return "warc"
    return FORMATS.get(PurePosixPath(low).suffix)


@dataclass(slots=True)
class RawItem:
    source: str  # what the user sees: a path, or "archive.zip!member"
    fmt: str
    data: bytes
    sidecar: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Failed:
    source: str
    reason: str


def expand_paths(paths: list[str]) -> tuple[list[Path], list[Failed], int]:
    """Files to ingest, failures for explicit paths we cannot take, and a count of skipped
    files (unsupported types met while walking folders)."""
    out: list[Path] = []
    failed: list[Failed] = []
    skipped = 0
    seen: set[Path] = set()

    def add(p: Path, explicit: bool) -> None:
        nonlocal skipped
        if p in seen:
            return
        seen.add(p)
        if format_of(p.name) is None:
            if p.name.lower().endswith(SIDECAR_SUFFIX):
                return
            if explicit:
                failed.append(Failed(str(p), f"unsupported file type '{p.suffix or p.name}'"))
            else:
                skipped += 1
            return
        out.append(p)

    for arg in paths:
        matches = sorted(glob.glob(arg, recursive=True)) if glob.has_magic(arg) else [arg]
        if not matches:
            failed.append(Failed(arg, "no such file or folder"))
        for m in matches:
            p = Path(m)
            if p.is_dir():
                for f in sorted(p.rglob("*")):
                    if f.is_file() and not any(part.startswith(".") for part in f.parts[-1:]):
                        add(f, explicit=False)
            elif p.is_file():
                add(p, explicit=True)
            elif not p.exists():
                failed.append(Failed(m, "no such file or folder"))
            else:
                failed.append(Failed(m, "not a regular file"))
    return out, failed, skipped


def read_sidecar(path: Path) -> dict[str, Any]:
    """``name.meta.json`` (or ``name.ext.meta.json``) beside a file overrides its metadata."""
    for cand in (path.with_name(path.name + SIDECAR_SUFFIX), _strip_ext(path)):
        if cand.is_file():
            try:
                data = json.loads(cand.read_text(encoding="utf-8"))
            except (ValueError, UnicodeDecodeError) as e:
                raise IngestError(f"sidecar {cand.name} is not valid JSON ({e})") from e
            if not isinstance(data, dict):
                raise IngestError(f"sidecar {cand.name} must hold a JSON object")
            return data
    return {}


def _strip_ext(path: Path) -> Path:
    name = path.name
    low = name.lower()
    stem = name[: -len(".warc.gz")] if low.endswith(".warc.gz") else path.stem
    return path.with_name(stem + SIDECAR_SUFFIX)


def read_file(path: Path, settings: Settings) -> Iterator[RawItem | Failed]:
    """One file as raw items: itself, or a zip's members."""
    size = path.stat().st_size
    if size > settings.max_bytes:
        raise IngestError(f"too large ({size:,} bytes > limit {settings.max_bytes:,})")
    if size == 0:
        raise IngestError("empty file")
    fmt = format_of(path.name)
    assert fmt is not None
    data = path.read_bytes()
    if fmt == "zip":
        yield from read_zip(str(path), data, settings)
        return
    yield RawItem(str(path), fmt, data, read_sidecar(path))


def _unsafe_member(name: str) -> str | None:
    if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
        return "absolute path in archive"
    if "\\" in name:
        return "backslash in archive member name"
    if ".." in PurePosixPath(name).parts:
        return "path traversal ('..') in archive member name"
    if "\x00" in name:
        return "NUL in archive member name"
    return None


def read_zip(label: str, data: bytes, settings: Settings) -> Iterator[RawItem | Failed]:
    """Yield a zip's supported members; unsafe or oversized members come back as Failed."""
    import io

    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        raise IngestError(f"not a readable zip archive, maybe truncated ({e})") from e
    if len(infos) > settings.max_zip_members:
        raise IngestError(f"zip has {len(infos):,} members (limit {settings.max_zip_members:,})")
    names = {i.filename for i in infos}
    total = 0
    for info in infos:
        if info.is_dir():
            continue
        src = f"{label}!{info.filename}"
        why = _unsafe_member(info.filename)
        if why:
            yield Failed(src, why)
            continue
        fmt = format_of(info.filename)
        if fmt is None:
            continue
        if fmt == "zip":
            yield Failed(src, "nested archive (unpack it first)")
            continue
        ratio = info.file_size / info.compress_size if info.compress_size else 0.0
        if ratio > settings.max_zip_ratio and info.file_size > 1024 * 1024:
            yield Failed(src, f"decompression bomb (compression ratio {ratio:,.0f}:1)")
            continue
        if info.file_size > settings.max_bytes:
            yield Failed(src, f"too large ({info.file_size:,} bytes > {settings.max_bytes:,})")
            continue
        try:
            with zf.open(info) as fh:
                # headers can lie about sizes: never read more than the cap
                blob = fh.read(settings.max_bytes + 1)
        except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, ValueError) as e:
            yield Failed(src, f"unreadable archive member, maybe truncated ({e})")
            continue
        if len(blob) > settings.max_bytes:
            yield Failed(src, "decompression bomb (member inflates past the size limit)")
            continue
        total += len(blob)
        if total > settings.max_unpacked_bytes:
            yield Failed(label, "decompression bomb (archive inflates past the total limit)")
            return
        sidecar: dict[str, Any] = {}
        for cand in (info.filename + SIDECAR_SUFFIX, _member_sidecar(info.filename)):
            if cand in names:
                try:
                    sidecar = json.loads(zf.read(cand)[: 1024 * 1024].decode("utf-8"))
                except (ValueError, UnicodeDecodeError, zipfile.BadZipFile):
                    yield Failed(f"{label}!{cand}", "sidecar is not valid JSON")
                if not isinstance(sidecar, dict):
                    sidecar = {}
                break
        yield RawItem(src, fmt, blob, sidecar)


def _member_sidecar(name: str) -> str:
    p = PurePosixPath(name)
    return str(p.with_name(_strip_ext(Path(p.name)).name))
