"""Headings that name whose work follows: "5. Sở Y tế:", "Trách nhiệm của Sở X", an article of a
Quy chế ("Điều 4. Sở X có nhiệm vụ"), and the items under such a heading that are read as its own."""

from __future__ import annotations

import re
from dataclasses import replace

from .announced_work import announced_work
from .article_owners import general_owner, owned_groups
from .asked_items import asked_items
from .assembly import LETTERED
from .bare_provinces import province_named
from .clauses import PAREN, SMALL_ROMAN, Clause
from .item_charges import charged_over_items, detailed_charge
from .name_shapes import official_name, posted_body
from .names import Mention
from .remits import FUNCTIONS
from .segment_subjects import own_subjects
from .subjects import leading_subjects
from .text import fold


def lettered_items(clause: Clause) -> list[Clause]:
    """The "a)", "b)" items of a clause headed by an agency ("1. Sở Y tế" then "a) Chủ trì …"): they
    are that agency's work, read as the clause's own bullets (one task, timed items apart)."""
    heading = agency_heading(clause)
    if not clause.children:
        return []
    if not heading:
        return asked_items(clause)  # "Để …; Chính phủ yêu cầu X, Y … những nội dung sau:" over the items
    if any(c.children for c in clause.children) and all(m.catch_all for m in heading[0]) \
            or all(general_owner(m) for m in heading[0]) and all(_names_own_body(c) for c in clause.children):
        return []  # "Trách nhiệm của các cơ quan, đơn vị", then each body's khoản: read one by one
    # An article of a Quy chế ("Điều 7. Phòng X có nhiệm vụ", khoản "1.", "2.", points "3.a") is read
    # whole: every khoản and point under it, in order.
    below = descendants(clause)
    if all(c.nested for c in below):
        return below
    # A plan printed inside a decision's first article ends on a point ("d) Phối hợp …"), and the next
    # article ("Điều 2. Quyết định này có hiệu lực …") hangs under that last point: the points are still
    # the heading's; what hangs under the last one, numbered apart, is none of its work.
    points = clause.children
    last = points[-1]
    if all(c.nested for c in points) and all(c.nested for c in points[:-1] for c in descendants(c)) \
            and LETTERED.search(last.ref) and not any(c.nested for c in descendants(last)):
        return [node for point in points[:-1] for node in (point, *descendants(point))] + [last]
    return []


def _names_own_body(item: Clause) -> bool:
    """Whether an item opens with a body of its own ("1. Sở X chịu trách nhiệm …", "4. UBND cấp huyện")."""
    subjects, _ = own_subjects(item.heading)
    return any(not s.catch_all for s in subjects)


def item_labels(clause: Clause, units: list[tuple[str, bool]]) -> dict[int, str]:
    """The label of each unit that is an item of its own, by its position among the units (from 1):
    the lettered items of a clause headed by an agency, appended to the units as its bullets, and
    the items numbered in brackets under a clause ("(2) Huy động … trước ngày 30/11"), which keep
    their printed number under the clause ("1.2")."""
    labels = {number: _bracket_label(clause.ref, m.group(1)) for number, (unit, bulleted) in enumerate(units, start=1)
              if not bulleted and (m := PAREN.match(unit))}
    for item in lettered_items(clause):
        # An item whose title ends with ':' is one piece with its bullets; else a paragraph after it
        # is a piece of its own ("10. Thường xuyên kiểm tra …" then "Phòng X kiểm tra … một lần/năm").
        pieces = [item.text] if item.heading.rstrip().endswith(":") \
            else [item.heading, *item.units]
        for index, piece in enumerate(pieces):
            # A paragraph after a point ("c) …") that names who acts again ("Hàng quý, UBND xã có trách
            # nhiệm …") is the khoản's own, not the point's.
            if not (index and LETTERED.search(item.ref) and own_subjects(piece)[0]):
                labels[len(units) + 1] = item.ref
            units.append((piece, True))
    return labels


def inline_item(ref: str, segment: str, label: str | None) -> str | None:
    """The label of a part of a unit: its own bracketed number where items run on in one paragraph
    ("(1) trình … ; (2) hoàn thành …"), else the unit's label (or the last item's, as its continuation).
    A lettered item's own label is kept."""
    bracket = PAREN.match(segment.lstrip("- "))
    if bracket and (label is None or re.fullmatch(rf"{re.escape(ref)}\.\d+", label)):
        return _bracket_label(ref, bracket.group(1))
    return label


def _bracket_label(ref: str, number: str) -> str:
    """The label of an item numbered in brackets under the clause `ref`. Items in small Roman numerals
    are never a clause's printed number: under one of them ("1.b.i"), the next ("(ii) …", run into it
    when its doer was not named first) is its sibling, "1.b.ii"."""
    own = ROMAN_ITEM.search(ref)
    if own and ROMAN_ITEM.fullmatch(f".{number}"):
        return f"{ref[: own.start()]}.{number}"
    return f"{ref}.{number}"


