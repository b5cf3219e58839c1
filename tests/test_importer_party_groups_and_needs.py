"""Press pages on Party letters and local requests: a party group asked to direct, the standing boards of every level,
general words that say what the readers need to do, and a page whose opening sentence only recounts."""

from __future__ import annotations

from tracker.importer.parser import parse_text


def _leads(text: str) -> list[tuple[str, str]]:
    return [(task.clause, task.lead_agency) for task in parse_text(text).tasks]


def test_party_group_asked_to_direct_leads_the_directing():
    page = ("Ban Thường vụ Tỉnh ủy vừa có công văn yêu cầu các cấp ủy, tổ chức đảng thực hiện tốt một số nội dung:\n"
            "Ban Tuyên giáo Tỉnh ủy định hướng các cơ quan báo chí tuyên truyền về Ngày hội Đại đoàn kết.\n"
            "Ban cán sự đảng Ủy ban nhân dân tỉnh chỉ đạo Sở Thông tin và Truyền thông, các ngành liên quan "
            "hướng dẫn các địa phương trang trí, treo băng rôn chào mừng Ngày hội.\n")
    leads = [lead for _, lead in _leads(page)]
    assert "Ban cán sự đảng Ủy ban nhân dân tỉnh" in leads
    assert "Sở Thông tin và Truyền thông" not in leads


def test_committee_named_beside_its_party_group_is_asked_not_the_issuer():
    page = ("Ban Thường vụ Tỉnh ủy vừa có văn bản yêu cầu các cấp ủy, tổ chức đảng thực hiện tốt một số nội dung:\n"
            "Ban Tuyên giáo Tỉnh ủy định hướng các cơ quan báo chí tuyên truyền về Ngày hội Đại đoàn kết.\n"
            "Ban cán sự đảng Ủy ban nhân dân tỉnh, lãnh đạo Ủy ban nhân dân tỉnh chỉ đạo Sở Công Thương "
            "hướng dẫn các chợ trang trí chào mừng Ngày hội.\n")
    leads = [lead for _, lead in _leads(page)]
    assert "Ủy ban nhân dân tỉnh" in leads


def test_standing_boards_of_each_level_lead():
    page = ("Ban Thường vụ Thành ủy vừa yêu cầu các cấp ủy chỉ đạo tốt đại hội Hội Nông dân các cấp.\n\n"
            "Thường trực cấp ủy các cấp phối hợp với Hội Nông dân cấp trên chuẩn bị nhân sự ban chấp hành khóa mới, "
            "bảo đảm đúng tiêu chuẩn, cơ cấu.\n")
    assert "Thường trực cấp ủy các cấp" in [lead for _, lead in _leads(page)]
