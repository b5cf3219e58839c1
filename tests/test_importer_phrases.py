"""Deadline and cycle phrases, one test per form (ANNOTATION.md rules 6 and 7)."""

from datetime import date

import pytest

from tracker.importer.citations import references
from tracker.importer.timing import best_timing, complete_rule

ISSUED = date(2020, 11, 12)  # a Thursday


def due(text, issued_on=ISSUED):
    timing = best_timing(text, issued_on)
    return (timing.due_on, timing.recurrence, timing.text) if timing else None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Chậm nhất ngày 17/11/2020, Bảo hiểm xã hội tỉnh tổng hợp", date(2020, 11, 17)),
        ("báo cáo UBND tỉnh trước ngày 15/12/2021.", date(2021, 12, 15)),
        ("hạn cuối ngày 05/01/2026", date(2026, 1, 5)),
        ("hoàn thành chậm nhất trước ngày 30 tháng 6 năm 2026", date(2026, 6, 30)),
        ("gửi về Sở Tài chính trước 10/3/2026", date(2026, 3, 10)),
    ],
)
def test_an_absolute_date_is_the_deadline_as_written(text, expected):
    assert due(text)[0] == expected


def test_within_a_month_is_its_last_day():
    assert due("giải quyết tồn nợ cũ ngay trong tháng 11/2017.")[:2] == (date(2017, 11, 30), None)
    assert due("hoàn thành trong tháng 2 năm 2024")[0] == date(2024, 2, 29)


def test_before_a_month_is_the_last_day_of_the_month_before():
    assert due("trình UBND tỉnh trước tháng 12/2025")[0] == date(2025, 11, 30)


def test_a_year_as_completion_time_is_31_december():
    assert due("hoàn thành trong năm 2018")[0] == date(2018, 12, 31)
    assert due("Bố trí quỹ đất; hoàn thành năm 2020.")[0] == date(2020, 12, 31)
    assert due("Thời gian thực hiện: năm 2026")[0] == date(2026, 12, 31)


def test_a_nearer_date_wins_over_the_year():
    assert due("hoàn thành trong năm 2026, báo cáo sơ bộ trước ngày 30/6/2026")[0] == date(2026, 6, 30)


@pytest.mark.parametrize(
    "text, expected",
    [("hoàn thành trong Quý IV/2025", date(2025, 12, 31)), ("Quý 1/2026", date(2026, 3, 31)),
     ("trong quý III năm 2026", date(2026, 9, 30)), ("Quý I - Quý II/2026", date(2026, 6, 30))],
)
def test_a_quarter_is_its_last_day_and_a_span_the_end_of_the_last(text, expected):
    assert due(text)[0] == expected


def test_working_days_from_signing_skip_weekends():
    # 12/11/2020 (Thu) + 10 working days: 13, 16-20, 23-26 → 26/11/2020.
    assert due("trong vòng 10 ngày làm việc kể từ ngày ký")[0] == date(2020, 11, 26)


def test_working_days_skip_public_holidays():
    # 25/04/2025 (Fri) + 5 working days: 28, 29 Apr, (30/4 and 1-2/5 off), 5, 6, 7 May.
    assert due("trong thời hạn 05 ngày làm việc kể từ ngày ban hành", date(2025, 4, 25))[0] == date(2025, 5, 7)


def test_calendar_days_and_months_from_the_issue_date():
    assert due("trong vòng 15 ngày kể từ ngày ký")[0] == date(2020, 11, 27)
    assert due("trong 3 tháng kể từ ngày văn bản có hiệu lực")[0] == date(2021, 2, 12)


def test_monthly_on_a_day():
    assert due("trước ngày 20 hằng tháng gửi báo cáo")[1] == "FREQ=MONTHLY;BYMONTHDAY=20"
    # The cycle first, its day after.
    assert due("Hàng tháng vào ngày 15, Sở Tài chính tổ chức họp")[1:] == ("FREQ=MONTHLY;BYMONTHDAY=15", "Hàng tháng vào ngày 15")
    assert due("hằng tháng, chậm nhất ngày 25 gửi số liệu")[1] == "FREQ=MONTHLY;BYMONTHDAY=25"
    # A date after the cycle word is a date, not the cycle's day.
    assert due("hằng tháng, trước ngày 25/12/2024 gửi tổng kết")[1] != "FREQ=MONTHLY;BYMONTHDAY=25"


def test_yearly_on_a_day():
    found = due("- Trước ngày 01/12 hàng năm hoàn thiện danh sách")
    assert found == (None, "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=1", "Trước ngày 01/12 hàng năm")


