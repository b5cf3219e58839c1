"""Ministries' and central bodies' letters, and the pages that report them: a unit's code in the symbol, an annex
after a cut signature, the issuer's own voice, a short name the text defines, offices listed by region, a national
association helping, an exception within a cycle, a period in a cited title. Invented texts of the general form."""

from datetime import date


def _draft(text):
    from tracker.importer.parser import parse_text

    return parse_text(text)


def _tasks(text):
    return [(t.clause, t.lead_agency, t.cooperating_agencies, t.due_on, t.recurrence) for t in _draft(text).tasks]


LETTER_WITH_UNIT_CODE = """BỘ TƯ PHÁP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 812/BTP-KH-TC
Hà Nội, ngày 14 tháng 03 năm 2022
Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.
Bộ Tư pháp đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo Sở Tư pháp tổng hợp số liệu trợ giúp pháp lý và gửi về Bộ Tư pháp trước ngày 30 tháng 4 năm 2022.
Trân trọng cảm ơn./.
KT. BỘ TRƯỞNG
DANH SÁCH CÁC TỈNH, THÀNH PHỐ GỬI SỐ LIỆU
1. Hà Giang
"""


def test_a_units_code_after_the_issuers_in_the_symbol_names_no_kind():
    # "812/BTP-KH-TC": the Bộ's planning and finance unit, not a Kế hoạch; a headed letter is a công văn.
    assert _draft(LETTER_WITH_UNIT_CODE).kind == "công văn"


def test_an_annex_heading_after_a_cut_signature_is_no_title_of_the_signer():
    signer = _draft(LETTER_WITH_UNIT_CODE).signer
    assert signer["capacity"] == "KT. BỘ TRƯỞNG"
    assert signer["title"] is None


REPORT_PAGE = """Bộ Xây dựng đề nghị báo cáo tình hình nhà ở xã hội năm 2023

Bộ Xây dựng vừa có Công văn số 4410/BXD-QLN ngày 02/11/2023 gửi UBND cấp tỉnh về báo cáo tình hình nhà ở xã hội.

Theo đó, Bộ Xây dựng đề nghị UBND cấp tỉnh chỉ đạo các cơ quan chức năng tổng hợp, hoàn thành báo cáo kết quả phát triển nhà ở xã hội trên địa bàn theo mẫu hướng dẫn của Bộ.

Trong đó, tập trung báo cáo rõ số dự án đã khởi công và số căn hộ hoàn thành trong năm. Báo cáo gửi về Bộ Xây dựng trước ngày 10/12/2023 để tổng hợp báo cáo Chính phủ.

HN
"""


def test_a_paragraph_opening_trong_do_goes_on_with_the_request_above_and_gives_its_deadline():
    assert _tasks(REPORT_PAGE) == [("1", "Ủy ban nhân dân cấp tỉnh", [], date(2023, 12, 10), None)]


ISSUER_LEAD_PAGE = """Bộ Y tế yêu cầu bảo đảm thuốc cho mùa dịch

Trước nguy cơ dịch sốt xuất huyết gia tăng trong mùa mưa, Bộ Y tế chỉ đạo các địa phương chủ động dự trữ thuốc, vật tư, không để thiếu thuốc điều trị.

Bộ Y tế vừa ban hành văn bản số 3105/BYT-QLD ngày 20/6/2024 về việc bảo đảm thuốc phòng, chống dịch sốt xuất huyết.

Theo đó, Bộ Y tế yêu cầu Sở Y tế các tỉnh, thành phố rà soát nhu cầu thuốc, vật tư y tế và chủ động mua sắm bảo đảm đủ thuốc cho người bệnh.
"""


def test_the_issuer_asking_in_a_pages_lead_is_no_lead_of_its_own_work():
    # The Bộ asks; the bodies it asks are the clauses'. Its lead paragraph gives no task and no clause number.
    tasks = _tasks(ISSUER_LEAD_PAGE)
    assert all(lead != "Bộ Y tế" for _, lead, *_ in tasks)
    assert [(clause, lead) for clause, lead, *_ in tasks] == [("1", "Sở Y tế các tỉnh, thành phố")]


ASSOCIATION_LETTER = """VĂN PHÒNG CHÍNH PHỦ
Số: 5120/VPCP-NN
V/v xây dựng Đề án phát triển ngành hồ tiêu.
Hà Nội, ngày 12 tháng 7 năm 2022
Kính gửi: Bộ Nông nghiệp và Phát triển nông thôn.
Xét đề nghị của Bộ Nông nghiệp và Phát triển nông thôn, Phó Thủ tướng Chính phủ có ý kiến như sau:
Giao Bộ Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Hiệp hội hồ tiêu Việt Nam và các cơ quan liên quan xây dựng Đề án phát triển ngành hồ tiêu, trình Thủ tướng Chính phủ trong Quý IV năm 2022.
Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.
"""


