"""A lead slot that names bodies and then a group "… có liên quan" ("Cơ quan thực hiện: Sở X; Sở Y và các sở, ngành
có liên quan"): the group is a catch-all, no task of its own (ANNOTATION.md rule 2); alone in the slot it still
leads. Read on an invented text (study 150)."""

from tracker.importer.parser import parse_text


def _leads(text):
    return [(t.clause, t.lead_agency) for t in parse_text(text).tasks]


HEAD = ("KẾ HOẠCH\nTriển khai thi hành Luật Thư viện\nI. MỤC ĐÍCH\nĐưa Luật vào cuộc sống.\nII. NỘI DUNG\n")


def test_a_group_concerned_after_named_bodies_in_a_lead_slot_is_no_task():
    text = HEAD + ("1. Tổ chức phổ biến nội dung Luật cho cán bộ, công chức.\n\n"
                   "- Cơ quan thực hiện: Sở Văn hóa, Thể thao và Du lịch; Sở Tư pháp và các sở, ngành có liên quan.\n\n"
                   "- Thời gian thực hiện: Năm 2026.\n")
    assert [lead for _, lead in _leads(text)] == ["Sở Văn hóa, Thể thao và Du lịch", "Sở Tư pháp"]


def test_a_group_concerned_alone_in_a_lead_slot_still_leads():
    text = HEAD + ("1. Tổ chức phổ biến nội dung Luật cho cán bộ, công chức.\n\n"
                   "- Cơ quan thực hiện: Các sở, ngành có liên quan.\n\n- Thời gian thực hiện: Năm 2026.\n")
    assert len(_leads(text)) == 1
