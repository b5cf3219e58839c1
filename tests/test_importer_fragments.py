"""Directives as portal and newspaper pages report them, each with an invented page: a headline over
the article and the news lead that reports the letter's issue are no clauses; the paragraphs that
assign are the clauses "1", "2", … in order."""


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
