"""Deadlines and cycles (ANNOTATION.md rules 6 and 7) read from invented phrases."""

from datetime import date

from tracker.importer.closing import closing_deadline, date_untimed, is_aside
from tracker.importer.draft import DraftTask
from tracker.importer.roles import assigning
from tracker.importer.timing import best_timing, complete_rule

ISSUED = date(2026, 2, 10)


def test_span_of_days_is_due_on_its_last_day():
    timing = best_timing("Sở Y tế tổ chức đợt cao điểm tiêm chủng (từ ngày 01/3 đến ngày 31/3) tại các trạm y tế xã.", ISSUED)
    assert timing.due_on == date(2026, 3, 31)
    timing = best_timing("Trong thời gian từ ngày 5 - 20/4/2026, các xã hoàn thành việc rà soát hộ nghèo.", ISSUED)
    assert timing.due_on == date(2026, 4, 20)
    timing = best_timing("Huyện đoàn tổ chức chiến dịch từ ngày 10 tháng 6 đến ngày 25 tháng 6 năm 2026.", ISSUED)
    assert timing.due_on == date(2026, 6, 25)
    # The sentence's full stop after the span's year ends the date; it continues no date.
    timing = best_timing("Sở Xây dựng kiểm tra các công trình từ ngày 05/3/2026 đến ngày 30/4/2026.", ISSUED)
    assert timing.due_on == date(2026, 4, 30)
    # A span wholly before the issue tells what happened.
    assert best_timing("Hội thi đã diễn ra từ ngày 05/01/2026 đến ngày 08/01/2026 tại Nhà văn hóa tỉnh.", ISSUED) is None


def test_span_of_quarters_with_their_years_ends_with_the_last():
    timing = best_timing("Xây dựng cơ sở dữ liệu đất đai. Quý III/2026 - Quý I/2027", ISSUED)
    assert timing.due_on == date(2027, 3, 31)
    assert best_timing("Từ quý II/2026 đến quý IV/2026", ISSUED).due_on == date(2026, 12, 31)


def test_reviewed_half_year_is_no_deadline():
    text = "Các sở quán triệt kết luận tại Hội nghị sơ kết công tác 6 tháng đầu năm 2026 của Ủy ban nhân dân tỉnh."
    assert best_timing(text, ISSUED) is None


def test_start_of_year_after_a_noun_is_no_deadline():
    assert best_timing("Sở Tài chính bố trí kinh phí trong dự toán đầu năm 2027 cho các đơn vị.", ISSUED) is None
    assert best_timing("Các xã hỗ trợ gạo cho hộ thiếu đói trong thời kỳ giáp hạt đầu năm 2027.", ISSUED) is None
    assert best_timing("Hoàn thành vào đầu năm 2027.", ISSUED).due_on == date(2027, 1, 1)


def test_completing_a_years_plan_is_due_at_the_years_end():
    timing = best_timing("Sở Công Thương chỉ đạo các chợ đầu mối bảo đảm hoàn thành kế hoạch năm 2026.", ISSUED)
    assert timing.due_on == date(2026, 12, 31)
    assert best_timing("Các xã phấn đấu hoàn thành các chỉ tiêu năm 2027 về nước sạch.", ISSUED).due_on == date(2027, 12, 31)


def test_day_of_the_quarters_last_month_is_a_quarterly_cycle():
    text = "UBND các xã báo cáo tiến độ định kỳ hằng quý gửi về Sở Tài chính (trước ngày 25 tháng cuối quý) để tổng hợp."
    timing = best_timing(text, ISSUED)
    assert timing.recurrence == "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=25"
    assert "hằng quý" in timing.text  # one cycle: the plain mention is part of it


def test_quarterly_with_a_day_starts_in_the_quarters_last_month():
    assert complete_rule("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=25", ISSUED) == (
        "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=25", date(2026, 3, 1))


def test_hour_with_a_prime_before_a_daily_cycle():
    timing = best_timing("Các trạm kiểm dịch báo cáo số ca nghi nhiễm trước 10 h30’ hằng ngày.", ISSUED)
    assert timing.recurrence == "FREQ=DAILY"


