"""Issuers other than a People's Committee: the Party's committees, the Front and the People's Council,
the bodies they assign work to and the way they speak of themselves (invented texts)."""

from __future__ import annotations

from tracker.importer.matching import agency_key
from tracker.importer.names import find_mentions
from tracker.importer.parser import parse_text


def _leads(text: str) -> list[tuple[str, str]]:
    return [(t.clause, t.lead_agency) for t in parse_text(text).tasks]


def _named(text: str) -> list[tuple[str, bool]]:
    return [(m.name, m.group) for m in find_mentions(text) if not m.catch_all]


def test_committees_and_party_organisations_are_one_group():
    assert _named("Các cấp ủy, tổ chức đảng rà soát đảng viên") == [("Các cấp ủy, tổ chức đảng", True)]
    assert _named("Cấp ủy, tổ chức đảng các cấp quán triệt nghị quyết") == [("Cấp ủy, tổ chức đảng các cấp", True)]
    assert _named("Các tổ chức cơ sở đảng kiểm điểm cuối năm") == [("Các tổ chức cơ sở đảng", True)]


def test_superior_committee_is_a_group():
    assert _named("Cấp ủy cấp trên trực tiếp thẩm định nhân sự") == [("Cấp ủy cấp trên trực tiếp", True)]


def test_committee_the_cells_belong_to_is_part_of_the_group():
    assert _named("các chi bộ trực thuộc Đảng ủy xã hoàn thành đại hội") == [("Các chi bộ trực thuộc Đảng ủy xã", True)]
    assert agency_key("Các đảng bộ trực thuộc Thị ủy") == "nhóm:party_committee"


def test_party_groups_in_state_bodies():
    # Two kinds of body, each a group (party_lists.py), the owner written once for both.
    assert _named("Các Đảng đoàn, Ban cán sự đảng trực thuộc Tỉnh ủy lãnh đạo") == [
        ("Các đảng đoàn trực thuộc Tỉnh ủy", True), ("Các ban cán sự đảng trực thuộc Tỉnh ủy", True)]


def test_front_committees_of_the_hamlets():
    assert _named("Ban công tác Mặt trận ở các khu dân cư tuyên truyền") == [("Ban công tác Mặt trận ở các khu dân cư", True)]


def test_front_initials_with_viet_nam_run_on():
    assert agency_key("Ủy ban MTTQVN tỉnh") == agency_key("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh")


def test_standing_board_asking_is_no_lead():
    text = ("Ngày 3/3, Ban Thường vụ Quận ủy có văn bản về đại hội chi bộ.\n\n"
            "Ban Thường vụ Quận ủy yêu cầu trước hết các cấp ủy, tổ chức đảng chỉ đạo đại hội chi bộ thôn.\n\n"
            "Ban Thường vụ Quận ủy yêu cầu sau đại hội các đơn vị gửi báo cáo về Ban Tổ chức Quận ủy.")
    leads = _leads(text)
    assert ("1", "Các cấp ủy, tổ chức đảng") in leads
    assert not any("Thường vụ" in lead for _, lead in leads)


def test_council_standing_members_ask_the_front():
    text = ("Thường trực HĐND huyện đã đề nghị Ủy ban MTTQVN huyện chủ trì hội nghị tiếp xúc cử tri.")
    assert [lead for _, lead in _leads(text)] == ["Ủy ban Mặt trận Tổ quốc Việt Nam huyện"]


def test_standing_board_after_an_opening_phrase():
    text = ("Hưởng ứng phong trào do Sở Y tế phát động, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh đề nghị "
            "các tổ chức cơ sở đảng tổ chức ra quân vệ sinh môi trường.")
    assert [lead for _, lead in _leads(text)] == ["Các tổ chức cơ sở đảng"]


def test_front_committee_of_every_commune_kind_listed():
    # One standing board in every commune, ward and zone: a group, its name written out (fronts.FRONT_BOARD).
    assert _named("Ban Thường trực Ủy ban MTTQ Việt Nam các xã, phường, đặc khu tham mưu") == [
        ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam các xã, phường, đặc khu", True)]
