"""Bare names read at the issuer's level (study 167), each rule with an invented text: a central document's bare
"Ngân hàng Nhà nước", "Mặt trận Tổ quốc" and "Hội đồng nhân dân" are the central bank, the Front's central
committee and every province's council; a province's are its own, and a name written with its level keeps it."""

from tracker.importer.issuer_level import central_issuer
from tracker.importer.parser import parse_text

MINISTRY = "BỘ CÔNG THƯƠNG\nSố: 57/QĐ-BCT\nQUYẾT ĐỊNH\nVề việc phát triển thương mại điện tử\nĐiều 2. Tổ chức thực hiện\n"
GOVERNMENT = "CHÍNH PHỦ\nSố: 88/NQ-CP\nNGHỊ QUYẾT\nVề phát triển du lịch cộng đồng\nIII. TỔ CHỨC THỰC HIỆN\n"
PROVINCE = "ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH\nSố: 45/QĐ-UBND\nQUYẾT ĐỊNH\nVề việc hỗ trợ hộ kinh doanh\nĐiều 2. Tổ chức thực hiện\n"


def _tasks(head, body):
    return parse_text(head + body).tasks


def test_the_issuers_level_is_read_from_its_name():
    assert all(central_issuer(name) for name in (
        "Thủ tướng Chính phủ", "Văn phòng Chính phủ", "Bộ Công Thương", "Ban Chấp hành Trung ương Đảng",
        "Ủy ban Thường vụ Quốc hội", "Ủy ban Kinh tế và Tài chính của Quốc hội", "Bảo hiểm xã hội Việt Nam"))
    assert not any(central_issuer(name) for name in (
        "Ủy ban nhân dân tỉnh Hòa Bình", "Bộ Chỉ huy Quân sự tỉnh Hòa Bình", "Tỉnh ủy", "Sở Công Thương", None))


def test_a_central_documents_bare_state_bank_is_the_central_bank():
    body = ("1. Bộ Tài chính chủ trì, phối hợp với Ngân hàng Nhà nước xây dựng cơ chế bảo lãnh tín dụng.\n"
            "2. Ngân hàng Nhà nước chủ trì hướng dẫn các tổ chức tín dụng cho vay ưu đãi.\n"
            "3. Ngân hàng Nhà nước chi nhánh tỉnh Hòa Bình phối hợp với Sở Tài chính theo dõi dư nợ.\n")
    tasks = {t.clause: t for t in _tasks(MINISTRY, body)}
    assert tasks["2.1"].cooperating_agencies == ["Ngân hàng Nhà nước Việt Nam"]
    assert tasks["2.2"].lead_agency == "Ngân hàng Nhà nước Việt Nam"
    # Named with its level, the branch stays the branch.
    assert tasks["2.3"].lead_agency.startswith("Ngân hàng Nhà nước chi nhánh tỉnh")


def test_a_provinces_bare_state_bank_stays_its_branch():
    body = "1. Ngân hàng Nhà nước chủ trì hướng dẫn các tổ chức tín dụng cho vay ưu đãi.\n"
    assert [t.lead_agency for t in _tasks(PROVINCE, body)] == ["Ngân hàng Nhà nước chi nhánh tỉnh"]


def test_a_central_request_to_bare_councils_and_the_front_asks_every_provinces_councils_and_the_central_front():
    body = ("1. Bộ Văn hóa, Thể thao và Du lịch chủ trì hướng dẫn thực hiện Nghị quyết này.\n"
            "2. Đề nghị Hội đồng nhân dân, Mặt trận Tổ quốc Việt Nam, trong phạm vi chức năng của mình, giám sát "
            "việc thực hiện Nghị quyết này.\n"
            "3. Đề nghị Mặt trận Tổ quốc Việt Nam tại địa phương vận động người dân tham gia giữ gìn cảnh quan.\n")
    leads = [(t.clause, t.lead_agency) for t in _tasks(GOVERNMENT, body)]
    assert [lead for clause, lead in leads if clause == "III.2"] == [
        "Hội đồng nhân dân các tỉnh, thành phố trực thuộc Trung ương", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"]
    # "tại địa phương" names the local committees, whoever writes it.
    assert [lead for clause, lead in leads if clause == "III.3"] == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"]


def test_a_provinces_bare_front_stays_its_own_committee():
    body = "1. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam vận động người dân tham gia giữ gìn cảnh quan.\n"
    assert [t.lead_agency for t in _tasks(PROVINCE, body)] == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"]


def test_the_front_a_provinces_committee_works_with_is_at_the_provinces_level():
    body = ("1. Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chủ trì, phối hợp với Mặt trận Tổ quốc "
            "Việt Nam vận động các doanh nghiệp ủng hộ người dân vùng lũ.\n")
    tasks = _tasks(MINISTRY, body)
    assert tasks and tasks[0].cooperating_agencies == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"]
