"""Directives as portal and newspaper pages report them, each with an invented page: a headline over
the article and the news lead that reports the letter's issue are no clauses; the paragraphs that
assign are the clauses "1", "2", … in order."""

from datetime import date


def _tasks(text):
    from tracker.importer.parser import parse_text

    return [(t.clause, t.lead_agency, t.cooperating_agencies, t.due_on) for t in parse_text(text).tasks]


def _leads(text):
    return [(clause, lead) for clause, lead, _, _ in _tasks(text)]


HEADLINE_RESTATED = """Giao Sở Công Thương xây dựng Đề án phát triển chợ nông thôn giai đoạn 2026 – 2030

Ngày 12/3, UBND tỉnh đã ban hành văn bản số 981/UBND-KT về việc giao Sở Công Thương xây dựng Đề án phát triển chợ nông thôn giai đoạn 2026 – 2030

Theo đó, UBND tỉnh giao Sở Công Thương chủ trì, phối hợp với Sở Tài chính xây dựng Đề án phát triển chợ nông thôn, trình UBND tỉnh.

Đồng thời, UBND tỉnh giao UBND các huyện, thị xã rà soát quỹ đất xây dựng chợ trên địa bàn.

Minh Anh
"""


def test_a_headline_the_article_restates_is_no_clause():
    # the headline names a body and a duty, yet only announces the paragraphs below; the lead that
    # reports the letter's issue is none either: the assigning paragraphs are "1" and "2"
    assert _leads(HEADLINE_RESTATED) == [("1", "Sở Công Thương"), ("2", "Ủy ban nhân dân huyện, thị xã")]


HEADLINE_OVER_LEAD = """Tăng cường kiểm tra an toàn thực phẩm dịp cuối năm
UBND tỉnh vừa ban hành kế hoạch kiểm tra an toàn thực phẩm tại các chợ, bếp ăn tập thể và cơ sở sản xuất trên địa bàn tỉnh.

Theo đó, UBND tỉnh giao Sở Y tế chủ trì tổ chức các đoàn kiểm tra liên ngành;

Sở Công Thương, Sở Nông nghiệp và Môi trường kiểm tra các cơ sở thuộc lĩnh vực quản lý;

UBND các xã, phường tuyên truyền cho người dân về an toàn thực phẩm.
"""


def test_a_headline_printed_over_the_lead_and_the_lead_are_no_clauses():
    # no blank line between headline and lead: the headline is still set apart, and the lead
    # ("… vừa ban hành kế hoạch …") only reports
    assert _leads(HEADLINE_OVER_LEAD) == [
        ("1", "Sở Y tế"), ("2", "Sở Công Thương"), ("2", "Sở Nông nghiệp và Môi trường"),
        ("3", "Ủy ban nhân dân xã, phường"),
    ]


HEADLINE_WITH_FULL_STOP = """Khẩn trương rà soát, thống kê thiệt hại do mưa đá gây ra cho sản xuất nông nghiệp.


Theo đó, Chủ tịch UBND tỉnh yêu cầu Sở Nông nghiệp và Môi trường chủ trì, phối hợp với UBND các xã khẩn trương rà soát, thống kê thiệt hại do mưa đá gây ra cho sản xuất nông nghiệp, đề xuất mức hỗ trợ.
"""


def test_a_headline_with_a_full_stop_that_the_article_repeats_is_no_clause():
    assert _leads(HEADLINE_WITH_FULL_STOP) == [("1", "Sở Nông nghiệp và Môi trường")]


ACCOUNT_THAT_DIRECTS = """Mưa lớn làm sạt lở nhiều tuyến đường liên xã
Trước tình hình đó, Chủ tịch UBND tỉnh đã ban hành văn bản hỏa tốc, chỉ đạo các sở, ngành khẩn trương kiểm tra, thống kê thiệt hại.
Sở Xây dựng chủ trì kiểm tra các tuyến đường bị sạt lở, bố trí biển cảnh báo.
"""


def test_an_account_of_the_letter_that_gives_its_instruction_is_a_clause():
    # "đã ban hành …, chỉ đạo các sở, ngành …" reports the issue and gives the instruction: clause "1"
    assert ("2", "Sở Xây dựng") in _leads(ACCOUNT_THAT_DIRECTS)


WRAPPED_DIGEST = """Tại Văn bản số
412/UBND-KGVX về công tác chuyển đổi số, Chủ tịch UBND tỉnh yêu cầu Sở Khoa học và Công nghệ
hoàn thiện nền tảng dữ liệu dùng chung của tỉnh.
Chủ tịch UBND tỉnh cũng
giao Sở Tài chính bố trí kinh phí cho các nhiệm vụ chuyển đổi số năm 2026.
UBND tỉnh đồng thời yêu cầu UBND các xã, phường cập nhật dữ liệu dân cư.
"""


def test_an_adverb_between_the_one_who_asks_and_the_request_keeps_the_addressee():
    # "cũng giao", "đồng thời yêu cầu" (here across a hard line break): the body named after the
    # request leads, not the province that speaks
    leads = [lead for _, lead in _leads(WRAPPED_DIGEST)]
    assert "Sở Tài chính" in leads and "Ủy ban nhân dân xã, phường" in leads
    assert not any(lead.startswith("Ủy ban nhân dân tỉnh") for lead in leads)


