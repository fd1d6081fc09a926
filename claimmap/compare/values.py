"""Are two stated values compatible? Numbers within their qualifiers, dates within their
granularity.

A quantity becomes an interval: "2,745" is 2,745 give or take rounding (``exact``
tolerance, 0.5 %), "about 2,700" / "some 2,700" 2,700 ± 5 %, "nearly 3,000" up to 10 %
below, "more than 200" (200, ∞), "at least" [x, ∞), "up to" [0, x], "fewer than"
[0, x), a range its two ends (widened by the hedge tolerance when hedged). Two values
agree when their intervals meet: "about 2,700" and "2,745" agree (1.6 % apart), a range
contains a point, "more than 200" and 140 conflict. A date is the span of days it covers
("2022" contains 2022-03-12; "the early 1970s" contains 1971 and 1973).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from claimmap.analyze.claims.dates import interval as date_interval


@dataclass(frozen=True)
class Tolerance:
    """Relative tolerances per qualifier (the stated tolerance of a comparison)."""

    exact: float = 0.005
    hedged: float = 0.05  # about, some, around, approximately
    nearly: float = 0.10
    extra: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, float]:
        return {"exact": self.exact, "about/some": self.hedged, "nearly": self.nearly}


DEFAULT_TOLERANCE = Tolerance()
_HEDGED = {"about", "some"}


def quantity_interval(
    value: Any, qualifier: str | None, tol: Tolerance = DEFAULT_TOLERANCE
) -> tuple[float, float, bool, bool] | None:
    """``(low, high, low_open, high_open)`` of a stated quantity."""
    q = qualifier or "exact"
    if isinstance(value, dict):
        lo, hi = float(value["low"]), float(value["high"])
        t = tol.hedged if q in _HEDGED else tol.exact
        return lo * (1 - t), hi * (1 + t), False, False
    if value is None:
        return None
    try:
        x = float(value)
    except (TypeError, ValueError):
        return None
    if q in _HEDGED:
        return x * (1 - tol.hedged), x * (1 + tol.hedged), False, False
    if q == "nearly":
        return x * (1 - tol.nearly), x * (1 + tol.exact), False, False
    if q in ("more than", "over"):
        return x, math.inf, True, False
    if q == "at least":
        return x, math.inf, False, False
    if q == "up to":
        return 0.0, x, False, False
    if q == "fewer than":
        return 0.0, x, False, True
    return x * (1 - tol.exact), x * (1 + tol.exact), False, False


def intervals_meet(a: tuple[float, float, bool, bool], b: tuple[float, float, bool, bool]) -> bool:
    lo = max(a[0], b[0])
    hi = min(a[1], b[1])
    if lo < hi:
        return True
    if lo > hi:
        return False
    # touching ends: compatible unless either end is open
    lo_open = (a[2] if a[0] == lo else False) or (b[2] if b[0] == lo else False)
    hi_open = (a[3] if a[1] == hi else False) or (b[3] if b[1] == hi else False)
    return not (lo_open or hi_open)


def quantities_agree(
    a_value: Any, a_qual: str | None, b_value: Any, b_qual: str | None,
    tol: Tolerance = DEFAULT_TOLERANCE,
) -> bool:  # fmt: skip
    ia = quantity_interval(a_value, a_qual, tol)
    ib = quantity_interval(b_value, b_qual, tol)
    if ia is None or ib is None:
        return True
    return intervals_meet(ia, ib)


def dates_agree(
    a_iso: str | None, a_gran: str | None, b_iso: str | None, b_gran: str | None,
    a_mod: str | None = None, b_mod: str | None = None,
) -> bool:  # fmt: skip
    ia = date_interval(a_iso, a_gran, a_mod)
    ib = date_interval(b_iso, b_gran, b_mod)
    if ia is None or ib is None:
        return True
    return max(ia[0], ib[0]) <= min(ia[1], ib[1])


def is_point(value: Any, qualifier: str | None) -> bool:
    """A value that pins the number down (not a bound), for conflict reporting."""
    return not isinstance(value, dict) and (qualifier or "exact") in (
        "exact", "about", "some", "nearly",
    )  # fmt: skip
