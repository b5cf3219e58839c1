"""The numbered structure of a directive's body: sections, clauses, their bullets."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .annexes import annex_pointers, annex_start
from .doc_kinds import CITED_KINDS, NUMBERED, TERM_KINDS, WORD_KINDS
from .clause_labels import close_above, nested_ref, numbered_letter, ordinal_point, under_section
from .date_shapes import SHORT_YEAR, STROKE_OR_DASH, day_month, to_year
from .fragments import bodies_act_at_once, directs, headline, headline_apart, joined_to_request, request_after_basis
from .layout_breaks import chapter_heading, continues_heading, fills_empty_section, is_title_line
from .ordinals import ordinal_item
from .page_labels import issue_apart
from .section_titles import titles_apart
from .segment_subjects import own_subjects
from .subjects import leading_subjects
from .text import MARKER, UPPER, fold, paragraphs

ROMAN = re.compile(r"^\s*([IVXLC]+)[.\-)]\s*")
# A lettered part above the Roman sections ("A. MỤC ĐÍCH, YÊU CẦU", "B. NỘI DUNG"): a capital letter, a title in capitals.
PART = re.compile(r"^\s*([A-H])\.\s+(?=\S)")
NUMBER = re.compile(r"^\s*(?:Điều\s+)?(\d{1,2}(?:\.\d{1,2})*)(?:[.):]|\s?-|/(?=\s))\s*")
LETTER = re.compile(r"^\s*([a-zđ])[).]\s*")
BULLET = re.compile(r"^\s*([-+•–])\s*")
END_OF_BODY = re.compile(r"^(Nơi nhận|TM\.|T/M|KT\.|Q\.|TL\.|TUQ\.|PHỤ LỤC|Phụ lục|(?:Tệp|File|Tập tin|Tài liệu) đính kèm\b)")
# The place and date line, its day and month possibly left blank for the stamp ("Hà Nội, ngày tháng năm"):
# a place is written with capitals ("Bến Tre", "Phường 3"); a date inside a sentence ("… dân số, ngày 28
# tháng 02 năm 2017, Chủ tịch …") follows a word in lower case and is no header's line.
DATE_LINE = re.compile(rf"(?:^|(?<!\S)[{UPPER}\d][^\s,]*)\s*,\s*ngày\s+(?:\d{{1,2}}\s+)?tháng\b")
# A legal basis ("Căn cứ Điều 34 Luật Doanh nghiệp …;"), which states no work: it cites a document.
LEGAL_BASIS = re.compile(rf"^can cu\b.{{0,80}}?\b(?:(?:bo luat|hien phap|{TERM_KINDS})\b|(?:{WORD_KINDS}){NUMBERED})")
# A letter's opening account of what happened before it: "Ngày 04/12 (30-8, 5 tháng 9), UBND tỉnh ban hành …",
# "Công văn nêu rõ: UBND tỉnh nhận được Báo cáo số …", "Theo văn bản số 12/BC-SYT …" (what another body wrote),
# "Thực hiện (chỉ đạo của UBND tỉnh tại) Công văn số …", "Thực hiện Chương trình hành động số …" (its grounds): with no numbers, no clause unless it asks.
PAST_ACCOUNT = re.compile(rf"^(?:ngay\s+{day_month(STROKE_OR_DASH)}(?:{to_year(STROKE_OR_DASH)}{SHORT_YEAR})?\s*,"
                          rf"|theo (?:to trinh|{CITED_KINDS})\s+(?:so\s*)?\d|thuc hien\b.{{0,80}}?\b(?:{TERM_KINDS}|{WORD_KINDS}){NUMBERED}"
                          rf"|(?:\S+\s+){{0,8}}?(?:nhan duoc|(?:da|vua) ban hanh|ban hanh (?:{CITED_KINDS}) so)\b)")

# A page's turn to the background: "Trước đó, …", "Trước đó ngày 28-8, Thủ tướng có Công điện …".
BACKGROUND = re.compile(r"(?:truoc do|truoc day)(?:\s*,|\s+(?:vao\s+)?(?:ngay|thang|nam)\b)")


@dataclass
class Clause:
    """A numbered paragraph, the paragraphs under it that are not numbered, and where it sits."""

    ref: str
    heading: str
    units: list[str] = field(default_factory=list)  # bullets and continuation paragraphs
    bulleted: list[bool] = field(default_factory=list)
    parent: Clause | None = None
    children: list[Clause] = field(default_factory=list)
    nested: bool = False  # numbered within its parent ("4.1" under "Điều 4.", "1.c" under "1.")
    bracketed: bool = False  # numbered in brackets ("(1) Bộ Y tế …"), each opening with its doer

    @property
    def text(self) -> str:
        """The clause's words, its heading and the paragraphs under it, as one run of text."""
        return " ".join([self.heading, *self.units])

    @property
    def ancestors(self) -> list[Clause]:
        """The clauses this one sits under, outermost first."""
        node, chain = self.parent, []
        while node is not None:
            chain.insert(0, node)
            node = node.parent
        return chain


