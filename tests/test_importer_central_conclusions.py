"""The central government's conclusions and letters: items numbered in small Roman numerals in brackets,
a clause's title run into its content, items in brackets inside one paragraph, "các bộ, ngành, địa
phương" as two groups, an account of what the issuer did, a closing "quan tâm thực hiện". Invented
sentences of the general form."""

from datetime import date


def _tasks(text):
    from tracker.importer.parser import parse_text

    return [(t.clause, t.lead_agency, t.due_on) for t in parse_text(text).tasks]


HEADER = """VĂN PHÒNG CHÍNH PHỦ
Số: 700/TB-VPCP
Hà Nội, ngày 03 tháng 11 năm 2026
THÔNG BÁO
Kết luận của Phó Thủ tướng tại cuộc họp về các dự án thủy lợi
Sau khi nghe báo cáo, Phó Thủ tướng kết luận như sau:
"""


ROMAN_ITEMS = HEADER + """1. Về Dự án hồ chứa nước Suối Mây
a) Ghi nhận cố gắng của các đơn vị tham gia dự án.
b) Để hoàn thành dự án đúng hạn, đề nghị:
(i) Ủy ban nhân dân tỉnh Lâm Hà hoàn thành bàn giao mặt bằng trong tháng 12 năm 2026.
(ii) Nhà thầu thi công tăng ca, bảo đảm tiến độ trong tháng 12 năm 2026.
(iii) Bộ Nông nghiệp và Môi trường hướng dẫn thủ tục điều chỉnh dự án.
Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.
"""


def test_items_in_small_roman_numerals_in_brackets_are_items_of_their_own():
    tasks = _tasks(ROMAN_ITEMS)
    assert ("1.b.i", "Ủy ban nhân dân tỉnh Lâm Hà", date(2026, 12, 31)) in tasks
    assert ("1.b.iii", "Bộ Nông nghiệp và Môi trường", None) in tasks


def test_an_item_in_brackets_naming_no_body_is_not_the_previous_item_s_work():
    # "(ii) Nhà thầu …" names a contractor, no body: it is neither Lâm Hà's task nor an item "1.b.i.ii".
    tasks = _tasks(ROMAN_ITEMS)
    assert [t for t in tasks if t[1] == "Ủy ban nhân dân tỉnh Lâm Hà"] == [
        ("1.b.i", "Ủy ban nhân dân tỉnh Lâm Hà", date(2026, 12, 31))]
    assert not any(t[0].endswith(".ii") for t in tasks)


TITLED = HEADER + """I. NHIỆM VỤ TRỌNG TÂM
1. Hoàn thiện thể chế về thủy lợi: Các bộ khẩn trương trình Chính phủ các nghị định hướng dẫn Luật Thủy lợi; nhiệm vụ thường xuyên.
2. Nâng cao an toàn hồ đập: (1) Bộ Nông nghiệp và Môi trường ban hành quy trình vận hành liên hồ trước ngày 15 tháng 12 năm 2026; (2) Bộ Công Thương chủ trì kiểm tra an toàn đập thủy điện, hoàn thành trong tháng 01 năm 2027.
Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.
"""


def test_a_title_run_into_the_clause_before_a_body_told_to_act_is_no_work():
    assert ("I.1", "Các bộ", None) in _tasks(TITLED)


TOPICS = HEADER + """III. VỀ CÁC KIẾN NGHỊ CỦA TỈNH
1. Về số vốn không giải ngân được trong năm 2026 (khoảng 300 tỷ đồng) của dự án kè sông Mây theo Nghị quyết số 12/2025/QH15 của Quốc hội cho tỉnh Lâm Hà: Ủy ban nhân dân tỉnh Lâm Hà rà soát, đề xuất phương án điều chuyển, báo cáo Thủ tướng Chính phủ trong Quý I năm 2027.
2. Về tuyến đường nối quốc lộ 27 với đường cao tốc CT.05 đoạn qua tỉnh Lâm Hà: Bộ Xây dựng hướng dẫn tỉnh lập hồ sơ trước ngày 15 tháng 12 năm 2026.
"""


def test_a_long_topic_opening_with_ve_before_a_colon_is_no_work_and_gives_no_time():
    # Study 126: a conclusion's "N. Về <the matter>: X …" whose matter is long, holds figures in brackets, a
    # code with a dot and the bodies and places it concerns; its year dates the matter, not X's work.
    assert _tasks(TOPICS) == [("III.1", "Ủy ban nhân dân tỉnh Lâm Hà", date(2027, 3, 31)),
                              ("III.2", "Bộ Xây dựng", date(2026, 12, 15))]


