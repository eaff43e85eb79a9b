"""The agreement coefficients against published worked examples, and against a
brute-force computation written independently of the coincidence matrix."""

from __future__ import annotations

import itertools

import pytest

from factcheck.model.agreement import (
    cohen_kappa,
    krippendorff_alpha,
    percent_agreement,
)

# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four
# observers, twelve units, values 1-5, None where an observer gave no value.
OBSERVERS = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
    [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
]
UNITS = [[v for v in column if v is not None] for column in zip(*OBSERVERS)]


def brute_force_alpha(units, metric_of_counts):
    """α = 1 − D_o/D_e with every pair of values enumerated one by one: within units for
    D_o (each unit's pairs weighted 1/(m−1)), across all pairable values for D_e."""
    pairable = [u for u in units if len(u) >= 2]
    values = [v for u in pairable for v in u]
    n = len(values)
    counts = {v: values.count(v) for v in set(values)}
    delta = metric_of_counts(counts)
    d_o = sum(
        delta(u[i], u[j]) / (len(u) - 1)
        for u in pairable
        for i, j in itertools.permutations(range(len(u)), 2)
    ) / n
    d_e = sum(delta(values[i], values[j]) for i, j in itertools.permutations(range(n), 2))
    d_e /= n * (n - 1)
    return 1 - d_o / d_e


def nominal_delta(_counts):
    return lambda a, b: 0.0 if a == b else 1.0


def ordinal_delta(counts):
    def delta(a, b):
        lo, hi = min(a, b), max(a, b)
        inner = sum(counts.get(g, 0) for g in range(lo, hi + 1))
        return (inner - (counts.get(a, 0) + counts.get(b, 0)) / 2) ** 2

    return delta


def test_krippendorff_nominal_alpha_of_the_papers_example_is_0_743():
    alpha = krippendorff_alpha(UNITS)
    assert round(alpha, 3) == 0.743
    assert alpha == pytest.approx(brute_force_alpha(UNITS, nominal_delta))


def test_krippendorff_ordinal_alpha_of_the_papers_example_is_0_815():
    alpha = krippendorff_alpha(UNITS, order=[1, 2, 3, 4, 5])
    assert round(alpha, 3) == 0.815
    assert alpha == pytest.approx(brute_force_alpha(UNITS, ordinal_delta))


def test_ordinal_alpha_does_not_depend_on_the_direction_of_the_order():
    assert krippendorff_alpha(UNITS, order=[5, 4, 3, 2, 1]) == pytest.approx(
        krippendorff_alpha(UNITS, order=[1, 2, 3, 4, 5])
    )


def test_ordinal_alpha_credits_near_misses_that_nominal_alpha_does_not():
    # Two raters always one step apart on a five-step scale: never equal (nominal alpha
    # is below zero) but close (ordinal alpha well above nominal).
    units = [[1, 2], [2, 3], [3, 4], [4, 5], [5, 4], [1, 1], [5, 5]]
    nominal = krippendorff_alpha(units)
    ordinal = krippendorff_alpha(units, order=[1, 2, 3, 4, 5])
    assert ordinal > nominal + 0.3
    assert ordinal == pytest.approx(brute_force_alpha(units, ordinal_delta))


def test_values_outside_the_order_are_left_out_of_ordinal_alpha():
    units = [["true", "false"], ["true", "true"], ["false", "false"], ["satire", "true"]]
    with_satire = krippendorff_alpha(units, order=["true", "false"])
    without = krippendorff_alpha(units[:3] + [["true"]], order=["true", "false"])
    assert with_satire == pytest.approx(without)


def test_alpha_is_undefined_without_pairable_values_or_variation():
    assert krippendorff_alpha([[1], [2], []]) is None
    assert krippendorff_alpha([[1, 1], [1, 1]]) is None


def test_perfect_agreement_gives_alpha_one():
    assert krippendorff_alpha([[1, 1], [2, 2], [3, 3, 3]]) == pytest.approx(1.0)


def test_cohen_kappa_of_the_textbook_two_by_two_table_is_0_4():
    # 50 items: both yes 20, A yes B no 5, A no B yes 10, both no 15.
    # p_o = 0.7, p_e = 0.5·0.6 + 0.5·0.4 = 0.5, kappa = 0.2 / 0.5 = 0.4.
    pairs = (
        [("yes", "yes")] * 20 + [("yes", "no")] * 5 + [("no", "yes")] * 10 + [("no", "no")] * 15
    )
    assert cohen_kappa(pairs) == pytest.approx(0.4)
    assert percent_agreement(pairs) == pytest.approx(0.7)


def test_cohen_kappa_is_undefined_when_both_raters_give_one_same_value():
    assert cohen_kappa([("true", "true")] * 4) is None
    assert cohen_kappa([]) is None
    assert percent_agreement([]) is None
