"""Leads a page used to lose: the request a page states in a paragraph of its own above the bulleted list
it then introduces ("Theo đó, UBND tỉnh yêu cầu các sở, ngành … rà soát …" / "…, UBND tỉnh yêu cầu:" / "- Sở
X: …"), which is the letter's first point, and a page's section label printed again and again over the
first paragraph ("Tin tức Nông nghiệp Tin tức Nông nghiệp"), which is no part of its first sentence.
Invented texts of the general form."""

from tracker.importer.parser import parse_text


def _tasks(text: str) -> list[tuple[str, str]]:
    return [(t.clause_number, t.lead_agency) for t in parse_text(text).tasks]


def test_a_request_above_the_list_it_introduces_is_the_first_point():
    text = ("Để bảo đảm an toàn thực phẩm trong dịp cuối năm, ngày 02/12/2024, UBND tỉnh Quảng Trị ban hành "
            "Công văn số 4512/UBND-VX.\n"
            "Theo đó, UBND tỉnh yêu cầu các sở, ngành và Ủy ban nhân dân các huyện, thị xã tăng cường kiểm tra "
            "cơ sở sản xuất, kinh doanh thực phẩm, xử lý nghiêm các trường hợp vi phạm theo quy định.\n"
            "Để kịp thời ngăn chặn ngộ độc thực phẩm trên địa bàn tỉnh, UBND tỉnh yêu cầu:\n"
            "- Sở Y tế: Chủ trì, phối hợp với Sở Công Thương tổ chức các đoàn kiểm tra liên ngành về an toàn "
            "thực phẩm.\n"
            "- Sở Công Thương: Chỉ đạo lực lượng quản lý thị trường kiểm soát hàng hóa nhập lậu, không rõ nguồn "
            "gốc.\n")
    assert _tasks(text) == [("1", "Các sở, ngành"), ("1", "Ủy ban nhân dân huyện, thị xã"),
                            ("2", "Sở Y tế"), ("3", "Sở Công Thương")]


def test_a_section_label_printed_again_is_no_part_of_the_first_sentence():
    text = ("Tin tức Nông nghiệp Tin tức Nông nghiệp\n"
            "Tin tức Nông nghiệp\n"
            "UBND các huyện, thành phố chủ trì rà soát diện tích lúa bị ảnh hưởng do mưa lũ theo hướng dẫn của "
            "Sở Nông nghiệp và Phát triển nông thôn.\n")
    assert _tasks(text) == [("1", "Ủy ban nhân dân huyện, thành phố")]
