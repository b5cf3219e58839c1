"""A sector's body writing to the units it runs, as the press reports it: after an opening on what it
carries out, by a letter whose title is their work, and to one school by its name (invented texts)."""

from tracker.importer.names import find_mentions
from tracker.importer.parser import parse_text
from tracker.importer.reported import reported_in_sentence
from tracker.importer.text import fold


def _tasks(text: str) -> list[tuple[str, str]]:
    return [(task.lead_agency, task.summary) for task in parse_text(text).tasks]


def _leads(text: str) -> list[str]:
    return [lead for lead, _ in _tasks(text)]


def test_a_department_after_an_opening_on_what_it_carries_out_asks_its_units():
    text = ("Thực hiện chỉ đạo của Bộ Y tế, UBND tỉnh, Sở Y tế tỉnh Quảng Ngãi vừa có công văn đề nghị các đơn vị y tế "
            "trên địa bàn tỉnh bố trí đủ nhân lực trực cấp cứu trong dịp nghỉ Tết Nguyên đán.")
    assert _tasks(text) == [("Các đơn vị y tế trên địa bàn tỉnh",
                             "Bố trí đủ nhân lực trực cấp cứu trong dịp nghỉ Tết Nguyên đán")]


def test_the_police_chief_after_a_dated_opening_asks_the_police_units():
    text = ("Thực hiện Chỉ thị số 05 của Chủ tịch UBND tỉnh về phòng chống lụt bão, ngày 12-9-2021, Giám đốc Công an tỉnh "
            "Phú Yên đã có Điện số 37 yêu cầu các đơn vị công an trong tỉnh sẵn sàng lực lượng hỗ trợ người dân sơ tán.")
    assert _leads(text) == ["Các đơn vị công an trong tỉnh"]


def test_a_step_of_a_procedure_is_no_reported_request():
    # A body told to write in a rule of procedure is not reported as having written: no one is asked by the page.
    step = "Đối với hồ sơ nộp chậm, Phòng Tài chính - Kế hoạch huyện có công văn đề nghị Sở Tài chính tạm dừng cấp kinh phí."
    told = "Trước đó, Phòng Tài chính - Kế hoạch huyện đã có công văn đề nghị Sở Tài chính tạm dừng cấp kinh phí."
    assert reported_in_sentence(step, fold(step), find_mentions(step)) is None
    assert told[reported_in_sentence(told, fold(told), find_mentions(told)) :].startswith("Sở Tài chính")


def test_a_letter_sent_to_communes_about_their_work_asks_them():
    text = ("Sở Nông nghiệp và Môi trường tỉnh Gia Lai vừa có văn bản gửi UBND các xã, phường về việc kiểm tra "
            "các hồ chứa nước nhỏ trước mùa mưa.")
    assert _leads(text) == ["Ủy ban nhân dân xã, phường"]
    # A title that names no work ("về tình hình …") asks nothing.
    state = "Sở Y tế tỉnh Bến Tre vừa có văn bản gửi UBND các xã về tình hình dịch sốt xuất huyết trong tháng qua."
    assert _leads(state) == []
    # Requests set out below ("Theo đó, … đề nghị …") leave the titled letter only announced: its work is theirs.
    announced = ("Sở Xây dựng tỉnh Hòa Bình vừa có văn bản gửi UBND các xã về việc kiểm tra nhà ở vùng sạt lở.\n\n"
                 "Theo đó, Sở Xây dựng đề nghị UBND các xã lập danh sách các hộ dân phải di dời trước ngày 30/6/2025.")
    assert _tasks(announced) == [("Ủy ban nhân dân xã", "Lập danh sách các hộ dân phải di dời trước ngày 30/6/2025")]


def test_a_city_department_by_its_initials_sends_the_letter():
    text = "Sở Xây dựng TP.HCM vừa có văn bản gửi UBND các phường về việc rà soát các công trình xuống cấp trên địa bàn."
    assert _leads(text) == ["Ủy ban nhân dân phường"]


def test_one_school_is_named_by_its_own_name_after_its_level():
    names = [m.name for m in find_mentions("Trường tiểu học Kim Đồng 2 và Trường Mầm non Sơn Ca tổ chức lễ khai giảng.")]
    assert names == ["Trường tiểu học Kim Đồng 2", "Trường Mầm non Sơn Ca"]


def test_a_department_directing_a_named_school_gives_it_the_work():
    text = ("Sở Giáo dục và Đào tạo tỉnh Nam Định cũng chỉ đạo Trường mầm non tư thục Hoa Mai 3 rà soát toàn bộ "
            "xe đưa đón trẻ trước khi hoạt động trở lại.")
    assert _leads(text) == ["Trường mầm non tư thục Hoa Mai 3"]


def test_the_units_that_drain_and_clean_a_town_are_named_by_their_service():
    text = ("Khắc phục sau mưa lớn\n\n"
            "Đơn vị thoát nước khơi thông các cống bị tắc; đơn vị vệ sinh môi trường thu gom rác thải tại các chợ.")
    assert _leads(text) == ["Đơn vị thoát nước", "Đơn vị vệ sinh môi trường"]