@dataclass
class Body:
    """The clauses in document order and the sentence that introduces them."""

    clauses: list[Clause]
    intro: str
    closing: str = ""  # the sentence that closes the body ("… thông báo để … biết, thực hiện./.")
    page: bool = False  # the paragraphs of a page without a header (portal, newspaper), read as clauses


def _style(paragraph: str) -> tuple[str, str, str] | None:
    """(style, number, text) of a numbered paragraph, or None."""
    part = PART.match(paragraph)
    if part and is_title_line(paragraph[part.end() :]) and len(paragraph[part.end() :].split()) >= 2:
        return "part", part.group(1), paragraph[part.end() :].strip()
    paren = PAREN.match(paragraph)
    if paren and _names_its_doer(paragraph[paren.end() :]):
        return "paren", paren.group(1), paragraph[paren.end() :].strip()
    if ordinal := ordinal_item(paragraph):
        return "ordinal", *ordinal
    if lettered := numbered_letter(paragraph):
        return lettered
    for name, pattern in (("roman", ROMAN), ("number", NUMBER), ("letter", LETTER)):
        m = pattern.match(paragraph)
        if m and (name != "number" or MARKER.match(paragraph) or paragraph.startswith("Điều")):
            number = m.group(1)
            style = f"number{number.count('.') + 1}" if name == "number" else name
            if paragraph.startswith("Điều"):
                style = "article"  # an article ("Điều 4.") holds numbered clauses ("1.", "2.") of its own
            return style, number, paragraph[m.end() :].strip()
    return None


# Items numbered in brackets under a clause ("(1) Bộ Y tế chỉ đạo …", "(2) Bộ Công an …"): a
# conclusion's tasks, each its own when it opens with the body that does it; brackets that only
# list contents ("(1) Số hộ có nhà bị sập") stay part of their clause. A conclusion numbers them in
# small Roman numerals as often ("(i) Bộ X …", "(ii) UBND tỉnh Y …"), kept as printed ("1.b.ii").
# Small Roman numerals, as items in brackets count them: "(i)" … "(x)".
SMALL_ROMAN = r"i{1,3}|iv|vi{0,3}|ix|x"
PAREN = re.compile(rf"^\s*\((\d{{1,2}}|{SMALL_ROMAN})\)\s*")


def _opens_bracketed_items(stack: list[tuple[str, Clause]]) -> bool:
    """Bracketed items are a clause's own when its heading introduces them ("… như sau:") or they go on
    from one another; after a note inside the clause ("Một số vấn đề lưu ý:") they remain notes."""
    if not stack:
        return False
    style, clause = stack[-1]
    return style == "paren" or not clause.units and clause.heading.rstrip().endswith(":")


def _names_its_doer(text: str) -> bool:
    # The doer may stand after the item's topic or time ("(3) Về X: giao Bộ Y …", "(4) Sau khi …, các bộ …").

    subjects, _ = own_subjects(text)
    return any(not m.catch_all for m in subjects)


REQUESTED = re.compile(r"\s*(?:de nghi|giao|yeu cau|chi dao)\b")


def _titles_its_body(paragraph: str) -> bool:
    """A paragraph that is a body's title over its duties ("Giám đốc Sở X có trách nhiệm:"), not a
    request to others ("Đề nghị các Sở thực hiện:"): in a letter without numbers it is one paragraph
    of the letter, its bullets its own."""
    from .headings import DUTIES  # headings and subjects read clauses; imported when used

    subjects, end = leading_subjects(paragraph)
    rest = fold(paragraph[end:]).strip()
    if not subjects or any(m.catch_all for m in subjects) or REQUESTED.match(fold(paragraph)):
        return False
    duties = DUTIES.match(rest)
    return rest == ":" or bool(duties) and rest[duties.end() :].strip() == ":"