@pytest.mark.parametrize(
    "text, rule",
    [("Định kỳ hàng tháng, UBND huyện báo cáo", "FREQ=MONTHLY"),
     ("báo cáo kết quả hằng tháng về Sở Y tế", "FREQ=MONTHLY"),
     ("hàng quý, trình UBND tỉnh cấp kinh phí", "FREQ=MONTHLY;INTERVAL=3"),
     ("chuyển tiền vào tháng đầu mỗi quý theo quy định", "FREQ=MONTHLY;INTERVAL=3"),
     ("định kỳ 6 tháng báo cáo kết quả", "FREQ=MONTHLY;INTERVAL=6"),
     ("Định kỳ hàng năm, cung cấp số liệu", "FREQ=YEARLY"),
     ("định kỳ hằng tuần tổng hợp, báo cáo UBND tỉnh", "FREQ=WEEKLY"),
     ("Tổ chức diễn tập tại địa phương hằng năm; chủ động sơ tán", "FREQ=YEARLY")],
)
def test_cycles_without_a_day(text, rule):
    assert due(text)[:2] == (None, rule)


@pytest.mark.parametrize(
    "text",
    ["đưa chỉ tiêu vào kế hoạch phát triển kinh tế - xã hội hàng năm của địa phương",
     "phối hợp với cơ quan BHXH trong việc in, cấp thẻ BHYT hàng năm và tổ chức giao thẻ",
     "định kỳ báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh theo quy định",
     "thường xuyên kiểm tra, đôn đốc",
     "theo Nghị quyết số 21-NQ/TW ngày 22/11/2012 của Bộ Chính trị",
     "tính đến thời điểm tháng 10/2020, tỷ lệ bao phủ đạt 87,76%",
     "xác định năm 2018 là năm cao điểm"],
)
def test_no_date_where_the_text_gives_none(text):
    assert due(text) is None


def test_the_full_rule_a_task_stores():
    issued = date(2018, 4, 10)
    assert complete_rule("FREQ=MONTHLY", issued) == ("FREQ=MONTHLY;BYMONTHDAY=-1", issued)
    assert complete_rule("FREQ=YEARLY", issued) == ("FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31", issued)
    assert complete_rule("FREQ=MONTHLY;INTERVAL=3", issued) == ("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1", date(2018, 6, 1))
    assert complete_rule("FREQ=MONTHLY;INTERVAL=6", issued) == ("FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=-1", date(2018, 6, 1))
    assert complete_rule("FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=1", issued)[0] == "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=1"
    assert complete_rule("FREQ=MONTHLY;BYMONTHDAY=20", issued)[0] == "FREQ=MONTHLY;BYMONTHDAY=20"
    assert complete_rule("FREQ=WEEKLY", issued) == ("FREQ=WEEKLY;BYDAY=FR", issued)


def test_references_of_every_kind_of_document_including_a_dispatch():
    text = ("Thực hiện Công điện số 85/CĐ-TTg ngày 28/8/2024 của Thủ tướng Chính phủ và Nghị quyết số "
            "21-NQ/TW ngày 22/11/2012 của Bộ Chính trị, UBND tỉnh yêu cầu:")
    found = references(text)
    assert any(r.startswith("Công điện số 85/CĐ-TTg ngày 28/08/2024") for r in found)
    assert any(r.startswith("Nghị quyết số 21-NQ/TW ngày 22/11/2012") for r in found)


def test_a_recipient_list_of_departments_by_their_bare_names():
    from tracker.importer.citations import recipients

    lines = ["Kính gửi:", "- Các sở: Y tế, Giáo dục và Đào tạo, Lao động, Thương binh và Xã hội;",
             "- Các sở, ngành: Bảo hiểm xã hội tỉnh; Sở Tài chính;", "- UBND các huyện, thị xã, thành phố."]
    assert recipients(lines) == [
        "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Lao động, Thương binh và Xã hội",
        "Bảo hiểm xã hội tỉnh", "Sở Tài chính", "UBND các huyện, thị xã, thành phố",
    ]


# ------------------------------------------------- forms met in real plans and decisions (held-out set)
def test_a_yearly_day_written_after_the_cycle_or_in_words():
    assert due("định kỳ hằng năm (trước ngày 10/12) gửi báo cáo về Sở Nội vụ")[1] == "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=10"
    assert due("tổng hợp, trình UBND tỉnh trước ngày 15 tháng 6 hằng năm")[1] == "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=15"


def test_a_year_after_vao_is_a_completion_time():
    assert due("tổ chức tổng kết vào năm 2027")[0] == date(2027, 12, 31)


def test_thuong_xuyen_hang_nam_is_ongoing_not_a_cycle():
    assert due("Thời gian: thường xuyên hằng năm") is None
    assert due("thực hiện thường xuyên trong năm") is None


def test_each_listed_event_keeps_its_own_time():
    from tracker.importer.segments import segments

    parts = segments("Sở Nội vụ hướng dẫn triển khai Đề án; tổ chức sơ kết hằng năm, sơ kết giữa kỳ vào năm 2027 "
                     "và tổng kết vào năm 2030.")
    assert [(due(p) or (None, None))[:2] for p in parts] == [
        (None, None), (None, "FREQ=YEARLY"), (date(2027, 12, 31), None), (date(2030, 12, 31), None)]


def test_an_exception_with_riêng_is_a_part_of_its_own():
    from tracker.importer.segments import segments

    assert segments("Thực hiện định kỳ hằng quý, riêng năm 2026 hoàn thành trong tháng 3/2026.") == [
        "Thực hiện định kỳ hằng quý,", "riêng năm 2026 hoàn thành trong tháng 3/2026."]