def test_report_sent_on_its_own_dates_the_request_for_it():
    closing = closing_deadline("Báo cáo gửi về Sở Nội vụ (qua Phòng Công chức) trước ngày 15 tháng 3 năm 2026.", ISSUED, whole=True)
    assert closing is not None and closing.due_on == date(2026, 3, 15)
    report = DraftTask("1", "Sở Y tế", text="Đề nghị Sở Y tế báo cáo kết quả rà soát biên chế năm 2025.")
    other = DraftTask("2", "Sở Xây dựng", text="Sở Xây dựng kiểm tra an toàn các công trình công cộng.")
    date_untimed([report, other], closing)
    assert report.due_on == date(2026, 3, 15)
    assert other.due_on is None


def test_note_in_brackets_is_an_aside():
    assert is_aside("(Gửi kèm đề cương báo cáo)")
    assert not is_aside("Sở Tư pháp (cơ quan thường trực) tổng hợp kết quả.")


def test_problems_in_the_course_of_work_ask_for_nothing():
    unit = ("Các trưởng thôn lập danh sách hộ gia đình có người đi làm ăn xa. "
            "Trong quá trình thực hiện, có khó khăn vướng mắc đề nghị các trưởng thôn báo cáo kịp thời về UBND xã.")
    assert "khó khăn" not in assigning(unit)


def test_completed_within_a_day_is_due_that_day():
    timing = best_timing("Các đội xung kích hoàn thành trong ngày 05/9/2019 việc dọn dẹp.", date(2019, 9, 4))
    assert timing is not None and timing.due_on == date(2019, 9, 5)


def test_a_statement_on_all_the_work_dates_every_body_s_task():
    # The work of two paragraphs, photos and their captions between them, then "Các công việc … phải hoàn thành
    # trong ngày X": all the work the page set out is due that day, not only the last paragraph's.
    from tracker.importer.parser import parse_text

    text = ("Xã Hòa Bình khắc phục hậu quả mưa lũ\n\n"
            "Sáng 05/9/2019, UBND xã Hòa Bình họp khẩn.\n\n"
            "Công an xã phải khẩn trương bố trí lực lượng giúp dân dọn dẹp nhà cửa.\n\nảnh1\n\n"
            "Nhà bà Lê Thị Mơ bị ngập\n\n"
            "Các trường học phải khẩn trương dọn vệ sinh phòng học để giảng dạy.\n\nảnh2\n\n"
            "Nhà ông Trần Văn Tư bị tốc mái\n\n"
            "Các công việc trên phải hoàn thành trong ngày 06/9/2019 và báo cáo về Ban Chỉ huy xã kịp thời.")
    tasks = parse_text(text).tasks
    assert [(t.lead_agency, t.due_on) for t in tasks] == [("Công an xã", date(2019, 9, 6)),
                                                          ("Các trường học", date(2019, 9, 6))]


def test_a_month_in_brackets_after_an_end_named_by_an_event_is_its_last_day():
    timing = best_timing("Ra quân từ nay đến Tết Nguyên Đán 2027 (hết tháng 01/2027).", ISSUED)
    assert timing.due_on == date(2027, 1, 31)


CAMPAIGN_PAGE = """Phát động Tháng hành động phòng, chống ma túy trên địa bàn tỉnh

(Báo Đông Giang)- Chủ tịch UBND tỉnh Đông Giang vừa có văn bản phát động Tháng hành động phòng, chống ma túy trên địa bàn tỉnh từ nay đến hết ngày 30/6/2026.

Chủ tịch UBND tỉnh chỉ đạo Công an tỉnh chủ trì, phối hợp với UBND các huyện triển khai thực hiện Tháng hành động phòng, chống ma túy trên địa bàn tỉnh theo hướng dẫn của Bộ Công an.

Giao Sở Văn hóa, Thể thao và Du lịch chỉ đạo các cơ quan báo chí tăng cường tuyên truyền về tác hại của ma túy.
"""


def test_the_body_running_a_campaign_is_due_at_the_end_its_lead_states():
    from tracker.importer.parser import parse_text

    due = {task.lead_agency: task.due_on for task in parse_text(CAMPAIGN_PAGE).tasks}
    assert due == {"Công an tỉnh": date(2026, 6, 30), "Sở Văn hóa, Thể thao và Du lịch": None}


def test_the_day_by_which_the_body_named_after_it_must_deliver():
    assert best_timing("Đến ngày 20/4/2026, các xã phải hoàn thành việc rà soát.", ISSUED).due_on == date(2026, 4, 20)
    assert best_timing("yêu cầu đến 20/4/2026 Sở Tư pháp phải có báo cáo", ISSUED).due_on == date(2026, 4, 20)
    # A count as of a day asks no one for anything by then.
    assert best_timing("Tính đến ngày 20/4/2026, các xã phải chi trả 2 tỷ đồng.", ISSUED) is None


