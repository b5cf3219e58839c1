"""Headings that only introduce their items (study 18), each with an invented text: a lettered point
that lists ministries and ends in ':' before "(1) Bộ X …" items gives the items, each with the
point's deadline, not the list too; and a request for one report whose numbered items are only what the
report holds (study 169): one task for the asked bodies, under the first item's number."""

from datetime import date

from tracker.importer.parser import parse_text

TELEGRAM = """THỦ TƯỚNG CHÍNH PHỦ

Số: 301/CĐ-TTg
Hà Nội, ngày 10 tháng 3 năm 2026

CÔNG ĐIỆN

Về việc hoàn thiện cơ sở dữ liệu chuyên ngành

THỦ TƯỚNG CHÍNH PHỦ điện:

1. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ
a) Rà soát danh mục dữ liệu dùng chung, công bố công khai trên cổng thông tin của bộ.
b) Các Bộ: Xây dựng, Công Thương khẩn trương hoàn thiện cơ sở dữ liệu thuộc phạm vi quản lý,
hoàn thành trong tháng 6 năm 2026, cụ thể:
(1) Bộ Xây dựng kết nối cơ sở dữ liệu nhà ở với hệ thống định danh.
(2) Bộ Công Thương số hóa hồ sơ cấp phép hóa chất.
2. Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện Công điện này./.

Nơi nhận:
"""


def test_items_replace_the_heading_list_and_keep_its_deadline():
    tasks = {(t.clause, t.lead_agency): t for t in parse_text(TELEGRAM).tasks}
    assert ("1.b", "Bộ Xây dựng") not in tasks and ("1.b", "Bộ Công Thương") not in tasks
    assert tasks[("1.b.1", "Bộ Xây dựng")].due_on == date(2026, 6, 30)
    assert tasks[("1.b.2", "Bộ Công Thương")].due_on == date(2026, 6, 30)
    assert ("2", "Văn phòng Chính phủ") in tasks


CONCLUSION = """VĂN PHÒNG CHÍNH PHỦ

Số: 702/TB-VPCP
Hà Nội, ngày 12 tháng 3 năm 2026

THÔNG BÁO

Kết luận về dự án đường ven biển

Phó Thủ tướng kết luận như sau:

1. Về dự án đường ven biển, phấn đấu thông xe trước ngày 30 tháng 9 năm 2026, giao:
(1) Bộ Xây dựng chỉ đạo chủ đầu tư đẩy nhanh tiến độ thi công.
(2) Ủy ban nhân dân tỉnh Quảng Trị hoàn thành giải phóng mặt bằng.
2. Bộ Tài chính bố trí vốn cho dự án./.

Nơi nhận:
"""


def test_a_heading_naming_no_bodies_gives_its_items_no_deadline():
    tasks = {(t.clause, t.lead_agency): t for t in parse_text(CONCLUSION).tasks}
    assert tasks[("1.1", "Bộ Xây dựng")].due_on is None
    assert tasks[("1.2", "Ủy ban nhân dân tỉnh Quảng Trị")].due_on is None


REPORT_REQUEST = """THỦ TƯỚNG CHÍNH PHỦ

Số: 305/CĐ-TTg
Hà Nội, ngày 14 tháng 3 năm 2026

CÔNG ĐIỆN

Về việc thống kê thiệt hại do lũ

THỦ TƯỚNG CHÍNH PHỦ điện:

1. Chủ tịch Ủy ban nhân dân các tỉnh: Quảng Ngãi, Quảng Trị chỉ đạo rà soát, thống kê các nội dung sau:
(1) Số trường học bị hư hỏng.
(2) Số cầu, cống bị cuốn trôi.
Ủy ban nhân dân các tỉnh: Quảng Ngãi, Quảng Trị gửi Báo cáo về Bộ Tài chính trước ngày 20/3/2026.
2. Bộ Tài chính tổng hợp, đề xuất nguồn kinh phí hỗ trợ./.

Nơi nhận:
"""


def test_a_closing_paragraph_naming_the_leads_again_joins_their_task():
    tasks = [(t.clause, t.lead_agency, t.due_on) for t in parse_text(REPORT_REQUEST).tasks]
    assert ("1", "Ủy ban nhân dân tỉnh Quảng Ngãi", date(2026, 3, 20)) in tasks
    assert ("1", "Ủy ban nhân dân tỉnh Quảng Trị", date(2026, 3, 20)) in tasks
    assert len([t for t in tasks if t[0].startswith("1")]) == 2


EXHORTATION = """THỦ TƯỚNG CHÍNH PHỦ

Số: 310/CĐ-TTg
Hà Nội, ngày 16 tháng 3 năm 2026

CÔNG ĐIỆN

Về việc đẩy mạnh giải ngân vốn đầu tư công

Thủ tướng Chính phủ yêu cầu Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh,
thành phố trực thuộc Trung ương thực hiện một số nhiệm vụ trọng tâm sau:
1. Khẩn trương rà soát, điều chuyển vốn của các dự án chậm giải ngân.
2. Đây là nhiệm vụ rất quan trọng, cấp bách, Thủ tướng Chính phủ đề nghị các đồng chí Bộ trưởng,
Chủ tịch Ủy ban nhân dân các tỉnh thực hiện chủ động, sáng tạo; ưu tiên dành thời gian quan tâm,
lãnh đạo, chỉ đạo các cơ quan, đơn vị trực thuộc thực hiện nghiêm túc./.

Nơi nhận:
"""