def test_a_national_association_named_after_phoi_hop_voi_is_a_cooperating_body():
    tasks = _tasks(ASSOCIATION_LETTER)
    assert [(lead, coop, due) for _, lead, coop, due, _ in tasks] == [
        ("Bộ Nông nghiệp và Phát triển nông thôn", ["Hiệp hội hồ tiêu Việt Nam"], date(2022, 12, 31))]


MONTHLY_LETTER = """BẢO HIỂM XÃ HỘI VIỆT NAM
Số: 1520/BHXH-TCKT
V/v báo cáo thu chi hàng tháng
Hà Nội, ngày 05 tháng 04 năm 2012
Kính gửi: Bảo hiểm xã hội các tỉnh, thành phố trực thuộc Trung ương
Để theo dõi tình hình thu chi, Bảo hiểm xã hội Việt Nam yêu cầu Bảo hiểm xã hội các tỉnh, thành phố thực hiện:
- Báo cáo tình hình thu chi theo mẫu đính kèm, gửi về Bảo hiểm xã hội Việt Nam trước ngày 15 hàng tháng. Riêng báo cáo tháng 6 hàng năm, số liệu tính đến hết ngày 30/6 và kèm thuyết minh.
"""


def test_an_exception_for_one_period_of_a_cycle_stays_in_the_periodic_duty():
    # "Riêng báo cáo tháng 6 hàng năm, …": the June report of the same monthly duty, no yearly task of its own.
    tasks = _tasks(MONTHLY_LETTER)
    assert [(lead, recurrence) for _, lead, _, _, recurrence in tasks] == [
        ("Bảo hiểm xã hội các tỉnh, thành phố", "FREQ=MONTHLY;BYMONTHDAY=15")]


CITED_TITLE_PAGE = """Bộ Nông nghiệp và Môi trường vừa ban hành văn bản số 1270/BNNMT-TT ngày 5/2/2026 về việc bảo đảm sản xuất vụ Đông Xuân.

Theo đó, Bộ Nông nghiệp và Môi trường đề nghị Sở Nông nghiệp và Môi trường các tỉnh, thành phố triển khai các nhiệm vụ tại Chỉ thị số 07/CT-BNNMT ngày 10/12/2025 của Bộ về việc chủ động ứng phó hạn hán, xâm nhập mặn cuối năm 2025 và đầu năm 2026.
"""


def test_a_year_in_the_title_of_a_cited_document_is_no_deadline():
    tasks = _tasks(CITED_TITLE_PAGE)
    assert [(lead, due) for _, lead, _, due, _ in tasks] == [("Sở Nông nghiệp và Môi trường các tỉnh, thành phố", None)]


BANK_PAGE = """Ngày 14-9, Ngân hàng Nhà nước (NHNN) cho biết vừa ban hành công văn số 7702/NHNN-TD về hỗ trợ khách hàng bị ảnh hưởng bởi hạn hán.

Để hỗ trợ người dân khôi phục sản xuất, NHNN yêu cầu các tổ chức tín dụng, chi nhánh ngân hàng nước ngoài (TCTD) và NHNN chi nhánh tại các khu vực 3, 4 và 6 tiếp tục triển khai các giải pháp cơ cấu lại thời hạn trả nợ cho khách hàng.

Các TCTD chủ động rà soát thiệt hại của khách hàng vay vốn và báo cáo NHNN chi nhánh tại khu vực để tổng hợp.
"""


def test_a_short_name_the_text_defines_and_regional_offices_listed_by_number():
    # "NHNN", "TCTD" stand for the names before their brackets; "chi nhánh tại các khu vực 3, 4 và 6" are three offices.
    tasks = [(clause, lead) for clause, lead, *_ in _tasks(BANK_PAGE)]
    group = "Các tổ chức tín dụng, chi nhánh ngân hàng nước ngoài"
    assert tasks == [("1", group), ("1", "Ngân hàng Nhà nước chi nhánh Khu vực 3"),
                     ("1", "Ngân hàng Nhà nước chi nhánh Khu vực 4"), ("1", "Ngân hàng Nhà nước chi nhánh Khu vực 6"),
                     ("2", group)]


CLOSING_CALL_PAGE = """Đẩy nhanh thanh toán vốn đầu tư công

Ngày 3-8, Kho bạc Nhà nước (KBNN) thông tin, cơ quan này vừa ban hành công văn số 4021/KBNN-KSC yêu cầu các đơn vị trong hệ thống đẩy nhanh kiểm soát chi đầu tư công.

Theo đó, KBNN yêu cầu Kho bạc Nhà nước khu vực V rà soát các hồ sơ thanh toán vốn đầu tư tồn đọng và giải quyết dứt điểm trong tháng 8/2024.

KBNN yêu cầu giám đốc, phó giám đốc phụ trách kiểm soát chi tại các KBNN khu vực nêu trên khẩn trương triển khai thực hiện.
"""


def test_the_issuer_alone_asking_again_below_the_report_is_its_closing_call():
    # Its holders' bodies unread, the issuer would lead the paragraph: it is the issuer's voice, no task.
    assert _tasks(CLOSING_CALL_PAGE) == [("1", "Kho bạc Nhà nước khu vực V", [], date(2024, 8, 31), None)]