def _tasks(text):
    from tracker.importer.parser import parse_text

    return [(t.clause, t.lead_agency, t.cooperating_agencies, t.due_on, t.recurrence) for t in parse_text(text).tasks]


DECISION = """ỦY BAN NHÂN DÂN
TỈNH HÒA BÌNH
Số: 12/QĐ-UBND
Hòa Bình, ngày 02 tháng 3 năm 2026
QUYẾT ĐỊNH
BAN HÀNH KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026
ỦY BAN NHÂN DÂN TỈNH
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số năm 2026.
Điều 2. Chánh Văn phòng UBND tỉnh; Giám đốc các sở, ngành; Chủ tịch UBND các huyện chịu trách nhiệm thi hành Quyết định này./.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Bình

KẾ HOẠCH
(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 02/3/2026 của UBND tỉnh)
I. NHIỆM VỤ
1. Xây dựng kho dữ liệu dùng chung 1.1. Chuẩn hóa dữ liệu đất đai.
- Cơ quan chủ trì: Sở Nông nghiệp và Môi trường
- Cơ quan phối hợp: Sở Tài chính, Sở Xây dựng
- Thời gian hoàn thành: Quý III/2026
1.2. Kết nối dữ liệu dân cư.
- Cơ quan thực hiện: Công an tỉnh chủ trì, phối hợp với Sở Tư pháp.
- Thời gian thực hiện: thường xuyên, riêng việc kết nối thử hoàn thành trong tháng 5/2026.
"""


def test_a_decision_s_annexed_plan_is_read_and_its_closing_article_is_not_a_task():
    tasks = _tasks(DECISION)
    assert ("I.1.1", "Sở Nông nghiệp và Môi trường", ["Sở Tài chính", "Sở Xây dựng"], date(2026, 9, 30), None) in tasks
    assert ("I.1.2", "Công an tỉnh", ["Sở Tư pháp"], None, None) in tasks
    assert ("I.1.2 ý 2", "Công an tỉnh", ["Sở Tư pháp"], date(2026, 5, 31), None) in tasks
    assert not any(clause == "2" for clause, *_ in tasks)  # "chịu trách nhiệm thi hành": nothing to deliver


def test_a_heading_and_its_first_item_on_one_line_are_two_clauses():
    from tracker.importer.text import paragraphs

    assert paragraphs("3. Cải cách hành chính 3.1. Rà soát thủ tục.\n4. Năm 2026 có 4.1 nghìn hồ sơ.") == [
        "3. Cải cách hành chính", "3.1. Rà soát thủ tục.", "4. Năm 2026 có 4.1 nghìn hồ sơ."]


def test_a_request_made_mid_sentence_names_its_addressees():
    text = ("CHỈ THỊ\nVỀ CÔNG TÁC PHÒNG CHÁY\nI. KIỂM TRA\nTrên cơ sở kết quả năm trước, yêu cầu Công an tỉnh, "
            "UBND các huyện, thành phố khẩn trương kiểm tra các cơ sở.\n")
    assert [t[1] for t in _tasks(text)] == ["Công an tỉnh", "Ủy ban nhân dân huyện, thành phố"]
    assert [t[1] for t in _tasks("1. UBND tỉnh giao Sở Y tế hướng dẫn các cơ sở.\n")] == ["Sở Y tế"]


def test_an_unnumbered_letter_reads_its_paragraphs_as_clauses():
    text = ("UBND tỉnh có ý kiến chỉ đạo như sau:\nGiao Sở Xây dựng chủ trì, phối hợp với Sở Tài chính rà soát đơn giá; "
            "hoàn thành trước ngày 15/4/2026.\nGiao UBND các xã, phường báo cáo kết quả trước ngày 20/4/2026./.\n")
    assert _tasks(text) == [("1", "Sở Xây dựng", ["Sở Tài chính"], date(2026, 4, 15), None),
                            ("2", "Ủy ban nhân dân xã, phường", [], date(2026, 4, 20), None)]


def test_an_item_that_opens_with_can_cu_vao_is_not_a_legal_basis_section():
    text = "II. NHIỆM VỤ\n1. Căn cứ vào tình hình thực tế của địa phương, Sở Nội vụ xây dựng cơ chế phối hợp liên ngành.\n"
    assert [t[1] for t in _tasks(text)] == ["Sở Nội vụ"]


def test_a_header_and_a_signature_copied_as_runs_of_text():
    from tracker.importer.metadata import parse_metadata

    meta = parse_metadata(
        "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH -------\nSố: 7/QĐ-UBND Hòa Bình, ngày 05 tháng 01 năm 2026 QUYẾT ĐỊNH "
        "V/V BAN HÀNH QUY CHẾ PHỐI HỢP QUẢN LÝ CỤM CÔNG NGHIỆP ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH\nĐiều 1. …\n"
        "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Văn An\n")
    assert meta.issuer == "Ủy ban nhân dân tỉnh Hòa Bình"
    assert meta.subject.lower() == "ban hành quy chế phối hợp quản lý cụm công nghiệp"
    assert meta.signer == {"name": "Lê Văn An", "capacity": "KT. CHỦ TỊCH", "title": "PHÓ CHỦ TỊCH"}


