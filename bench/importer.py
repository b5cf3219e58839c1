"""`flask directives bench`: how fast the directive importer reads a document.

Each document is read the way the review screen and `flask directives import` read it
(`parse_text`, no database), in the order given; the figures are CPU time per document, so a
busy machine slows them less than wall time would. The seeds and the unseen-style fixtures are in
the repository; `--heldout DIR` adds the real held-out texts kept outside it.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from tracker.importer.parser import parse_text
from tracker.importer.scoring import GOLD_DIRS, HELDOUT_DIR, gold_documents


def documents(heldout: Path | None = None) -> list[tuple[str, str]]:
    """(name, text) of every document the scorer reads: seeds and fixtures, and held-out texts if given."""
    found = [(name, text) for directory in GOLD_DIRS.values() for name, _gold, text, _data in gold_documents(directory)]
    if heldout is not None:
        found += [(name, text) for name, _gold, text, _data in gold_documents(HELDOUT_DIR, heldout)]
    return found


def measure_importer(heldout: Path | None = None, repeats: int = 1) -> list[dict]:
    """Per document: its length, the tasks drafted and the best CPU time of `repeats` readings."""
    results = []
    for name, text in documents(heldout):
        times = []
        for _ in range(repeats):
            started = time.process_time()
            draft = parse_text(text)
            times.append(time.process_time() - started)
        results.append({"name": name, "chars": len(text), "tasks": len(draft.tasks), "seconds": min(times)})
    return results


def report_importer(results: list[dict], slowest: int = 10) -> str:
    """The totals, then the slowest documents, as Markdown."""
    seconds = sum(r["seconds"] for r in results)
    chars = sum(r["chars"] for r in results)
    lines = [
        f"Read {len(results)} documents ({chars:,} characters) in {seconds:.2f} s of CPU: "
        f"{chars / seconds / 1000:,.1f} thousand characters a second, median "
        f"{statistics.median(r['seconds'] for r in results) * 1000:.0f} ms a document.",
        "",
        "| document | characters | tasks | ms |",
        "|---|---:|---:|---:|",
    ]
    for r in sorted(results, key=lambda r: -r["seconds"])[:slowest]:
        lines.append(f"| {r['name']} | {r['chars']:,} | {r['tasks']} | {r['seconds'] * 1000:.0f} |")
    return "\n".join(lines)