def test_a_closing_exhortation_is_no_task():
    assert {t.clause for t in parse_text(EXHORTATION).tasks} == {"1"}


LETTER_BY_TOPICS = """BỘ NỘI VỤ
Số: 520/BNV-CQĐP
Hà Nội, ngày 12 tháng 11 năm 2025
Kính gửi: Ủy ban nhân dân các tỉnh, thành phố
Bộ Nội vụ đề nghị Ủy ban nhân dân các tỉnh, thành phố thực hiện các nội dung sau:
1. Về sắp xếp thôn, tổ dân phố
1.1. Rà soát số thôn, tổ dân phố chưa đạt tiêu chuẩn, hoàn thành trước ngày 20/12/2025.
1.2. Sở Nội vụ hướng dẫn quy trình lấy ý kiến cử tri.
2. Về việc bố trí cán bộ không chuyên trách
2.1. Xây dựng phương án bố trí người hoạt động không chuyên trách ở cấp xã.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Nguyễn Văn B
"""


def test_items_under_a_topic_title_are_the_introductions_request():
    leads = [(t.clause, t.lead_agency) for t in parse_text(LETTER_BY_TOPICS).tasks]
    assert ("1.1", "Ủy ban nhân dân tỉnh, thành phố") in leads
    assert ("2.1", "Ủy ban nhân dân tỉnh, thành phố") in leads
    assert ("1.2", "Sở Nội vụ") in leads


REPORT_LETTER = """ỦY BAN NHÂN DÂN
TỈNH KHÁNH HÒA
Số: 512/UBND-VX
V/v báo cáo công tác phòng, chống bệnh sốt xuất huyết năm 2024
Khánh Hòa, ngày 05 tháng 11 năm 2024
Kính gửi: Ủy ban nhân dân các huyện, thị xã, thành phố.
Để có cơ sở tổng kết công tác phòng, chống dịch bệnh năm 2024, Ủy ban nhân dân tỉnh đề nghị Ủy ban nhân dân các \
huyện, thị xã, thành phố {asked}
1. {first}
2. {second}
3. {third}
{more}
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn A
"""
REPORT = "báo cáo tình hình, kết quả phòng, chống bệnh sốt xuất huyết năm 2024 trên địa bàn, "
CONTENTS = dict(asked=REPORT + "gồm các nội dung sau:", more="",
                first="Tình hình ca mắc, ca tử vong và các ổ dịch đã xử lý trong năm 2024.",
                second="Kết quả các đợt chiến dịch diệt lăng quăng, bọ gậy; những khó khăn, vướng mắc.",
                third="Các kiến nghị, đề xuất với Ủy ban nhân dân tỉnh.")
DISTRICTS = "Ủy ban nhân dân huyện, thị xã, thành phố"


def _read(**changed):
    return [(t.clause, t.lead_agency, t.due_on) for t in parse_text(REPORT_LETTER.format(**{**CONTENTS, **changed})).tasks]


def test_the_items_of_an_asked_report_are_its_contents_one_task():
    tasks = parse_text(REPORT_LETTER.format(**CONTENTS)).tasks
    assert [(t.clause, t.lead_agency) for t in tasks] == [("1", DISTRICTS)]
    assert tasks[0].summary.startswith("Báo cáo tình hình, kết quả phòng, chống bệnh sốt xuất huyết")
    assert _read(asked=REPORT + "theo đề cương sau:") == [("1", DISTRICTS, None)]
    assert _read(asked="tổng hợp, báo cáo kết quả năm 2024 với các nội dung sau đây:") == [("1", DISTRICTS, None)]


def test_items_of_work_under_a_request_stay_tasks_of_their_own():
    # "… triển khai … theo các nội dung sau:" before work, not a report's headings: each item is a task
    work = dict(asked="triển khai phòng, chống bệnh sốt xuất huyết theo các nội dung sau:", first="Tổ chức giám sát ca bệnh, xử lý triệt để các ổ dịch mới.",
                second="Tổ chức chiến dịch diệt lăng quăng, bọ gậy tại các xã có ca bệnh.",
                third="Tuyên truyền cho người dân chủ động phòng bệnh.")
    assert [t[0] for t in _read(**work)] == ["1", "2", "3"]


def test_the_report_takes_its_sending_date_and_another_body_s_item_stays_apart():
    more = ("4. Thời gian gửi báo cáo: trước ngày 20/11/2024.\n"
            "5. Sở Y tế tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 30/11/2024.")
    assert _read(more=more) == [("1", DISTRICTS, date(2024, 11, 20)), ("5", "Sở Y tế", date(2024, 11, 30))]
    # or the closing paragraph says when the report is sent
    closing = "Báo cáo gửi về Sở Y tế trước ngày 20/11/2024 để tổng hợp./."
    assert _read(more=closing) == [("1", DISTRICTS, date(2024, 11, 20))]
