"""Agreement between raters: Krippendorff's alpha (nominal, ordinal), Cohen's kappa and
percent agreement. Pure functions over plain values; no database, no Qt.

Krippendorff's alpha follows "Computing Krippendorff's Alpha-Reliability" (Krippendorff,
2011): values are pooled in a coincidence matrix in which every unit with m ≥ 2 values
contributes each ordered pair of its values with weight 1/(m − 1); units with fewer than
two values are not pairable and are left out. α = 1 − D_o / D_e.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Sequence


def coincidences(units: Iterable[Sequence[Hashable]]) -> Counter:
    """The coincidence matrix {(c, k): o_ck} of the pairable units (missing values are
    simply absent from a unit's sequence)."""
    matrix: Counter = Counter()
    for values in units:
        m = len(values)
        if m < 2:
            continue
        weight = 1.0 / (m - 1)
        counts = Counter(values)
        for c, n_c in counts.items():
            for k, n_k in counts.items():
                pairs = n_c * (n_c - 1) if c == k else n_c * n_k
                if pairs:
                    matrix[(c, k)] += pairs * weight
    return matrix


def _nominal(c: Hashable, k: Hashable) -> float:
    return 0.0 if c == k else 1.0


def _ordinal_metric(order: Sequence[Hashable], totals: dict[Hashable, float]):
    """δ²(c, k) = (Σ_{g from c to k} n_g − (n_c + n_k)/2)² over the ranks in ``order``."""
    rank = {value: i for i, value in enumerate(order)}

    def metric(c: Hashable, k: Hashable) -> float:
        lo, hi = sorted((rank[c], rank[k]))
        if lo == hi:
            return 0.0
        between = sum(totals.get(order[g], 0.0) for g in range(lo, hi + 1))
        return (between - (totals.get(c, 0.0) + totals.get(k, 0.0)) / 2) ** 2

    return metric


def krippendorff_alpha(
    units: Iterable[Sequence[Hashable]], order: Sequence[Hashable] | None = None
) -> float | None:
    """Krippendorff's alpha over ``units`` (each the values given to one unit by the raters
    who rated it). Nominal unless ``order`` ranks the values (ordinal metric; a value
    outside ``order`` is then left out of its unit). None when it is undefined: fewer than
    two pairable values, or no variation at all (D_e = 0)."""
    if order is not None:
        ranked = set(order)
        units = [[v for v in values if v in ranked] for values in units]
    matrix = coincidences(units)
    totals: dict[Hashable, float] = Counter()
    for (c, _k), o in matrix.items():
        totals[c] += o
    n = sum(totals.values())
    if n < 2:
        return None
    delta = _nominal if order is None else _ordinal_metric(order, totals)
    observed = sum(o * delta(c, k) for (c, k), o in matrix.items())
    values = list(totals)
    expected = sum(
        totals[c] * totals[k] * delta(c, k) for c in values for k in values
    )
    if expected == 0:
        return None
    return 1.0 - (n - 1) * observed / expected


def percent_agreement(pairs: Sequence[tuple[Hashable, Hashable]]) -> float | None:
    """The share of pairs whose two values are equal (None for no pairs)."""
    if not pairs:
        return None
    return sum(1 for a, b in pairs if a == b) / len(pairs)


def cohen_kappa(pairs: Sequence[tuple[Hashable, Hashable]]) -> float | None:
    """Cohen's kappa of two raters, from the (rater A's value, rater B's value) of each
    unit both rated. None when undefined: no pairs, or chance agreement is 1 (both raters
    gave one and the same value to every unit)."""
    n = len(pairs)
    if not n:
        return None
    observed = sum(1 for a, b in pairs if a == b) / n
    first = Counter(a for a, _ in pairs)
    second = Counter(b for _, b in pairs)
    chance = sum(first[v] * second[v] for v in first) / (n * n)
    if chance == 1:
        return None
    return (observed - chance) / (1 - chance)
