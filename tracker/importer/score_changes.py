"""A scoring run saved document by document, and a later run compared with it.

A change to the parser is kept only if it makes no document worse. The totals hide that: one
document gaining a task can cover another losing one. So a run's counts are saved per document
(`flask directives score --save FILE`) and the next run lists every document whose counts moved
(`--against FILE`).
"""

from __future__ import annotations

import json
from pathlib import Path

from .scoring import COUNTS, Score, render, scored_sections

# The counts where more is better, and the one where more is worse (drafts that match no gold task).
GAINS = ("matched", "coop_tp", "timing_right", "metadata_right")


def scoring_report(verbose: bool = False, heldout: Path | None = None, save_to: Path | None = None,
                   against: Path | None = None) -> str:
    """The scoring tables (`scoring.report`); with `save_to`, each document's counts written there as
    JSON; with `against` (a file an earlier run saved), the documents whose counts moved since."""
    sections = scored_sections(heldout)
    counts = document_counts(sections)
    if save_to is not None:
        save_to.write_text(json.dumps(counts, ensure_ascii=False, indent=1), encoding="utf-8")
    text = render(sections, verbose)
    if against is not None:
        text += "\n\n" + "\n".join(compare(json.loads(against.read_text(encoding="utf-8")), counts))
    return text


def document_counts(sections: list[tuple[str, list[Score], Score]]) -> dict[str, dict]:
    """Every scored document's counts and misses by name, with the section it was scored in."""
    return {
        score.name: {"section": title, **{name: getattr(score, name) for name in COUNTS}, "misses": score.misses}
        for title, scores, _total in sections
        for score in scores
    }


def _unmatched(counts: dict) -> int:
    return counts["draft_tasks"] - counts["matched"]


def _moves(before: dict, after: dict) -> tuple[list[str], list[str]]:
    """The counts that fell and the counts that rose, each as "name before → after"."""
    worse, better = [], []
    for name in GAINS:
        move = f"{name} {before[name]} → {after[name]}"
        if after[name] < before[name]:
            worse.append(move)
        elif after[name] > before[name]:
            better.append(move)
    move = f"unmatched drafts {_unmatched(before)} → {_unmatched(after)}"
    if _unmatched(after) > _unmatched(before):
        worse.append(move)
    elif _unmatched(after) < _unmatched(before):
        better.append(move)
    return worse, better


def compare(before: dict[str, dict], after: dict[str, dict]) -> list[str]:
    """One line per document scored in both runs whose counts moved ("WORSE" when any count fell),
    then the totals of the documents both runs scored."""
    lines, worse_count, better_count = [], 0, 0
    common = sorted(set(before) & set(after))
    for name in common:
        worse, better = _moves(before[name], after[name])
        if worse:
            worse_count += 1
            lines.append(f"WORSE {name}: {', '.join(worse + better)}")
        elif better:
            better_count += 1
            lines.append(f"better {name}: {', '.join(better)}")
    totals = [Score("before"), Score("after")]
    for run, total in zip((before, after), totals):
        for name in common:
            total.add(Score(name, **{count: run[name][count] for count in COUNTS}))
    figures = [total.figures() for total in totals]
    lines.append(
        f"{len(common)} documents in both runs: {better_count} better, {worse_count} worse; "
        f"drafted {totals[0].draft_tasks} → {totals[1].draft_tasks}, matched {totals[0].matched} → {totals[1].matched} "
        f"(precision {figures[0]['precision']:.3f} → {figures[1]['precision']:.3f}, "
        f"recall {figures[0]['recall']:.3f} → {figures[1]['recall']:.3f})"
    )
    return lines
