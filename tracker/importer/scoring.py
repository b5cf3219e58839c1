"""Scoring a draft against a gold annotation: tasks found, leads, cooperating agencies, dates, metadata."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .draft import Draft, DraftTask, from_annotation
from .matching import agency_key
from .parser import parse_text
from .text import fold
from .timing import complete_rule
from ..workdays import standard_calendar

PROJECT_DIR = Path(__file__).resolve().parents[2]
GOLD_DIRS = {"seeds": PROJECT_DIR / "tests" / "gold", "unseen-style": PROJECT_DIR / "tests" / "fixtures"}
# Gold for real directives whose texts are not in the repository (third-party text): scored only
# when a directory holding NAME.txt for each tests/heldout/NAME.json is given.
HELDOUT_DIR = PROJECT_DIR / "tests" / "heldout"
LAST_ROUND = 115  # of the held-out rounds (tests/heldout/SOURCES.md); raise it as a round is added
HELDOUT_SPLITS = (
    "studied", "held back", "complete 2025", "study (round 3)", "held back (round 3)",
    *(f"blind (round {n})" for n in range(4, LAST_ROUND + 1)),
)
METADATA_FIELDS = ("kind", "symbol", "issued_on", "place", "issuer", "subject", "signer.name", "signer.capacity",
                   "signer.title", "recipients", "references")
COUNTS = ("gold_tasks", "draft_tasks", "matched", "clause_found", "lead_right", "coop_tp", "coop_fp", "coop_fn",
          "timing_right", "metadata_right", "metadata_fields")


@dataclass
class Score:
    """Counts for one document (or a sum of documents); the ratios are computed from them."""

    name: str
    gold_tasks: int = 0
    draft_tasks: int = 0
    matched: int = 0
    clause_found: int = 0
    lead_right: int = 0
    coop_tp: int = 0
    coop_fp: int = 0
    coop_fn: int = 0
    timing_right: int = 0
    metadata_right: int = 0
    metadata_fields: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        """Add another document's counts to these."""
        for name in COUNTS:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def figures(self) -> dict[str, float]:
        """The ratios of the table (1.0 where there is nothing to count)."""
        ratio = lambda a, b: a / b if b else 1.0  # noqa: E731
        coop_p = ratio(self.coop_tp, self.coop_tp + self.coop_fp)
        coop_r = ratio(self.coop_tp, self.coop_tp + self.coop_fn)
        return {
            "precision": ratio(self.matched, self.draft_tasks),
            "recall": ratio(self.matched, self.gold_tasks),
            "lead": ratio(self.lead_right, self.clause_found),
            "coop_f1": ratio(2 * coop_p * coop_r, coop_p + coop_r) if self.coop_tp + self.coop_fp + self.coop_fn else 1.0,
            "due": ratio(self.timing_right, self.matched),
            "metadata": ratio(self.metadata_right, self.metadata_fields),
        }


def base_clause(ref: str) -> str:
    """"8 ý 2" → "8"; "4.2." → "4.2"."""
    return ref.split(" ý ")[0].strip().rstrip(".").lower()


SECTION = re.compile(r"^[IVXLC]+\.(?=\S)")


# A single annex's row labelled as such ("PL.12"): most gold files write the row's number alone.
ANNEX_ROW = re.compile(r"^PL\.(?=\S)", re.IGNORECASE)


def clause_matches(gold: str, draft: str) -> bool:
    """A gold clause label names the draft's clause: the same label, or the draft's without its
    leading Roman section ("2.1" for "III.2.1"), as older gold files write it; a gold label of a
    single annex's row ("PL.12") also names the row's number ("12"). Nothing else."""
    gold_ref = base_clause(ANNEX_ROW.sub("", gold.strip(), count=1))
    return gold_ref in (base_clause(draft), base_clause(SECTION.sub("", draft.strip(), count=1)))


def _rule_key(rule: str | None) -> str | None:
    if not rule:
        return None
    full, _ = complete_rule(re.sub(r";?UNTIL=[^;]*", "", rule), date(2001, 1, 1))
    return full


