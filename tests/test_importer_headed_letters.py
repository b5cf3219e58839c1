"""Headed letters as libraries and portals copy them, each rule with an invented text: a law library's page
whose header table is flattened one cell a line ("ỦY BAN NHÂN DÂN |") under the site's record of the
document ("Số hiệu | … |", "Người ký | … |") and its title line, an addressees' line that lost its accent
("Kinh gửi:"), and a fee letter's scope heading ("Đối với các cơ sở giáo dục công lập: Thực hiện …")."""

LIBRARY_PAGE = """Công văn 1520/UBND-NN về việc kiểm tra đê điều trước mùa mưa bão do Ủy ban nhân dân tỉnh Hà Tĩnh ban hành
Số hiệu | 1520/UBND-NN |
Ngày ban hành | 12/04/2012 |
Loại văn bản | Công văn |
Cơ quan ban hành | Tỉnh Hà Tĩnh |
Người ký | Trần Văn Bình |
Lĩnh vực | Tài nguyên - Môi trường |
ỦY BAN NHÂN DÂN |
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 1520/UBND-NN |
Hà Tĩnh, ngày 12 tháng 4 năm 2012 |
Kinh gửi: |
- Sở Nông nghiệp và Phát triển nông thôn; |
Ngày 02 tháng 4 năm 2012, Bộ Nông nghiệp và Phát triển nông thôn có Văn bản số 845/BNN-TCTL về việc kiểm tra đê điều (văn bản được đăng trên Cổng thông tin điện tử của Bộ)
Chủ tịch UBND tỉnh có ý kiến như sau:
Giao Sở Nông nghiệp và Phát triển nông thôn chủ trì kiểm tra hiện trạng đê điều, báo cáo UBND tỉnh trước mùa mưa bão.
Văn phòng UBND tỉnh thông báo để các đơn vị biết, thực hiện./.
Nơi nhận: |
TL. CHỦ TỊCH |
"""


def _draft(text):
    from tracker.importer.parser import parse_text

    return parse_text(text)


def test_a_header_flattened_one_cell_a_line_is_read_as_its_cells():
    from tracker.importer.text import clean

    assert clean("ỦY BAN NHÂN DÂN |\n- Sở Y tế; |\nNơi nhận: |") == "ỦY BAN NHÂN DÂN\n- Sở Y tế;\nNơi nhận:"


def test_the_office_passing_on_the_head_s_view_gives_the_work_to_the_body_named():
    draft = _draft(LIBRARY_PAGE)
    assert [(t.clause, t.lead_agency) for t in draft.tasks] == [("1", "Sở Nông nghiệp và Phát triển nông thôn")]


def test_an_addressees_line_that_lost_its_accent_still_names_the_recipients():
    assert _draft(LIBRARY_PAGE).recipients == ["Sở Nông nghiệp và Phát triển nông thôn"]


def test_the_site_s_record_is_set_apart_from_the_header_and_names_the_signer():
    draft = _draft(LIBRARY_PAGE)
    assert draft.issuer == "Ủy ban nhân dân tỉnh Hà Tĩnh"
    assert draft.signer["name"] == "Trần Văn Bình"
    assert draft.signer["capacity"] == "TL. CHỦ TỊCH"


def test_the_page_title_gives_the_subject_when_the_copy_has_no_v_v_line():
    assert _draft(LIBRARY_PAGE).subject == "Kiểm tra đê điều trước mùa mưa bão"


def test_a_title_naming_another_document_gives_no_subject():
    from tracker.importer.site_records import titled_subject

    assert titled_subject("Công văn 99/UBND-VX về việc tổ chức Tết do tỉnh X ban hành\n", "1520/UBND-NN") == ""


def test_a_record_of_one_row_is_no_record():
    from tracker.importer.site_records import without_site_record

    text = "Người ký | Nguyễn Văn An |\nGiao Sở Y tế kiểm tra."
    assert without_site_record(text) == (text, {})


FEE_LETTER = """UBND TỈNH NINH BÌNH

SỞ GIÁO DỤC VÀ ĐÀO TẠO

Số: 1234/SGDĐT-KHTC

V/v hướng dẫn thu chi năm học 2023-2024

Ninh Bình, ngày 05 tháng 9 năm 2023

Kính gửi:

- Phòng Giáo dục và Đào tạo các huyện, thành phố;

- Các cơ sở giáo dục trực thuộc Sở.

Để tăng cường quản lý thu chi, Sở Giáo dục và Đào tạo đề nghị các đơn vị thực hiện các nội dung cụ thể như sau:

I. THU HỌC PHÍ

1. Thu học phí

a) Đối với cơ sở giáo dục công lập

Đối với các cơ sở giáo dục công lập: Thực hiện theo Nghị quyết số 05/2023/NQ-HĐND ngày 10/7/2023 của Hội đồng nhân dân tỉnh quy định mức học phí.
"""


def test_a_scope_heading_whose_text_is_work_gives_it_to_the_schools_it_names():
    assert [(t.clause, t.lead_agency) for t in _draft(FEE_LETTER).tasks] == [("I.1.a", "Các cơ sở giáo dục công lập")]


def test_schools_named_by_who_owns_them_are_one_group():
    from tracker.importer.names import find_mentions

    names = [m.name for m in find_mentions("Các cơ sở giáo dục ngoài công lập trên địa bàn tỉnh báo cáo số liệu.")]
    assert names == ["Các cơ sở giáo dục ngoài công lập trên địa bàn tỉnh"]


def test_a_first_sentence_opening_on_a_two_digit_day_ends_the_addressees():
    from tracker.importer.citations import recipients

    lines = ["Kính gửi:", "- Sở Văn hóa, Thể thao và Du lịch;", "Ngày 15 tháng 3 năm 2021, Bộ Nội vụ có Công văn số 12/BNV-TL."]
    assert recipients(lines) == ["Sở Văn hóa, Thể thao và Du lịch"]
