"""Benchmarks (DESIGN.md section 7), run on their own: `python -m tests.benchmarks`."""