def test_a_count_of_days_from_each_case_s_event_or_a_duration_is_no_deadline():
    # Counted from an event of each case, however it is named, or how long a thing lasts: no date.
    assert best_timing("Trong thời hạn 02 ngày làm việc kể từ ngày có kết quả giải quyết, Sở X gửi kết quả.", ISSUED) is None
    assert best_timing("Niêm yết kết quả trong vòng 30 ngày tại trụ sở, kể từ ngày có kết quả giải quyết.", ISSUED) is None
    assert best_timing("Sở Y đăng tải kết quả trên cổng thông tin trong 07 ngày liên tục.", ISSUED) is None
    assert best_timing("Trong 07 ngày làm việc kể từ ngày nhận được văn bản về kiến nghị, Sở Z trả lời.", ISSUED) is None
    # Counted from the document's own day, it is still a date.
    assert best_timing("Trong 10 ngày kể từ ngày ký, Sở X báo cáo.", ISSUED).due_on == date(2026, 2, 20)
def test_a_count_of_months_written_with_its_word_in_brackets_is_a_cycle():
    timing = best_timing("Định kỳ 06 (sáu) tháng hoặc đột xuất, Văn phòng báo cáo Ủy ban nhân dân tỉnh.", ISSUED)
    assert (timing.due_on, timing.recurrence) == (None, "FREQ=MONTHLY;INTERVAL=6")
    assert best_timing("Định kỳ 03 (ba) tháng một lần, Sở Y tế kiểm tra các cơ sở.", ISSUED).recurrence == "FREQ=MONTHLY;INTERVAL=3"
    # A day written with its zero stays a date.
    assert best_timing("Hoàn thành trước ngày 06 tháng 12 năm 2026.", ISSUED).due_on == date(2026, 12, 6)


def test_a_piece_opening_with_the_yearly_cycle_takes_its_day_from_later_on():
    timing = best_timing("b) Hằng năm, các trường học tổng hợp kết quả, gửi báo cáo về Sở Giáo dục từ ngày 01 đến ngày 10 "
                         "tháng 6;", ISSUED)
    assert (timing.due_on, timing.recurrence) == (None, "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=10")


def test_a_quarter_of_the_year_after_the_one_assessed_comes_back_every_year():
    timing = best_timing("Trong quý II của năm liền kề năm đánh giá, Sở Nội vụ công bố kết quả xếp loại.", ISSUED)
    assert (timing.due_on, timing.recurrence) == (None, "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=30")


PERIODIC_REPORT_AFTER_A_COMMA = """ỦY BAN NHÂN DÂN TỈNH AN GIANG
Số: 12/KH-UBND
An Giang, ngày 05 tháng 3 năm 2026
KẾ HOẠCH
Thực hiện công tác phòng cháy
III. TỔ CHỨC THỰC HIỆN
1. Sở Xây dựng tổ chức triển khai kế hoạch; tăng cường kiểm tra, đôn đốc việc thực hiện, định kỳ hằng năm báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 để tổng hợp.
2. Sở Tài chính bố trí kinh phí thực hiện.
"""


def test_a_periodic_report_closing_untimed_work_after_a_comma_is_a_task_of_its_own():
    from tracker.importer.parser import parse_text

    tasks = [(t.clause, t.lead_agency, t.due_on, t.recurrence) for t in parse_text(PERIODIC_REPORT_AFTER_A_COMMA).tasks]
    assert ("III.1", "Sở Xây dựng", None, None) in tasks
    assert ("III.1 ý 2", "Sở Xây dựng", None, "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15") in tasks


def test_a_cycle_opening_the_sentence_runs_over_the_period_the_span_after_it_gives():
    timing = best_timing("Hằng quý, trong thời gian từ ngày 01/3/2026 đến hết ngày 28/02/2027, "
                         "Sở Công Thương tổng hợp giá cả thị trường.", ISSUED)
    assert (timing.due_on, timing.recurrence) == (None, "FREQ=MONTHLY;INTERVAL=3")
    # A deadline of its own after the cycle's work still wins.
    timing = best_timing("Hằng tháng kiểm tra; hoàn thành việc sắp xếp trước ngày 30/9/2026.", ISSUED)
    assert timing.due_on == date(2026, 9, 30)