CONSENT = """Theo đó, Chủ tịch UBND tỉnh đồng ý với đề xuất tổ chức Hội chợ thương mại vùng năm 2026. UBND tỉnh giao Sở Công Thương chủ trì, phối hợp với Sở Tài chính xây dựng phương án tổ chức Hội chợ.

Đồng thời, UBND tỉnh giao UBND thành phố Hòa Bình bố trí mặt bằng tổ chức Hội chợ.
"""


def test_the_province_s_consent_is_a_decision_not_a_task():
    assert _tasks(CONSENT) == [
        ("1", "Sở Công Thương", ["Sở Tài chính"], None),
        ("2", "Ủy ban nhân dân thành phố Hòa Bình", [], None),
    ]


QUOTED = """Chủ động phòng, chống dịch sốt xuất huyết mùa mưa

“Sở Y tế phối hợp với UBND các xã, phường và các cơ quan có liên quan tăng cường giám sát ổ dịch, tổ chức phun hóa chất diệt muỗi tại các vùng có ca bệnh”. Đó là yêu cầu của Chủ tịch UBND tỉnh đối với Sở Y tế trong công tác phòng, chống dịch.

Hoàng Lan
"""


def test_an_instruction_quoted_whole_is_read_as_its_own_clause():
    assert _tasks(QUOTED) == [("1", "Sở Y tế", ["Ủy ban nhân dân xã, phường"], None)]


SENT_TO = """Bảo đảm an ninh, trật tự trong dịp Tết Nguyên đán

Ngày 05/01/2026, UBND tỉnh ban hành công văn số 57/UBND-NC gửi các sở, ban, ngành tỉnh; UBND các xã, phường về việc bảo đảm an ninh, trật tự trong dịp Tết Nguyên đán.

Theo đó, Chủ tịch UBND tỉnh yêu cầu: trong dịp Tết Nguyên đán, các đơn vị phân công lãnh đạo trực, theo dõi tình hình địa bàn, báo cáo UBND tỉnh khi có vụ việc phức tạp.
"""


def test_the_units_of_a_reported_letter_are_those_its_lead_says_it_was_sent_to():
    # "gửi A; B về việc …" names the addressees; the instruction's "các đơn vị" stands for them, and
    # the time that opens the request ("yêu cầu: trong dịp …, các đơn vị …") does not hide them
    assert [lead for _, lead in _leads(SENT_TO)] == ["Các sở, ban, ngành tỉnh", "UBND các xã, phường"]


TIME_BEFORE_ADDRESSEES = """Theo đó, UBND tỉnh yêu cầu: từ ngày 10/3/2026 đến hết ngày 20/3/2026, Sở Tài chính tổng hợp nhu cầu kinh phí của các địa phương.
"""


def test_a_time_between_the_request_and_its_addressee_keeps_the_addressee():
    assert _tasks(TIME_BEFORE_ADDRESSEES)[0][:2] == ("1", "Sở Tài chính")


DROUGHT_PAGE = """Chủ động chống hạn cho cây trồng vụ Hè Thu

Từ đầu tháng 5 đến nay, lượng mưa trên địa bàn tỉnh chỉ đạt khoảng 30% so với trung bình nhiều năm; mực nước tại 45 hồ chứa thủy lợi xuống thấp, hơn 2.000 ha lúa có nguy cơ thiếu nước.

Trước tình hình trên, UBND tỉnh yêu cầu Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Công ty TNHH MTV Khai thác công trình thủy lợi tỉnh điều tiết nước hợp lý, ưu tiên nước cho sinh hoạt.

Cánh đồng lúa tại xã Hòa Phong nứt nẻ vì thiếu nước. Ảnh: Minh Châu

UBND các xã, phường theo dõi sát diễn biến nguồn nước, vận động người dân chuyển đổi sang cây trồng cạn trên diện tích không chủ động tưới.
"""


def test_the_weather_and_a_caption_on_a_page_are_no_clauses():
    # figures on the drought and a photo caption only describe; the two assigning paragraphs are "1", "2"
    assert _leads(DROUGHT_PAGE) == [("1", "Sở Nông nghiệp và Môi trường"), ("2", "Ủy ban nhân dân xã, phường")]


SENT_LEAD_PAGE = """(Cổng TTĐT) - Chiều ngày 8/10, UBND tỉnh vừa có công văn số 2154/UBND-KT gửi Giám đốc Sở Y tế; Chủ tịch UBND các xã, phường.

Theo đó, Chủ tịch UBND tỉnh yêu cầu Giám đốc Sở Y tế tăng cường giám sát dịch sốt xuất huyết tại các khu dân cư, kịp thời xử lý ổ dịch mới phát sinh.

Văn phòng UBND tỉnh
"""


def test_a_lead_that_only_reports_whom_the_letter_was_sent_to_is_no_clause():
    # the lead names the addressees but asks nothing of them: no task of its own, and "Theo đó" is "1"
    assert _leads(SENT_LEAD_PAGE) == [("1", "Sở Y tế")]


