"""What a central conclusion or urgent letter states rather than assigns, and the forms around its real work: bodies
agreeing ("… thống nhất chỉ có …"), a body's past deeds told after a span of time, the Government saying what it will
do, a closing clause that only tells everyone to carry out the work above, a list of subjects cut after its semicolon,
bodies named by their function ("cơ quan hải quan"), and a report due "trong ngày" a full date. Invented texts of the
general form."""

from datetime import date

from tracker.importer.names import find_mentions
from tracker.importer.parser import parse_text
from tracker.importer.timing import best_timing

HEADER = ("VĂN PHÒNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 512/TB-VPCP\n"
          "Hà Nội, ngày 03 tháng 3 năm 2026\nTHÔNG BÁO\nKẾT LUẬN CỦA PHÓ THỦ TƯỚNG TẠI CUỘC HỌP VỀ ĐỀ ÁN PHÁT TRIỂN "
          "NGHỀ CÁ\nPhó Thủ tướng kết luận như sau:\n")


def _tasks(text: str) -> list[tuple[str, str]]:
    return [(t.clause_number, t.lead_agency) for t in parse_text(text).tasks]


def test_bodies_that_agree_on_how_a_matter_stands_get_no_work_the_body_given_it_does():
    text = HEADER + ("1. Về chủ thể của Đề án: Các Bộ, ngành thống nhất chỉ có một bộ làm đầu mối; giao Bộ Công Thương "
                     "chủ trì xây dựng hồ sơ Đề án, trình cấp có thẩm quyền.\n")
    assert _tasks(text) == [("1", "Bộ Công Thương")]


def test_a_bodys_deeds_told_after_a_span_of_time_are_an_account():
    text = HEADER + ("1. Bộ Tư pháp thời gian qua đã chủ động rà soát các văn bản, cơ bản hoàn thành báo cáo.\n"
                     "2. Bộ Tư pháp hoàn thiện dự thảo Nghị định, trình Chính phủ trong tháng 4 năm 2026.\n")
    assert _tasks(text) == [("2", "Bộ Tư pháp")]


def test_the_government_saying_what_it_will_do_is_no_task():
    text = HEADER + ("1. Về tổ chức thực hiện: Chính phủ sẽ giao nhiệm vụ cụ thể cho các bộ, ngành sau khi Đề án được "
                     "phê duyệt. Bộ Y tế hướng dẫn các địa phương triển khai.\n")
    assert _tasks(text) == [("1", "Bộ Y tế")]


def test_a_closing_clause_that_only_tells_everyone_to_carry_out_the_work_above_is_no_task():
    text = HEADER + ("1. Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương rà soát danh mục công trình, hoàn "
                     "thành trước ngày 30/3/2026.\n"
                     "2. Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương và các cơ quan hải quan căn cứ chức năng, "
                     "nhiệm vụ được giao nghiêm túc triển khai các nhiệm vụ nêu trên, chịu trách nhiệm trước Thủ tướng "
                     "Chính phủ về kết quả thực hiện.\n"
                     "3. Cơ quan hải quan phối hợp với Bộ Xây dựng kiểm tra hàng hóa nhập khẩu của các chủ đầu tư.\n")
    assert _tasks(text) == [("1", "Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương"), ("3", "Cơ quan hải quan")]


def test_a_list_of_subjects_cut_after_its_semicolon_shares_the_work_below_it():
    text = HEADER + ("1. Các sở, ban, ngành tỉnh;\n"
                     "Ủy ban nhân dân các xã, phường khẩn trương rà soát hồ sơ đất đai, gửi Sở Nông nghiệp và Môi "
                     "trường trước ngày 15/4/2026.\n")
    tasks = parse_text(text).tasks
    assert [(t.lead_agency, t.due_on) for t in tasks] == [("Các sở, ban, ngành tỉnh", date(2026, 4, 15)),
                                                          ("Ủy ban nhân dân xã, phường", date(2026, 4, 15))]


def test_bodies_named_by_their_function_are_a_group():
    names = [(m.name, m.group, m.catch_all) for m in find_mentions("phối hợp với cơ quan thi hành án dân sự kiểm tra tài sản")]
    assert names == [("Cơ quan thi hành án dân sự", True, False)]


def test_a_report_due_within_a_full_date_is_due_that_day():
    timing = best_timing("tổng hợp ý kiến, báo cáo Chủ tịch UBND tỉnh trong ngày 12 tháng 5 năm 2026", date(2026, 5, 4))
    assert timing is not None and timing.due_on == date(2026, 5, 12)


def test_an_event_held_within_a_day_is_no_deadline():
    assert best_timing("Các cơ quan, trường học treo cờ Tổ quốc trong ngày 2-9-2026.", date(2026, 8, 25)) is None


def test_a_targets_year_is_no_deadline_of_the_work():
    urged = "đôn đốc các doanh nghiệp bưu chính mở rộng mạng lưới điểm phục vụ, phải đạt 80% số xã trong năm 2027"
    assert best_timing(urged, date(2026, 6, 1)) is None
    assert best_timing("đôn đốc các doanh nghiệp, đạt 80% số xã; hoàn thành trong năm 2027", date(2026, 6, 1)).due_on \
        == date(2027, 12, 31)
