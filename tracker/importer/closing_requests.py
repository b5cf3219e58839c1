"""A notice's last paragraph that asks named bodies for work of their own: "Đề nghị Đài Truyền thanh xã,
Trưởng các ấp thông báo rộng rãi … để Nhân dân biết./." The closing mark "./." ends the body, yet the
paragraph is a clause of it; a closing that only tells everyone to implement the text is none."""

from __future__ import annotations

import re

from .clauses import Body, Clause
from .continued import ADDS
from .plan_readers import cyclic_report
from .repeats import EAGERLY
from .subjects import leading_subjects
from .text import fold
from .vocabulary import REQUEST_WORDS

# The request, after its speaker ("UBND xã đề nghị …") or a short phrase ("Vậy, đề nghị …").
# A connector may open it, the request adding to the plan's contents above ("Ngoài ra, UBND tỉnh yêu cầu …").
REQUEST = re.compile(rf"(?:{ADDS.pattern})?(?:\S+\s+){{0,6}}?{REQUEST_WORDS}\s+")
# Work that is only the text's implementation ("nghiêm túc triển khai thực hiện", "thực hiện tốt nội dung
# Thông báo này", "tổ chức quán triệt …", "chỉ đạo các cơ quan … thực hiện"): the closing formula.
# Implementing the text with a report due by a date ("… triển khai thực hiện, báo cáo về UBND tỉnh trước ngày
# 15/8/2021") is work of its own, no formula.
REPORT_BY_DATE = re.compile(r"\bbao cao\b[^.;]*\btruoc ngay\s+\d")
# So is a report on a cycle (plan_readers.cyclic_report).
ROMAN = re.compile(r"[IVXLC]+")
NOTE = re.compile(r"\([^()]*\)\.?$")
# The formula before such a report ("… nghiêm túc triển khai thực hiện; định kỳ … báo cáo …", "căn cứ nhiệm vụ được
# phân công triển khai thực hiện tốt Kế hoạch này. Định kỳ 06 tháng … báo cáo …") asks for nothing of its own: the
# clause keeps the report alone. A few words of the last name may come first.
BY_REMIT = r"(?:can cu\s+(?:chuc nang,?\s+)?nhiem vu\s+duoc\s+(?:phan cong|giao)\s*,?\s*)?"
FORMULA_FIRST = re.compile(rf"(?:\S+\s+){{0,3}}?{BY_REMIT}(?:{EAGERLY}\s*,?\s*)*(?:(?:trien khai|to chuc)\s+)?thuc hien"
                           r"(?:\s+(?:tot|theo|dung))?(?:(?:\s+\S+){0,3}?\s+nay)?\s*[;.]\s*")
# Wider than repeats.ONLY_IMPLEMENT, which reads a whole work: here only the work's first verb is read.
IMPLEMENTING = re.compile(rf"(?:{EAGERLY}\s*,?\s*)*"
                          r"(?:trien khai|thuc hien|to chuc|chi dao|phoi hop|can cu|theo doi|biet|nam)\b")


def with_closing_request(body: Body) -> Body:
    """The body with its closing request as one more numbered clause, when it asks bodies by name."""
    # The request may stand before a closing that asks nothing ("Trong quá trình thực hiện, nếu có vướng mắc …").
    if (not body.closing or not _asks_by_name(body.closing)) and (trailing := _trailing_request(body)) is not None:
        return trailing
    return _closing_read(body)


def _closing_read(body: Body) -> Body:
    """The body with its closing as one more clause, when the closing asks bodies by name for work."""
    top = [c for c in body.clauses if c.parent is None]
    section = _last_section(top) if top else None
    if not body.closing or not top or not (all(c.ref.isdigit() for c in top) or section):
        return body
    closing = _past_summary(body.closing)
    request = REQUEST.match(fold(closing))
    if request is None:
        return body
    subjects, end = leading_subjects(closing[request.end() :])
    written = closing[request.end() + end :].lstrip(" ,:")
    cyclic = cyclic_report(written)
    if not subjects or not _asks_work(subjects, written, cyclic):
        return body
    heading = without_closing_mark(closing)
    if cyclic and (first := FORMULA_FIRST.match(fold(written))):
        cut = len(closing) - len(written) + first.end()
        heading = f"{heading[: request.end() + end].rstrip()} {heading[cut:]}"
    if section is not None:
        # Under sections ("V. TỔ CHỨC THỰC HIỆN" and its items 1 … 5), the request is the last section's next item.
        clause = Clause(ref=f"{section.ref}.{len(section.children) + 1}", heading=heading, parent=section)
        section.children.append(clause)
    else:
        clause = Clause(ref=str(max(int(c.ref) for c in top) + 1), heading=heading)
    return Body([*body.clauses, clause], body.intro, "", body.page)


