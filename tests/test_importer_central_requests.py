"""Central documents' requests to the Party's organs, the Front and the unions (study 149), each rule with
an invented text: a list of those asked reads through a board whose name joins two fields with a comma,
the Party's central office, and the parties of labour relations the Labour Code names by their role."""

from tracker.importer.names import find_mentions
from tracker.importer.parser import parse_text

HEAD = "BỘ Y TẾ\nSố: 12/QĐ-BYT\nQUYẾT ĐỊNH\nVề việc phòng, chống dịch\nĐiều 3. Tổ chức thực hiện\n"


def _leads(body):
    return [(t.clause, t.lead_agency) for t in parse_text(HEAD + body).tasks]


def test_a_board_whose_name_joins_two_fields_with_a_comma_is_one_name():
    names = [m.name for m in find_mentions("Đề nghị Ban Kinh tế, Tài chính Trung ương theo dõi việc thực hiện.")]
    assert "Ban Kinh tế, Tài chính Trung ương" in names
    # A whole name, then another body after the comma, stays two.
    names = [m.name for m in find_mentions("Ban Tuyên giáo Trung ương, Văn phòng Trung ương Đảng theo dõi.")]
    assert "Ban Tuyên giáo Trung ương" in names and "Văn phòng Trung ương Đảng" in names


def test_a_request_to_the_party_organs_and_the_front_gives_each_its_task():
    body = ("1. Bộ Tài chính chủ trì hướng dẫn thực hiện Quyết định này.\n"
            "2. Đề nghị Ban Dân vận Trung ương, Ban Kinh tế, Tài chính Trung ương, Văn phòng Trung ương Đảng, "
            "Mặt trận Tổ quốc, các tổ chức chính trị - xã hội phối hợp trong quá trình triển khai thực hiện.\n")
    leads = [lead for clause, lead in _leads(body) if clause == "3.2"]
    assert leads[:3] == ["Ban Dân vận Trung ương", "Ban Kinh tế, Tài chính Trung ương", "Văn phòng Trung ương Đảng"]
    assert len(leads) == 5 and leads[-1] == "Các tổ chức chính trị - xã hội"


def test_the_employers_representative_organisation_is_one_of_those_asked():
    body = ("1. Bộ Tài chính chủ trì hướng dẫn thực hiện Quyết định này.\n"
            "2. Đề nghị Tổng Liên đoàn Lao động Việt Nam, tổ chức đại diện của người sử dụng lao động và các tổ chức "
            "chính trị - xã hội tham gia tuyên truyền, giám sát việc thực hiện.\n")
    assert [lead for clause, lead in _leads(body) if clause == "3.2"] == [
        "Tổng Liên đoàn Lao động Việt Nam", "Tổ chức đại diện của người sử dụng lao động", "Các tổ chức chính trị - xã hội"]


def test_the_provinces_addressed_as_a_group_keep_the_work_they_direct_their_offices_to_do():
    body = ("1. Bộ Tài chính chủ trì hướng dẫn thực hiện Quyết định này.\n"
            "2. Ủy ban nhân dân các tỉnh, thành phố chỉ đạo các cơ quan chuyên môn phối hợp với Cục Thuế "
            "kiểm tra việc thực hiện Quyết định này.\n"
            "3. Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo các đơn vị rà soát đối tượng.\n"
            "4. Ủy ban nhân dân các tỉnh, thành phố chỉ đạo Sở Tài chính lập dự toán kinh phí.\n")
    leads = _leads(body)
    assert ("3.2", "Ủy ban nhân dân tỉnh, thành phố") in leads
    assert [lead for clause, lead in leads if clause == "3.3"] == ["Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương"]
    # A body they direct by its name is given the work (the provinces hand it on).
    assert [lead for clause, lead in leads if clause == "3.4"] == ["Sở Tài chính"]
