"""An annex a document issues ("Ban hành kèm theo Quyết định …"): where its clauses begin."""

from __future__ import annotations

import re
from itertools import takewhile

from .doc_kinds import THIS_KINDS
from .text import BULLET_MARKS, fold

# "(Ban hành kèm theo Quyết định số …)", "(Kèm theo Công văn số …)", a Government resolution's "(Kèm theo Nghị
# quyết số …)" over its annex of tasks: where the clauses of an annex begin. Kept to the
# kinds it read before doc_kinds: wider, a Hướng dẫn's annex of forms ("(Kèm theo Hướng dẫn số …)") is read in place
# of the body, whose own clauses are then lost; to be widened when the annex reading keeps both.
# The caption stands apart: it opens its line or a bracket ("PHỤ LỤC I (Kèm theo …)"); the same words inside a
# sentence ("… Kế hoạch … ban hành kèm theo Quyết định số 692/QĐ-TTg …") cite another document's annex.
ANNEX = re.compile(r"(?:^|\()\s*(?:ban hanh )?kem theo (?:quyet dinh|nghi quyet|chi thi|cong van|van ban)")


def annex_start(paras: list[str], index: int, numbered) -> int | None:
    """Where the clauses of an annex the document issues begin (after its title), if it has one; numbered
    tells a numbered paragraph."""
    issues_annex = any(ISSUED_HEREWITH.search(fold(p)) for p in paras[:index])
    for position in range(index, len(paras)):
        if issues_annex and kind_title(paras[position]):
            # A copy that lost the line "(Ban hành kèm theo Quyết định số …)" still prints the annex's
            # kind alone in capitals ("KẾ HOẠCH", then its title): its clauses begin at the first number.
            return next((i for i in range(position + 1, len(paras)) if numbered(paras[i])), None)
        if ANNEX.search(fold(paras[position])):
            title = " ".join(fold(p) for p in paras[max(index, position - 3) : position])
            if NAME_LIST.search(title):
                return annex_start(paras, position + 1, numbered)  # a list of names assigns nothing
            # An annex with no numbered paragraph (a table the text keeps as loose lines) has no clauses to
            # read: its lines would only run on the body's last clause.
            return position + 1 if any(numbered(p) for p in paras[position + 1 :]) else None
    return None


# The decision's own word that it issues an annex ("Ban hành kèm theo Quyết định này Kế hoạch …"), and
# the kind of such an annex printed alone as its title.
ISSUED_HEREWITH = re.compile(rf"\bkem theo (?:{THIS_KINDS}) nay\b")
# The title may go on in capitals on its line ("CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ", then its subject below).
KIND_TITLE = re.compile(r"^(?:KẾ HOẠCH|CHƯƠNG TRÌNH|QUY CHẾ|QUY ĐỊNH|ĐỀ ÁN|PHƯƠNG ÁN|HƯỚNG DẪN)(?:\s|$)")


def kind_title(paragraph: str) -> bool:
    """Whether a paragraph is the title of the annex's kind, in capitals."""
    return bool(KIND_TITLE.match(paragraph)) and paragraph.isupper()


# An annex that lists bodies ("DANH SÁCH CÁC ĐƠN VỊ THỰC HIỆN DỊCH VỤ …", "Danh sách thành viên Ban
# Chỉ đạo"), not their work: a "Danh sách nhiệm vụ" is still read. A decision approving places (fairs,
# markets, billboards, gathering points) annexes their list ("DANH MỤC ĐỊA ĐIỂM TỔ CHỨC …", "Danh sách các
# vị trí …"): rows of addresses, no work either.
NAME_LIST = re.compile(r"\bdanh sach (?:cac )?(?:don vi|co quan|doanh nghiep|cong ty|thanh vien|to chuc|co so)\b"
                       r"|\bdanh (?:sach|muc) (?:cac )?(?:dia diem|vi tri)\b")


# A bullet that only says where a part of the document is set out for one kind of body ("– Đối với các sở, ban,
# ngành: Hướng dẫn tại Phụ lục I;", "- Đối với UBND cấp xã: theo mẫu tại Phụ lục 02."): a pointer to an annex,
# no work of theirs.
ANNEX_POINTER = re.compile(r"^\s*[-+•–]?\s*(?:doi voi\s+[^:]{3,120}:\s*)?(?:(?:huong dan|noi dung|chi tiet|mau|bieu mau|"
                           r"de cuong|danh muc)\s+)?(?:(?:theo|tai|nhu)\s+)+(?:mau\s+(?:tai\s+)?)?phu luc\s*(?:so\s*)?"
                           r"[0-9ivxlc]+\b[^.;]{0,60}[.;]?\s*$")


def annex_pointers(paras: list[str]) -> bool:
    """Whether the bullets the paragraphs open with only point their readers to the annexes (each an ANNEX_POINTER)."""
    bullets = list(takewhile(lambda p: p.lstrip()[:1] in BULLET_MARKS, paras))
    return bool(bullets) and all(ANNEX_POINTER.match(fold(b)) for b in bullets)
