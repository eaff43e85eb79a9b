"""Benchmark suite: a synthetic Arabic corpus and ``python -m tests.perf``.

Benchmarks are measurements, not tests: every figure is taken beside its floor in the same
run and reported as a ratio; a missed target is printed as ``MISS``, never raised.
"""
