"""Assignments on pages and in plans: a culture department's units named by kind and level, an event's hour
before its day, a plan's contents recounted, a page cut among its subjects, the committee of a province's Party
agencies, the speaking committee's own work, an instruction passed on ("Theo chỉ đạo của …"), work of making
known going on from the paragraph above, a failure to answer for with its condition first, the direction a report
is for, Hồ Chí Minh City by its initials, deadlines without a year on an undated page, a cycle opening the work,
and an annexed plan's heading after the signature. Invented texts of the general form."""

from datetime import date

from tracker.importer.metadata import parse_metadata
from tracker.importer.parser import parse_text


def _tasks(text: str) -> list[tuple[str, str]]:
    return [(t.clause_number, t.lead_agency) for t in parse_text(text).tasks]


def test_a_culture_departments_museum_and_library_are_named_by_kind_and_level():
    text = ("Giám đốc Sở Văn hóa, Thể thao và Du lịch giao:\n"
            "1. Nhà hát Ca múa nhạc tỉnh: dàn dựng chương trình nghệ thuật chào mừng Quốc khánh.\n"
            "2. Bảo tàng tỉnh, Thư viện tỉnh:\n"
            "Tổ chức trưng bày chuyên đề, giới thiệu sách về Chủ tịch Hồ Chí Minh.\n")
    assert ("2", "Bảo tàng tỉnh") in _tasks(text) and ("2", "Thư viện tỉnh") in _tasks(text)


def test_an_events_hour_written_before_its_day_still_dates_the_event():
    text = ("Giám đốc Sở Văn hóa và Thể thao giao:\n"
            "1. Trung tâm Văn hoá tỉnh:\n"
            "– Tổ chức tuyên truyền lưu động bằng xe loa trên các tuyến phố chính.\n"
            "– Phối hợp tổ chức Lễ dâng hương tại Đền thờ liệt sĩ tỉnh vào lúc 07g 30 phút, ngày 15/5/2023.\n")
    due = [t.due_on for t in parse_text(text).tasks]
    assert date(2023, 5, 15) in due


def test_a_paragraph_recounting_a_plans_contents_is_no_clause():
    text = ("Nội dung kế hoạch gồm 05 hoạt động chính như: Xây dựng tài liệu hướng dẫn; Chỉ đạo tăng cường kiểm tra "
            "các cơ sở sản xuất; Tổ chức tập huấn cho cán bộ cơ sở; Tổng kết, đánh giá kết quả thực hiện.\n"
            "UBND tỉnh giao Sở Công Thương chủ trì, theo dõi, đôn đốc việc thực hiện và báo cáo kết quả cho UBND tỉnh.\n")
    assert _tasks(text) == [("1", "Sở Công Thương")]


def test_a_plans_tasks_counted_with_what_they_need_is_no_clause():
    text = ("Kế hoạch đã xác định 6 nhiệm vụ, giải pháp chủ yếu cần thực hiện trong giai đoạn 2022-2025, gồm có: "
            "đào tạo nguồn nhân lực; xây dựng mô hình điểm; đẩy mạnh ứng dụng khoa học công nghệ.\n"
            "Ủy ban nhân dân tỉnh giao Sở Khoa học và Công nghệ hằng năm xây dựng dự toán kinh phí thực hiện.\n")
    assert _tasks(text) == [("1", "Sở Khoa học và Công nghệ")]


def test_a_page_cut_while_it_lists_its_subjects_gives_them_no_task():
    text = ("UBND tỉnh giao Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan tổ chức tập huấn cho cán bộ cấp xã.\n"
            "Các sở, ban, ngành của tỉnh, cơ quan trung ương trên địa bàn tỉnh, UBMTTQVN và các hội, đoàn thể c")
    assert _tasks(text) == [("1", "Sở Nội vụ")]


def test_the_committee_of_a_provinces_party_agencies_is_one_body():
    text = ("Tỉnh ủy Bắc Kạn đề nghị các Đảng ủy trực thuộc vận động đảng viên ủng hộ quỹ vì người nghèo.\n\n"
            "Cụ thể, Đảng ủy các cơ quan Đảng tỉnh hỗ trợ hai xã; Đảng ủy Công an tỉnh hỗ trợ ba xã.\n")
    assert ("2", "Đảng ủy các cơ quan Đảng tỉnh") in _tasks(text)