def test_the_title_word_and_not_the_enacting_authority():
    from tracker.importer.metadata import parse_metadata

    meta = parse_metadata("ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\nSố: 3/2026/CT-UBND\nYên Bái, ngày 05 tháng 01 năm 2026\n"
                          "QUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH QUY ĐỊNH PHÂN CẤP QUẢN LÝ\nỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật …\n")
    assert meta.kind == "quyết định"  # the printed title, though the symbol's code says CT
    assert meta.subject == "Ban hành quy định phân cấp quản lý"


def test_a_follow_up_sentence_gives_the_time_of_the_work_before_it():
    text = ("Chủ tịch UBND tỉnh có ý kiến như sau:\nGiao Sở Công Thương; UBND các huyện rà soát các cửa hàng xăng dầu. "
            "Yêu cầu gửi kết quả về Sở Công Thương trước ngày 10/6/2026.\n")
    assert _tasks(text) == [("1", "Sở Công Thương", [], date(2026, 6, 10), None),
                            ("1", "Ủy ban nhân dân huyện", [], date(2026, 6, 10), None)]


PLAN_WITH_ITEMS = """KẾ HOẠCH
PHÒNG, CHỐNG DỊCH BỆNH TRÊN CÂY TRỒNG NĂM 2026
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
a) Phân công nhiệm vụ cụ thể cho các cơ quan, địa phương trong việc phòng, chống dịch bệnh.
II. NỘI DUNG
THỰC HIỆN
1. Sở Nông nghiệp và Môi trường
a) Chủ trì, phối hợp với Sở Tài chính hướng dẫn các địa phương lập phương án phòng dịch;
b) Phối hợp với Sở Khoa học và Công nghệ chuyển giao giống kháng bệnh;
c) Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2026.
2. Ủy ban nhân dân xã, phường
a) Phối hợp với Sở Nông nghiệp và Môi trường tuyên truyền cho nông dân.
III. TỔ CHỨC
THỰC HIỆN
1. Sở Nông nghiệp và Môi trường theo dõi, đôn đốc thực hiện Kế hoạch này.
"""


def test_a_section_title_wrapped_onto_two_lines_is_one_title():
    from tracker.importer.clauses import split_body

    headings = [c.heading for c in split_body(PLAN_WITH_ITEMS).clauses if c.ref in ("II", "III")]
    assert headings == ["NỘI DUNG THỰC HIỆN", "TỔ CHỨC THỰC HIỆN"]


def test_an_agency_s_lettered_items_are_its_one_task_with_the_timed_item_apart():
    tasks = _tasks(PLAN_WITH_ITEMS)
    assert ("II.1", "Sở Nông nghiệp và Môi trường", ["Sở Tài chính", "Sở Khoa học và Công nghệ"], None, None) in tasks
    assert ("II.1.c", "Sở Nông nghiệp và Môi trường", [], date(2026, 12, 15), None) in tasks
    # one untimed item only: the task keeps that item's number
    assert ("II.2.a", "Ủy ban nhân dân xã, phường", ["Sở Nông nghiệp và Môi trường"], None, None) in tasks
    # "Phân công nhiệm vụ …" opening a purpose item is a sentence, not an organisation section
    assert not any(clause.startswith("I.1.a") for clause, *_ in tasks)
    assert ("III.1", "Sở Nông nghiệp và Môi trường", [], None, None) in tasks  # and II.1, above


def test_a_task_table_gives_a_task_per_row_and_lead():
    text = ("KẾ HOẠCH\nPHÁT TRIỂN THƯ VIỆN SỐ\nI. TỔ CHỨC THỰC HIỆN\n1. Sở Văn hóa và Thể thao theo dõi việc thực hiện.\n"
            "PHỤ LỤC\nSTT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời hạn hoàn thành\n"
            "I\tHạ tầng\n"
            "1\tMua sắm máy chủ lưu trữ\tSở Khoa học và Công nghệ\tSở Tài chính\tQuý III/2026\n"
            "Cài đặt phần mềm quản lý\tSở Văn hóa và Thể thao\n"
            "2\tSố hóa tài liệu quý hiếm\tSở Văn hóa và Thể thao, UBND các xã, phường\tSở Nội vụ\tNăm 2026 - 2027\n"
            "II\tBồi dưỡng\n"
            "1\tTập huấn cán bộ thư viện\tSở Nội vụ\t\tHằng năm\n"
            "2\tBổ sung nhiệm vụ mới\tSở Văn hóa và Thể thao\t\tKhi có phát sinh\n")
    tasks = _tasks(text)
    assert ("I.1", "Sở Văn hóa và Thể thao", [], None, None) in tasks  # the prose section I, item 1
    assert ("I.1", "Sở Khoa học và Công nghệ", ["Sở Tài chính"], date(2026, 9, 30), None) in tasks
    # a row with no number continues the one above: its missing cells are the merged ones
    assert ("I.1", "Sở Văn hóa và Thể thao", ["Sở Tài chính"], date(2026, 9, 30), None) in tasks
    assert ("I.2", "Ủy ban nhân dân xã, phường", ["Sở Nội vụ"], date(2027, 12, 31), None) in tasks
    assert ("II.1", "Sở Nội vụ", [], None, "FREQ=YEARLY") in tasks
    assert not any(clause == "II.2" for clause, *_ in tasks)  # only "if something comes up"


