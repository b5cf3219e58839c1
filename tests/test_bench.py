"""The benchmark runs end to end at a tiny scale (its figures are printed, never asserted)."""

from bench.bench import run


def test_bench_builds_measures_and_reports_at_tiny_scale(database_url):
    url, _options = database_url
    text = run(url if url.startswith("postgresql") else None, agencies=30, directives=20, occurrences=400, repeats=3)
    assert "| dashboard |" in text and "| xlsx |" in text
    assert "Built 400 occurrences" in text
