"""Benchmark of the dashboard at a province's scale (not part of the test suite)."""
