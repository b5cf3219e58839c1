"""Party committees' and mass organisations' pages: the issuer (a Tỉnh ủy's standing body, a commune's Đảng ủy, a
union's board) asks and is no lead; its addressees are its party groups ("Đảng đoàn Hội …"), the units below it named
with what sets them apart ("các chi bộ thành lập mới"), a union's district branches ("huyện, thị, thành Hội"), and the
bodies a working session was held with. What the page only reports (the meeting held on a day written out, who
chaired or attended, whom a supervision covers, a programme's authors) gives no task. Invented texts."""

from tracker.importer.parser import parse_text


def _tasks(text: str) -> list[tuple[str, str]]:
    return [(t.clause_number, t.lead_agency) for t in parse_text(text).tasks]


def test_party_units_keep_what_sets_them_apart():
    text = ("Xã Hòa Bình: Hoàn thành đại hội chi bộ trước ngày 15-8\n"
            "Các chi bộ, đảng bộ thành lập mới khẩn trương hoàn thiện văn kiện, nhân sự để tổ chức Đại hội.\n\n"
            "Các tổ chức đảng được kiểm tra có trách nhiệm chuẩn bị báo cáo, tạo điều kiện để Đoàn kiểm tra làm việc.\n")
    assert _tasks(text) == [("1", "Các chi bộ, đảng bộ thành lập mới"), ("2", "Các tổ chức đảng được kiểm tra")]


def test_a_programme_named_with_its_authors_gives_no_task():
    text = ("Đảng ủy xã Tân Lập triển khai nhiệm vụ quý III\n"
            "Các chi bộ trực thuộc khẩn trương kiện toàn cấp ủy, hoàn thành trong tháng 9/2025.\n\n"
            "Hội nghị cũng quán triệt Chương trình công tác của Ban Chấp hành Đảng bộ, Ban Thường vụ Đảng ủy xã quý III "
            "năm 2025; Chương trình công tác của Ban Chấp hành Đảng bộ, Ban Thường vụ Đảng ủy xã 6 tháng cuối năm 2025.\n")
    assert _tasks(text) == [("1", "Các chi bộ trực thuộc")]


def test_a_meeting_held_on_a_day_written_out_is_reported_and_its_units_are_given_the_work_it_hands_down():
    text = ("Sáng ngày 14 tháng 11 năm 2024, Đảng ủy xã Phú Thạnh tổ chức Hội nghị Ban Chấp hành nhằm triển khai "
            "kế hoạch tổng kết công tác xây dựng Đảng năm 2024. Dự và chỉ đạo đồng chí Trần Văn Lợi, Bí thư Đảng ủy xã; "
            "các đồng chí Ủy viên Ban Chấp hành Đảng ủy cùng tham dự.\n\n"
            "Tại hội nghị, các đại biểu đã thảo luận và thông qua dự thảo kế hoạch tổng kết năm 2024. Đồng thời, hội nghị "
            "cũng triển khai các biểu mẫu và thời gian thực hiện để các chi bộ trực thuộc chủ động thực hiện đúng quy định.\n\n"
            "Các đại biểu đánh giá cao sự lãnh đạo của Ban Thường vụ Đảng ủy về chương trình chỉ đạo tháng 12 năm 2024.\n")
    assert _tasks(text) == [("1", "Các chi bộ trực thuộc")]


def test_who_chaired_and_whom_a_supervision_covers_are_no_addressees():
    text = ("Triển khai giám sát việc thực hiện Nghị quyết về công tác dân vận\n\n"
            "Chiều 12-4, các đồng chí Hoàng Văn Tâm - Phó Bí thư Thường trực Huyện ủy; Đỗ Minh Châu - Ủy viên Ban Thường vụ "
            "Huyện ủy, Trưởng Ban Dân vận Huyện ủy đồng chủ trì hội nghị của Ban Thường vụ Huyện ủy triển khai giám sát "
            "việc thực hiện Nghị quyết về công tác dân vận đáp ứng yêu cầu nhiệm vụ trong tình hình mới.\n\n"
            "Các đồng chí Ủy viên Ban Thường vụ Huyện ủy dự hội nghị. Đối tượng giám sát Ban Thường vụ các Đảng ủy xã; "
            "Đảng ủy Phòng Giáo dục và Đào tạo; Ban Thường vụ Huyện đoàn và một số chi bộ trực thuộc.\n\n"
            "Các tổ chức đảng được giám sát có trách nhiệm chuẩn bị tốt nội dung, tạo điều kiện để Đoàn giám sát hoàn "
            "thành nhiệm vụ.\n")
    assert _tasks(text) == [("1", "Các tổ chức đảng được giám sát")]


def test_a_committee_gives_work_to_a_unions_party_group_and_the_stages_date_it():
    text = ("Chỉ đạo các cấp hội phụ nữ trong tỉnh chuẩn bị tốt văn kiện, nhân sự đại hội theo đúng Điều lệ.\n"
            "Đẩy mạnh tuyên truyền trước, trong và sau đại hội; phát động các phong trào thi đua chào mừng đại hội.\n"
            "Ban Thường vụ Tỉnh ủy giao Đảng đoàn Hội Liên hiệp Phụ nữ Việt Nam tỉnh lãnh đạo việc xây dựng kế hoạch tổ "
            "chức đại hội, công tác nhân sự, báo cáo ban thường vụ cấp ủy cùng cấp.\n"
            "Thời gian tiến hành đại hội cấp cơ sở hoàn thành trong quý I năm 2026 và Đại hội đại biểu Phụ nữ tỉnh "
            "hoàn thành trong quý II năm 2026.\n")
    tasks = parse_text(text).tasks
    assert [(t.clause_number, t.lead_agency, str(t.due_on)) for t in tasks] == [
        ("1", "Đảng đoàn Hội Liên hiệp Phụ nữ tỉnh", "2026-03-31"),
        ("1", "Đảng đoàn Hội Liên hiệp Phụ nữ tỉnh", "2026-06-30")]


def test_a_unions_district_branches_written_short_are_its_group():
    text = ("Hội Cựu chiến binh tỉnh Kon Tum tổng kết năm 2023\n\n"
            "Ban Thường vụ Hội Cựu chiến binh tỉnh Kon Tum tiếp tục tập trung chỉ đạo huyện, thị, thành Hội tổ chức "
            "tổng kết công tác Hội dứt điểm trong tháng 12/2023.\n")
    assert _tasks(text) == [("1", "Hội Cựu chiến binh các huyện, thị xã, thành phố")]


def test_the_bodies_a_working_session_was_held_with_are_those_asked():
    text = ("Thường trực Huyện ủy làm việc với lãnh đạo các ban xây dựng Đảng, Trung tâm Bồi dưỡng chính trị, Mặt trận "
            "Tổ quốc và các đoàn thể huyện\n\n"
            "Tại buổi làm việc, đại diện lãnh đạo các đơn vị đã báo cáo kết quả thực hiện nhiệm vụ quý I. Để thực hiện tốt nhiệm "
            "vụ quý II, đồng chí Bí thư Huyện ủy đề nghị các cơ quan chủ động bám sát chương trình công tác của Huyện ủy, "
            "chuẩn bị tốt các hoạt động kỷ niệm ngày thành lập Đảng bộ huyện.\n")
    assert _tasks(text) == [("1", "Các ban xây dựng Đảng"), ("1", "Trung tâm Bồi dưỡng chính trị"),
                            ("1", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện"), ("1", "Các đoàn thể huyện")]