def _cited_symbols(text):
    """The symbol of each document the text cites, in the order they are listed."""
    return [reference.split(" số ")[1].split()[0] for reference in references(text)]


def test_named_laws_and_a_proposal_letter_in_the_preamble():
    from tracker.importer.metadata import parse_metadata

    text = ("Căn cứ Luật Thủy lợi số 08/2017/QH14 ngày 19 tháng 6 năm 2017;\n"
            "Căn cứ Quyết định số 512/QĐ-TTg ngày 03 tháng 4 năm 2024 phê duyệt Quy hoạch tỉnh;\n"
            "Căn cứ Kế hoạch hành động số 88-KHHĐ/TU ngày 05/5/2025 của Ban Thường vụ Tỉnh ủy;\n"
            "Theo đề nghị của Sở Nông nghiệp và Môi trường tại Công văn số 1520/SNNMT-TL ngày 02/10/2025.\n")
    symbols = _cited_symbols(text)
    assert sorted(symbols) == ["08/2017/QH14", "512/QĐ-TTg", "88-KHHĐ/TU"]
    meta = parse_metadata("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG\nSố: 9/KH-UBND\nThành phố Hải Phòng, ngày 03 tháng 12 năm 2025\n")
    assert meta.place == "Thành phố Hải Phòng"


def test_letters_ordinances_and_party_rules_cited_by_number():
    text = ("Thực hiện văn bản số 312/STNMT-QLĐĐ ngày 04.3.2019 của Sở Tài nguyên và Môi trường, Pháp lệnh số "
            "07/2020/UBTVQH14 và Quy định số 41-QĐ/TW ngày 03/11/2021 của Bộ Chính trị; Phương án số 15/PA-UBND "
            "của Ủy ban nhân dân huyện, Phòng Nội vụ báo cáo.")
    symbols = _cited_symbols(text)
    assert symbols == ["312/STNMT-QLĐĐ", "07/2020/UBTVQH14", "41-QĐ/TW", "15/PA-UBND"]
    assert references(text)[0].startswith("Văn bản số 312/STNMT-QLĐĐ")


def test_a_report_the_letter_answers_is_its_origin_wherever_named():
    text = ("Xét báo cáo và đề xuất của Ủy ban nhân dân tỉnh Kon Tum (văn bản số 77/BC-UBND ngày 02/3/2024) "
            "và ý kiến của Bộ Tài chính tại Công văn số 1204/BTC-NSNN ngày 01/3/2024, Phó Thủ tướng có ý kiến "
            "như sau: căn cứ Thông báo số 55/TB-VPCP ngày 20/02/2024, Ủy ban nhân dân tỉnh Kon Tum chịu trách "
            "nhiệm về số liệu tại văn bản số 77/BC-UBND nêu trên.")
    symbols = _cited_symbols(text)
    assert symbols == ["1204/BTC-NSNN", "55/TB-VPCP"]

NOTICE = """ỦY BAN NHÂN DÂN
THÀNH PHỐ ĐÀ NẴNG

Số: /TB-UBND

Đà Nẵng, ngày tháng năm

THÔNG BÁO
Về việc dọn vệ sinh đón Tết

Nhân dịp Tết Nguyên đán năm 2027, Ủy ban nhân dân thành phố Đà Nẵng đề nghị các cơ quan, đơn vị của Trung ương; các sở, ban, ngành tổ chức tổng vệ sinh trụ sở trước ngày 25/01/2027.

Ủy ban nhân dân các phường, xã có trách nhiệm vận động Nhân dân dọn vệ sinh khu dân cư; Thủ trưởng các cơ quan, đơn vị nhắc nhở cán bộ thực hiện./.

Nơi nhận:
- Chủ tịch UBND thành phố;
- UB MTTQ VN thành phố;
- UBND các phường, xã;
- Lưu: VT.

TL. CHỦ TỊCH
KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG

Lê Văn Bình
"""


def test_a_notice_in_plain_paragraphs_with_a_blank_date_and_a_recipients_list():
    from tracker.importer.metadata import parse_metadata

    # its paragraphs are the clauses: the "Nơi nhận" list is not, nor is the subject line under the title
    assert _tasks(NOTICE) == [("1", "Các sở, ban, ngành", [], date(2027, 1, 25), None),
                              ("2", "Ủy ban nhân dân phường, xã", [], None, None)]
    # a date left blank for the stamp still gives the place
    assert parse_metadata(NOTICE).place == "Đà Nẵng"