REPORTED_ORDER_PAGE = """Phó Chủ tịch UBND tỉnh vừa có chỉ đạo Sở Tài chính và các địa phương về việc chuẩn bị Tết Nguyên đán.

Theo đó, Sở Tài chính chủ trì, phối hợp với các sở, ngành tham mưu phương án hỗ trợ các hộ có hoàn cảnh khó khăn trước ngày 15/01/2026.

Bên cạnh đó, giao UBND các xã, phường rà soát danh sách hộ nghèo, hộ cận nghèo trên địa bàn.
"""


def test_a_lead_that_reports_an_instruction_on_a_matter_is_no_clause():
    # "đã/vừa có chỉ đạo X về việc Y" only reports what the letter is about: the paragraphs below are "1", "2"
    assert _leads(REPORTED_ORDER_PAGE) == [("1", "Sở Tài chính"), ("2", "Ủy ban nhân dân xã, phường")]


INSTRUCTING_LEAD_PAGE = """Trước tình hình mưa lớn kéo dài, Chủ tịch UBND tỉnh đã ban hành văn bản hỏa tốc, chỉ đạo Sở Xây dựng khẩn trương kiểm tra các tuyến đường bị sạt lở, bố trí lực lượng phân luồng giao thông.

Các xã, phường tổ chức di dời các hộ dân ở vùng có nguy cơ lũ quét đến nơi an toàn.
"""


def test_a_lead_that_itself_instructs_a_body_is_a_clause():
    # the same report of the letter's issue, but it goes on to say what a named body must do: "1"
    assert _leads(INSTRUCTING_LEAD_PAGE)[0] == ("1", "Sở Xây dựng")


def test_a_paragraph_with_no_doer_that_assigns_is_still_counted():
    from tracker.importer.page_labels import assigning_labels
    from tracker.importer.clauses import Clause

    clauses = [Clause("1", "Rà soát hiện trạng các trường học xuống cấp, trong đó cần nêu rõ số phòng học phải sửa chữa."),
               Clause("2", "Mực nước sông Trà Khúc đang lên nhanh, nhiều tuyến giao thông bị chia cắt."),
               Clause("3", "Lực lượng, vật tư, hậu cần đã sẵn sàng tại các điểm xung yếu."),
               Clause("4", "UBND tỉnh giao Sở Giáo dục và Đào tạo tổng hợp nhu cầu kinh phí.")]
    # "cần", not "hậu cần"; "giao Sở …", not "giao thông": only the first and the last assign
    assert assigning_labels(clauses, {"4"}) == {"1": "1", "2": None, "3": None, "4": "2"}


LETTER_WITH_CONTEXT = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 512/BNNMT-TS
V/v tăng cường quản lý tàu cá
Hà Nội, ngày 04 tháng 3 năm 2026

Kính gửi: Ủy ban nhân dân tỉnh Cà Mau.

Thời gian qua, nhiều tàu cá của tỉnh vẫn vi phạm vùng biển nước ngoài, gây ảnh hưởng đến nỗ lực gỡ cảnh báo của Ủy ban châu Âu.

Về vấn đề này, Bộ Nông nghiệp và Môi trường đề nghị Ủy ban nhân dân tỉnh Cà Mau chỉ đạo kiểm soát chặt chẽ tàu cá xuất, nhập bến.

Bộ Nông nghiệp và Môi trường thông báo để Ủy ban nhân dân tỉnh biết, thực hiện./.
"""


def test_a_letter_with_a_header_counts_its_context_paragraphs():
    # a letter under its own header still numbers every paragraph: the request is its second
    assert _leads(LETTER_WITH_CONTEXT) == [("2", "Ủy ban nhân dân tỉnh Cà Mau")]


YEARLY_REPORT_PAGE = """Triển khai Kế hoạch bảo vệ nguồn nước sinh hoạt

Thực hiện Chỉ thị của Thủ tướng Chính phủ về bảo đảm an ninh nguồn nước, UBND tỉnh đã xây dựng Kế hoạch thực hiện.

Chủ tịch UBND tỉnh yêu cầu Sở Nông nghiệp và Môi trường tổ chức triển khai thực hiện nghiêm túc Kế hoạch. Định kỳ hằng năm báo cáo kết quả thực hiện về UBND tỉnh.
"""


def test_a_page_s_duty_and_its_yearly_report_in_one_paragraph_are_one_task():
    from tracker.importer.parser import parse_text

    # one paragraph, one lead: the undated duty takes the cycle of the report that follows it
    tasks = parse_text(YEARLY_REPORT_PAGE).tasks
    assert [(t.clause, t.lead_agency, t.recurrence) for t in tasks] == [("1", "Sở Nông nghiệp và Môi trường", "FREQ=YEARLY")]


BASIS_THEN_REQUEST = """BỘ Y TẾ

Số: 812/BYT-KHTC
V/v báo cáo kết quả thực hiện Chương trình y tế cơ sở

Hà Nội, ngày 04 tháng 6 năm 2024

Kính gửi: Sở Y tế các tỉnh, thành phố.

