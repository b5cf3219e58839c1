"""The Government Office's notices of a leader's conclusions at a meeting with one province, each rule with an
invented text: the province written as a bare "Tỉnh" is its People's Committee, as subject or helper; a dashed
name of a list cut by the page's width before its dash is one name, not a bullet."""

from tracker.importer.parser import parse_text

NOTICE = """VĂN PHÒNG CHÍNH PHỦ
Số: 901/TB-VPCP
Hà Nội, ngày 10 tháng 3 năm 2026
THÔNG BÁO
KẾT LUẬN CỦA PHÓ THỦ TƯỚNG TẠI BUỔI LÀM VIỆC VỚI LÃNH ĐẠO TỈNH LÂM SƠN
Sau khi nghe lãnh đạo tỉnh Lâm Sơn báo cáo, Phó Thủ tướng kết luận như sau:
I. MỘT SỐ KIẾN NGHỊ CỦA TỈNH
1. Về nâng cấp bệnh viện đa khoa: Tỉnh chủ động bố trí ngân sách địa phương để thực hiện theo quy định.
2. Về kè chống sạt lở: Giao Bộ Nông nghiệp và Môi trường phối hợp với Tỉnh rà soát, xử lý theo quy định.
Văn phòng Chính phủ thông báo để Ủy ban nhân dân tỉnh Lâm Sơn biết, thực hiện./.
"""


def test_a_bare_tinh_in_a_notice_about_one_province_is_its_people_s_committee():
    tasks = {t.clause: t for t in parse_text(NOTICE).tasks}
    assert tasks["I.1"].lead_agency == "Ủy ban nhân dân tỉnh Lâm Sơn"
    assert tasks["I.2"].lead_agency == "Bộ Nông nghiệp và Môi trường"
    assert tasks["I.2"].cooperating_agencies == ["Ủy ban nhân dân tỉnh Lâm Sơn"]


def test_a_province_s_own_bare_tinh_is_left_as_written():
    from tracker.importer.province_word import province_word_named

    own = "Tỉnh chủ động bố trí ngân sách của tỉnh Lâm Sơn."
    assert province_word_named(own, "Lâm Sơn", "Ủy ban nhân dân tỉnh Lâm Sơn") == own
    assert province_word_named("Tỉnh ủy lãnh đạo tỉnh Lâm Sơn.", "Lâm Sơn", "Văn phòng Chính phủ").startswith("Tỉnh ủy")


LISTED_FIRMS = """VĂN PHÒNG CHÍNH PHỦ
Số: 902/TB-VPCP
Hà Nội, ngày 12 tháng 3 năm 2026
THÔNG BÁO
KẾT LUẬN CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ PHỦ SÓNG DI ĐỘNG VÙNG BIÊN GIỚI
Thủ tướng Chính phủ kết luận như sau:
1. Các Bộ, cơ quan liên quan và các Tổng công ty: Hạ tầng mạng Việt Nam, Dịch vụ số
- Truyền thông Miền Trung theo chức năng, nhiệm vụ được giao phối hợp chặt chẽ để
sớm phủ sóng các thôn, bản vùng biên giới, bảo đảm kịp thời, hiệu quả và theo quy định.
"""


def test_a_dashed_name_of_a_list_cut_before_its_dash_is_no_bullet():
    leads = [t.lead_agency for t in parse_text(LISTED_FIRMS).tasks]
    assert "Tổng công ty Dịch vụ số - Truyền thông Miền Trung" in leads
    assert "Tổng công ty Dịch vụ số" not in leads


def test_a_topic_on_a_transport_link_holds_no_giving_of_work():
    text = NOTICE.replace(
        "1. Về nâng cấp bệnh viện đa khoa: Tỉnh chủ động bố trí ngân sách địa phương để thực hiện theo quy định.",
        "1. Về tuyến đường giao thông kết nối liên vùng từ quốc lộ 4, tỉnh Lâm Sơn đến cửa khẩu: Ủy ban nhân dân"
        " tỉnh Lâm Sơn khẩn trương báo cáo Thủ tướng Chính phủ về việc chuẩn bị đầu tư trước ngày 15 tháng 4 năm 2026.")
    tasks = {t.clause: t for t in parse_text(text).tasks}
    assert tasks["I.1"].lead_agency == "Ủy ban nhân dân tỉnh Lâm Sơn"
    assert str(tasks["I.1"].due_on) == "2026-04-15"


def test_the_province_named_in_full_is_no_bare_tinh():
    from tracker.importer.province_word import province_word_named

    text = "Tỉnh Đắk Nông có diện tích lớn; Tỉnh rà soát quy hoạch của tỉnh Đắk Nông."
    assert province_word_named(text, "Đắk Nông", "Văn phòng Chính phủ") == (
        "Tỉnh Đắk Nông có diện tích lớn; Ủy ban nhân dân tỉnh Đắk Nông rà soát quy hoạch của tỉnh Đắk Nông.")


def test_a_part_saying_only_when_to_finish_dates_the_lead_s_work_before_it():
    text = NOTICE.replace(
        "2. Về kè chống sạt lở: Giao Bộ Nông nghiệp và Môi trường phối hợp với Tỉnh rà soát, xử lý theo quy định.",
        "2. Về kè chống sạt lở: Bộ Nông nghiệp và Môi trường rà soát toàn bộ các công trình được giao trong năm 2026,"
        " gửi danh mục về Bộ Tài chính để tổng hợp; hoàn thành trước ngày 30 tháng 4 năm 2026.")
    tasks = [(t.clause, t.lead_agency, str(t.due_on)) for t in parse_text(text).tasks if t.clause.startswith("I.2")]
    assert tasks == [("I.2", "Bộ Nông nghiệp và Môi trường", "2026-04-30")]


def test_a_year_closing_a_clause_of_what_the_work_makes_possible_is_no_deadline():
    from tracker.importer.timing import best_timing

    assert best_timing("Phối hợp với các bộ tháo gỡ vướng mắc của dự án cáp quang để có thể vận hành trong năm 2027.") is None
    assert best_timing("Hoàn thiện thủ tục đầu tư dự án đường tỉnh để có thể khởi công trong năm 2026.") is None
    for own_end in ("Tập trung nhân lực để có thể hoàn thành dự án trong năm 2026.",
                    "Báo cáo Chính phủ để trình Quốc hội sửa đổi Luật Khoáng sản trong năm 2026."):
        assert str(best_timing(own_end).due_on) == "2026-12-31"


def test_the_province_the_assessment_tells_of_is_left_as_written():
    from tracker.importer.province_word import province_word_named

    text = "Tỉnh đã có nhiều cố gắng. Tỉnh là địa phương có diện tích lớn của tỉnh Đắk Nông."
    assert province_word_named(text, "Đắk Nông", "Văn phòng Chính phủ") == text
