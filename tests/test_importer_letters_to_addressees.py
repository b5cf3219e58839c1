"""Letters to their addressees: a Kính gửi list a web page marks with en dashes, bullets that only point to the
annexes, and a request in general words ("Đề nghị các cơ quan, đơn vị …") that stands for those addressed; a
report letter's bare group with its level, the period its results cover, and general words named by their
charge. Invented texts of the general form."""

from tracker.importer.parser import parse_text

# A department's call for comments as a site posts it: no header, the addressees on lines opening with "– ".
CALL_FOR_COMMENTS = """Công văn số 415/STP-VBPQ ngày 02/10/2019 V/v góp ý dự thảo quy chế phối hợp kiểm tra văn bản.

Kính gửi:

– Các sở, ban, ngành tỉnh;

– UBND các huyện, thị xã, thành phố.

Thực hiện Kế hoạch số 88/KH-UBND ngày 15/3/2019 của UBND tỉnh, Sở Tư pháp đã dự thảo Quy chế phối hợp trong công tác kiểm tra, xử lý văn bản quy phạm pháp luật, gồm:

– Đối với cấp tỉnh: nội dung tại Phụ lục 01;

– Đối với cấp huyện: theo mẫu tại Phụ lục 02.

Đề nghị các cơ quan, đơn vị xem xét dự thảo, có ý kiến góp ý bằng văn bản gửi về Sở Tư pháp trước ngày 20/10/2019 để tổng hợp.

Trân trọng./.
"""


def test_an_en_dash_marks_each_addressee_of_the_kinh_gui_list():
    assert parse_text(CALL_FOR_COMMENTS).recipients == ["Các sở, ban, ngành tỉnh", "UBND các huyện, thị xã, thành phố"]


def test_bullets_that_only_point_to_the_annexes_are_no_tasks():
    summaries = [task.summary for task in parse_text(CALL_FOR_COMMENTS).tasks]
    assert summaries and not any("Phụ lục" in summary for summary in summaries)


def test_the_letter_s_request_in_general_words_gives_each_addressee_its_task():
    tasks = parse_text(CALL_FOR_COMMENTS).tasks
    assert [(task.clause, task.lead_agency) for task in tasks] == [
        ("1", "Các sở, ban, ngành tỉnh"), ("1", "UBND các huyện, thị xã, thành phố")]
    assert {task.due_on.isoformat() for task in tasks} == {"2019-10-20"}
    # With "liên quan" the words reach past those addressed: a catch-all still, no lead.
    text = CALL_FOR_COMMENTS.replace("các cơ quan, đơn vị xem xét", "các cơ quan, đơn vị liên quan xem xét")
    assert not parse_text(text).tasks


# A portal's item on a province's report letter: a list of addressees, the period the report covers, and its
# deadline in a subjectless paragraph after it.
REPORT_ITEM = """Báo cáo kết quả công tác phòng, chống thiên tai

Ủy ban nhân dân tỉnh vừa ban hành Công văn số 812/UBND-NN về việc báo cáo kết quả công tác phòng, chống thiên tai; cụ thể:

UBND tỉnh yêu cầu Sở Xây dựng, Sở Giao thông vận tải, đơn vị lực lượng vũ trang cấp tỉnh, Ủy ban nhân dân các huyện, thị xã tiến hành rà soát, báo cáo kết quả thực hiện công tác phòng, chống thiên tai của đơn vị, địa phương từ ngày 01/01/2021 đến ngày 31/5/2021.

Báo cáo gửi về Ủy ban nhân dân tỉnh (qua Sở Nông nghiệp và Phát triển nông thôn) chậm nhất ngày 08/6/2021.
"""


def test_a_body_listed_bare_after_others_keeps_its_level():
    leads = [task.lead_agency for task in parse_text(REPORT_ITEM).tasks]
    assert "Các đơn vị lực lượng vũ trang cấp tỉnh" in leads


def test_the_period_a_report_covers_is_no_deadline_and_its_report_joins_the_duty():
    tasks = parse_text(REPORT_ITEM).tasks
    assert len(tasks) == 4 and {task.clause for task in tasks} == {"1"}
    assert {task.due_on.isoformat() for task in tasks} == {"2021-06-08"}


def test_general_words_named_by_their_charge_are_a_group_lead():
    text = ("Ngày 05/3/2022, UBND tỉnh đã ban hành Kế hoạch số 41/KH-UBND về chuyển đổi số năm 2022.\n\n"
            "Theo kế hoạch, các cơ quan, đơn vị được giao nhiệm vụ thực hiện Đề án Chuyển đổi số tỉnh phối hợp với "
            "các cơ quan liên quan xây dựng lộ trình cụ thể, bảo đảm hoàn thành trước ngày 30/6/2022.\n")
    tasks = parse_text(text).tasks
    assert [task.lead_agency for task in tasks] == [
        "Các cơ quan, đơn vị được giao nhiệm vụ thực hiện Đề án Chuyển đổi số tỉnh"]
    assert tasks[0].due_on.isoformat() == "2022-06-30"



# A department's call for comments as a site posts it, with the time of posting between its title and its
# addressees, and no sentence that announces the items with a colon.
POSTED_CALL = """Công văn số 77/SCT-QLTM ngày 12/11/2018 V/v góp ý dự thảo Kế hoạch phát triển thương mại nông thôn năm 2019.

Đăng ngày: 13/11/2018 09:20:05

Kính gửi:

– Hội Nông dân tỉnh;

– Liên minh Hợp tác xã tỉnh;

– Báo Hòa Lâm.

Thực hiện Quyết định số 512/QĐ-UBND ngày 02/4/2018 của UBND tỉnh Hòa Lâm, Sở Công Thương xây dựng dự thảo Kế hoạch phát triển thương mại nông thôn năm 2019 (có dự thảo kèm theo).

Sở Công Thương đề nghị các cơ quan, đơn vị nghiên cứu, tham gia ý kiến vào Dự thảo. Ý kiến tham gia bằng văn bản gửi về Sở Công Thương trước ngày 25/11/2018 để tổng hợp./.
"""


def test_a_posting_time_above_the_kinh_gui_list_leaves_the_list_out_of_the_clauses():
    # The letter starts below the list: those listed act where its request asks them, with its deadline.
    tasks = parse_text(POSTED_CALL).tasks
    assert [(task.clause, task.lead_agency) for task in tasks] == [
        ("1", "Hội Nông dân tỉnh"), ("1", "Liên minh Hợp tác xã tỉnh"), ("1", "Báo Hòa Lâm")]
    assert {task.due_on.isoformat() for task in tasks} == {"2018-11-25"}


def test_the_central_bodies_in_the_province_are_read_through_as_a_catch_all():
    text = ("Theo đó, Sở Nội vụ đề nghị các sở, ban, ngành, đoàn thể tỉnh; cơ quan Trung ương đóng trên địa bàn tỉnh "
            "và Ủy ban nhân dân các huyện, thị xã, thành phố cử cán bộ tham dự lớp bồi dưỡng kỹ năng văn thư.\n")
    assert [task.lead_agency for task in parse_text(text).tasks] == [
        "Các sở, ban, ngành, đoàn thể tỉnh", "Ủy ban nhân dân huyện, thị xã, thành phố"]
