"""The Party's bodies, the Front and the mass organisations at every level (study 53), each rule with an
invented text: the Party's committees and cells named by level or as the units under a committee, a bloc's
committee, the reporters and collaborators of a committee, the mass-mobilisation blocs by level, a union by
its initials, a member's title and a comrade named before his titles (speakers, no doers), and a basis that
cites a programme."""

from tracker.importer.names import find_mentions
from tracker.importer.parser import parse_text


def _names(text):
    return [(m.name, m.group, m.catch_all) for m in find_mentions(text)]


def _leads(text):
    return [(t.clause, t.lead_agency) for t in parse_text(text).tasks]


def test_party_committees_by_level_are_one_group():
    names = _names("Ban Thường vụ Thị ủy yêu cầu Đảng ủy các phường, xã rà soát danh sách đảng viên.")
    assert ("Đảng ủy các phường, xã", True, False) in names
    # One level alone, with the commune's name, is one commune's committee, not this group.
    assert not any(n.startswith("Đảng ủy xã") and group for n, group, _ in _names("Đảng ủy xã Phú Lâm họp."))


def test_committees_and_cells_under_a_committee_are_one_group():
    text = "Ban Thường vụ Thị ủy đề nghị các đảng ủy, chi bộ trực thuộc Thị ủy tổ chức học tập nghị quyết."
    assert ("Các đảng ủy, chi bộ trực thuộc Thị ủy", True, False) in _names(text)
    cells = _names("Đề nghị cấp ủy các chi bộ, đảng bộ cơ sở trực thuộc chỉ đạo đảng viên gương mẫu.")
    assert ("Cấp ủy các chi bộ, đảng bộ cơ sở trực thuộc", True, False) in cells
    assert ("Chi bộ các ấp, khu phố", True, False) in _names("chỉ đạo chi bộ các ấp, khu phố họp định kỳ")


def test_a_blocs_committee_is_one_body_not_a_catch_all():
    names = _names("Đảng ủy Khối Doanh nghiệp tỉnh đề nghị các chi bộ trực thuộc báo cáo.")
    assert ("Đảng ủy Khối Doanh nghiệp tỉnh", False, False) in names


def test_reporters_and_collaborators_of_a_committee_lead_their_work():
    text = ("Tại hội nghị, Ban Tuyên giáo Huyện ủy đề nghị các đồng chí báo cáo viên và cộng tác viên dư luận xã hội "
            "của Huyện ủy Long Điền tuyên truyền kết quả kỳ họp Quốc hội, nắm bắt tình hình tư tưởng của nhân dân.")
    leads = {lead for _, lead in _leads(text)}
    assert "Báo cáo viên của Huyện ủy Long Điền" in leads
    assert "Cộng tác viên dư luận xã hội của Huyện ủy Long Điền" in leads
    assert ("Tuyên truyền viên các cấp", True, False) in _names("đội ngũ tuyên truyền viên các cấp")


def test_mobilisation_blocs_by_level():
    text = ("Các cơ quan, Mặt trận, bộ phận công tác dân vận của lực lượng vũ trang cấp tỉnh, khối dân vận các "
            "phường, xã đăng ký mô hình điểm.")
    names = [n for n, group, _ in _names(text) if group]
    assert "Bộ phận công tác dân vận của lực lượng vũ trang cấp tỉnh" in names
    assert "Khối dân vận các phường, xã" in names


def test_unions_by_their_initials_keep_their_level():
    names = _names("Chủ tịch Hội CCB huyện đề nghị Hội CCB các xã, thị trấn và HND cấp xã phối hợp.")
    assert ("Hội Cựu chiến binh huyện", False, False) in names
    assert ("Hội Cựu chiến binh các xã, thị trấn", True, False) in names
    assert ("Hội Nông dân cấp xã", False, False) in names
    assert not any("Nông dân" in n for n, _, _ in _names("mã hnd viết thường"))


def test_a_members_title_is_not_the_committee():
    names = _names("ông Lê C, Tỉnh ủy viên, dự họp")
    assert names and all(catch for _, _, catch in names)  # no "Tỉnh ủy" drafted for its member


def test_a_comrade_named_before_his_titles_speaks_and_those_he_asks_act():
    caption = "Đồng chí Phạm Văn Đông, Huyện ủy viên, Chủ tịch Hội Nông dân huyện phát biểu tại hội nghị."
    request = ("Kết luận hội nghị, đồng chí Phạm Văn Đông, Huyện ủy viên, Chủ tịch Hội Nông dân huyện đề nghị "
               "Hội Nông dân các xã, thị trấn đẩy mạnh phong trào thi đua sản xuất, kinh doanh giỏi.")
    leads = [lead for _, lead in _leads(f"Hội nghị tổng kết năm\n\n{caption}\n\n{request}")]
    assert leads == ["Hội Nông dân các xã, thị trấn"]


def test_a_basis_citing_a_programme_is_preamble():
    text = """ỦY BAN MTTQ VIỆT NAM
TỈNH BẾN TRE
BAN TUYÊN GIÁO
Bến Tre, ngày 10 tháng 3 năm 2021

Kính gửi: Ban Thường trực Ủy ban MTTQ Việt Nam các huyện, thành phố

Căn cứ Chương trình phối hợp số 02/CTrPH ngày 05 tháng 4 năm 2018 giữa Ủy ban MTTQ tỉnh với Báo Đồng Khởi. Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh có thực hiện chuyên mục "Mặt trận" trên Báo Đồng Khởi hằng tháng.

Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh đề nghị Ban Thường trực Ủy ban MTTQ Việt Nam các huyện, thành phố thông báo đến các xã đón đọc chuyên mục.

Nơi nhận:
- Như trên;
- Lưu VP.
"""
    assert _leads(text) == [("1", "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam các huyện, thành phố")]
