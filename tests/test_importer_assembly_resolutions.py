"""A standing committee's resolution rearranging administrative units, as its closing articles charge the bodies:
a council named bare before the committee of its place ("Hội đồng nhân dân, Ủy ban nhân dân tỉnh X"), the
government of the units concerned, the competent bodies, the Assembly's council and a province's delegation of
deputies told to supervise; and its signature printed in a converter's grid table beside the recipients.
Invented texts of the general form."""

from tracker.importer.parser import parse_text

HEAD = ("ỦY BAN THƯỜNG VỤ QUỐC HỘI\nSố: 901/NQ-UBTVQH15\nHà Nội, ngày 10 tháng 3 năm 2025\n\nNGHỊ QUYẾT\n"
        "Về việc thành lập thị trấn Đồng Lâm thuộc huyện Hòa Sơn, tỉnh Hà Giang\n\nỦY BAN THƯỜNG VỤ QUỐC HỘI\n\n"
        "QUYẾT NGHỊ:\n\nĐiều 1. Thành lập thị trấn Đồng Lâm trên cơ sở toàn bộ diện tích của xã Đồng Lâm.\n\n")


def _leads(text: str) -> list[tuple[str, str]]:
    return [(t.clause_number, t.lead_agency) for t in parse_text(text).tasks]


def test_a_bare_council_before_one_places_committee_is_that_places_council():
    text = HEAD + ("Điều 2. Tổ chức thực hiện\n\n1. Bộ Nội vụ, Hội đồng nhân dân và Ủy ban nhân dân tỉnh Hà Giang có trách "
                   "nhiệm tổ chức thi hành Nghị quyết này.\n")
    assert _leads(text) == [("2.1", "Bộ Nội vụ"), ("2.1", "Hội đồng nhân dân tỉnh Hà Giang"),
                            ("2.1", "Ủy ban nhân dân tỉnh Hà Giang")]


def test_the_government_of_the_units_concerned_listed_among_bodies_is_a_lead():
    text = HEAD + ("Điều 2. Tổ chức thực hiện\n\n1. Bộ Nội vụ, Ủy ban nhân dân tỉnh Hà Giang, chính quyền địa phương các đơn vị "
                   "hành chính liên quan đến việc thành lập thị trấn và các cơ quan khác có liên quan có trách nhiệm tổ chức thi hành Nghị quyết này.\n")
    assert _leads(text) == [("2.1", "Bộ Nội vụ"), ("2.1", "Ủy ban nhân dân tỉnh Hà Giang"),
                            ("2.1", "Chính quyền địa phương các đơn vị hành chính liên quan đến việc thành lập thị trấn")]


def test_the_units_government_opening_a_sentence_is_no_charge():
    text = HEAD + ("Điều 2. Hiệu lực thi hành\n\n1. Chính quyền địa phương ở đơn vị hành chính cấp xã liên quan tiếp tục hoạt "
                   "động cho đến khi thị trấn mới hoạt động.\n")
    assert _leads(text) == []


def test_the_competent_bodies_are_a_group_that_leads():
    text = HEAD + ("Điều 2. Hiệu lực thi hành\n\n1. Nghị quyết này có hiệu lực từ ngày ký.\n\n2. Các cơ quan có thẩm quyền "
                   "khẩn trương chuẩn bị nhân sự cho bộ máy của thị trấn mới.\n")
    assert _leads(text) == [("2.2", "Các cơ quan có thẩm quyền")]


def test_the_assemblys_council_and_a_provinces_delegation_supervise():
    text = HEAD + ("Điều 2. Tổ chức thực hiện\n\n1. Hội đồng Dân tộc, Đoàn đại biểu Quốc hội và các đại biểu Quốc hội tỉnh "
                   "Hà Giang, trong phạm vi nhiệm vụ của mình, giám sát việc thực hiện Nghị quyết này.\n\n"
                   "2. Đoàn ĐBQH tỉnh Cao Bằng tổ chức tiếp xúc cử tri về việc thành lập thị trấn.\n")
    assert _leads(text) == [("2.1", "Hội đồng Dân tộc"), ("2.1", "Đoàn đại biểu Quốc hội tỉnh Hà Giang"),
                            ("2.2", "Đoàn đại biểu Quốc hội tỉnh Cao Bằng")]


GRID_SIGNATURE = """
+--------------------------+:--------------------------------:+
| ***Nơi nhận:\\***         | **TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI\\ |
| - Bộ Nội vụ;\\            | CHỦ TỊCH\\                        |
| - HĐND, UBND tỉnh Hà     | \\                                |
| Giang;\\                  | \\                                |
| - Lưu: HC.               | Lê Văn Bình**                    |
+--------------------------+----------------------------------+
"""


def test_a_signature_in_a_grid_table_is_read_as_the_signature_not_a_task():
    text = HEAD + ("Điều 2. Tổ chức thực hiện\n\n1. Bộ Nội vụ giám sát việc thực hiện Nghị quyết này.\n\n"
                   "Nghị quyết này được Ủy ban Thường vụ Quốc hội thông qua ngày 10 tháng 3 năm 2025.\n" + GRID_SIGNATURE)
    draft = parse_text(text)
    assert [(t.clause_number, t.lead_agency) for t in draft.tasks] == [("2.1", "Bộ Nội vụ")]
    assert draft.signer["name"] == "Lê Văn Bình"
    assert draft.signer["title"] == "CHỦ TỊCH"


def test_preparations_for_a_start_on_a_day_are_due_that_day():
    text = HEAD + ("Điều 2. Hiệu lực thi hành\n\n1. Nghị quyết này có hiệu lực từ ngày ký.\n\n2. Ủy ban nhân dân tỉnh Hà Giang "
                   "khẩn trương chuẩn bị trụ sở, nhân sự, bảo đảm để bộ máy của thị trấn Đồng Lâm đi vào hoạt động từ ngày "
                   "15 tháng 5 năm 2025.\n\n3. Sở Nội vụ tỉnh Hà Giang hoạt động từ ngày 20 tháng 5 năm 2025 theo quy chế mới.\n")
    tasks = parse_text(text).tasks
    assert [(t.clause_number, str(t.due_on)) for t in tasks] == [("2.2", "2025-05-15"), ("2.3", "None")]