def _same(a, b) -> bool:
    norm = lambda v: re.sub(r"[^a-z0-9]+", " ", fold(str(v or ""))).strip()  # noqa: E731
    return norm(a) == norm(b)


def _symbols(references: list[str]) -> set[str]:
    found = set()
    for entry in references:
        m = re.search(r"số\s+(\S+)", entry)
        found.add(re.sub(r"[^A-Z0-9/]", "", (m.group(1) if m else entry).upper()))
    return found


def score_metadata(gold: Draft, draft: Draft) -> tuple[int, list[str]]:
    """How many of the metadata fields the draft has right, and which it missed."""
    right, misses = 0, []
    for name in METADATA_FIELDS:
        if name.startswith("signer."):
            key = name.split(".")[1]
            ok = _same(gold.signer.get(key), draft.signer.get(key))
        elif name == "recipients":
            ok = {agency_key(r) for r in gold.recipients} == {agency_key(r) for r in draft.recipients}
        elif name == "references":
            ok = _symbols(gold.references) == _symbols(draft.references)
        else:
            ok = _same(getattr(gold, name), getattr(draft, name))
        right += ok
        if not ok:
            misses.append(f"metadata {name}")
    return right, misses


def score_document(name: str, gold: Draft, draft: Draft, metadata: bool = True) -> Score:
    """Compare a draft with its gold: tasks matched by clause and lead agency.

    `metadata` False: the text is a fragment with no header or signature (a portal's excerpt),
    so only its tasks are scored.
    """
    province = gold.issuer and re.sub(r"^.*?(?:tỉnh|thành phố)\s+", "", gold.issuer, flags=re.IGNORECASE)
    score = Score(name, gold_tasks=len(gold.tasks), draft_tasks=len(draft.tasks))
    pairs, unmatched = _pair_tasks(gold.tasks, list(draft.tasks), province)
    for gold_task in gold.tasks:
        clause_found = any(clause_matches(gold_task.clause, t.clause) for t in draft.tasks)
        score.clause_found += clause_found
        best = pairs.get(id(gold_task))
        if best is None:
            score.misses.append(f"missed {gold_task.clause} {gold_task.lead_agency}")
            continue
        score.matched += 1
        score.lead_right += clause_found
        _score_pair(score, gold_task, best, province)
    score.misses += [f"extra {t.clause} {t.lead_agency}" for t in unmatched]
    if metadata:
        score.metadata_fields = len(METADATA_FIELDS)
        score.metadata_right, misses = score_metadata(gold, draft)
        score.misses += misses
    return score


def _pair_tasks(gold_tasks: list[DraftTask], unmatched: list[DraftTask], province: str | None
                ) -> tuple[dict[int, DraftTask], list[DraftTask]]:
    """Pair each gold task with a draft task of its clause and lead: labels that are equal first,
    then the draft labels whose Roman section the gold omits, so an older gold's "1" cannot take
    the "I.1" another gold task names exactly."""
    lead = lambda task: agency_key(task.lead_agency, province)  # noqa: E731
    pairs: dict[int, DraftTask] = {}
    for same in (lambda g, d: base_clause(g) == base_clause(d), clause_matches):
        for gold_task in gold_tasks:
            if id(gold_task) in pairs:
                continue
            candidates = [t for t in unmatched if same(gold_task.clause, t.clause) and lead(t) == lead(gold_task)]
            if candidates:
                pairs[id(gold_task)] = best = max(candidates, key=lambda t: _timing_ok(gold_task, t))
                unmatched.remove(best)
    return pairs, unmatched


def _score_pair(score: Score, gold_task: DraftTask, best: DraftTask, province: str | None) -> None:
    """Count a matched pair's timing and cooperating agencies."""
    if _timing_ok(gold_task, best):
        score.timing_right += 1
    else:
        score.misses.append(f"timing {gold_task.clause}: {best.due_on} {best.recurrence} ≠ {gold_task.due_on} {gold_task.recurrence}")
    gold_coop = {agency_key(a, province) for a in gold_task.cooperating_agencies}
    draft_coop = {agency_key(a, province) for a in best.cooperating_agencies}
    score.coop_tp += len(gold_coop & draft_coop)
    score.coop_fp += len(draft_coop - gold_coop)
    score.coop_fn += len(gold_coop - draft_coop)
    if gold_coop != draft_coop:
        score.misses.append(f"cooperating {gold_task.clause} {sorted(draft_coop)} ≠ {sorted(gold_coop)}")