def _trailing_request(body: Body) -> Body | None:
    """A request the last item ends on, with no closing mark after it ("21. Các cơ sở đào tạo … / Yêu cầu các sở,
    ban, ngành; UBND các xã … triển khai …. Định kỳ 06 tháng … báo cáo …"): the same closing, when it asks work. Only
    after an item that names its own doers: under an item that names none ("4. Thống nhất chủ trương … / Giao X …")
    the request is the item's own assignment."""
    last = body.clauses[-1] if body.clauses else None
    if last is None or last.children or not last.units or not _names_doers(last):
        return None
    # A note wholly in brackets may follow ("(Kèm theo Phụ lục …)"), or the issuer's word of what it will do itself
    # ("Bộ X sẽ thành lập các đoàn …"): the request stands before them.
    at = next((i for i in range(len(last.units) - 1, -1, -1)
               if not NOTE.match(last.units[i]) and not _promise(last.units[i])), None)
    # "Đồng thời, giao X …" (at the same time) goes on with the item's own work: no request of its own.
    if at is None or last.bulleted[at] or not REQUEST.match(fold(last.units[at])) or ALONGSIDE.match(fold(last.units[at])):
        return None
    read = _closing_read(Body(body.clauses, body.intro, last.units[at], body.page))
    if read.clauses and read.clauses[-1] is not last and body.closing:
        read = Body(read.clauses, read.intro, body.closing, read.page)
    if not read.clauses or read.clauses[-1] is last:
        return None
    del last.units[at], last.bulleted[at]
    return read


def _names_doers(item: Clause) -> bool:
    """Whether an item names its doers, or is a point under an item that does ("2. UBND … chỉ đạo Sở X … thực
    hiện các nội dung sau: / 2.1 … / 2.2 …"): the points are that item's work, not a request's."""
    return bool(leading_subjects(item.heading)[0] or item.parent is not None and leading_subjects(item.parent.heading)[0])


def _asks_work(subjects: list, written: str, cyclic: bool) -> bool:
    """Whether the request asks its addressees for work of their own, not the closing formula (`cyclic`: the
    work sets a report on a cycle)."""
    work = fold(written)
    # The work opens with its verb in lower case; a capital is more of a name the list goes on with.
    formula = IMPLEMENTING.match(work) and not REPORT_BY_DATE.search(work) and not cyclic and not _directs_work(written)
    # A catch-all among the addressees marks the formula ("… và các cơ quan liên quan … triển khai thực hiện"),
    # unless the work sets a report on a cycle: for the bodies named beside it, or for general words alone ("Đề
    # nghị các cơ quan, đơn vị …; định kỳ hằng năm báo cáo …"), who lead as the plan's own bodies (plan_readers).
    catch_all = any(m.catch_all for m in subjects) and not cyclic
    return not catch_all and written[:1].islower() and not formula and len(work.split()) >= 4


def without_closing_mark(closing: str) -> str:
    """The closing paragraph with its end mark "./." as a plain full stop, to be read as a clause."""
    return re.sub(r"\s*\./\.?\s*$", ".", closing)


def _last_section(top: list[Clause]) -> Clause | None:
    """The last Roman section, when every top clause is one and the last has numbered items of its own."""
    last = top[-1]
    if not all(ROMAN.fullmatch(c.ref) for c in top) or not last.children:
        return None
    return last if all(c.ref == f"{last.ref}.{i}" for i, c in enumerate(last.children, 1)) else None


def _directs_work(written: str) -> bool:
    """ "chỉ đạo <bodies> tăng cường kiểm tra …": the addressees are to have named bodies do work of their own; only
    "chỉ đạo <bodies> (triển khai) thực hiện" is the formula."""
    directing = DIRECTING.match(fold(written))
    if directing is None:
        return False
    subjects, end = leading_subjects(written[directing.end() :])
    rest = written[directing.end() + end :].lstrip(" .,…")
    return bool(subjects) and rest[:1].islower() and not IMPLEMENTING.match(fold(rest))


DIRECTING = re.compile(r"chi dao\s+")


def _asks_by_name(closing: str) -> bool:
    closing = _past_summary(closing)
    request = REQUEST.match(fold(closing))
    return request is not None and bool(leading_subjects(closing[request.end() :])[0])


# The closing's first sentence that only sums the text up ("Trên đây là Kế hoạch … ."): the request comes after it.
SUMMARY = re.compile(r"\s*tren day la\b[^.;]*\.\s+(?=\S)")


def _past_summary(closing: str) -> str:
    summary = SUMMARY.match(fold(closing))
    return closing[summary.end() :] if summary else closing


def _promise(unit: str) -> bool:
    """ "Bộ X sẽ thành lập …": what the issuer (or another body) will do, no request."""
    subjects, end = leading_subjects(unit)
    return bool(subjects) and PROMISE.match(fold(unit[end:])) is not None


ALONGSIDE = re.compile(r"dong thoi\b")
PROMISE = re.compile(r"\s*(?:(?:cung|van|tiep tuc)\s+)*se\b")
