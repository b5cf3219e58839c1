"""Bodies named by the persons they answer for ("cơ quan, tổ chức, đơn vị quản lý người lao động"), and a
scope that names a matter before "thì" and the body that acts on it."""

from tracker.importer.draft import to_annotation
from tracker.importer.matching import agency_key
from tracker.importer.parser import parse_text


def _tasks(text: str) -> list[tuple[str, str]]:
    return [(t["clause"], t["lead_agency"]) for t in to_annotation(parse_text(text))["tasks"]]


def test_bodies_named_by_the_persons_they_employ_are_a_lead():
    text = ("Hướng dẫn về đào tạo\n\n"
            "1. Cơ quan, tổ chức, đơn vị quản lý, sử dụng người lao động lập danh sách học viên gửi về Sở Nội vụ.\n\n"
            "2. Sở Y tế kiểm tra các cơ sở khám bệnh.")
    assert _tasks(text) == [("1", "Cơ quan, tổ chức, đơn vị quản lý, sử dụng người lao động"), ("2", "Sở Y tế")]


def test_bodies_that_have_such_persons_are_a_lead_up_to_their_work():
    text = ("Hướng dẫn về đào tạo\n\n"
            "1. Các cơ quan, tổ chức, đơn vị có người được cử đi học gửi hồ sơ cho Sở Nội vụ.\n\n"
            "2. Sở Y tế kiểm tra các cơ sở khám bệnh.")
    assert _tasks(text)[0] == ("1", "Các cơ quan, tổ chức, đơn vị có người được cử đi học")


def test_the_name_written_with_or_without_cac_is_one_group():
    assert agency_key("Các cơ quan, tổ chức, đơn vị trực tiếp quản lý người lao động") == \
        agency_key("Cơ quan, tổ chức, đơn vị trực tiếp quản lý người lao động")


def test_a_scope_naming_a_matter_then_thi_gives_the_body_after_it():
    text = ("Kế hoạch xử lý đơn thư\n\nI. TRÁCH NHIỆM\n\n"
            "1. Đối với đơn thư ở nơi làm việc thì Sở Tư pháp có trách nhiệm xác minh và trả lời bằng văn bản.\n\n"
            "2. Đối với đơn thư ở khu dân cư thì cơ quan, tổ chức, đơn vị trực tiếp quản lý người lao động có trách "
            "nhiệm xác minh, trả lời.")
    assert _tasks(text) == [("I.1", "Sở Tư pháp"),
                            ("I.2", "Cơ quan, tổ chức, đơn vị trực tiếp quản lý người lao động")]