def _timing_ok(gold: DraftTask, draft: DraftTask) -> bool:
    return gold.due_on == draft.due_on and _rule_key(gold.recurrence) == _rule_key(draft.recurrence)


def gold_documents(directory: Path, texts: Path | None = None, split: str | None = None) -> list[tuple[str, Draft, str, dict]]:
    """(name, gold draft, document text, gold JSON) for every gold file of a directory.

    With `texts`, each text is read from that directory and a gold file whose text is absent is
    left out; with `split`, only gold files of that split (one of `HELDOUT_SPLITS`) are read.
    """
    documents = []
    for path in sorted(directory.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if split is not None and data.get("split") != split:
            continue
        if texts is not None:
            text_path = texts / f"{path.stem}.txt"
            if not text_path.exists():
                continue
        else:
            text_path = path.with_suffix(".txt")
            if not text_path.exists():
                text_path = PROJECT_DIR / "seed" / f"{path.stem}.txt"
        documents.append((path.stem, from_annotation(data), text_path.read_text(encoding="utf-8"), data))
    return documents


def score_directory(directory: Path, texts: Path | None = None, split: str | None = None) -> tuple[list[Score], Score]:
    """Scores per document and overall for the gold files of a directory."""
    with standard_calendar():
        scores = [
            score_document(name, gold, parse_text(text), metadata=data.get("score_metadata", True))
            for name, gold, text, data in gold_documents(directory, texts, split)
        ]
    total = Score("overall")
    for score in scores:
        total.add(score)
    return scores, total


def table(title: str, scores: list[Score], total: Score) -> str:
    """The scoring table as Markdown."""
    header = "| document | tasks (gold/draft) | precision | recall | lead | cooperating F1 | deadline+cycle | metadata |"
    lines = [f"**{title}**", "", header, "|---|---|---|---|---|---|---|---|"]
    for score in [*scores, total]:
        f = score.figures()
        name = f"**{score.name}**" if score is total else score.name
        lines.append(
            f"| {name} | {score.gold_tasks}/{score.draft_tasks} | {f['precision']:.2f} | {f['recall']:.2f} | "
            f"{f['lead']:.2f} | {f['coop_f1']:.2f} | {f['due']:.2f} | {f['metadata']:.2f} |"
        )
    return "\n".join(lines)


def scored_sections(heldout: Path | None = None) -> list[tuple[str, list[Score], Score]]:
    """(title, scores, total) for the seeds, the unseen-style fixtures and, with `heldout` (a directory
    holding the texts of tests/heldout/), each split of the real held-out directives whose texts are
    there (none, silently, where they are absent, as in CI)."""
    sections = [(title, directory, None, None) for title, directory in GOLD_DIRS.items()]
    if heldout is not None:
        sections += [(f"real directives, {split}", HELDOUT_DIR, Path(heldout), split) for split in HELDOUT_SPLITS]
    scored = []
    for title, directory, texts, split in sections:
        scores, total = score_directory(directory, texts, split)
        if scores:
            scored.append((title, scores, total))
    return scored


def report(verbose: bool = False, heldout: Path | None = None) -> str:
    """Tables for the seeds, the unseen-style fixtures and the held-out splits whose texts `heldout`
    holds (see `scored_sections`); with `verbose`, every miss."""
    return render(scored_sections(heldout), verbose)


def render(sections: list[tuple[str, list[Score], Score]], verbose: bool = False) -> str:
    """Scored sections as Markdown tables; with `verbose`, each followed by its misses."""
    parts = []
    for title, scores, total in sections:
        parts.append(table(title, scores, total))
        if verbose:
            parts += [f"- {s.name}: {miss}" for s in scores for miss in s.misses]
    return "\n\n".join(parts)
