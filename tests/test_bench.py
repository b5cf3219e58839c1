"""The benchmark runs end to end at a tiny scale (its figures are printed, never asserted)."""

from bench.bench import run


def test_bench_builds_measures_and_reports_at_tiny_scale(database_url):
    url, _options = database_url
    text = run(url if url.startswith("postgresql") else None, agencies=30, directives=20, occurrences=400, repeats=3)
    assert "| dashboard |" in text and "| xlsx |" in text and "| as of a year ago |" in text
    assert "Built 400 occurrences" in text and "take openpyxl" in text


def test_reminder_bench_runs_and_every_digest_reaches_the_server(database_url):
    url, _options = database_url
    text = run(url if url.startswith("postgresql") else None, agencies=30, directives=20, occurrences=400, repeats=1,
               what="reminders")
    row = text.strip().splitlines()[-1].split("|")
    sent, received = (int(part.replace(",", "")) for part in row[5].split("/"))
    assert sent == received > 0


def test_importer_bench_reads_every_seed_and_fixture_and_reports_the_slowest():
    from bench.importer import measure_importer, report_importer

    results = measure_importer(repeats=1)
    assert len(results) == 10 and all(r["tasks"] > 0 and r["seconds"] > 0 for r in results)
    text = report_importer(results, slowest=3)
    assert text.startswith("Read 10 documents") and text.count("\n| ") == 4  # header and three rows
