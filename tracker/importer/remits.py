"""The remit a sentence sets between its subject and its verb: "Các sở, ngành theo chức năng, nhiệm vụ
được giao tổ chức …", "UBND các xã căn cứ nhiệm vụ được giao trong Kế hoạch này xây dựng …". It says
how the bodies act, not who acts nor what they do: the work begins after it."""

from __future__ import annotations

import re

from .doc_kinds import THIS_KINDS
from .vocabulary import DIRECTIVE_VERB

# A body's functions and duties, the words a remit is made of wherever it stands (in a heading, before the
# colon over items, in a sentence): "(đúng) chức năng, nhiệm vụ, quyền hạn (, thẩm quyền) (được giao / của mình)",
# or the duties alone ("nhiệm vụ (, địa bàn) được phân công"). One spelling for all three, so that a form read in a
# heading is read in a sentence too.
FUNCTIONS = (r"(?:dung\s+)?(?:cac\s+)?(?:chuc nang|nhiem vu)(?:\s*(?:,|va)?\s*(?:cac\s+)?(?:nhiem vu|quyen han|tham quyen|dia ban))*"
             r"(?:\s+(?:duoc giao|duoc phan cong|cua minh|cua tung (?:co quan|don vi)))?")

# "theo (đúng) chức năng, nhiệm vụ (, quyền hạn) (được giao) (tại/trong Kế hoạch, Quyết định này)", also
# opened with "căn cứ (vào)" or "trên cơ sở", and with a comma before or after it.
REMIT = re.compile(
    rf"\s*,?\s*(?:theo|can cu(?:\s+vao)?|tren co so)\s+{FUNCTIONS}"
    rf"(?:\s+(?:tai|trong|theo)\s+(?:chuong trinh|de an|{THIS_KINDS})\s+nay)?\s*,?\s*"
    # "… căn cứ (vào) tình hình thực tế (và điều kiện của đơn vị mình) tổ chức …": the unit suits the work to its means.
    r"|\s*,?\s*(?:can cu(?:\s+vao)?|tuy theo|tuy vao)\s+tinh hinh thuc te(?:\s+(?:va|,)\s*dieu kien(?:\s+cua\s+(?:don vi|dia phuong)"
    r"(?:\s+minh)?)?)?\s*,?\s*"
)


# The ground the body acts on, set in commas after its name: "Sở Tài chính, trên cơ sở đề xuất của các sở,
# ngành, địa phương, chủ trì tổng hợp …", "UBND các xã, căn cứ kết quả rà soát, lập danh sách …". The
# ground may list bodies of its own; the work begins after the first comma a verb of work follows.
BASIS = re.compile(r"\s*,\s*(?:tren co so|can cu(?:\s+vao)?|theo de nghi cua|tu ket qua)\b")

# The same ground with no commas, between the body and its work: "UBND các xã căn cứ Kế hoạch này triển khai …",
# "Sở Y tế căn cứ tình hình dịch bệnh chủ động bố trí …", "X căn cứ chế độ, chính sách hiện hành lập dự toán …". The
# ground is a noun phrase that may hold a verb of work as a noun ("căn cứ hướng dẫn của Bộ X xây dựng …"): its head
# word is never the work, nor a word after one that makes it a noun or a passive ("kế hoạch tổ chức …", "nhiệm vụ được
# giao", "Luật Tổ chức …", "về việc ban hành …"), nor a word of a body's name ("hướng dẫn của Bộ Xây dựng xây
# dựng …", "Ban Tổ chức"). It stays within the sentence. Folded, "cần cụ thể hóa …" (the bodies must make the
# work concrete) reads the same: that is the work, no ground.
BARE_BASIS = re.compile(r"\s*\bcan cu(?:\s+vao)?(?!\s+the hoa)\s+\S+")
NOT_WORK_AFTER = re.compile(r"\b(?:duoc|da|dang|cua|ve|viec|luat|ke hoach|ket qua|cong tac|bo|so|ban|phong|cuc)$")
WORD = re.compile(r"(?:\s*,)?\s+(?=\w)")


def after_remit(folded: str, position: int) -> int:
    """Where the work begins after `position` (the end of a subject) in a folded sentence: past a
    remit phrase or a ground (in commas or bare) if one stands there, else at `position`."""
    remit = REMIT.match(folded, position)
    if remit:
        return remit.end()
    if basis := BASIS.match(folded, position):
        for comma in re.finditer(r",\s*", folded[basis.end() : basis.end() + 200]):
            if DIRECTIVE_VERB.match(folded, basis.end() + comma.end()):
                return basis.end() + comma.end()
    if basis := BARE_BASIS.match(folded, position):
        ground = re.match(r"[^.;:]{0,200}", folded[basis.end() :]).group()
        for word in WORD.finditer(ground):
            start = basis.end() + word.end()
            if DIRECTIVE_VERB.match(folded, start) and not NOT_WORK_AFTER.search(folded, position, basis.end() + word.start()):
                return start
    return position
