"""Catch-all words a sender asks as its own readers ("Sở X yêu cầu các đơn vị …"): a group lead as written."""

from __future__ import annotations

from tracker.importer.fragments import headline, lead_aliases
from tracker.importer.parser import parse_text


def _leads(text: str) -> list[tuple[str, str]]:
    return [(task.clause, task.lead_agency) for task in parse_text(text).tasks]


def test_units_a_department_asks_on_a_page_lead_as_written():
    page = ("Chấn chỉnh việc thu các khoản đầu năm học\n\n"
            "Sở Giáo dục và Đào tạo tỉnh Quảng Bình vừa mới ban hành Công văn số 412/SGDĐT-KHTC ngày 5/9/2024 về việc "
            "chấn chỉnh việc thu các khoản đầu năm học.\n\n"
            "Theo đó, Sở GD&ĐT yêu cầu các đơn vị rà soát toàn bộ các khoản thu, công khai danh mục thu trước ngày 30/9/2024.\n")
    assert ("1", "Các đơn vị") in _leads(page)


def test_units_and_localities_asked_with_their_own_work_though_they_cooperate():
    page = ("Tăng cường phòng chống sốt xuất huyết\n\n"
            "Theo đó, Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các đơn vị, địa phương căn cứ chức năng, nhiệm vụ được giao, "
            "chủ động phối hợp với Sở Y tế tổ chức diệt lăng quăng, tuyên truyền người dân phòng bệnh.\n\n"
            "Giám đốc Sở Y tế chủ trì giám sát ổ dịch, báo cáo UBND tỉnh hằng tuần.\n")
    assert ("1", "Các đơn vị, địa phương") in _leads(page)


def test_words_that_only_help_are_no_lead():
    page = ("Tiêm vắc xin sởi cho trẻ\n\n"
            "Theo đó, UBND tỉnh yêu cầu các cơ quan, đơn vị liên quan có trách nhiệm phối hợp chặt chẽ với Sở Y tế "
            "trong việc tổ chức tiêm vắc xin sởi cho trẻ em.\n\n"
            "Sở Y tế đề nghị các đơn vị rà soát số trẻ chưa tiêm, báo cáo trước ngày 20/10/2024.\n")
    leads = [lead for _, lead in _leads(page)]
    assert "Các đơn vị" in leads
    assert "Các cơ quan, đơn vị liên quan" not in leads


def test_words_asked_to_carry_out_the_letter_itself_are_no_lead():
    page = ("Thông báo nghỉ Tết\n\n"
            "Theo đó, UBND xã Tân Lập yêu cầu các cơ quan, đơn vị bố trí lịch trực, bảo đảm an ninh trật tự trong dịp Tết.\n\n"
            "UBND xã cũng yêu cầu các cơ quan, đơn vị tổ chức thực hiện nghiêm các nội dung tại Thông báo này.\n")
    assert [lead for _, lead in _leads(page)].count("Các cơ quan, đơn vị") == 1


def test_units_a_body_asks_in_its_own_work_are_its_charges():
    page = ("Kiểm tra kinh doanh xăng dầu\n\n"
            "Theo đó, Sở Công Thương kiểm tra các cửa hàng xăng dầu; nếu vi phạm, phải hướng dẫn, yêu cầu các đơn vị có "
            "biện pháp khắc phục.\n\n"
            "Sở Công Thương đề nghị các đơn vị trực thuộc báo cáo kết quả trước ngày 15/12/2024.\n")
    leads = [lead for _, lead in _leads(page)]
    assert "Các đơn vị trực thuộc" in leads
    assert "Các đơn vị" not in leads


def test_a_text_that_may_be_the_letter_itself_keeps_the_words_for_its_recipients():
    letter = "Sở Tài chính đề nghị các đơn vị rà soát dự toán chi thường xuyên năm 2025."
    assert all(lead != "Các đơn vị" for _, lead in _leads(letter))
    assert ("1", "Các đơn vị") in _leads("Theo đó, " + letter)


def test_words_pointing_back_to_the_bodies_a_page_lead_names():
    page = ("Ngày 12/4/2023, UBND tỉnh Hà Tĩnh ban hành Công văn số 880/UBND-NL chỉ đạo các sở, ban, ngành và UBND các "
            "huyện, thị xã tổ chức kiểm tra an toàn hồ đập.\n\n"
            "Theo đó, UBND tỉnh yêu cầu các đơn vị, địa phương hoàn thành kiểm tra và báo cáo trước ngày 30/4/2023.\n")
    assert "asked:cac don vi, dia phuong" in lead_aliases(page)
    assert all(lead != "Các đơn vị, địa phương" for _, lead in _leads(page))


