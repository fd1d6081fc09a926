"""Settings: defaults, overridable by ``claimmap.toml`` (or ``--config``) and CLI flags."""

from __future__ import annotations

import hashlib
import json
import tomllib
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, TypeVar

DEFAULT_LANGUAGES = ("en", "it", "sq", "fr", "de", "es", "fa", "ar", "ru", "tr")


@dataclass(slots=True)
class Settings:
    languages: tuple[str, ...] = DEFAULT_LANGUAGES
    # one file (or one zip member, or one decompressed archive) larger than this is refused
    max_bytes: int = 50 * 1024 * 1024
    # a zip whose members inflate beyond this in total is treated as a bomb
    max_unpacked_bytes: int = 500 * 1024 * 1024
    max_zip_ratio: float = 200.0
    max_zip_members: int = 20_000
    # fallback decoding for text that is not UTF-8 and declares nothing; None = refuse
    encoding: str | None = None
    extra: dict[str, object] = field(default_factory=dict)

    def fingerprint(self, *names: str) -> str:
        """A short hash of the named settings: a stage re-runs when its fingerprint changes."""
        d = asdict(self)
        picked = {n: d[n] for n in names} if names else d
        return hashlib.sha1(json.dumps(picked, sort_keys=True, default=str).encode()).hexdigest()[
            :10
        ]


T = TypeVar("T")


def section(settings: Settings, name: str, cls: type[T]) -> T:
    """A stage's ``[name]`` table of claimmap.toml over the defaults of config class ``cls``;
    an unknown key is an error, not silently ignored."""
    overrides: Any = settings.extra.get(name, {})
    known = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    bad = set(overrides) - known
    if bad:
        raise ValueError(f"unknown [{name}] settings: {', '.join(sorted(bad))}")
    return cls(**overrides)


def load_settings(path: str | None = None) -> Settings:
    """Read ``path`` (or ``./claimmap.toml`` if present); unknown keys go to ``extra``."""
    s = Settings()
    p = Path(path) if path else Path("claimmap.toml")
    if not p.exists():
        if path:
            raise FileNotFoundError(f"{path}: config file not found")
        return s
    data = tomllib.loads(p.read_text(encoding="utf-8"))
    known = {f.name for f in fields(Settings)} - {"extra"}
    for k, v in data.items():
        if k in known:
            setattr(s, k, tuple(v) if k == "languages" else v)
        else:
            s.extra[k] = v
    return s