def _sub_bullet(paragraph: str, first: str) -> bool:
    """A "+" bullet under items marked otherwise ("- Sở Y tế …:" then "+ Tham mưu …"): documents mark their
    items "-" and the points under an item "+", so a "+" is a point of the item above, not an item."""
    mark, top = BULLET.match(paragraph), BULLET.match(first)
    return bool(mark and top) and mark.group(1) == "+" and top.group(1) != "+"


def _is_closing(paragraph: str) -> bool:
    # The closing mark "./." ends the body; a web address closing a sentence ("tại website:
    # https://example.vn/.") ends the same way and is no closing.
    words = paragraph.split()
    if words and words[-1].endswith("/.") and not re.search(r"://|^www\.", words[-1]):
        return True
    return bool(END_OF_BODY.match(paragraph))


def split_body(text: str) -> Body:
    """Find the numbered clauses of the body (or, with no numbers, its top-level bullets, or else
    its paragraphs), and those of an annex the document issues ("Ban hành kèm theo Quyết định …")."""
    text = titles_apart(text)
    paras = paragraphs(text)
    date_line = next((i for i, p in enumerate(paras[:40]) if DATE_LINE.search(p)), -1)
    if date_line < 0:
        paras = issue_apart(paragraphs(headline_apart(text)))  # a page may open with its headline, a lead and its content
    start = next((i for i, p in enumerate(paras) if i > date_line and _style(p)), None)
    mode = "numbers"
    if start is None:
        mode = "bullets"
        start = next((i for i, p in enumerate(paras) if i > date_line and p.endswith(":") and i + 1 < len(paras)
                      and BULLET.match(paras[i + 1]) and "kinh gui" not in fold(p) and not closing_line(p)), None)
        if start is not None and (_titles_its_body(paras[start]) or annex_pointers(paras[start + 1 :])):
            start = None  # one body's duties under a paragraph, or pointers to annexes: read paragraphs
        elif start is not None:
            start += 1
    if start is None:
        mode, start = "paragraphs", _first_plain_paragraph(paras, date_line)
        if start is None:
            return Body([], "")
    intro = next((p for p in reversed(paras[:start]) if not BULLET.match(p)), "")
    clauses: list[Clause] = []
    stack: list[tuple[str, Clause]] = []
    article_at: int | None = None  # where the last article stood in the stack
    index, closing_text = start, ""
    while index < len(paras):
        paragraph = paras[index]
        index += 1
        closing = _is_closing(paragraph)
        styled = _style(paragraph)
        if mode == "bullets" and BULLET.match(paragraph) and not _sub_bullet(paragraph, paras[start]):
            styled = ("bullet", str(len(clauses) + 1), BULLET.sub("", paragraph, count=1))
        elif mode == "paragraphs" and not BULLET.match(paragraph) and not closing_line(paragraph):
            if LEGAL_BASIS.match(fold(paragraph)) and (request := request_after_basis(paragraph)):
                paragraph = request  # the basis is preamble, the request a clause
            if (LEGAL_BASIS.match(fold(paragraph)) or PAST_ACCOUNT.match(fold(paragraph)) and not directs(paragraph)
                    or date_line < 0 and _page_title(paragraph, paras[index:], index - 1 == start)) and not clauses:
                continue  # the legal bases, past events and headline a letter opens with are not its clauses
            if date_line < 0 and clauses and BACKGROUND.match(fold(paragraph)):
                if index >= len(paras) or not bodies_act_at_once(paras[index]):
                    break  # a page turning to what came before ("Trước đó ngày 28-8, Thủ tướng …") tells no more of this letter
                continue  # but an aside, when bodies are told to act right after it ("Trưởng thôn, … chịu trách nhiệm …")
            if date_line < 0 and clauses and joined_to_request(clauses[-1], paragraph):
                continue  # the request above goes on: its addressees' work
            styled = ("paragraph", str(len(clauses) + 1), paragraph)
        if styled is not None and (styled[0] == "paren" and not _opens_bracketed_items(stack) or ordinal_point(styled[0], stack)):
            styled = None
        if styled is None:
            if clauses and not clauses[-1].units and not clauses[-1].children and is_title_line(clauses[-1].heading) \
                    and is_title_line(paragraph) and not closing:
                # A section title in capitals wrapped onto a second line ("II. NỘI DUNG / THỰC HIỆN").
                clauses[-1].heading = f"{clauses[-1].heading} {paragraph}"
                continue
            if mode == "paragraphs" and (date_line < 0 and all(BULLET.match(p) for p in paras[:index]) or annex_pointers([paragraph])):
                continue  # the last bullets of a list a cut page opens with, or a pointer to an annex: no clause
            if clauses and chapter_heading(paragraph, paras[index - 2]):
                continue  # "Chương IV" and its title open a chapter: no point of the clause above
            filled = bool(clauses) and bool(clauses[-1].units or clauses[-1].children)
            if clauses and continues_heading(clauses[-1].heading, filled, paragraph, bool(BULLET.match(paragraph))):
                clauses[-1].heading = f"{clauses[-1].heading} {paragraph}"
                continue
            if closing or not clauses:
                if closing and clauses and not closing_line(paragraph) and fills_empty_section(clauses[-1].heading, filled, paragraph):
                    clauses[-1].units.append(BULLET.sub("", paragraph, count=1))
                    clauses[-1].bulleted.append(bool(BULLET.match(paragraph)))
                elif closing and not closing_line(paragraph):
                    closing_text = closing_text or paragraph
                index = annex_start(paras, index, _style)
                stack, article_at = [], None
                if index is None:
                    break
                continue
            clauses[-1].units.append(BULLET.sub("", paragraph, count=1))
            clauses[-1].bulleted.append(bool(BULLET.match(paragraph)))
            continue
        style, number, rest = styled
        close_above(style, stack, article_at)
        article_at = len(stack) if style == "article" else article_at
        parent = stack[-1][1] if stack else None
        nested = parent is not None and (style in ("letter", "paren") or stack[-1][0] == "article" and style.startswith("number"))
        ref = nested_ref(parent.ref, number) if nested else under_section(number, style, stack)
        clause = Clause(ref=ref, heading=rest, parent=parent, nested=nested, bracketed=style == "paren")
        if parent is not None:
            parent.children.append(clause)
        stack.append((style, clause))
        clauses.append(clause)
        if closing:
            index = annex_start(paras, index, _style)
            stack, article_at = [], None
            if index is None:
                break
    return Body(clauses, intro, closing_text, mode in ("paragraphs", "bullets") and date_line < 0)