def test_a_summary_above_the_letter_set_out_is_no_clause():
    page = ("Văn bản được ban hành nhằm triển khai Công điện của Bộ Nông nghiệp. UBND tỉnh yêu cầu các cơ quan, đơn vị, "
            "địa phương chủ động phòng chống rét đậm cho gia súc.\n"
            "Theo đó, UBND tỉnh giao Sở Nông nghiệp và Môi trường chủ trì hướng dẫn người chăn nuôi che chắn chuồng trại.\n")
    leads = _leads(page)
    assert ("1", "Sở Nông nghiệp và Môi trường") in leads
    assert all(lead != "Các cơ quan, đơn vị, địa phương" for _, lead in leads)


def test_a_long_headline_the_lead_repeats_with_more_words():
    title = ("UBND tỉnh chỉ đạo triển khai thực hiện Quyết định số 210/QĐ-TTg ngày 2/3/2024 của Thủ tướng Chính phủ về "
             "phòng, chống buôn lậu, gian lận thương mại và hàng giả trên địa bàn các tỉnh biên giới phía Bắc năm 2024")
    lead = ("UBND tỉnh chỉ đạo triển khai thực hiện Quyết định số 210/QĐ-TTg ngày 2/3/2024 của Thủ tướng Chính phủ ban "
            "hành Kế hoạch về phòng, chống buôn lậu (Công văn số 455/UBND-KT, ngày 9/3/2024).")
    assert len(title.split()) > 40
    assert headline(title, [lead])


def test_words_opening_a_paragraph_with_must_are_its_doers_as_written():
    page = ("Chủ động ứng phó mưa lớn\n\n"
            "Ngày 12-10, UBND tỉnh Bình An ban hành văn bản chỉ đạo các sở, ngành ứng phó mưa lớn.\n\n"
            "Giám đốc Sở Công Thương bảo đảm cung ứng hàng hóa thiết yếu cho vùng bị chia cắt.\n\n"
            "Các đơn vị phải theo dõi sát diễn biến mưa lũ; kiểm đếm phương tiện, sẵn sàng phương án sơ tán dân.\n\n"
            "Các lực lượng phải thông báo cho người dân không đi qua ngầm, tràn khi nước chảy xiết.\n")
    leads = _leads(page)
    assert ("3", "Các đơn vị") in leads
    assert ("4", "Các lực lượng") in leads


def test_words_with_must_after_the_clause_named_its_body_point_back_to_it():
    page = ("Chấn chỉnh bến thủy nội địa\n\n"
            "Theo đó, Sở Xây dựng chủ trì, phối hợp với Công an tỉnh rà soát các bến thủy nội địa. Các đơn vị phải xử lý "
            "nghiêm bến hoạt động không phép, báo cáo UBND tỉnh trước ngày 15/11/2025.\n")
    leads = _leads(page)
    assert all(lead != "Các đơn vị" for _, lead in leads)
    assert ("1", "Sở Xây dựng") in leads


TELEGRAM_TO_UNITS = """BỘ CÔNG THƯƠNG
Số: 15/CĐ-BCT
Hà Nội, ngày 05 tháng 10 năm 2025
CÔNG ĐIỆN
Về việc bảo đảm cung ứng xăng dầu trong mùa mưa bão
BỘ CÔNG THƯƠNG điện:
- Các Cục: Quản lý và Phát triển thị trường trong nước, Điện lực;
- Sở Công Thương các tỉnh: Nghệ An, Hà Tĩnh, Quảng Trị.
Bộ Công Thương yêu cầu các cơ quan, đơn vị:
1. Rà soát lượng xăng dầu dự trữ tại các kho, cửa hàng trong vùng có nguy cơ bị chia cắt.
2. Cục Điện lực chỉ đạo bảo đảm cấp điện cho các kho xăng dầu.
3. Các đơn vị tổ chức trực ban và báo cáo tình hình về Văn phòng Bộ hằng ngày.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Nguyễn Văn A
"""


def test_general_words_a_telegram_asks_over_its_items_lead_the_items_naming_no_one():
    leads = _leads(TELEGRAM_TO_UNITS)
    assert ("1", "Các cơ quan, đơn vị") in leads
    assert ("2", "Cục Điện lực") in leads


def test_the_same_general_words_opening_an_item_are_the_group_asked_again():
    assert ("3", "Các cơ quan, đơn vị") in _leads(TELEGRAM_TO_UNITS)