def test_the_one_who_asks_is_not_a_lead_whatever_its_level():
    from tracker.importer.segment_subjects import own_subjects

    subjects, _ = own_subjects("Ủy ban nhân dân thành phố Cần Thơ yêu cầu Sở Xây dựng khẩn trương rà soát các công trình")
    assert [s.name for s in subjects] == ["Sở Xây dựng"]


ARTICLES = """ỦY BAN NHÂN DÂN
TỈNH GIA LAI
Số: 88/QĐ-UBND
Gia Lai, ngày 02 tháng 3 năm 2026
QUYẾT ĐỊNH
VỀ VIỆC CÔNG NHẬN LÀNG VĂN HÓA
ỦY BAN NHÂN DÂN TỈNH GIA LAI
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
QUYẾT ĐỊNH:
Điều 1. Công nhận 12 làng văn hóa trên địa bàn tỉnh.
Điều 2. Tổ chức thực hiện
1. Sở Văn hóa, Thể thao và Du lịch có trách nhiệm chủ trì, phối hợp với Sở Nội vụ hướng dẫn các xã duy trì danh hiệu.
2. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các sở; Chủ tịch Ủy ban nhân dân các xã chịu trách nhiệm thi hành Quyết định này./.
"""


def test_the_clauses_of_an_article_are_numbered_under_it():
    # "khoản 1 Điều 2" is "2.1", not "1" (which would be Điều 1); "có trách nhiệm chủ trì" leads
    assert _tasks(ARTICLES) == [("2.1", "Sở Văn hóa, Thể thao và Du lịch", ["Sở Nội vụ"], None, None)]


REPLY = """BỘ TÀI CHÍNH
CỤC HẢI QUAN
Số: 912/HQ-GSQL
V/v hướng dẫn thủ tục tạm nhập
Hà Nội, ngày 04 tháng 12 năm 2025
Kính gửi: Hải quan khu vực VII.
Cục Hải quan nhận được công văn số 77/HQKV7 của Hải quan khu vực VII. Về vấn đề này, Cục Hải quan có ý kiến như sau:
Căn cứ Điều 12 Luật Hải quan số 54/2014/QH13 quy định về thủ tục hải quan;
Căn cứ Nghị định số 08/2015/NĐ-CP ngày 21/01/2015 của Chính phủ;
Căn cứ quy định nêu trên, hàng hóa tạm nhập phải được tái xuất đúng thời hạn.
Đối với lô hàng của doanh nghiệp, đề nghị Thuế tỉnh Bình Phước phối hợp xác minh số thuế còn nợ trước ngày 20/12/2025.
Cục Hải quan có ý kiến để Hải quan khu vực VII biết, thực hiện./.
Nơi nhận:
- Như trên;
- Lưu: VT.
TL. CỤC TRƯỞNG
KT. TRƯỞNG BAN GIÁM SÁT QUẢN LÝ
PHÓ TRƯỞNG BAN
Trần Thu Hà
"""


def test_a_reply_letter_s_legal_bases_are_not_its_clauses_and_its_sign_off_assigns_nothing():
    from tracker.importer.metadata import parse_metadata

    # clause 1 "Căn cứ quy định nêu trên …" (a conclusion, not a legal basis), clause 2 the request
    assert _tasks(REPLY) == [("2", "Thuế tỉnh Bình Phước", [], date(2025, 12, 20), None)]
    meta = parse_metadata(REPLY)
    assert meta.kind == "công văn"  # the "V/v" line, whatever the symbol's code
    assert meta.issuer == "Cục Hải quan"  # the body under its ministry
    assert meta.signer["title"] == "PHÓ TRƯỞNG BAN"


def test_a_capacity_wrapped_inside_the_authority_s_name():
    from tracker.importer.metadata import parse_metadata

    signer = parse_metadata("Nơi nhận:\n- Lưu: VT.\nTM. ỦY BAN NHÂN\nDÂN\nCHỦ TỊCH\nNguyễn Văn An\n").signer
    assert signer == {"name": "Nguyễn Văn An", "capacity": "TM. ỦY BAN NHÂN DÂN", "title": "CHỦ TỊCH"}


def test_the_place_is_on_the_date_s_own_line():
    from tracker.importer.citations import recipients
    from tracker.importer.metadata import parse_metadata

    text = ("VĂN PHÒNG CHÍNH PHỦ\nSố: 51/VPCP-KTTH\nV/v bố trí vốn cho tuyến đường ven biển qua tỉnh Quảng Ngãi\n"
            "Hà Nội, ngày 06 tháng 01 năm 2026\nKính gửi:\n- Các Bộ: Tài chính, Xây dựng;\n- Ủy ban nhân dân tỉnh Quảng Ngãi.\n")
    assert parse_metadata(text).place == "Hà Nội"  # not "Quảng Ngãi Hà Nội" from the summary line above
    assert recipients(text.split("\n")) == ["Bộ Tài chính", "Bộ Xây dựng", "Ủy ban nhân dân tỉnh Quảng Ngãi"]
    wrapped = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSố: 7/KH-UBND\nThành phố Hồ\nChí Minh, ngày 02 tháng 02 năm 2026\n"
    assert parse_metadata(wrapped).place == "Thành phố Hồ Chí Minh"

    wrapped = wrapped.replace("Thành phố Hồ\nChí Minh", "Thành phố Hồ Chí\nMinh")
    assert parse_metadata(wrapped).place == "Thành phố Hồ Chí Minh"