def closing_line(paragraph: str) -> bool:
    """A line that ends the body: "Nơi nhận", a signature's capacity, an appendix, files attached ("Tệp đính kèm:")."""
    return bool(END_OF_BODY.match(paragraph))


def _page_title(paragraph: str, later: list[str], first: bool) -> bool:
    """A headline of a page without a header: its first line, or a subheading below the lead ("UBND tỉnh X: Bảo
    đảm …"); not a line of bodies and at once their work ("Các cơ quan, trường học treo cờ …"): a clause."""
    if not headline(paragraph, later):
        return False
    subjects, end = own_subjects(paragraph)
    return first or not subjects or paragraph[end:].lstrip().startswith(":")


def _first_plain_paragraph(paras: list[str], date_line: int) -> int | None:
    """With neither numbers nor bullets: the first paragraph after the sentence that introduces the
    assignments ("… như sau:"), or else after the header and the Kính gửi list."""
    position = date_line + 1
    while position < len(paras) and (is_title_line(paras[position]) or SUBJECT_LINE.match(paras[position])):
        position += 1
    # A page may print its headline and posting time above the Kính gửi list: the letter starts below the list.
    addressed = next((i for i in range(position, min(len(paras), position + 4)) if fold(paras[i]).startswith("kinh gui")), None)
    if addressed is not None:
        position = addressed + 1
        while position < len(paras) and BULLET.match(paras[position]):
            position += 1
    for candidate in range(position, min(len(paras), position + 6)):
        if paras[candidate].endswith(":") and not BULLET.match(paras[candidate]) and not closing_line(paras[candidate]) \
                and not _titles_its_body(paras[candidate]) and not fold(paras[candidate]).startswith("kinh gui"):
            return candidate + 1 if candidate + 1 < len(paras) else None
    return position if position < len(paras) else None


# The subject line under the title, the title word possibly run into it ("THÔNG BÁO Về việc …").
SUBJECT_LINE = re.compile(rf"^(?:[{UPPER}][{UPPER}\s]*\s)?(?:V/v|Số\b|Về việc\b)")

