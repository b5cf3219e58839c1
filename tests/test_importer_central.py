"""Central documents (a ministry's letter, the Prime Minister's decision) name their subjects as
groups: the provinces, their departments, "các Bộ, ngành". Invented sentences of the general form."""

from datetime import date


def _tasks(text):
    from tracker.importer.parser import parse_text

    return [(t.clause, t.lead_agency, t.cooperating_agencies, t.due_on, t.recurrence) for t in parse_text(text).tasks]


DECISION = """THỦ TƯỚNG CHÍNH PHỦ
Số: 15/2026/QĐ-TTg
Hà Nội, ngày 12 tháng 01 năm 2026
QUYẾT ĐỊNH
Về hỗ trợ nhà ở cho hộ nghèo
Điều 1. Phương thức thực hiện
1. Ủy ban nhân dân xã, phường (sau đây gọi là Ủy ban nhân dân cấp xã) rà soát, lập danh sách hộ được hỗ trợ.
2. Căn cứ số vốn được giao, Ủy ban nhân dân cấp tỉnh phân bổ vốn cho cấp xã.
Điều 2. Tiến độ
1. Trong năm 2026, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương phải hoàn thành việc hỗ trợ.
2. Trong năm 2027, các địa phương tiếp tục thực hiện hỗ trợ các hộ còn lại.
Điều 3. Tổ chức thực hiện
1. Bộ Xây dựng chủ trì, phối hợp với các Bộ, ngành liên quan: Tài chính, Nội vụ hướng dẫn thực hiện Quyết định này.
2. Cơ quan Lao động - Thương binh và Xã hội ở địa phương có trách nhiệm thống kê các hộ có nhu cầu.
3. Trách nhiệm của Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương
a) Bố trí vốn đối ứng;
b) Hàng tháng có báo cáo nhanh, 3 tháng một lần có báo cáo định kỳ kết quả thực hiện về Bộ Xây dựng.
"""


def test_a_subject_with_a_short_name_in_brackets_and_one_after_a_leading_time_lead():
    tasks = _tasks(DECISION)
    assert ("1.1", "Ủy ban nhân dân xã, phường", [], None, None) in tasks
    assert ("2.1", "Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương", [], date(2026, 12, 31), None) in tasks


def test_the_provinces_committees_and_the_localities_are_groups_that_lead():
    tasks = _tasks(DECISION)
    # "Ủy ban nhân dân cấp tỉnh" is every province's committee, after an opening phrase
    assert any(t[0] == "1.2" and t[1] == "Ủy ban nhân dân cấp tỉnh" for t in tasks)
    # "các địa phương" alone is the localities as a group, kept as written
    assert ("2.2", "Các địa phương", [], date(2027, 12, 31), None) in tasks
    # a department named by its field "ở địa phương": every province's department
    assert [t[1] for t in tasks if t[0] == "3.2"] == ["Cơ quan Lao động - Thương binh và Xã hội ở địa phương"]


def test_ministries_listed_after_a_group_and_a_colon_cooperate():
    tasks = _tasks(DECISION)
    assert ("3.1", "Bộ Xây dựng", ["Bộ Tài chính", "Bộ Nội vụ"], None, None) in tasks


def test_two_cycles_in_one_sentence_are_two_tasks():
    rules = {t[0]: t[4] for t in _tasks(DECISION) if t[0].startswith("3.3.b")}
    # each part is labelled by its item, the second with its order
    assert rules == {"3.3.b": "FREQ=MONTHLY", "3.3.b ý 2": "FREQ=MONTHLY;INTERVAL=3"}


def test_the_localities_of_a_letter_to_the_provinces_are_its_recipients():
    text = """BỘ TÀI CHÍNH
Số: 21/BTC-NSNN
V/v tạm cấp kinh phí
Hà Nội, ngày 05 tháng 02 năm 2026
Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương

Bộ Tài chính đề nghị như sau:
1. Đề nghị các địa phương ưu tiên bố trí kinh phí cho các công trình cấp bách.
"""
    assert [t[1] for t in _tasks(text)] == ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]


def test_plans_of_five_years_and_of_each_year_are_no_cycle():
    from tracker.importer.timing import best_timing

    assert best_timing("Đưa chỉ tiêu vào kế hoạch 5 năm và hàng năm về đào tạo nghề.") is None
    assert best_timing("Định kỳ hàng năm gửi báo cáo về Bộ.").recurrence == "FREQ=YEARLY"


