"""Leads named through their heads and by the law's names of a province's bodies (round 14's study),
each form with an invented letter: "Giao người đứng đầu các cơ quan chuyên môn, cơ quan hành chính
khác, các đơn vị sự nghiệp công lập trực thuộc UBND tỉnh; Chủ tịch UBND các xã"."""

from tracker.importer.names import find_mentions
from tracker.importer.parser import parse_text

LETTER = """Kính gửi: Các cơ quan, đơn vị thuộc tỉnh.

Chủ tịch Ủy ban nhân dân tỉnh chỉ đạo như sau:

1. Giao người đứng đầu các cơ quan chuyên môn, cơ quan hành chính khác, các đơn vị sự nghiệp công lập
trực thuộc Ủy ban nhân dân tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường

- Rà soát hồ sơ lưu trữ của cơ quan, hoàn thành trước ngày 15 tháng 01 năm 2026.

2. Giao Sở Nội vụ

- Hướng dẫn nghiệp vụ lưu trữ.
"""


def test_the_head_of_a_body_stands_for_the_body_and_the_laws_groups_are_leads():
    tasks = [(t.clause, t.lead_agency, t.due_on and t.due_on.isoformat()) for t in parse_text(LETTER).tasks]
    assert tasks == [
        ("1", "Các cơ quan chuyên môn, cơ quan hành chính khác", "2026-01-15"),
        ("1", "Các đơn vị sự nghiệp công lập trực thuộc Ủy ban nhân dân tỉnh", "2026-01-15"),
        ("1", "Ủy ban nhân dân xã, phường", "2026-01-15"),
        ("2", "Sở Nội vụ", None)]


def test_specialised_bodies_of_a_district_are_no_provincial_group():
    names = [(m.name, m.kind, m.group) for m in find_mentions("các cơ quan chuyên môn thuộc UBND tỉnh")]
    assert names == [("Các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh", "department", True)]
    assert all(m.kind != "department" for m in find_mentions("các cơ quan chuyên môn thuộc UBND huyện"))


def test_the_heads_of_the_departments_and_of_the_provincial_bodies_are_two_groups():
    text = ("KẾ HOẠCH\nIII. TỔ CHỨC THỰC HIỆN\n1. Trên cơ sở kế hoạch này, Giám đốc các Sở, Thủ trưởng các cơ quan, "
            "đơn vị cấp tỉnh, Chủ tịch UBND các phường, xã, các đơn vị có liên quan lập danh mục hồ sơ số hóa.\n")
    assert [(t.clause, t.lead_agency) for t in parse_text(text).tasks] == [
        ("III.1", "Các Sở"), ("III.1", "Các cơ quan, đơn vị cấp tỉnh"), ("III.1", "Ủy ban nhân dân phường, xã")]
    # each part's head before the parts of "sở, ban, ngành" still names that one group
    assert "Các Sở" not in [m.name for m in find_mentions("Giám đốc các sở, Thủ trưởng các ban, ngành cấp tỉnh rà soát.")]
    assert "Các Sở" not in [m.name for m in find_mentions("Tổng hợp các số liệu.")]