def test_the_speaking_committees_own_work_on_its_page_is_no_task():
    text = ("Theo kế hoạch chăm lo Tết, UBND tỉnh Hà Giang yêu cầu các đơn vị, địa phương huy động nguồn lực hướng về cơ sở.\n\n"
            "Cụ thể, Đảng ủy Công an tỉnh hỗ trợ 2 xã; Đảng ủy Bộ Chỉ huy Quân sự tỉnh hỗ trợ một xã.\n\n"
            "Đối với các xã còn lại, UBND tỉnh vận động xã hội hóa để trao quà cho người dân có hoàn cảnh khó khăn.\n")
    assert all(lead != "Ủy ban nhân dân tỉnh" for _, lead in _tasks(text))


def test_an_instruction_passed_on_names_its_author_and_the_bodies_after_it_act():
    text = ("UBND tỉnh Nghệ An vừa có văn bản chỉ đạo tiếp tục số hóa hồ sơ hộ tịch trên địa bàn tỉnh.\n\n"
            "Theo chỉ đạo của Phó Chủ tịch UBND tỉnh Trần Văn Bình, các sở, ngành, địa phương tiếp tục duy trì, "
            "cập nhật dữ liệu hộ tịch.\n\n"
            "Sở Tư pháp chủ trì hướng dẫn nghiệp vụ cho công chức tư pháp cấp xã.\n")
    tasks = _tasks(text)
    assert ("1", "Các sở, ngành") in tasks and ("2", "Sở Tư pháp") in tasks


def test_work_of_making_known_goes_on_with_the_body_above_and_its_partners():
    text = ("Riêng Sở Công Thương rà soát và định kỳ công bố nhu cầu tiêu thụ điện phục vụ sản xuất trong từng mùa vụ.\n"
            "Thông báo cập nhật kịp thời thông tin trên trang website của ngành; tổ chức tuyên truyền sử dụng điện tiết kiệm.\n"
            "Phối hợp với Sở Khoa học Công nghệ, Sở Xây dựng nghiên cứu việc sử dụng năng lượng tái tạo trong các công trình.\n"
            "Cục Quản lý thị trường tỉnh xây dựng kế hoạch kiểm tra các cửa hàng kinh doanh thiết bị điện.\n")
    first = parse_text(text).tasks[0]
    assert first.lead_agency == "Sở Công Thương"
    assert first.cooperating_agencies == ["Sở Khoa học và Công nghệ", "Sở Xây dựng"]


def test_who_answers_for_a_failure_with_the_condition_first_is_no_task():
    text = ("Bố trí kinh phí từ ngân sách cấp xã để phục vụ công tác phòng, chống dịch bệnh trên đàn gia súc.\n"
            "Thực hiện báo cáo vào thứ Sáu hàng tuần về Sở Nông nghiệp và Môi trường để tổng hợp và báo cáo UBND tỉnh "
            "chỉ đạo. Nếu địa phương nào để dịch lây lan, Chủ tịch UBND cấp xã phải chịu trách nhiệm trước UBND tỉnh.\n"
            "Giao Sở Nông nghiệp và Môi trường cử cán bộ kỹ thuật về các địa phương hướng dẫn tiêm phòng cho đàn gia súc.\n")
    assert _tasks(text) == [("1", "Sở Nông nghiệp và Môi trường")]


def test_the_city_by_its_initials_asks_after_an_opening_connective():
    text = ("UBND TPHCM vừa có văn bản chỉ đạo về việc rà soát các dự án chậm tiến độ trên địa bàn.\n\n"
            "Theo đó, UBND TPHCM giao Sở Xây dựng phối hợp với Sở Tài chính rà soát, phân loại các dự án chậm tiến độ.\n")
    assert _tasks(text) == [("1", "Sở Xây dựng")]


def test_a_deadline_without_a_year_on_an_undated_page_takes_the_year_of_the_documents_it_cites():
    text = ("UBND tỉnh vừa có văn bản chỉ đạo triển khai Nghị định 120/2025/NĐ-CP về phân quyền, phân cấp.\n\n"
            "Theo đó, UBND tỉnh giao Sở Nội vụ tham mưu phương án phân cấp, hoàn thành trước mốc 20/10.\n")
    assert [t.due_on for t in parse_text(text).tasks] == [date(2025, 10, 20)]