Căn cứ Quyết định số 2111/QĐ-TTg ngày 12/12/2022 của Thủ tướng Chính phủ phê duyệt Chương trình y tế cơ sở, các địa phương đã triển khai Chương trình trong thời gian qua. Để có cơ sở tổng hợp, Bộ Y tế đề nghị Sở Y tế các tỉnh xây dựng báo cáo kết quả thực hiện Chương trình, gửi về Bộ Y tế trước ngày 30/6/2024.

Mọi thông tin cần trao đổi, xin liên hệ Vụ Kế hoạch - Tài chính.
"""


def test_a_request_after_the_legal_basis_in_one_paragraph_is_a_clause():
    # the opening "Căn cứ …" sentence is preamble, yet the paragraph goes on to ask: the request is clause 1
    assert _tasks(BASIS_THEN_REQUEST)[:1] == [("1", "Sở Y tế các tỉnh", [], date(2024, 6, 30))]


def test_a_basis_paragraph_that_asks_nothing_stays_preamble():
    from tracker.importer.fragments import request_after_basis

    assert request_after_basis("Căn cứ Luật Đất đai năm 2024; căn cứ Nghị định số 102/2024/NĐ-CP của Chính phủ.") is None
    assert request_after_basis("Căn cứ Kế hoạch số 12/KH-UBND. Tỉnh đã tổ chức nhiều hoạt động.") is None


YEARLY_DAY_IN_BRACKETS = """Chủ tịch UBND tỉnh yêu cầu Sở Văn hóa, Thể thao và Du lịch chủ trì hướng dẫn các huyện tổ chức lễ hội truyền thống. Định kỳ hằng năm tổng hợp, đánh giá kết quả, báo cáo Bộ Văn hóa, Thể thao và Du lịch, UBND tỉnh theo quy định (trước ngày 15/12).
"""


def test_a_yearly_report_with_its_day_in_brackets_at_the_sentence_end():
    from tracker.importer.timing import best_timing

    timing = best_timing(YEARLY_DAY_IN_BRACKETS)
    assert (timing.due_on, timing.recurrence) == (None, "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15")
    # a date in brackets in another sentence is not the cycle's day
    other = best_timing("Định kỳ hằng năm báo cáo UBND tỉnh. Hoàn thành kế hoạch (trước ngày 15/12/2025).")
    assert other.recurrence is None and other.due_on == date(2025, 12, 15)


LEAD_NAMES_SUBJECTS = """Tăng cường quản lý chất lượng công trình xây dựng mùa mưa bão

TRẦN AN |

(BTO) - UBND tỉnh vừa có công văn yêu cầu các sở, ban, ngành và UBND các huyện, thị xã, thành phố tăng cường quản lý chất lượng công trình trong mùa mưa bão.

UBND tỉnh yêu cầu rà soát toàn bộ công trình đang thi công trên địa bàn, tạm dừng thi công các hạng mục có nguy cơ mất an toàn; tổng hợp kết quả gửi Sở Xây dựng trước ngày 15/9/2024.

UBND tỉnh giao Sở Xây dựng chủ động phối hợp với các địa phương kiểm tra đột xuất các công trình trọng điểm.
"""


def test_a_lead_names_the_subjects_of_the_paragraph_that_asks_without_one():
    # the lead only announces the letter and whom it asks; the next paragraph, whose speaker asks no one
    # by name, is clause 1 and theirs, with its date; the paragraph naming its own body is clause 2
    assert _tasks(LEAD_NAMES_SUBJECTS) == [
        ("1", "Các sở, ban, ngành", [], date(2024, 9, 15)),
        ("1", "Ủy ban nhân dân huyện, thị xã, thành phố", [], date(2024, 9, 15)),
        ("2", "Sở Xây dựng", ["Các địa phương"], None),  # "phối hợp với các địa phương": the localities help
    ]


LEAD_THEN_OWN_SUBJECTS = """Chủ động phòng, chống dịch sốt xuất huyết

(BTO) - UBND tỉnh vừa có công văn yêu cầu Sở Y tế chủ động triển khai các biện pháp phòng, chống dịch sốt xuất huyết.

Sở Giáo dục và Đào tạo chỉ đạo các trường học tổ chức vệ sinh môi trường, diệt lăng quăng.
"""


def test_a_lead_is_still_a_clause_when_the_paragraphs_below_name_their_own_bodies():
    assert _leads(LEAD_THEN_OWN_SUBJECTS) == [("1", "Sở Y tế"), ("2", "Sở Giáo dục và Đào tạo")]


LEAD_THEN_SET_OUT = """UBND tỉnh vừa có văn bản chỉ đạo các sở, ngành liên quan tăng cường kiểm soát hoạt động khai thác cát trên các tuyến sông.

Một điểm khai thác cát trên sông. Ảnh: Thu Hà

Theo đó, UBND tỉnh giao Sở Xây dựng chủ trì kiểm tra các bến bãi tập kết cát trên địa bàn.

Công an tỉnh tăng cường tuần tra, xử lý nghiêm các phương tiện khai thác trái phép.
"""

LEAD_NOT_SET_OUT = """UBND tỉnh vừa có văn bản chỉ đạo Sở Tài chính rà soát các khoản chi thường xuyên của năm.

