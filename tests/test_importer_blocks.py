"""Sections laid out as slots ("Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực
hiện"): the section is the task, one per body in the lead slot, each with the other slots' bodies
and time. Invented documents of the general form."""

from datetime import date

PLAN = """BỘ Y TẾ
Số: 12/KH-BYT
Hà Nội, ngày 10 tháng 3 năm 2026
KẾ HOẠCH
Phòng, chống bệnh sốt xuất huyết năm 2026
A. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Giảm số ca mắc.
B. NHIỆM VỤ CỤ THỂ
I. GIÁM SÁT DỊCH TỄ
1. Nội dung, biện pháp
a) Giám sát ca bệnh tại cộng đồng;
b) Xét nghiệm xác định vi rút.
2. Cơ quan chủ trì, phối hợp
a) Đơn vị chủ trì
- Bộ Y tế.
- Bộ Thông tin và Truyền thông; Bộ Tài nguyên và Môi trường.
- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.
b) Đơn vị phối hợp
- Hội Chữ thập đỏ Việt Nam, Đoàn Thanh niên Cộng sản Hồ Chí Minh các cấp.
- Các cơ quan, tổ chức có liên quan.
3. Thời gian thực hiện: Tháng 4, 5/2026 và thường xuyên.
II. TRUYỀN THÔNG
1. Nội dung: Tuyên truyền các biện pháp diệt lăng quăng.
2. Cơ quan thực hiện: Các tỉnh; các cơ quan báo chí Trung ương, địa phương.
3. Tiến độ: 6 tháng, hằng năm.
C. TỔ CHỨC THỰC HIỆN
1. Bộ Tài chính bố trí kinh phí thực hiện Kế hoạch.
"""


def _tasks(text):
    from tracker.importer.parser import parse_text

    return parse_text(text).tasks


def test_a_section_of_slots_is_one_task_per_body_of_its_lead_slot():
    tasks = [t for t in _tasks(PLAN) if t.clause == "B.I"]
    # the issuer gives itself no task; a name with "và" stays whole; the office holder is read as its body
    assert [t.lead_agency for t in tasks] == [
        "Bộ Thông tin và Truyền thông", "Bộ Tài nguyên và Môi trường",
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]
    # the cooperating slot's bodies, without the catch-all "… có liên quan"
    assert tasks[0].cooperating_agencies == ["Hội Chữ thập đỏ Việt Nam", "Đoàn Thanh niên Cộng sản Hồ Chí Minh các cấp"]
    # months listed with one year: the end of the last
    assert {t.due_on for t in tasks} == {date(2026, 5, 31)}
    # the slots are read with their section, not as items of their own
    assert not any(t.clause.startswith("B.I.") for t in _tasks(PLAN))


def test_an_executing_slot_leads_where_no_body_chairs_and_bare_provinces_are_their_committees():
    tasks = [t for t in _tasks(PLAN) if t.clause == "B.II"]
    assert [t.lead_agency for t in tasks] == ["Ủy ban nhân dân các tỉnh", "Các cơ quan báo chí Trung ương, địa phương"]
    # "6 tháng, hằng năm": the shortest cycle named
    assert {t.recurrence for t in tasks} == {"FREQ=MONTHLY;INTERVAL=6"}


def test_slot_titles_are_read_in_their_general_forms():
    from tracker.importer.blocks import slot_kind

    assert slot_kind("Cơ quan chủ trì, phối hợp")[0] == "both"
    assert slot_kind("Chủ trì thực hiện")[0] == "lead"
    assert slot_kind("Đơn vị phối hợp: Sở Y tế") == ("cooperating", "Sở Y tế")
    assert slot_kind("Cơ quan thực hiện")[0] == "executing"
    assert slot_kind("Thời gian hoàn thành: Quý II/2026")[0] == "time"
    assert slot_kind("Nội dung, biện pháp")[0] == "work"
    assert slot_kind("Sở Y tế chủ trì, phối hợp với các địa phương") is None


def test_a_level_after_a_list_of_mass_organisations_is_each_one_s():
    from tracker.importer.blocks import slot_bodies

    bodies = slot_bodies(["Mặt trận Tổ quốc Việt Nam, Hội Nông dân, Ban Quản lý dự án các cấp."], None, leads=False)
    assert [b.name for b in bodies] == ["Mặt trận Tổ quốc Việt Nam các cấp", "Hội Nông dân các cấp", "Ban Quản lý dự án các cấp"]


def test_a_sentence_may_open_with_the_press_of_every_level_and_bodies_of_every_level():
    from tracker.importer.subjects import leading_subjects

    subjects, _ = leading_subjects("Các cơ quan báo chí Trung ương, địa phương, Hội Cựu chiến binh các cấp và các tổ chức "
                                   "chính trị - xã hội tập trung tuyên truyền.")
    assert [s.name for s in subjects] == ["Các cơ quan báo chí Trung ương, địa phương", "Hội Cựu chiến binh các cấp",
                                          "Các tổ chức chính trị - xã hội"]