def test_a_deadline_without_a_year_on_a_two_tier_page_falls_after_the_reform():
    text = ("Chủ tịch UBND tỉnh vừa có văn bản chỉ đạo rà soát quy hoạch tỉnh sau sắp xếp.\n\n"
            "Theo đó, Chủ tịch UBND tỉnh giao Sở Tài chính tham mưu điều chỉnh quy hoạch, hoàn thành trước ngày 20-9.\n")
    assert [t.due_on for t in parse_text(text).tasks] == [date(2025, 9, 20)]


def test_a_deadline_without_a_year_on_a_page_naming_a_merged_department_falls_after_the_merger():
    # "Sở Nông nghiệp và Môi trường" exists from 1 March 2025: the page is from then on, as its "2/9/" is.
    text = ("Sở Nông nghiệp và Môi trường vừa có công văn đề nghị các địa phương chủ động ứng phó mưa lớn.\n\n"
            "UBND các xã, phường khẩn trương thu hoạch lúa Hè Thu trước ngày 5/9/; rà soát các hồ chứa nước.\n")
    assert date(2025, 9, 5) in [t.due_on for t in parse_text(text).tasks]
    # Named by the ministry of the same merger: the same.
    text = text.replace("Sở Nông nghiệp và Môi trường", "Bộ Dân tộc và Tôn giáo")
    assert date(2025, 9, 5) in [t.due_on for t in parse_text(text).tasks]


def test_a_deadline_without_a_year_on_an_undated_page_falls_after_the_day_of_a_document_it_cites():
    # "Kế hoạch số 05-KH/ĐU, ngày 3-8-2024": the page is from that day on, so "trước ngày 25-8" is 25/8/2024.
    text = ("Đảng ủy xã vừa triển khai Kế hoạch số 05-KH/ĐU, ngày 3-8-2024 của Ban Thường vụ về đại hội chi bộ.\n\n"
            "Các chi bộ trực thuộc khẩn trương chuẩn bị văn kiện, nhân sự, phấn đấu xong trước ngày 25-8.\n")
    assert [t.due_on for t in parse_text(text).tasks] == [date(2024, 8, 25)]
    # Cited as "Chỉ thị số …/CT-UBND ngày …", written out or in numbers alike.
    text = ("UBND huyện vừa ban hành văn bản triển khai Chỉ thị số 12/CT-UBND ngày 02 tháng 10 năm 2023 của UBND tỉnh.\n\n"
            "Theo đó, UBND huyện giao Phòng Tài chính - Kế hoạch rà soát nguồn vốn, hoàn thành trước ngày 15/10.\n")
    assert [t.due_on for t in parse_text(text).tasks] == [date(2023, 10, 15)]


def test_an_annexed_plans_heading_after_the_signature_is_no_title():
    text = ("ỦY BAN NHÂN DÂN TỈNH BẾN TRE\n"
            "Số: 15/QĐ-UBND | Bến Tre, ngày 05 tháng 3 năm 2012 |\n"
            "QUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH KẾ HOẠCH PHÒNG, CHỐNG SỐT XUẤT HUYẾT NĂM 2012\n"
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẾN TRE\n"
            "QUYẾT ĐỊNH:\n"
            "Điều 1. Ban hành Kế hoạch phòng, chống sốt xuất huyết năm 2012.\n"
            "Điều 2. Giám đốc Sở Y tế chủ trì triển khai thực hiện Quyết định này.\n"
            "| KT. CHỦ TỊCH |\n"
            "KẾ HOẠCH\n"
            "PHÒNG, CHỐNG SỐT XUẤT HUYẾT NĂM 2012\n")
    assert parse_metadata(text).signer["title"] is None


def test_a_cycle_between_the_body_and_its_work_times_the_work():
    text = ("UBND tỉnh giao Sở Tài chính hằng năm xây dựng dự toán kinh phí thực hiện Đề án phát triển thư viện số.\n"
            "Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức triển khai Đề án.\n")
    assert parse_text(text).tasks[0].recurrence == "FREQ=YEARLY"