ROMAN_ITEM = re.compile(rf"\.(?:{SMALL_ROMAN})$")


def descendants(clause: Clause) -> list[Clause]:
    """The clauses under this one, at any depth, in document order."""
    return [node for child in clause.children for node in (child, *descendants(child))]


# A heading that names whose duties follow: "Trách nhiệm của Sở X", "Nhiệm vụ của …", "Đối với UBND …";
# an article's title may leave out "của" ("Trách nhiệm Văn phòng UBND tỉnh"): a body's name must follow.
HEADING_OWNER = re.compile(r"\s*(?:(?:trach nhiem|nhiem vu)(?:\s+cu the)?(?:\s+cua)?|doi voi)\s+")
# An article's title that names the work a body leads: "Nội dung Sở X có trách nhiệm chủ trì" (the
# content Sở X is charged to lead): Sở X's duties, said so only when the title ends on the charge.
CONTENT_OWNER = re.compile(r"\s*noi dung(?:\s+(?:cong viec|nhiem vu))?\s+(?:(?:ma|do)\s+)?")


# An article's title that names whose duties follow: "Sở X có nhiệm vụ", "X có các nhiệm vụ sau:".
DUTIES = re.compile(r"(?:co|chiu)\s+(?:cac\s+)?(?:nhiem vu|trach nhiem)(?:\s+(?:va\s+)?(?:quyen han|trach nhiem))?"
                    r"(?:\s+(?:chu tri|thuc hien))?(?:\s+(?:nhu sau|sau day|sau|cu the))?\s*(?=[:.]|$)")
# The same title as a sentence over the items it lists: "Sở X có nhiệm vụ giúp UBND tỉnh … cụ thể như
# sau:" — whatever says whom it helps, the items below are the body's duties.
DUTIES_LISTED = re.compile(r"(?:co|chiu)\s+(?:cac\s+)?(?:nhiem vu|trach nhiem)\b[^:.;]*?\b(?:nhu sau|sau day)\s*(?=:$)")
# A body's role in a steering body, set after its name by a dash: "Sở Tài chính - Cơ quan thường trực
# Ban Chỉ đạo", "Công an tỉnh – Thường trực Tiểu ban": the body's own heading.
ROLE_APPOSITION = re.compile(r"[-–]\s*(?:la\s+)?(?:co quan|thuong truc|dau moi|thanh vien|(?:pho\s+)?truong ban)\b[^:.]*")
# A body's charge to lead the items below, and with whom: "Bộ X chủ trì, phối hợp với các cơ quan, địa
# phương:" — the body's own heading, its helpers kept as the items' first words, with the colon that puts
# them over every item (an item timed apart is still done with them).
LEAD_CHARGE = re.compile(r"chu tri(?:\s*,?\s*(?:va\s+)?phoi hop(?:\s+chat che)?\s+voi\s+[^:.;]+)?\s*(?=:$)")
# A remark in brackets after the owner a title names ("Trách nhiệm của các cơ quan cấp trên (bao gồm cả …):"):
# it says whom the name takes in; the title still names its owner.
REMARK = re.compile(r"\([^()]*\)\s*(?=[:.]?$)")
WHERE = re.compile(r"(?:tren dia ban|thuoc|cua)\s+(?:xa|phuong|tinh|huyen|thanh pho|dac khu)\b[^:.]{0,40}")

# The bodies' remit after their names in a heading: "theo chức năng, nhiệm vụ, thẩm quyền (được giao)",
# after a pointer back to the bodies the document addressed ("các tỉnh, thành phố nêu trên").
SCOPE = re.compile(rf",?\s*(?:(?:neu tren|noi tren|tren day)\s+)?theo {FUNCTIONS}(?=\s*[:.]|$)")
# Which of the bodies named matter most, after them: "…, trong đó trọng tâm là các tỉnh: A, B", "nhất là …".
FOCUS = re.compile(r",?\s*(?:trong do\s+(?:(?:trong tam|tap trung|chu yeu)\s+)?(?:la\s+)?|nhat la\s+|dac biet la\s+)")