def test_a_sở_letter_with_an_abbreviated_city_a_dashed_symbol_and_a_về_line():
    from tracker.importer.metadata import parse_metadata

    meta = parse_metadata("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\nSỞ Y TẾ\nSố: 417/SYT –NVY\n"
                          "Về: tổ chức tiêm chủng mở rộng đợt hai.\nTp.Cần Thơ, ngày 03 tháng 6 năm 2016\n")
    assert (meta.symbol, meta.place) == ("417/SYT-NVY", "Thành phố Cần Thơ")
    assert meta.subject == "Tổ chức tiêm chủng mở rộng đợt hai"
    assert parse_metadata("Số: 9/QĐ-UBND\nTP. Cần Thơ, ngày 03 tháng 6 năm 2016\n").place == "Thành phố Cần Thơ"

def test_a_letter_header_copied_as_runs_of_text():
    from tracker.importer.metadata import parse_metadata

    meta = parse_metadata(
        "BỘ NỘI VỤ -------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
        "Số: 512/BNV-TCBC V/v rà soát biên chế năm 2024\n"
        "Hà Nội, ngày 04 tháng 03 năm 2024 Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương "
        "Căn cứ kế hoạch công tác năm 2024, Bộ Nội vụ đề nghị rà soát biên chế.\n"
        "1. Báo cáo số biên chế trước ngày 30/4/2024.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT, TCBC.\nKT. BỘ TRƯỞNG THỨ TRƯỞNG Trần Văn Bình\n"
    )
    assert meta.subject == "Rà soát biên chế năm 2024"
    assert meta.recipients == ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]
    assert meta.signer == {"name": "Trần Văn Bình", "capacity": "KT. BỘ TRƯỞNG", "title": "THỨ TRƯỞNG"}


def test_a_signature_with_no_capacity_run_into_the_line_above():
    from tracker.importer.metadata import parse_metadata

    meta = parse_metadata("Số: 9/VPCP-KTTH\nHà Nội, ngày 02 tháng 05 năm 2022\nKính gửi: Bộ Tài chính.\nGiao Bộ Tài chính báo cáo.\n"
                          "Nơi nhận:\n- Như trên;\n- Lưu: VT, KTTH. Hà BỘ TRƯỞNG, CHỦ NHIỆM Lê Văn Thành\n")
    assert meta.signer == {"name": "Lê Văn Thành", "capacity": None, "title": "BỘ TRƯỞNG, CHỦ NHIỆM"}
    assert meta.recipients == ["Bộ Tài chính"]


def test_a_deputy_general_director_signs_for_the_general_director():
    from tracker.importer.metadata import parse_metadata

    meta = parse_metadata("Số: 7/BHXH-TCKT\nHà Nội, ngày 02 tháng 05 năm 2022\n\nKT. TỔNG GIÁM ĐỐC PHÓ TỔNG GIÁM ĐỐC Đỗ Thị Hoa\n")
    assert meta.signer == {"name": "Đỗ Thị Hoa", "capacity": "KT. TỔNG GIÁM ĐỐC", "title": "PHÓ TỔNG GIÁM ĐỐC"}


def test_two_reports_six_months_apart_on_one_day_are_one_half_yearly_duty():
    from tracker.importer.timing import find_timings

    text = ("Định kỳ 6 tháng và hằng năm tổng hợp tình hình báo cáo về Sở Nội vụ trước ngày 10 tháng 6 "
            "và ngày 10 tháng 12 theo mẫu.")
    timings = find_timings(text, date(2024, 3, 1))
    assert [(t.due_on, t.recurrence) for t in timings] == [(None, "FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=10")]


def test_a_department_issues_named_with_the_place_its_parent_lines_name():
    from tracker.importer.metadata import parse_metadata

    header = "ỦY BAN NHÂN DÂN\n\nTHÀNH PHỐ HẢI PHÒNG\n\nSỞ TƯ PHÁP\n——–\nSố: 210/STP-HCTP\nHải Phòng, ngày 02 tháng 3 năm 2015\n"
    assert parse_metadata(header).issuer == "Sở Tư pháp Thành phố Hải Phòng"
    header = "UBND TỈNH NAM ĐỊNH\nSỞ Y TẾ\nSố: 15/SYT-NV\nNam Định, ngày 02 tháng 3 năm 2015\n"
    assert parse_metadata(header).issuer == "Sở Y tế tỉnh Nam Định"


def test_a_closing_deadline_sentence_dates_every_body_the_paragraph_named():
    text = ("UBND tỉnh có ý kiến chỉ đạo như sau:\n1. Sở Tài chính chủ trì rà soát đơn giá. Sở Xây dựng cập nhật "
            "bản đồ quy hoạch. Thời hạn hoàn thành: trước ngày 15/4/2026.\n")
    assert [(t[1], t[3]) for t in _tasks(text)] == [("Sở Tài chính", date(2026, 4, 15)), ("Sở Xây dựng", date(2026, 4, 15))]


