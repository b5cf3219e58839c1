"""Verbs that make a body named first the doer of its bullet outside the organisation section, where
only explicit assignments count: "X đưa … vào kế hoạch …". Invented texts of the general form."""

from tracker.importer.parser import parse_text
from tracker.importer.text import fold

PLAN = """THỦ TƯỚNG CHÍNH PHỦ
Số: 100/QĐ-TTg
Hà Nội, ngày 10 tháng 3 năm 2026
QUYẾT ĐỊNH
Ban hành Kế hoạch phát triển du lịch
II. NHIỆM VỤ CỤ THỂ
1. Tăng cường công tác quảng bá du lịch
- Ủy ban nhân dân cấp tỉnh, cấp xã đưa các chỉ tiêu phát triển du lịch vào kế hoạch phát triển kinh tế - xã hội của địa phương.
- Đổi mới nội dung, hình thức quảng bá du lịch.
2. Phát triển hạ tầng du lịch
- Bộ Xây dựng hướng dẫn quy hoạch khu du lịch.
III. TỔ CHỨC THỰC HIỆN
1. Bộ Văn hóa, Thể thao và Du lịch chủ trì theo dõi việc thực hiện Kế hoạch.
2. Bộ Tài chính bảo đảm kinh phí thực hiện Kế hoạch.
"""


def test_bodies_putting_targets_into_their_plans_lead_the_bullet():
    leads = [(t.clause, t.lead_agency) for t in parse_text(PLAN).tasks]
    assert ("II.1", "Ủy ban nhân dân cấp tỉnh") in leads
    assert ("II.1", "Ủy ban nhân dân cấp xã") in leads


# A ground with no commas between the body and its work: "X căn cứ <ground> <work>". Outside the organisation
# section the bullet is the body's only when its work is read past the ground.
GROUNDS = PLAN.replace("- Bộ Xây dựng hướng dẫn quy hoạch khu du lịch.", """\
- Sở Du lịch căn cứ hướng dẫn của Bộ Xây dựng xây dựng danh mục khu du lịch trọng điểm.
- Sở Tài chính căn cứ khả năng cân đối ngân sách chủ động bố trí kinh phí đầu tư hạ tầng du lịch.
- Sở Nội vụ căn cứ quy định tại Điều 12 Nghị định số 45/2026/NĐ-CP lập danh sách dự án.
- Sở Công Thương căn cứ Luật Tổ chức chính quyền địa phương.
- Sở Giao thông vận tải căn cứ kế hoạch tổ chức hội chợ du lịch.""")


def test_a_body_acting_on_a_ground_without_commas_leads_its_bullet():
    leads = [(t.clause, t.lead_agency) for t in parse_text(GROUNDS).tasks]
    assert ("II.2", "Sở Du lịch") in leads
    assert ("II.2", "Sở Tài chính") in leads
    assert ("II.2", "Sở Nội vụ") in leads
    # the verbs inside the ground are nouns of it ("Luật Tổ chức …", "kế hoạch tổ chức …"): no work is told
    assert not {"Sở Công Thương", "Sở Giao thông vận tải"} & {lead for _, lead in leads}


def test_the_work_begins_after_the_ground_not_at_a_verb_it_holds():
    from tracker.importer.remits import after_remit

    folded = fold("Sở Du lịch căn cứ hướng dẫn của Bộ Xây dựng xây dựng danh mục khu du lịch")
    assert folded[after_remit(folded, len("so du lich")) :] == "xay dung danh muc khu du lich"
    # folded, "cần cụ thể hóa" (must make concrete) reads as "căn cứ": that is the work, not a ground
    folded = fold("Các bộ, cơ quan cần cụ thể hóa và tổ chức triển khai các nhiệm vụ sau đây")
    assert after_remit(folded, len("cac bo, co quan")) == len("cac bo, co quan")


def test_a_remit_in_a_sentence_reads_the_words_a_heading_reads():
    # "theo chức năng, quyền hạn của từng cơ quan": the remit of headings and item charges, said in a sentence
    text = PLAN.replace("- Bộ Xây dựng hướng dẫn", "- Các bộ, ngành theo chức năng, quyền hạn của từng cơ quan hướng dẫn")
    assert ("II.2", "Các bộ, ngành") in [(t.clause, t.lead_agency) for t in parse_text(text).tasks]
