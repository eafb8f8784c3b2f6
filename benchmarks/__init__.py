"""Benchmarks, run by `nox -s bench`; figures are ratios against a baseline measured in the same run."""
