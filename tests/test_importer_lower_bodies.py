"""The bodies of the lower levels read by name: military service councils, disaster and civil-defence
commands written short, hamlets and their heads, a level's offices together, localities named bare."""

import pytest

from tracker.importer.matching import agency_key
from tracker.importer.names import find_mentions
from tracker.importer.subjects import leading_subjects


def names(text: str) -> list[tuple[str, bool]]:
    return [(m.name, m.group) for m in find_mentions(text) if not m.catch_all]


@pytest.mark.parametrize(("text", "expected"), [
    ("Hội đồng Nghĩa vụ quân sự xã rà soát nguồn nhập ngũ năm 2031.", "Hội đồng Nghĩa vụ quân sự xã"),
    ("Hội đồng nghĩa vụ quân sự huyện Tân Lạc chỉ đạo khám tuyển.", "Hội đồng Nghĩa vụ quân sự huyện Tân Lạc"),
    ("Giao Hội đồng NVQS thị trấn tổ chức giao quân.", "Hội đồng Nghĩa vụ quân sự thị trấn"),
])
def test_military_service_council_keeps_its_field_and_level(text, expected):
    assert names(text)[0] == (expected, False)


def test_military_service_council_key_is_not_cut_at_quan():
    assert agency_key("Hội đồng Nghĩa vụ quân sự phường") == agency_key("Hội đồng Nghĩa vụ Quân sự phường")
    assert agency_key("Hội đồng Nghĩa vụ quân sự phường") != agency_key("Hội đồng Nghĩa vụ quân")


def test_disaster_and_civil_defence_commands_are_written_out():
    found = names("Ban Chỉ huy PCTT và TKCN kiêm Ban Chỉ huy PTDS huyện Mỹ Tú trực 24/24 giờ.")
    assert found[0][0] == ("Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn kiêm Ban Chỉ huy "
                           "Phòng thủ dân sự huyện Mỹ Tú")
    assert names("Văn phòng Ban Chỉ huy PCTT&TKCN tỉnh tổng hợp")[0][0] == \
        "Văn phòng Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh"
    assert agency_key("BCH PCLB xã") == agency_key("Ban Chỉ huy Phòng chống lụt bão xã")


@pytest.mark.parametrize(("text", "expected"), [
    ("Các tổ dân phố rà soát số hộ nghèo trước ngày 15/3/2031.", "Các tổ dân phố"),
    ("Các khu phố vận động người dân tham gia.", "Các khu phố"),
    ("Đề nghị 27 xóm treo cờ.", "Các xóm"),
    ("Yêu cầu các bản, xóm kiểm tra.", "Các bản, xóm"),
])
def test_hamlets_together_are_a_group(text, expected):
    assert (expected, True) in names(text)


@pytest.mark.parametrize("text", [
    "Vùng đệm gồm các thôn: Khe Mây, Nà Vường.",  # places named
    "Dịch xuất hiện tại các thôn Khe Mây và Nà Vường.",
    "Các ban chuyên môn thuộc Hội đồng.",  # boards, not "bản"
    "Giảm các áp lực lên ngân sách.",
    "Khen thưởng các trường thôn bản.",  # schools, not heads
])
def test_not_hamlets(text):
    assert not any(name.startswith(("Các thôn", "Các bản", "Các ấp", "Các ban")) for name, _ in names(text))


def test_hamlets_told_to_act_lead_the_work():
    subjects, _ = leading_subjects("yêu cầu các thôn, tổ dân phố kiểm tra đàn gia súc.")
    assert [m.name for m in subjects] == ["Các thôn, tổ dân phố"]
    # Their heads so named are the same group under the heads' name (keyed alike).
    assert agency_key("Trưởng các thôn") == agency_key("Các thôn")


@pytest.mark.parametrize(("text", "expected"), [
    ("Các phòng, ban, đơn vị trên địa bàn huyện tăng cường trực.", "Các phòng, ban, đơn vị trên địa bàn huyện"),
    ("Các phòng, ban, cơ quan, đơn vị rà soát.", "Các phòng, ban, cơ quan, đơn vị"),
])
def test_a_levels_offices_together(text, expected):
    assert names(text)[0] == (expected, True)


def test_localities_named_bare_mid_sentence_act_through_their_committee():
    assert ("Ủy ban nhân dân các phường, xã", True) in names("Đối với các phường, xã khẩn trương rà soát.")
    assert not any("Ủy ban" in n for n, _ in names("Dịch xảy ra tại các xã tổ chức chăn nuôi nhỏ lẻ."))
    # A commune named bare is left to the sentence's reader (in its own report it is the issuer).
    assert not any("Ủy ban" in n for n, _ in names("Cùng với đó, xã Phú An tổ chức thăm hỏi."))


def test_offices_and_units_without_the_comma_and_hamlet_heads_are_one_list():
    # Study 114: a hasty hand writes "cơ quan đơn vị"; the hamlets' heads addressed as comrades go on the list.
    text = "các Phòng, Ban, cơ quan đơn vị, các đồng chí Trưởng thôn phối kết hợp rà soát số trẻ em khó khăn."
    assert [m.name for m in leading_subjects(text)[0]] == ["Các Phòng, Ban, cơ quan đơn vị", "Trưởng các thôn"]


def test_remaining_grassroots_hamlets_in_a_scope_with_their_remit_act():
    from tracker.importer.segment_subjects import own_subjects
    text = ("Đối với các cơ sở thôn còn lại trên địa bàn xã căn cứ vào tình hình thực tế và điều kiện của đơn vị mình "
            "tổ chức vui Tết Thiếu nhi cho các cháu.")
    assert [m.name for m in own_subjects(text)[0]] == ["Các thôn còn lại"]
