"""A page's request above the list it introduces: "Theo đó, UBND tỉnh yêu cầu các sở, ngành và UBND cấp xã
quán triệt …" stands as a paragraph of its own, then "…, UBND tỉnh yêu cầu:" opens the bullets that give each
body its work. The page read as a list keeps only the bullets; the paragraph above already asks bodies by
name for work of their own, so it is the letter's first point and the bullets count after it."""

from __future__ import annotations

from .clauses import BULLET, Body, Clause
from .closing_requests import IMPLEMENTING, REPORT_BY_DATE, REQUEST
from .subjects import leading_subjects
from .text import fold, paragraphs


def with_opening_request(body: Body, prose: str) -> Body:
    """The body with the page's request right above its list's introduction as clause 1, when that request
    names its bodies (no catch-all) and gives them work of their own, not the text's implementation."""
    if not body.page or not body.intro.endswith(":") or not body.clauses \
            or any(c.parent or c.children or c.units for c in body.clauses) \
            or [c.ref for c in body.clauses] != [str(n) for n in range(1, len(body.clauses) + 1)]:
        return body
    paras = paragraphs(prose)
    if body.intro not in paras or (at := paras.index(body.intro)) == 0:
        return body
    above = paras[at - 1]
    if BULLET.match(above) or not _asks_by_name(above):
        return body
    for number, clause in enumerate(body.clauses, start=2):
        clause.ref = str(number)
    return Body([Clause(ref="1", heading=above), *body.clauses], body.intro, body.closing, body.page)


def _asks_by_name(paragraph: str) -> bool:
    """Whether a paragraph opens with a request ("Theo đó, UBND tỉnh yêu cầu …") to bodies it names, their
    work written after them in lower case and more than the text's implementation."""
    request = REQUEST.match(fold(paragraph))
    if request is None:
        return False
    subjects, end = leading_subjects(paragraph[request.end() :])
    written = paragraph[request.end() + end :].lstrip(" ,:")
    work = fold(written)
    formula = IMPLEMENTING.match(work) and not REPORT_BY_DATE.search(work)
    return bool(subjects) and not any(m.catch_all for m in subjects) and written[:1].islower() \
        and not formula and len(work.split()) >= 4