Sở Nội vụ hướng dẫn các cơ quan sắp xếp biên chế theo quy định.
"""


def test_a_lead_the_next_paragraphs_set_out_is_no_clause():
    # "Theo đó, …" below the lead sets out the letter: the lead only announced it and its addressees
    assert _leads(LEAD_THEN_SET_OUT) == [("1", "Sở Xây dựng"), ("2", "Công an tỉnh")]


def test_a_lead_that_nothing_sets_out_below_keeps_its_instruction():
    assert _leads(LEAD_NOT_SET_OUT) == [("1", "Sở Tài chính"), ("2", "Sở Nội vụ")]


ORDINAL_ITEMS = """Để bảo đảm an toàn cho mùa khô, UBND tỉnh yêu cầu các đơn vị thực hiện tốt một số nội dung sau:

Thứ nhất, thường xuyên kiểm tra, phát quang đường băng cản lửa.

Thứ hai, Sở Nông nghiệp và Môi trường chủ trì tổ chức trực phòng cháy rừng 24/24 giờ.

Thứ ba, Sở Xây dựng kiểm tra an toàn các công trình trong rừng.
"""


def test_items_numbered_in_words_are_clauses_labelled_by_their_ordinal():
    from tracker.importer.clauses import split_body

    body = split_body(ORDINAL_ITEMS)
    assert [(c.ref, c.heading.split(",")[0]) for c in body.clauses] == [
        ("1", "Thường xuyên kiểm tra"), ("2", "Sở Nông nghiệp và Môi trường chủ trì tổ chức trực phòng cháy rừng 24/24 giờ."),
        ("3", "Sở Xây dựng kiểm tra an toàn các công trình trong rừng."),
    ]
    leads = _leads(ORDINAL_ITEMS)
    assert ("2", "Sở Nông nghiệp và Môi trường") in leads and ("3", "Sở Xây dựng") in leads


def test_a_weekday_with_its_date_is_no_item():
    from tracker.importer.ordinals import ordinal_item

    assert ordinal_item("Thứ năm, ngày 12/3/2026, Sở Tư pháp tổ chức hội nghị.") is None
    assert ordinal_item("Thứ tư: Sở Tài chính bố trí kinh phí.") == ("4", "Sở Tài chính bố trí kinh phí.")


DATE_IN_LEAD = """Phân bổ chỉ tiêu tuyển quân năm 2019
(Baobinhthuan.vn) - Để bảo đảm hoàn thành kế hoạch giao quân của tỉnh, ngày 14 tháng 01 năm 2019, Chủ tịch UBND tỉnh ban hành Quyết định số 112/QĐ-UBND về phân bổ chỉ tiêu tuyển quân cho các huyện.

Theo đó, các đối tượng cần gọi nhập ngũ được phân bổ cụ thể cho từng xã, phường, thị trấn.

Để thực hiện tốt kế hoạch trên, Chủ tịch UBND tỉnh giao Sở Lao động - Thương binh và Xã hội phối hợp chặt chẽ với các huyện tổ chức tuyên truyền.
"""


def test_a_date_inside_the_lead_sentence_is_no_header_date_line():
    from tracker.importer.clauses import split_body

    # "… kế hoạch giao quân của tỉnh, ngày 14 tháng 01 năm 2019, …" is in a sentence: the page has no header
    assert split_body(DATE_IN_LEAD).page
    assert not split_body("UBND TỈNH AN GIANG\n\nAn Giang, ngày 3 tháng 4 năm 2020\n\nKính gửi: Sở Y tế\n\nSở Y tế báo cáo.").page


def test_what_citizens_or_targeted_groups_need_is_no_assigning_paragraph():
    # the targets paragraph ("các đối tượng cần gọi nhập ngũ …") assigns nothing: the Sở's paragraph is "1"
    assert ("1", "Sở Lao động - Thương binh và Xã hội") in _leads(DATE_IN_LEAD)


SPACED_HEADER = """ỦY BAN NHÂN DÂN
XÃ HÒA BÌNH

Số: 15 /TB- UBND

“V/v tổ chức vệ sinh môi trường sau lũ”

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hòa Bình, ngày 5 tháng 10 năm 2021

Kính gửi: Trưởng các thôn.