def agency_heading(clause: Clause) -> tuple[list[Mention], str] | None:
    """The agencies a heading consists of ("5. Sở Giáo dục và Đào tạo:", "Trách nhiệm của Sở Y tế")
    and any text after ':'."""
    owner = HEADING_OWNER.match(fold(clause.heading))
    content = None if owner else CONTENT_OWNER.match(fold(clause.heading))
    offset = owner.end() if owner else content.end() if content else 0
    # A heading is a name by its place: written as a body's name is ("Ban công tác Mặt trận các thôn").
    subjects, end = leading_subjects(official_name(clause.heading[offset:]))
    if owner and not subjects:
        subjects, end = province_named(clause.heading[offset:])  # "Đối với thành phố Hà Nội": its UBND
    if owner and not fold(clause.heading).lstrip().startswith("doi voi"):
        subjects = owned_groups(subjects, clause.heading, offset)  # "Trách nhiệm của các cơ quan, đơn vị"
        end = max([end, *(m.end for m in subjects)])
    remainder = clause.heading[offset + end :].strip()
    if owner and (remark := REMARK.match(remainder)):
        remainder = remainder[remark.end() :].strip()
    where = WHERE.match(fold(remainder))
    if where:
        if len(subjects) == 1 and subjects[0].catch_all:
            # "Các cơ quan, đơn vị, địa phương thuộc tỉnh": general words keep where they are, the group as written.
            subjects = [replace(subjects[0], name=f"{subjects[0].name} {remainder[: where.end()].strip()}")]
        remainder = remainder[where.end() :].strip()  # "… các thôn trên địa bàn xã": where, not who
    if subjects and not owner and charged_over_items(fold(remainder)):
        # "Các sở căn cứ chức năng, nhiệm vụ …:", "UBND các huyện … tập trung thực hiện các nhiệm vụ sau:".
        return [replace(m, start=m.start + offset, end=m.end + offset) for m in subjects], ""
    if subjects and not owner and (charge := detailed_charge(fold(remainder))):
        # "… tập trung triển khai ngay các biện pháp …, trong đó:": the charge is the first of their work.
        return [replace(m, start=m.start + offset, end=m.end + offset) for m in subjects], remainder[:charge].strip(" ,")
    if len(subjects) == 1 and not owner and not content and (work := announced_work(fold(remainder), descendants(clause))):
        return [replace(subjects[0], start=subjects[0].start + offset, end=subjects[0].end + offset)], remainder[:work].strip(" ,")
    if FOCUS.match(fold(remainder)) and remainder.endswith(":"):
        remainder = ":"  # "UBND các tỉnh từ X đến Y, trong đó trọng tâm là các tỉnh: A, B:": the group's work
    scope = SCOPE.match(fold(remainder))
    if scope:
        remainder = remainder[scope.end() :].strip()  # "X, Y theo chức năng, nhiệm vụ:": how, not who
    role = ROLE_APPOSITION.match(fold(remainder))
    # Over the items it heads, or before its colon; a sentence that goes on with the body's work is no heading
    # ("Sở X - cơ quan thường trực Ban Y giúp Ban Y tham mưu …").
    if role and (clause.units or clause.children or remainder[role.end() :].lstrip().startswith(":")):
        remainder = remainder[role.end() :].strip()
    duties = DUTIES.match(fold(remainder)) or DUTIES_LISTED.match(fold(remainder))
    if duties:
        remainder = remainder[duties.end() :].strip()  # "Sở X có nhiệm vụ:": a title naming the body
    charge = None if duties else LEAD_CHARGE.match(fold(remainder))
    if charge and subjects:
        return [replace(m, start=m.start + offset, end=m.end + offset) for m in subjects], remainder.strip()
    if content and not duties:
        return None  # "Nội dung phối hợp chung", "Nội dung Sở X …" with no charge: no body's duties
    if subjects and (not remainder or remainder[0] in ":."):
        return [replace(m, start=m.start + offset, end=m.end + offset) for m in subjects], remainder[1:].strip()
    posted = posted_body(clause.heading)
    if posted is not None:
        # "Đồng chí Trưởng Ban Xây dựng Đảng - Trưởng Tiểu ban: …": the person's home body acts.
        return [posted], clause.heading.partition(":")[2].strip()
    return None


def names_over_bullets(units: list[tuple[str, bool]], number: int) -> bool:
    """Whether a clause's unit (numbered from 1) may name whose work the bullets after it are: a bullet itself
    ("- Bộ Xây dựng", then "+ …"), or a paragraph ending on a colon ("Ủy ban nhân dân các tỉnh:", then "- …")."""
    unit, bulleted = units[number - 1]
    return (bulleted or unit.rstrip().endswith(":")) and number < len(units) and units[number][1]


def name_title(bullet: str) -> list[Mention]:
    """The bodies a bullet consists of, and nothing else ("- Bộ Công Thương", "- Đề nghị Hội X:"), when
    bullets follow it: a sub-heading naming whose work they are, as a numbered agency heading does (a
    name over plain text, "- Ban X:" then "Không quá 05 người", is an entry of a list, which the caller
    tells apart)."""
    subjects, end = leading_subjects(bullet)
    if not subjects or bullet[end:].strip(" :.") or all(s.catch_all for s in subjects):
        return []
    return subjects
