"""Study 85: provincial and district pages of the three-tier era (round 71's misses). Every text here is
invented."""

from tracker.importer.names import find_mentions
from tracker.importer.parser import parse_text


def _tasks(text: str) -> list[tuple[str, str]]:
    return [(task.clause, task.lead_agency) for task in parse_text(text).tasks]


def test_a_page_whose_only_request_is_a_photo_caption_keeps_it():
    page = ("Chủ tịch UBND tỉnh Hòa An yêu cầu Sở Xây dựng, UBND huyện Tân Phú rà soát công trình lấn chiếm "
            "bờ kênh sau phản ánh của báo chí. Ảnh: Minh Khoa\n")
    assert _tasks(page) == [("1", "Sở Xây dựng"), ("1", "Ủy ban nhân dân huyện Tân Phú")]


def test_a_caption_beside_the_paragraphs_that_assign_is_still_no_clause():
    page = ("UBND tỉnh yêu cầu Sở Y tế tăng cường kiểm tra an toàn thực phẩm tại các bếp ăn tập thể.\n\n"
            "Đoàn kiểm tra của Sở Y tế làm việc tại một bếp ăn. Ảnh: Thu Hà\n\n"
            "UBND tỉnh giao Công an tỉnh xử lý nghiêm các cơ sở vi phạm.\n")
    assert _tasks(page) == [("1", "Sở Y tế"), ("2", "Công an tỉnh")]


def test_a_department_written_without_its_va_is_the_same_department():
    names = [m.name for m in find_mentions("Giao Sở Nông nghiệp Phát triển Nông thôn, Sở Tài nguyên - Môi trường "
                                           "và Sở Kế hoạch Đầu tư kiểm tra.")]
    assert names == ["Sở Nông nghiệp và Phát triển nông thôn", "Sở Tài nguyên và Môi trường", "Sở Kế hoạch và Đầu tư"]


def test_a_project_board_written_short_is_written_out():
    tasks = _tasks("UBND huyện yêu cầu Ban QLDA ĐTXD huyện khẩn trương bàn giao mặt bằng trước ngày 30/6/2020.")
    assert tasks == [("1", "Ban Quản lý dự án Đầu tư xây dựng huyện")]


def test_kinds_of_public_bodies_listed_after_one_cac_are_groups():
    mentions = find_mentions("Từ ngày 01/01/2020, các cơ quan hành chính nhà nước, tổ chức chính trị - xã hội, đơn vị sự "
                             "nghiệp trên địa bàn tỉnh không sử dụng túi nylon trong công sở.")
    assert [(m.name, m.group, m.catch_all) for m in mentions] == [
        ("Các cơ quan hành chính nhà nước", True, False),
        ("Các tổ chức chính trị - xã hội", True, False),
        ("Các đơn vị sự nghiệp", True, False),
    ]


def test_thi_among_the_district_levels_is_the_thi_xa():
    names = [m.name for m in find_mentions("Đề nghị UBND các huyện, thị, thành phố triển khai kế hoạch.")]
    assert names == ["Ủy ban nhân dân huyện, thị xã, thành phố"]


def test_a_petition_forwarded_with_a_request_is_the_addressee_s_work():
    answer = ("Trả lời:\n\nUBND tỉnh chuyển đơn, yêu cầu Chủ tịch UBND huyện Sơn Hà kiểm tra, giải quyết theo "
              "thẩm quyền; báo cáo kết quả với UBND tỉnh trước ngày 15/8/2021.")
    assert _tasks(answer) == [("1", "Ủy ban nhân dân huyện Sơn Hà")]
