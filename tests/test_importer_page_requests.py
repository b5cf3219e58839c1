"""Headerless pages: a place's name that opens with "Cần" asks no one, so a list of communes is no clause; a second
request opening "Đồng thời, yêu cầu …" to another body is a clause of its own; a last sentence the text breaks off
while naming whom the request asks gives no task; the schools and the educational establishments of an area are
one group. Invented texts."""

from tracker.importer.names import find_mentions
from tracker.importer.parser import parse_text


def _leads(text: str) -> list[tuple[str, str]]:
    return [(t.clause, t.lead_agency) for t in parse_text(text).tasks]


def test_a_list_of_communes_with_a_place_named_can_is_no_clause():
    text = ("Tỉnh Bình Lâm công nhận 5 xã đạt chuẩn\n\n"
            "Công nhận lại 3 xã gồm: Xã Hòa Sơn (Lâm Hà); Cần Mộc (Phú Tân); Đông Lĩnh (Lâm Hà).\n\n"
            "UBND tỉnh yêu cầu Sở Y tế và UBND các huyện tiếp tục chỉ đạo duy trì các tiêu chí đã đạt được.\n")
    assert _leads(text) == [("1", "Sở Y tế"), ("1", "Ủy ban nhân dân huyện")]


def test_a_second_request_opening_dong_thoi_to_another_body_is_a_clause_of_its_own():
    text = ("Văn bản của UBND tỉnh nêu rõ: Giao Công an tỉnh chủ trì bảo đảm an ninh, trật tự tại lễ hội Đền Mây. "
            "Đồng thời, yêu cầu UBND huyện Hòa Lâm vận động nhân dân trong khu vực chấp hành quy định.\n"
            "Lễ hội sẽ diễn ra vào ngày 12/5.\n")
    assert _leads(text) == [("1", "Công an tỉnh"), ("2", "Ủy ban nhân dân huyện Hòa Lâm")]
    # "Đồng thời, chỉ đạo …" goes on with the first body's own work: one clause.
    text = ("UBND tỉnh yêu cầu UBND huyện Hòa Lâm vận động nhân dân chấp hành quy định. "
            "Đồng thời, chỉ đạo các xã, thị trấn kiểm tra hằng ngày.\n")
    assert {clause for clause, _ in _leads(text)} == {"1"}


def test_a_last_sentence_broken_off_among_its_addressees_gives_no_task():
    text = ("Trước đề nghị của xã Đông Lĩnh, Chủ tịch UBND tỉnh giao Giám đốc Sở Xây dựng khảo sát thực tế trụ sở xã, đề xuất "
            "phương án sửa chữa. Liên quan đến dự án Hồ Đá Bạc, Chủ tịch UBND tỉnh giao Phó Chủ tịch UBND tỉnh "
            "và Giám đốc Sở Tư")
    assert _leads(text) == [("1", "Sở Xây dựng")]


def test_the_schools_and_educational_establishments_of_an_area_are_one_group():
    names = [m.name for m in find_mentions("Sở thông báo các trường học và cơ sở giáo dục trên địa bàn tỉnh nghỉ học.")
             if not m.catch_all]
    assert names[-1] == "Các trường học và cơ sở giáo dục trên địa bàn tỉnh"


def test_a_second_request_in_one_sentence_with_its_day_before_the_body_is_a_task_of_its_own():
    from datetime import date

    text = ("Phó Chủ tịch UBND tỉnh Lê Văn Khang vừa ký văn bản gửi các Sở Y tế, Tài chính và các huyện, thị xã yêu cầu "
            "rà soát, bố trí đủ nhân viên y tế học đường trong các trường tiểu học công lập trên địa bàn tỉnh theo đúng "
            "quy định, yêu cầu đến 15/8/2026 Sở Y tế phải có báo cáo cho UBND tỉnh.\n")
    tasks = [(t.clause, t.lead_agency, t.due_on) for t in parse_text(text).tasks]
    assert tasks[-1] == ("1 ý 2", "Sở Y tế", date(2026, 8, 15))
    assert all(due is None for _, _, due in tasks[:-1]) and len(tasks) == 4


def test_a_draft_the_speaker_made_and_attached_is_no_task_its_request_for_comments_is():
    # Study 121: the paper is done and sent with the page; those asked to comment on it have the work.
    text = ("Góp ý dự thảo Kế hoạch chuyển đổi số năm 2026\n\n"
            "Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2026 của UBND tỉnh; Sở Khoa học và Công nghệ tham mưu dự thảo "
            "Kế hoạch chuyển đổi số năm 2026 (có dự thảo kèm theo). Sở Khoa học và Công nghệ trân trọng đề nghị các sở, ban, ngành tham gia ý kiến "
            "gửi về Sở trước ngày 10/3/2026.\n")
    assert [lead for _, lead in _leads(text)] == ["Các sở, ban, ngành"]


def test_a_body_asked_to_finish_an_attached_draft_still_has_the_work():
    text = ("Đề nghị Sở Tư pháp hoàn thiện dự thảo Quy chế phối hợp (có dự thảo kèm theo), "
            "trình UBND tỉnh trước ngày 30/4/2026.\n")
    assert [lead for _, lead in _leads(text)] == ["Sở Tư pháp"]
