"""Who acts when a page's or a plan's paragraphs name their doers in running text (invented texts)."""

from tracker.importer.parser import parse_text


def _leads(text: str) -> list[tuple[str, str]]:
    return [(task.clause_number, task.lead_agency) for task in parse_text(text).tasks]


TITLE_ALONE_ASKS = """Quảng Trị rà soát quỹ đất công chưa sử dụng
(Quangtri.gov.vn) - Chủ tịch UBND tỉnh vừa ký văn bản về việc rà soát quỹ đất công chưa sử dụng trên địa bàn tỉnh.

Theo đó, Chủ tịch giao UBND các huyện, thị xã có trách nhiệm lập danh mục các khu đất công chưa sử dụng trên địa bàn.

Sở Tài chính tổng hợp, đề xuất phương án xử lý các khu đất công, trình UBND tỉnh.
"""


def test_a_title_named_alone_asks_and_those_it_asks_act():
    # "Chủ tịch" with no body is the holder the page named above: he speaks, the districts act
    assert ("1", "Ủy ban nhân dân huyện, thị xã") in _leads(TITLE_ALONE_ASKS)
