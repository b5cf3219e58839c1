"""A page's paragraph that goes on with the localities a paragraph above gave work to, calling them by the
general word ("UBND tỉnh giao UBND các xã, phường chịu trách nhiệm …" / "Các địa phương tiếp nhận, quản lý …
kinh phí …; trường hợp …, UBND các xã, phường kịp thời hoàn trả …"): the same committees' share of the same
assignment, one clause and one task, not a new clause for "Các địa phương" (nor, in the committees' own paragraph,
a task of its own)."""

from __future__ import annotations

LOCALITIES = "Các địa phương"
LOCAL_KINDS = ("commune", "district")


def _numbered(label: str) -> bool:
    return label.isdigit()


def right_under(clauses: list, labels: dict[str, str | None]) -> frozenset[str]:
    """The page's labels whose paragraph comes right under the paragraph of the label before it."""
    order = [labels.get(clause.ref) for clause in clauses]
    return frozenset(label for above, label in zip(order, order[1:]) if above and label and above != label)


def localities_continued(tasks: list, adjacent: frozenset[str] = frozenset()) -> list:
    """The tasks of a page (labelled "1", "2", …) with such a paragraph joined to the clause above it: its
    "Các địa phương" and the committees it names again are the clause's lead, and the labels after it close up.
    "Các địa phương" alone goes on with them only right under their paragraph (a label in `adjacent`): "UBND tỉnh
    yêu cầu Chủ tịch UBND các huyện tiếp tục chỉ đạo …" / "Các địa phương cần thành lập ngay các đoàn công tác …".
    Further down, after a paragraph of details, the general word opens work of its own (a clause of its own)."""
    tasks = _within_paragraph(tasks)
    order: list[str] = []
    leads: dict[str, list] = {}
    for task in tasks:
        if task.clause_number not in leads:
            order.append(task.clause_number)
        leads.setdefault(task.clause_number, []).append(task)
    joined: dict[str, str] = {}
    for above, label in zip(order, order[1:]):
        if not (_numbered(above) and _numbered(label)) or " ý " in "".join(t.clause for t in leads[label]):
            continue
        own = leads[joined.get(above, above)]
        committees = {t.lead_agency for t in own}
        if len(committees) != 1 or not all(t.lead_kind in LOCAL_KINDS and t.group for t in own):
            continue
        names = {t.lead_agency for t in leads[label]}
        # The paragraph names the committees again (they are its localities), or follows theirs at once, on a page
        # whose paragraphs above did not ask "các địa phương" apart from them (then the word names those again).
        alone = names == {LOCALITIES} and label in adjacent and not any(
            t.lead_agency == LOCALITIES for earlier in order[: order.index(label)] for t in leads[earlier])
        if names == committees | {LOCALITIES} or alone:
            joined[label] = joined.get(above, above)
    if not joined:
        return tasks
    kept: list = []
    for task in tasks:
        target = joined.get(task.clause_number)
        if target is None:
            kept.append(task)
            continue
        base = next(t for t in kept if t.clause_number == target)
        base.text = f"{base.text} {task.text}".strip()
        base.due_on, base.recurrence, base.due_text = base.due_on or task.due_on, base.recurrence or task.recurrence, \
            base.due_text or task.due_text
    shift = {label: str(int(label) - sum(int(j) < int(label) for j in joined)) for label in order
             if _numbered(label) and label not in joined}
    for task in kept:
        number, _, part = task.clause.partition(" ý ")
        if number in shift:
            task.clause = f"{shift[number]} ý {part}" if part else shift[number]
    return kept


def _within_paragraph(tasks: list) -> list:
    """One paragraph that asks the committees, then "Các địa phương" ("Sở X đề nghị UBND các huyện rà soát … . Sở
    đề nghị các địa phương hoàn tất … trước ngày 30-8"): the same committees, one task, which takes its date."""
    kept: list = []
    for task in tasks:
        own = [t for t in kept if t.clause == task.clause]
        if task.lead_agency == LOCALITIES and len(own) == 1 and own[0].lead_kind in LOCAL_KINDS and own[0].group:
            base = own[0]
            base.text = f"{base.text} {task.text}".strip()
            if base.due_on is None and base.recurrence is None:
                base.due_on, base.recurrence, base.due_text = task.due_on, task.recurrence, task.due_text
            continue
        kept.append(task)
    return kept