Đề nghị Trưởng các thôn vận động nhân dân tổng vệ sinh môi trường.
"""


def test_a_symbol_typed_with_spaces_and_a_summary_in_quotes():
    from tracker.importer.metadata import parse_metadata

    meta = parse_metadata(SPACED_HEADER)
    assert meta.symbol == "15/TB-UBND"
    assert meta.subject == "Tổ chức vệ sinh môi trường sau lũ"
    assert parse_metadata("Số: 42 /QĐ-UBND\n\nQUYẾT ĐỊNH").symbol == "42/QĐ-UBND"


def test_a_caption_a_named_request_and_an_answer_for_failure_are_no_clauses():
    from tracker.importer.page_labels import assigning_labels
    from tracker.importer.clauses import Clause

    clauses = [Clause("1", "Đây là chỉ đạo của UBND tỉnh đối với các sở, ngành và UBND các huyện nhằm thực hiện "
                           "Công điện số 07/CĐ-TTg của Thủ tướng Chính phủ."),
               Clause("2", "Nông dân xã Mỹ Lợi khẩn trương gia cố bờ bao trước mùa lũ. Ảnh: MINH TÂM"),
               Clause("3", "UBND tỉnh yêu cầu Sở Công Thương bảo đảm nguồn cung hàng hóa thiết yếu."),
               Clause("4", "UBND tỉnh yêu cầu Chủ tịch UBND các xã phải trực tiếp chịu trách nhiệm trước Tỉnh ủy "
                           "nếu để xảy ra thiếu hàng, tăng giá bất hợp lý."),
               Clause("5", "Trạm bơm Cái Sơn đang được sửa chữa (Ảnh minh họa)"),
               Clause("6", "Sở Tài chính được giao bố trí kinh phí cho các địa phương.")]
    # "chỉ đạo của …" names the request; the caption's "khẩn trương" is the photo's; answering for a
    # failure delivers nothing: only the third and the last paragraphs are clauses
    assert assigning_labels(clauses, {"6"}) == {"1": None, "2": None, "3": "1", "4": None, "5": None, "6": "2"}


def test_a_demand_besides_answering_for_failure_is_still_a_clause():
    from tracker.importer.page_labels import assigning_labels
    from tracker.importer.clauses import Clause

    clauses = [Clause("1", "UBND huyện yêu cầu Phòng Kinh tế rà soát các công trình thủy lợi và phải chịu trách "
                           "nhiệm trước UBND huyện nếu để xảy ra sự cố.")]
    assert assigning_labels(clauses, set()) == {"1": "1"}


def test_a_sapo_and_byline_above_the_lead_are_no_clauses():
    from tracker.importer.page_labels import assigning_labels
    from tracker.importer.clauses import Clause

    clauses = [Clause("1", "Để chấn chỉnh công tác quản lý chợ, tỉnh yêu cầu các phường tăng cường kiểm tra."),
               Clause("2", "Minh Châu"),
               Clause("3", "Ngày 3/5, UBND tỉnh Bình Phước đã ban hành Công văn số 912/UBND-KT về việc quản lý chợ."),
               Clause("4", "Theo công văn, UBND tỉnh yêu cầu UBND các phường tăng cường kiểm tra các chợ tạm."),
               Clause("5", "Sở Công Thương được giao hướng dẫn các phường sắp xếp lại chợ.")]
    # the first paragraph only sums up the lead's letter: the clauses start below the lead
    assert assigning_labels(clauses, {"5"}) == {"1": None, "2": None, "3": None, "4": "1", "5": "2"}


def test_a_closing_call_to_carry_out_seriously_is_no_clause():
    from tracker.importer.page_labels import assigning_labels
    from tracker.importer.clauses import Clause

    clauses = [Clause("1", "Theo đó, UBND tỉnh yêu cầu các sở, ngành và UBND các huyện tiếp tục kiểm soát chặt "
                           "người ra vào vùng dịch tả lợn châu Phi."),
               Clause("2", "UBND tỉnh cũng yêu cầu các sở, ngành và UBND các huyện nghiêm túc thực hiện, không "
                           "lơ là, chủ quan./.")]
    assert assigning_labels(clauses, {"1", "2"}) == {"1": "1", "2": None}
    # a call with something named to deliver is a clause
    clauses[1] = Clause("2", "UBND tỉnh yêu cầu Sở Tài chính nghiêm túc thực hiện việc cấp kinh phí chống dịch.")
    assert assigning_labels(clauses, {"1", "2"}) == {"1": "1", "2": "2"}


def test_a_caption_a_task_was_drafted_from_is_still_no_clause():
    from tracker.importer.page_labels import assigning_labels
    from tracker.importer.clauses import Clause

    clauses = [Clause("1", "Giám đốc Sở Y tế kiểm tra công tác phòng dịch tại Trạm Y tế xã Tân Phú. Ảnh: Thu Hà"),
               Clause("2", "UBND tỉnh yêu cầu Sở Y tế tăng cường giám sát ca bệnh sốt xuất huyết.")]
    assert assigning_labels(clauses, {"1", "2"}) == {"1": None, "2": "1"}


EMERGENCY_ORDER = """Chủ tịch UBND tỉnh Hà Giang đã phát đi lệnh khẩn cấp yêu cầu các sở, ngành và chính quyền các xã khẩn trương triển khai các biện pháp ứng phó lũ quét nhằm bảo vệ tính mạng của nhân dân.

Chủ tịch UBND tỉnh yêu cầu Chủ tịch UBND các xã chịu trách nhiệm toàn diện về việc di dời dân khỏi vùng nguy hiểm.