def test_a_capacity_wrapped_after_the_committee_s_first_word_and_a_title_run_into_the_name():
    from tracker.importer.signature import signer_of

    lines = ["Nơi nhận:", "- Lưu: VT.", "", "TL. CHỦ TỊCH ỦY", "BAN NHÂN DÂN TỈNH", "CHÁNH VĂN PHÒNGLê Minh Tuấn"]
    assert signer_of(lines) == {"name": "Lê Minh Tuấn", "capacity": "TL. CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
                                "title": "CHÁNH VĂN PHÒNG"}


def test_signatures_copied_as_markdown_rows():
    from tracker.importer.metadata import parse_metadata

    text = ("CHỈ THỊ\nVỀ VIỆC PHÒNG CHỐNG DỊCH\n1. Các Bộ, ngành triển khai.\n"
            "Thủ tướng Chính phủ yêu cầu các Bộ, ngành thực hiện nghiêm Chỉ thị này./.\n\n"
            "| Nơi nhận: - Như trên; - Lưu: VT. | THỦ TƯỚNG Lê Văn An |\n|---|---|\n")
    meta = parse_metadata(text)
    assert (meta.signer["title"], meta.signer["name"]) == ("THỦ TƯỚNG", "Lê Văn An")
    # a chỉ thị copied without its header: the Prime Minister speaks in it
    assert meta.issuer == "Thủ tướng Chính phủ"
    two = parse_metadata("KẾ HOẠCH\n1. Triển khai.\n\n| Nơi nhận: - Lưu: VT. | TRƯỞNG BAN PHÓ THỦ TƯỚNG Trần Văn Bình |\n|---|---|\n")
    assert two.signer["title"] == "TRƯỞNG BAN, PHÓ THỦ TƯỚNG"
    empty_cell = parse_metadata("CÔNG VĂN\n1. Triển khai.\n| Nơi nhận: - Lưu: VT.\n|---|---\n| | KT. BỘ TRƯỞNG THỨ TRƯỞNG Lê Văn Cường\n")
    assert (empty_cell.signer["capacity"], empty_cell.signer["title"]) == ("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG")
    # a syllable the copy cut in two is joined again
    cut = parse_metadata("QUYẾT ĐỊNH\n1. Triển khai.\nNơi nhận: - Lưu: VT.\nCHỦ TỊCH Đặ ng Văn Dũng\n---\n")
    assert cut.signer["name"] == "Đặng Văn Dũng"


def test_headers_with_markdown_cells_and_a_word_cut_off_its_line():
    from tracker.importer.metadata import parse_metadata

    markdown = "| BỘ XÂY DỰNG ------- |\n|---|---\n| Số: 12/BXD-QLN | Hà Nội, ngày 15 tháng 11 năm 2013\n"
    assert parse_metadata(markdown).issuer == "Bộ Xây dựng"
    cut = "ỦY\nBAN NHÂN DÂN\nTỈNH AN GIANG\n--------\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 8/2025/QĐ-UBND\nAn Giang, ngày 2 tháng 3 năm 2025\n"
    assert parse_metadata(cut).issuer == "Ủy ban nhân dân tỉnh An Giang"


def test_an_issuer_in_capitals_is_written_as_official_names_are():
    from tracker.importer.metadata import parse_metadata

    def issuer(header: str) -> str | None:
        return parse_metadata(f"{header}\n-------\nSố: 12/CV\nHà Nội, ngày 5 tháng 3 năm 2024\n").issuer

    # a known body as it is spelled, "xã hội" not taken for a commune
    assert issuer("BỘ Y TẾ") == "Bộ Y tế"
    assert issuer("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI") == "Bộ Lao động - Thương binh và Xã hội"
    assert issuer("BỘ LAO ĐỘNG-THƯƠNG BINH VÀ XÃ HỘI") == "Bộ Lao động - Thương binh và Xã hội"  # its dash spaced
    assert issuer("SỞ GIÁO DỤC VÀ ĐÀO TẠO") == "Sở Giáo dục và Đào tạo"
    # the word after the kind of body, the proper terms and a place that ends the name
    assert issuer("CỤC THUẾ") == "Cục Thuế"
    assert issuer("BAN CHỈ ĐẠO QUỐC GIA VỀ PHÒNG, CHỐNG THIÊN TAI") == "Ban Chỉ đạo quốc gia về phòng, chống thiên tai"
    assert issuer("VĂN PHÒNG CHÍNH PHỦ") == "Văn phòng Chính phủ"
    assert issuer("BẢO HIỂM XÃ HỘI VIỆT NAM") == "Bảo hiểm xã hội Việt Nam"
    assert issuer("TỈNH ỦY QUẢNG NAM") == "Tỉnh ủy Quảng Nam"
    # "TỈNH ỦY" names no province: the Party committee's standing board
    assert issuer("BAN THƯỜNG VỤ TỈNH ỦY") == "Ban Thường vụ Tỉnh ủy"