def test_a_survey_the_lead_holds_each_year_is_yearly():
    # "theo từng năm" closing a piece of work that opens with the lead's role and an event ("Chủ trì điều tra …").
    timing = best_timing("Chủ trì điều tra, thống kê số lao động làm việc trong ngành du lịch theo từng năm, "
                         "làm căn cứ xây dựng chính sách hỗ trợ.", ISSUED)
    assert timing.recurrence == "FREQ=YEARLY"


def test_a_monthly_cycle_takes_the_day_that_closes_its_duty():
    issued = date(2026, 3, 2)
    timing = best_timing("định kỳ hằng tháng tổng hợp kết quả thực hiện, gửi Sở Nội vụ trước ngày 18 để theo dõi", issued)
    assert (timing.due_on, timing.recurrence) == (None, "FREQ=MONTHLY;BYMONTHDAY=18")
    # a day with its month is a date of its own, not the cycle's day
    timing = best_timing("định kỳ hằng tháng báo cáo, tổng kết trước ngày 18 tháng 9 năm 2026", issued)
    assert timing.recurrence != "FREQ=MONTHLY;BYMONTHDAY=18"


def test_a_yearly_duty_on_several_days_reads_its_days_and_one_day_six_months_apart_is_half_yearly():
    timing = best_timing("Định kỳ trước ngày 10/4 và trước ngày 20/10 hằng năm, các huyện gửi báo cáo về Sở Y tế.", ISSUED)
    assert (timing.recurrence, timing.text) == ("FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=10",
                                                "Định kỳ trước ngày 10/4 và trước ngày 20/10 hằng năm")
    timing = best_timing("Các trường gửi báo cáo về Phòng Giáo dục trước ngày 20/5 và 20/11 hằng năm.", ISSUED)
    assert timing.recurrence == "FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=20"


YEARLY_ON_TWO_DAYS = """ỦY BAN NHÂN DÂN TỈNH BẮC KẠN
Số: 31/KH-UBND
Bắc Kạn, ngày 12 tháng 3 năm 2026
KẾ HOẠCH
Thực hiện công tác phổ biến pháp luật
III. TỔ CHỨC THỰC HIỆN
1. Sở Tư pháp chủ trì hướng dẫn các đơn vị triển khai kế hoạch; định kỳ trước ngày 10/4 và 20/10 hằng năm báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh.
2. Sở Tài chính tiếp tục bố trí kinh phí cho các hoạt động phổ biến pháp luật, định kỳ báo cáo Ủy ban nhân dân tỉnh (qua Sở Tư pháp) trước ngày 15/7 và 20/1 hằng năm.
"""


def test_a_yearly_report_on_two_days_is_a_task_for_each_day_beside_the_untimed_work():
    from tracker.importer.parser import parse_text

    tasks = parse_text(YEARLY_ON_TWO_DAYS).tasks
    found = [(t.clause_number, t.lead_agency, t.recurrence) for t in tasks]
    assert found == [("III.1", "Sở Tư pháp", None),
                     ("III.1", "Sở Tư pháp", "FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=10"),
                     ("III.1", "Sở Tư pháp", "FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=20"),
                     ("III.2", "Sở Tài chính", None),
                     ("III.2", "Sở Tài chính", "FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=15"),
                     ("III.2", "Sở Tài chính", "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=20")]
    # Each day's task keeps the whole phrase as its words; the report after a comma is its own work.
    assert {t.due_text for t in tasks if t.clause_number == "III.1" and t.recurrence} == {
        "định kỳ trước ngày 10/4 và 20/10 hằng năm"}
    assert all(t.text.startswith("Định kỳ báo cáo") for t in tasks if t.clause_number == "III.2" and t.recurrence)


def test_a_periodic_report_after_a_comma_with_its_cycle_after_it_is_cut_from_the_untimed_work():
    from tracker.importer.segments import segments

    assert segments("Phòng Văn hóa tăng cường kiểm tra các cơ sở kinh doanh dịch vụ, định kỳ báo cáo Ủy ban nhân dân "
                    "huyện trước ngày 20 hằng tháng.") == [
        "Phòng Văn hóa tăng cường kiểm tra các cơ sở kinh doanh dịch vụ",
        "Định kỳ báo cáo Ủy ban nhân dân huyện trước ngày 20 hằng tháng."]
    # With no cycle of its own ("Định kỳ" with no period gives no schedule) it stays with the work.
    assert len(segments("Phòng Văn hóa tăng cường kiểm tra các cơ sở, định kỳ báo cáo kết quả theo quy định.")) == 1