Sở Y tế bố trí đội cơ động cấp cứu tại các xã vùng cao.
"""


def test_a_lead_on_an_emergency_order_is_no_clause():
    # "phát đi lệnh khẩn cấp" reports the order's issue as "ban hành công điện" does: the lead names whom
    # it asks and why, the paragraphs below set out the duties, numbered from the first of them
    assert _leads(EMERGENCY_ORDER) == [("1", "Ủy ban nhân dân xã"), ("2", "Sở Y tế")]


DATED_LEAD_SPEAKER_AGAIN = """Ngày 3-10, UBND tỉnh Quảng Trị ban hành văn bản chỉ đạo các sở, ngành, địa phương chủ động ứng phó bão số 10 đang tiến vào vùng biển của tỉnh.

Trước diễn biến phức tạp của bão, Chủ tịch UBND tỉnh Quảng Trị yêu cầu các địa phương sơ tán người dân ven biển đến nơi an toàn.

Sở Giao thông vận tải phải phân luồng tại các tuyến đường ngập sâu.
"""

DATED_LEAD_GOING_ON = """Ngày 3-10, UBND tỉnh Quảng Trị ban hành văn bản chỉ đạo các sở, ngành khẩn trương kiểm tra, thống kê thiệt hại do bão số 10; tập trung khắc phục hậu quả.

Đặc biệt, các địa phương rà soát, sơ tán người dân ven biển đến nơi an toàn.
"""


def test_a_dated_lead_is_no_clause_when_the_issuer_speaks_again_below():
    # the issuer asks again in the next paragraph: the page sets the letter out in its voice, and the
    # lead ("Ngày …, UBND tỉnh ban hành văn bản chỉ đạo …") only announced it
    assert _leads(DATED_LEAD_SPEAKER_AGAIN) == [("1", "Các địa phương"), ("2", "Sở Giao thông vận tải")]


def test_a_dated_lead_is_the_first_clause_when_the_page_goes_on_without_a_speaker():
    # no one speaks again below: the lead's instruction is the letter's first
    assert _leads(DATED_LEAD_GOING_ON) == [("1", "Các sở, ngành"), ("2", "Các địa phương")]


LEAD_THEN_UNITS = """Ngày 05/4/2022, UBND tỉnh ban hành Công văn số 712/UBND-VX chỉ đạo Sở Y tế và UBND các huyện tổ chức tiêm vắc xin cho trẻ em.

Theo đó, UBND tỉnh yêu cầu các đơn vị, địa phương triển khai tiêm theo kế hoạch và báo cáo kết quả về Sở Y tế trước ngày 30/6/2022.

Trên cơ sở báo cáo của các đơn vị, địa phương, Sở Y tế có nhiệm vụ tổng hợp, báo cáo UBND tỉnh trước ngày 15/7/2022.
"""


def test_the_units_a_lead_names_take_the_work_set_out_below_it():
    # "các đơn vị, địa phương" only points back to the bodies the lead names; a subject after an
    # opening on what the work rests on ("Trên cơ sở báo cáo của …,") is the one who acts
    assert _tasks(LEAD_THEN_UNITS) == [
        ("1", "Sở Y tế", [], date(2022, 6, 30)),
        ("1", "Ủy ban nhân dân huyện", [], date(2022, 6, 30)),
        ("2", "Sở Y tế", [], date(2022, 7, 15)),
    ]


BASIS_WITHOUT_SUBJECT = """2. Sở Tài chính

a) Trên cơ sở đề xuất kinh phí của các sở, ban, ngành, địa phương, chủ trì tổng hợp và phối hợp với các sở, ngành, Ủy ban nhân dân các huyện bố trí kinh phí hằng năm.

b) Hướng dẫn các đơn vị quyết toán kinh phí theo quy định.
"""


def test_a_basis_without_a_subject_after_it_leaves_the_work_to_the_heading():
    # the bodies named later in the sentence are the ones helped, not the subject: the opening's list
    # ends at "chủ trì", so no subject follows the opening
    assert [(lead, label) for label, lead, *_ in _tasks(BASIS_WITHOUT_SUBJECT)] == [("Sở Tài chính", "2")]


REPORT_IF_ANY = """UBND tỉnh Bến Tre vừa có công văn về việc quản lý cây xanh đô thị.

Theo đó, UBND tỉnh giao UBND các xã, phường rà soát, thống kê cây xanh trên địa bàn.

UBND các xã, phường kịp thời báo cáo các khó khăn, vướng mắc phát sinh trong quá trình thực hiện (nếu có) về Sở Xây dựng để tổng hợp.
"""


def test_a_report_of_problems_if_any_is_no_task():
    # the report is due only if problems arise (rule 8)
    assert _leads(REPORT_IF_ANY) == [("1", "Ủy ban nhân dân xã, phường")]


REQUEST_GOES_ON = """Ngày 5/4, Chi cục Thú y (Sở Nông nghiệp và Môi trường tỉnh Nghệ An) thông tin về tình hình dịch cúm gia cầm trên địa bàn.

Chi cục Thú y đề nghị Chủ tịch UBND các xã, phường nêu trên chỉ đạo lực lượng thú y cơ sở giám sát chặt đàn gia cầm.

Thường xuyên kiểm tra các chợ buôn bán gia cầm; tổ chức tiêu độc khử trùng khu vực chăn nuôi hai lần mỗi tuần.

