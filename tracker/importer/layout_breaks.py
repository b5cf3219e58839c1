"""Breaks of layout a plan's text carries from its page: a section's only paragraph that also closes the
document ("./."), a heading of bodies cut in two by a blank line in the middle of a name, and a chapter's
heading on lines of its own."""

from __future__ import annotations

import re

from .names import find_mentions

# A title ends with no stop: "VII. CHẾ ĐỘ BÁO CÁO", "5. Chế độ thông tin, báo cáo".
SENTENCE_END = re.compile(r"[.;!?]\s*$")


def fills_empty_section(heading: str, has_content: bool, paragraph: str) -> bool:
    """Whether a paragraph closing the body ("… trước ngày 20/11 hằng năm./.") is the only content of the
    section title right above it ("VII. CHẾ ĐỘ BÁO CÁO" then "Các sở, ngành gửi báo cáo … ./."): the
    closing mark ends the document, yet the paragraph is that section's text, not a formula after it."""
    if has_content or SENTENCE_END.search(heading) or len(heading.split()) > 12:
        return False
    return len(paragraph.split()) >= 6


def continues_heading(heading: str, has_content: bool, paragraph: str, bulleted: bool) -> bool:
    """Whether a paragraph goes on with the heading above it, cut by a blank line inside a name: "3. Đề nghị
    Ủy ban MTTQ tỉnh, Hội Liên hiệp" / "Phụ nữ tỉnh và các hội đoàn thể" (a page break, a PDF's
    column). A name that reads across the break tells it; a sentence of its own (ending with a stop) or a
    bullet is the heading's first content."""
    if has_content or bulleted or SENTENCE_END.search(heading) or heading.rstrip().endswith(":"):
        return False
    if SENTENCE_END.search(paragraph) or len(paragraph.split()) > 25 or not paragraph[:1].isupper():
        return False
    cut = len(heading)
    return any(m.start < cut < m.end for m in find_mentions(f"{heading} {paragraph}"))


# A chapter's (or part's, or section's) heading on its own line, its number and perhaps its title in capitals
# after it: "Chương IV", "CHƯƠNG II. TỔ CHỨC THỰC HIỆN", "Mục 2".
CHAPTER = re.compile(r"^(?:Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN)\s+(?:[IVXLC]+|\d{1,2})\b\.?(.*)$")


def _chapter(paragraph: str) -> bool:
    m = CHAPTER.match(paragraph)
    return m is not None and not any(c.islower() for c in m.group(1))


def chapter_heading(paragraph: str, previous: str) -> bool:
    """A chapter's heading, or its title in capitals on the line below it: they open the chapter and belong
    to none of the clauses of the one before, whose last point would otherwise read "Chương IV" as its work."""
    return _chapter(paragraph) or is_title_line(paragraph) and _chapter(previous)


def is_title_line(paragraph: str) -> bool:
    """A line in capitals (a header or title), not a sentence."""
    letters = [c for c in paragraph if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)
