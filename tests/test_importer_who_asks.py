"""Who asks and who acts in a sentence, each rule with an invented text: an office conveying its head's view,
a letter's recipients asked, a spokesman's report, a speaker recounting before it asks, a body's deeds on a
day the press reports, the paired heads of a province's departments and agencies."""


def _tasks(text):
    from tracker.importer.parser import parse_text

    return [(t.clause, t.lead_agency) for t in parse_text(text).tasks]


def _subjects(sentence):
    from tracker.importer.segment_subjects import own_subjects

    return [m.name for m in own_subjects(sentence)[0]]


def _narrates(sentence):
    from tracker.importer.narration import narrates
    from tracker.importer.segment_subjects import own_subjects

    return narrates(sentence, own_subjects(sentence)[1])


def test_the_heads_of_departments_and_agencies_paired_are_one_group():
    sentence = ("Chủ tịch UBND tỉnh yêu cầu giám đốc các sở, thủ trưởng các ban, ngành và chủ tịch UBND các xã, "
                "phường kiểm tra việc số hóa hồ sơ.")
    assert _subjects(sentence) == ["Các sở, ban, ngành", "Ủy ban nhân dân xã, phường"]


def test_an_office_conveying_its_head_s_view_is_the_page_s_lead_not_a_clause():
    from tracker.importer.narration import person_acts

    lead = ("Văn phòng UBND tỉnh vừa truyền đạt ý kiến chỉ đạo của Phó Chủ tịch UBND tỉnh về việc đẩy nhanh "
            "cấp giấy chứng nhận quyền sử dụng đất, tại Công văn số 15/VP-KT.")
    assert person_acts(lead)
    page = ("Đẩy nhanh cấp giấy chứng nhận quyền sử dụng đất\n\n" + lead + "\n\n"
            "Theo đó, yêu cầu Sở Nông nghiệp và Môi trường rà soát hồ sơ tồn đọng, báo cáo UBND tỉnh.\n")
    assert _tasks(page) == [("1", "Sở Nông nghiệp và Môi trường")]


def test_the_view_an_office_conveys_asks_a_chain_of_bodies_after_one_giao():
    text = ("Văn phòng UBND tỉnh thông báo ý kiến của Chủ tịch UBND tỉnh về công tác phòng cháy như sau: "
            "Giao Sở Xây dựng chủ trì kiểm tra các công trình; Sở Tài chính bố trí kinh phí; "
            "UBND các huyện báo cáo kết quả trước ngày 15/12/2024.")
    assert _subjects(text) == ["Sở Xây dựng"]
    assert [lead for _, lead in _tasks("Phòng cháy\n\n" + text + "\n")] == [
        "Sở Xây dựng", "Sở Tài chính", "Ủy ban nhân dân huyện"]


def test_the_recipients_of_a_speaker_s_own_letter_are_asked_not_the_speaker():
    sentence = ("Sở Y tế có công văn gửi Trung tâm Kiểm soát bệnh tật tỉnh, Bệnh viện Đa khoa tỉnh đề nghị "
                "rà soát số ca mắc sốt xuất huyết.")
    assert "Sở Y tế" not in _subjects(sentence)
    assert _subjects(sentence)[0].startswith("Trung tâm Kiểm soát bệnh tật")
    # "Giáo dục" is no "giao": the letter's title names no request
    sentence = "Ngày 3/4, UBND tỉnh có Công văn số 12/UBND-VX gửi Sở Giáo dục và Đào tạo về việc nghỉ học."
    assert "Sở Giáo" not in _subjects(sentence)


def test_a_polite_request_is_a_request():
    assert _subjects("Sở Tài chính kính đề nghị Công an tỉnh gửi dự toán về Sở.") == ["Công an tỉnh"]
    assert _subjects("Sở Tài chính trân trọng đề nghị Công an tỉnh gửi dự toán về Sở.") == ["Công an tỉnh"]


def test_a_speaker_recounting_its_letter_then_asking_has_the_asked_body_act():
    page = ("Đôn đốc báo cáo số liệu nhà ở\n\n"
            "Nay, UBND tỉnh tiếp tục gửi văn bản đến Sở Xây dựng về việc đôn đốc số liệu nhà ở; UBND tỉnh đề nghị "
            "Sở Xây dựng khẩn trương tổng hợp, báo cáo trước ngày 20/11/2023.\n")
    assert _tasks(page) == [("1", "Sở Xây dựng")]


def test_what_came_before_the_news_is_recounted():
    assert _narrates("Trước đó, UBND tỉnh đã có văn bản gửi Sở Công Thương đề nghị báo cáo giá xăng dầu.")


def test_a_spokesman_reports_who_was_asked():
    sentence = ("Chiều 5/3, Phó Giám đốc Sở Tài chính Nguyễn Văn An cho biết, Chủ tịch UBND tỉnh vừa có văn bản "
                "chỉ đạo Sở Công Thương kiểm tra giá cả thị trường.")
    assert _subjects(sentence) == ["Sở Công Thương"]
    assert not _narrates(sentence)


def test_a_body_s_deed_on_the_day_the_press_reports_is_an_event():
    assert _narrates("Sáng 12/4, UBND xã An Phú tổ chức hội nghị triển khai công tác phòng chống thiên tai.")
    assert not _narrates("Sáng 12/4, UBND tỉnh chỉ đạo Sở Y tế kiểm tra các cơ sở khám bệnh.")


def test_a_person_named_before_the_post_speaks():
    assert _narrates("Ông Lê Văn Cường, Chủ tịch UBND xã Tân Hòa phát biểu tại hội nghị.")
    assert not _narrates("Ông Lê Văn Cường, Chủ tịch UBND xã Tân Hòa đề nghị Công an xã tăng cường tuần tra.")


def test_a_place_named_by_its_level_and_name_asks_for_its_committee():
    assert _subjects("Tỉnh Hòa Bình giao Giám đốc Sở Tài chính chủ trì lập dự toán kinh phí sửa chữa đê.") == ["Sở Tài chính"]
    assert _subjects("Thực hiện Công điện số 05/CĐ-UBND ngày 02/9/2025 của UBND tỉnh Nam Định, xã Hải Hậu yêu cầu "
                     "Công an xã tuần tra các tuyến đê.") == ["Công an xã"]