def test_a_closing_deadline_paragraph_dates_the_paragraph_before_it():
    text = ("Theo đó, UBND tỉnh yêu cầu Sở Y tế, Sở Nội vụ tổ chức quán triệt kế hoạch.\n"
            "Thời gian hoàn thành việc quán triệt, chậm nhất ngày 20/5/2026.\n")
    assert [(t[1], t[3]) for t in _tasks(text)] == [("Sở Y tế", date(2026, 5, 20)), ("Sở Nội vụ", date(2026, 5, 20))]


def test_a_sentence_saying_the_work_just_given_must_be_done_by_a_day_dates_that_work():
    # "Kết quả thực hiện phải được hoàn thành …", "Việc … phải hoàn thành …": no subject, no new work; the body
    # named before it keeps one task with that day, the body named after it none.
    text = ("UBND tỉnh có ý kiến chỉ đạo như sau:\n1. Sở Tư pháp rà soát toàn bộ hồ sơ tồn đọng. Kết quả thực hiện phải "
            "được hoàn thành trước ngày 15/4/2026. Sở Nội vụ hướng dẫn các xã cập nhật dữ liệu cán bộ.\n"
            "2. Sở Tài chính chủ trì kiểm kê tài sản công. Việc kiểm kê và bàn giao phải hoàn thành trước ngày "
            "30/6/2026. Sở Xây dựng rà soát các trụ sở dôi dư.\n"
            "3. Sở Y tế lập danh sách cơ sở y tế. Thời gian thực hiện kê khai phải hoàn thành trước ngày 20/5/2026.\n")
    assert [(t[0], t[1], t[3]) for t in _tasks(text)] == [
        ("1", "Sở Tư pháp", date(2026, 4, 15)), ("1", "Sở Nội vụ", None),
        ("2", "Sở Tài chính", date(2026, 6, 30)), ("2", "Sở Xây dựng", None), ("3", "Sở Y tế", date(2026, 5, 20))]


def test_a_closing_deadline_after_bullets_closes_the_last_bullet_only():
    text = ("1. Giao Sở Xây dựng:\n- Khảo sát hiện trạng phần mềm.\n- Đề xuất phương án nâng cấp. "
            "Thời gian hoàn thành trong tháng 12 năm 2026.\n")
    assert sorted((t[0], t[3]) for t in _tasks(text)) == [("1", None), ("1 ý 2", date(2026, 12, 31))]


def test_yearly_on_several_days_takes_the_first():
    assert due("định kỳ báo cáo trước ngày 05/6 và 20/11 hằng năm")[:2] == (None, "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=5")


def test_a_periodic_report_before_a_day_and_month_is_yearly():
    assert due("xây dựng kế hoạch và định kỳ báo cáo kết quả trước ngày 25/10 về Sở Nội vụ")[:2] == (
        None, "FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=25")
    assert due("định kỳ báo cáo trước ngày 25/10/2026")[:2] == (date(2026, 10, 25), None)  # a year: one date


def test_the_day_an_event_is_held_is_its_date():
    assert due("tổ chức lễ ra quân vào sáng ngày 25/11/2020 tại quảng trường")[0] == date(2020, 11, 25)
    assert due("Hội thi tổ chức vào buổi chiều, ngày 30/11/2020")[0] == date(2020, 11, 30)
    assert due("như đã làm vào ngày 02/11/2020") is None  # before the issue: what happened
    assert due("theo kết luận tại cuộc họp của Ban Chỉ đạo vào chiều ngày 20/11/2020") is None  # a meeting cited


def test_an_item_s_second_timed_part_keeps_its_item():
    text = ("1. UBND các tỉnh:\na) Phát động phong trào vào ngày 20/11/2026.\nb) Sửa chữa trường học trước ngày "
            "31/12/2026. Xây dựng lại nhà văn hóa chậm nhất trước ngày 31/3/2027.\n")
    assert [t[0] for t in _tasks(text)] == ["1.a", "1.b", "1.b ý 2"]


@pytest.mark.parametrize(
    "text, rule",
    [
        ("dọn vệ sinh vào ngày thứ Bảy hoặc Chủ nhật hàng tuần", "FREQ=WEEKLY;BYDAY=SA,SU"),
        ("ra quân định kỳ hằng tuần (Thứ 7, Chủ nhật) tại khu dân cư", "FREQ=WEEKLY;BYDAY=SA,SU"),
        ("trực vào các ngày cố định hằng tuần, gồm: vào cuối giờ chiều thứ Sáu", "FREQ=WEEKLY;BYDAY=FR"),
        ("giao ban vào thứ Hai và thứ Năm hằng tuần", "FREQ=WEEKLY;BYDAY=MO,TH"),
    ],
)
def test_weekly_on_listed_days(text, rule):
    assert due(text)[1] == rule