Sở Công Thương chỉ đạo lực lượng quản lý thị trường kiểm soát việc vận chuyển gia cầm.
"""


def test_a_paragraph_with_no_subject_goes_on_with_the_request_above_it():
    # a body the reader has no name for asks ("Chi cục X đề nghị …"): those it asks lead; the next
    # paragraph opens with the work itself and is more of their work, no clause of its own
    assert _leads(REQUEST_GOES_ON) == [("1", "Ủy ban nhân dân xã, phường"), ("2", "Sở Công Thương")]


LISTED_DOERS = """Ngày 2-4, UBND tỉnh Bình Định có thông báo về lịch nghỉ lễ Giỗ Tổ Hùng Vương.

Các cơ quan, đơn vị, trường học, bệnh viện và hộ dân treo cờ Tổ quốc trong ngày 18-4-2026

Ở lĩnh vực an ninh, UBND tỉnh cũng yêu cầu bảo đảm trật tự tại các khu vui chơi công cộng.

Công an tỉnh bố trí lực lượng tuần tra tại các khu vui chơi.
"""


def test_a_list_of_doers_is_a_clause_and_a_request_naming_no_one_is_none():
    # "Các cơ quan, đơn vị, trường học …" heads a list of doers of its own: a clause even with no lead
    # drafted; "UBND tỉnh cũng yêu cầu …" names no one and only opens the topic of the paragraph below
    from tracker.importer.clauses import split_body
    from tracker.importer.page_labels import assigning_labels
    from tracker.importer.text import clean

    clauses = split_body(clean(LISTED_DOERS)).clauses
    # (the lead "Ngày 2-4, UBND tỉnh … có thông báo …" tells of the letter: no clause at all)
    assert assigning_labels(clauses, {"3"}) == {"1": "1", "2": None, "3": "2"}


GOVERNMENT_ASKS = """Chính quyền tỉnh Sơn La cũng giao Sở Công Thương phối hợp với các sở, ngành liên quan để tham mưu các biện pháp hỗ trợ tiêu thụ mận hậu.
"""


def test_the_provincial_government_named_as_speaker_asks():
    # "Chính quyền tỉnh X" speaks as the province's committee does: the body it asks leads
    assert _leads(GOVERNMENT_ASKS) == [("1", "Sở Công Thương")]


MEETING_PAGE = """Sáng 12/5, Ban chỉ đạo Hội khỏe Phù Đổng tỉnh họp triển khai công tác chuẩn bị. Đồng chí Phó Chủ tịch UBND tỉnh, Trưởng Ban chỉ đạo chủ trì cuộc họp.

Tại buổi họp, các thành viên Ban chỉ đạo đã thảo luận về địa điểm thi đấu và công tác tuyên truyền.

Kết luận buổi họp, Phó Chủ tịch UBND tỉnh giao Sở Giáo dục và Đào tạo hoàn chỉnh kế hoạch tổ chức Hội khỏe, trình UBND tỉnh phê duyệt.
"""


def test_a_steering_committee_s_name_and_chairing_a_meeting_assign_nothing():
    # "Ban chỉ đạo" names a committee and "chủ trì cuộc họp" is chairing: the meeting's account is no clause
    from tracker.importer.clauses import split_body
    from tracker.importer.page_labels import assigning_labels
    from tracker.importer.text import clean

    clauses = split_body(clean(MEETING_PAGE)).clauses
    assert assigning_labels(clauses, {"3"}) == {"1": None, "2": None, "3": "1"}


CONVEYED_PAGE = """Văn phòng UBND tỉnh truyền đạt ý kiến chỉ đạo của đồng chí Chủ tịch UBND tỉnh về việc bảo đảm an toàn giao thông dịp Tết (Công văn số 210/VP-KT).

Sở Xây dựng, Công an tỉnh theo chức năng, nhiệm vụ chủ động triển khai các giải pháp bảo đảm an toàn giao thông theo yêu cầu của Thủ tướng Chính phủ tại Công điện số 5/CĐ-TTg.

Công điện nêu rõ: Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương chỉ đạo xử lý ngay sự cố giao thông phát sinh trên địa bàn.
"""


def test_the_office_conveying_a_letter_and_a_quoted_central_telegram_are_no_clauses():
    # the Văn phòng only conveys the leader's letter (its lead), and the Prime Minister's telegram quoted below
    # asks all provinces: background the letter acts on, so the one assigning paragraph is "1"
    assert _leads(CONVEYED_PAGE) == [("1", "Sở Xây dựng"), ("1", "Công an tỉnh")]


MINISTRY_QUOTED_PAGE = """Sở Công Thương được giao chủ trì kiểm tra các cửa hàng xăng dầu trên địa bàn, báo cáo UBND tỉnh trước ngày 30/9/2025.

Trước đó, Văn phòng Chính phủ đã truyền đạt ý kiến của Thủ tướng Chính phủ, yêu cầu Bộ Công Thương chủ trì rà soát nguồn cung xăng dầu.
"""


def test_a_ministry_asked_by_the_prime_minister_on_a_local_page_is_background():
    # what the Government asked a ministry is reported, not assigned by the province: no task
    assert _leads(MINISTRY_QUOTED_PAGE) == [("1", "Sở Công Thương")]
