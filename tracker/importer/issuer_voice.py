"""The issuer's own voice on a page that reports its letter: "Bộ X vừa ban hành văn bản số …" tells who issued
it, and a paragraph in which the same body asks ("Trước …, Bộ X chỉ đạo các địa phương chủ động …", "Bộ X yêu cầu
…") is the issuer speaking. The issuer asks; it is no lead of its own work, and the bodies it asks are those of
the paragraphs that set the letter out."""

from __future__ import annotations

from .text import fold
from .vocabulary import ASKS_AFTER_NAME

# The localities in general words, as a sapo sums up those a central letter asks.
LOCALITIES = {"cac dia phuong", "cac dia phuong, don vi", "cac tinh, thanh pho"}


def page_issuer(paragraphs: list[str]) -> tuple[str | None, int]:
    """The body a page reports issuing the letter: the one named, as no group, before the words of the issue in
    the first paragraph that reports it ("Bộ X vừa ban hành văn bản số …", "Ngày 3/5, UBND tỉnh A đã có công văn
    …"), and that paragraph's position (None, 0 when none does)."""
    from .fragments import REPORTS_ISSUE  # fragments read names, which read this module's neighbours
    from .names import find_mentions

    for position, paragraph in enumerate(paragraphs):
        issue = REPORTS_ISSUE.search(fold(paragraph))
        if issue is None:
            continue
        named = [m for m in find_mentions(paragraph[: issue.start()]) if not m.group and not m.catch_all]
        return (named[0].name if named else None), position
    return None, 0


def _in_general_words(lead: str) -> bool:
    """A lead a sapo names in general words, no body of its own: "các địa phương", "các cơ quan, đơn vị". A sapo
    that names a body ("Nay, UBND tỉnh tiếp tục đề nghị Sở X …" above the letter it recalls) is a request itself."""
    from .catch_all_addressees import readers_named

    return fold(lead).strip() in LOCALITIES or readers_named(lead)


def issuer_asking(body, tasks: list) -> set[str]:
    """The page's paragraphs in which the body the page reports issuing the letter asks in its own name: above
    that report, the page's sapo summing the letter up, naming no body of its own ("Trước …, Bộ X chỉ đạo các địa
    phương chủ động …"); anywhere, a paragraph the issuer alone was drafted to lead ("Bộ X yêu cầu giám đốc các đơn vị
    nêu trên khẩn trương triển khai thực hiện.", the bodies of its holders not read). No clause (their tasks are
    dropped): the clauses are the paragraphs whose bodies the issuer asks."""
    from .names import find_mentions

    # The report may stand in the page's introduction, before its first paragraph read as a clause.
    issuer, report = page_issuer([body.intro or "", *(clause.text for clause in body.clauses)])
    if issuer is None:
        return set()
    leads: dict[str, set[str]] = {}
    for task in tasks:
        leads.setdefault(task.clause_number, set()).add(task.lead_agency)
    asking = set()
    for position, clause in enumerate(body.clauses, 1):
        if clause.ref not in leads or not all(lead == issuer or position < report and _in_general_words(lead)
                                              for lead in leads[clause.ref]):
            continue
        own = next((m for m in find_mentions(clause.heading) if m.name == issuer), None)
        if own is not None and ASKS_AFTER_NAME.match(fold(clause.heading), own.end):
            asking.add(clause.ref)
    return asking