def test_items_in_brackets_after_a_title_in_one_paragraph_are_items_with_their_own_body():
    tasks = _tasks(TITLED)
    assert ("I.2.1", "Bộ Nông nghiệp và Môi trường", date(2026, 12, 15)) in tasks
    assert ("I.2.2", "Bộ Công Thương", date(2027, 1, 31)) in tasks


TIERS = HEADER + """1. Các bộ, ngành, địa phương rà soát danh mục công trình thủy lợi xuống cấp, gửi Bộ Nông nghiệp và Môi trường trước ngày 20 tháng 12 năm 2026.
Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.
"""


def test_the_ministries_and_the_localities_named_together_are_two_groups():
    tasks = _tasks(TIERS)
    assert ("1", "Các bộ, ngành", date(2026, 12, 20)) in tasks
    assert ("1", "Các địa phương", date(2026, 12, 20)) in tasks


LETTER = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 900/BNNMT-TL
V/v báo cáo hiện trạng hồ chứa
Hà Nội, ngày 05 tháng 11 năm 2026
Kính gửi:
- Các bộ, cơ quan ngang bộ;
- Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.
Trên cơ sở báo cáo của các địa phương, Bộ Nông nghiệp và Môi trường đã xây dựng bộ tiêu chí đánh giá an toàn hồ chứa (gửi kèm theo). Đề nghị các bộ, ngành, địa phương rà soát, báo cáo hiện trạng hồ chứa theo bộ tiêu chí, gửi về Bộ Nông nghiệp và Môi trường trước ngày 30/11/2026.
Đề nghị các bộ, ngành, địa phương quan tâm thực hiện./.
Nơi nhận:
- Như trên;
- Lưu: VT.
"""


def test_an_account_of_what_the_issuer_did_and_a_closing_plea_give_no_task():
    tasks = _tasks(LETTER)
    assert all(t[2] == date(2026, 11, 30) for t in tasks), tasks
    assert {t[1] for t in tasks} == {"Các bộ, ngành", "Các địa phương"}


TOPICAL_ITEMS = HEADER + """1. Trong thời gian tới, yêu cầu các bộ, ngành thực hiện các nhiệm vụ sau:
(1) Bộ Nông nghiệp và Môi trường hoàn thiện hồ sơ dự án trước ngày 10 tháng 12 năm 2026.
(2) Về vốn đối ứng của dự án: giao Bộ Tài chính cân đối, bố trí vốn theo quy định.
(3) Sau khi dự án được phê duyệt, Ủy ban nhân dân tỉnh Lâm Hà tổ chức thực hiện có hiệu quả.
Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.
"""


def test_an_item_in_brackets_whose_doer_follows_its_topic_or_its_time_is_an_item_of_its_own():
    tasks = _tasks(TOPICAL_ITEMS)
    assert ("1.2", "Bộ Tài chính", None) in tasks
    assert ("1.3", "Ủy ban nhân dân tỉnh Lâm Hà", None) in tasks


COMMA_ITEMS = HEADER + """I. NHIỆM VỤ TRỌNG TÂM
2. Đơn giản hóa thủ tục cấp phép khai thác nước: (1) Các bộ, ngành, khẩn trương rà soát quy trình cấp phép trực tuyến, hoàn thành trong tháng 12 năm 2026; (2) các bộ, ngành, địa phương tổ chức công khai danh mục hồ sơ, hoàn thành trước ngày 20 tháng 12 năm 2026; (3) các bộ, ngành, địa phương tập trung: (i) Bãi bỏ giấy tờ không cần thiết; (ii) Kết nối dữ liệu cấp phép giữa các cấp.
Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.
"""


def test_an_item_in_brackets_whose_body_a_comma_parts_from_its_work_is_still_that_body_s():
    # Study 159: "(1) Các bộ, ngành, khẩn trương …" — the comma after the body is no list going on.
    assert ("I.2.1", "Các bộ, ngành", date(2026, 12, 31)) in _tasks(COMMA_ITEMS)


def test_the_only_untimed_item_in_brackets_keeps_its_number_as_a_lettered_point_does():
    # Study 159: the untimed "(3) …" is item "I.2.3", as "4.b" after a dated "4.a" is; not the clause "I.2".
    tasks = _tasks(COMMA_ITEMS)
    assert ("I.2.3", "Các bộ, ngành", None) in tasks
    assert ("I.2.3", "Các địa phương", None) in tasks
    assert not any(clause == "I.2" for clause, _, _ in tasks)
