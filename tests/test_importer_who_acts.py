"""Who acts in a sentence: the speaker, the addressees of its request, and those a list names (invented texts)."""

from tracker.importer.parser import parse_text

HEAD = "Thông báo kết luận\n1. Đề nghị:\n"


def _leads(text: str) -> list[str]:
    return [t.lead_agency for t in parse_text(text).tasks]


def test_ministry_directing_a_state_group_keeps_the_work():
    leads = _leads(HEAD + "(i) Bộ Tài chính chỉ đạo Bảo hiểm xã hội Việt Nam hoàn thành việc thanh toán trong tháng 6 năm 2026.\n")
    assert leads == ["Bộ Tài chính"]


def test_purpose_then_minister_who_asks_the_departments():
    text = ("Ngày 5-8, Bộ Y tế đã có công điện gửi các địa phương.\n\nTheo đó, để bảo đảm an toàn cho người bệnh, "
            "Bộ trưởng Bộ Y tế yêu cầu Giám đốc Sở Y tế các tỉnh nói trên theo dõi chặt chẽ tình hình dịch bệnh.\n")
    tasks = parse_text(text).tasks
    assert [t.lead_agency for t in tasks] == ["Sở Y tế các tỉnh"]
    assert tasks[0].summary.startswith("Theo dõi")


def test_committee_without_level_assigns():
    text = ("UBND tỉnh vừa ban hành công văn số 21/UBND-VP về việc phòng chống dịch.\n\n"
            "Theo đó, UBND giao Sở Y tế chủ trì tổ chức kiểm tra các cơ sở khám bệnh.\n")
    assert _leads(text) == ["Sở Y tế"]


def test_place_opening_then_holder_who_will_attend():
    text = ("Lịch họp trực tuyến\n\nTại các điểm cầu cấp huyện, thị xã, Chủ tịch UBND cấp huyện sẽ trực tiếp tham dự "
            "cuộc họp trực tuyến với UBND tỉnh.\n")
    assert _leads(text) == ["Ủy ban nhân dân cấp huyện"]


def test_head_of_a_city_written_short_asks_after_the_source():
    text = ("Đà Nẵng chấn chỉnh quản lý đất đai\n\nTheo công văn, Chủ tịch UBND TP. Đà Nẵng yêu cầu Chủ tịch UBND cấp xã "
            "khẩn trương rà soát các trường hợp lấn chiếm đất công.\n")
    assert _leads(text) == ["Ủy ban nhân dân cấp xã"]


def test_localities_in_a_list_of_bare_members():
    text = ("Thông báo\n\nỦy ban nhân dân huyện yêu cầu các phòng, ban, đơn vị, địa phương, trường học "
            "rà soát việc treo biển tên cơ quan trước ngày 30/12/2024.\n")
    assert "Các địa phương" in _leads(text)


def test_public_service_units_after_the_departments():
    text = ("Ngày 3.2, UBND tỉnh ban hành văn bản chỉ đạo các sở, ban, ngành, đơn vị sự nghiệp công lập và UBND xã, phường "
            "khẩn trương rà soát tài sản công.\n")
    leads = _leads(text)
    assert "Các đơn vị sự nghiệp công lập" in leads and "Các sở, ban, ngành" in leads


def test_author_of_the_document_carried_out_is_no_subject():
    # The body that issued the resolution the opening carries out does not stop the reading of who acts.
    text = ("Để triển khai thực hiện Nghị quyết số 12/NQ-HĐND của Hội đồng nhân dân tỉnh, Ủy ban nhân dân huyện "
            "yêu cầu Phòng Tư pháp huyện rà soát, cập nhật địa chỉ mới trước ngày 30/12/2024.\n")
    assert _leads(text) == ["Phòng Tư pháp huyện"]
