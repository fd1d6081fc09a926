"""The user's alias file: names to merge and names never to merge.

```yaml
merge:
  - [MEK, PMOI, MKO, Mojahedin-e Khalq, "People's Mojahedin Organization of Iran"]
  - [Durrës, Durazzo]
never:
  - [Tomas Varga, Elena Varga]
```

A ``never`` group of more than two names forbids every pair in it. ``never`` beats
``merge`` and any evidence from the texts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

DEFAULT_ALIAS_FILE = Path(__file__).resolve().parents[2] / "data" / "aliases.yaml"


@dataclass(slots=True)
class AliasRules:
    merge: list[list[str]] = field(default_factory=list)
    never: list[tuple[str, str]] = field(default_factory=list)

    def extend(self, other: AliasRules) -> AliasRules:
        return AliasRules(self.merge + other.merge, self.never + other.never)


def parse_rules(data: object, source: str = "alias file") -> AliasRules:
    if data is None:
        return AliasRules()
    if not isinstance(data, dict):
        raise ValueError(f"{source}: expected a mapping with 'merge' and/or 'never'")
    unknown = set(data) - {"merge", "never"}
    if unknown:
        raise ValueError(f"{source}: unknown keys {sorted(unknown)}")
    rules = AliasRules()
    for kind in ("merge", "never"):
        for group in data.get(kind) or []:
            if not isinstance(group, list) or len(group) < 2:
                raise ValueError(f"{source}: each '{kind}' entry is a list of 2+ names: {group!r}")
            names = [str(n) for n in group]
            if kind == "merge":
                rules.merge.append(names)
            else:
                rules.never.extend(combinations(names, 2))
    return rules


def load_rules(path: str | Path | None) -> AliasRules:
    if path is None:
        return AliasRules()
    import yaml

    p = Path(path)
    return parse_rules(yaml.safe_load(p.read_text(encoding="utf-8")), str(p))
