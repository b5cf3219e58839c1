"""Pages of the Party, the Front and the armed forces giving work (study 87), each rule with an invented text:
the Party's committee or cell of a body or a place, a body chosen for a part (no work), …"""

from tracker.importer.names import find_mentions
from tracker.importer.parser import parse_text


def _names(text):
    return [(m.name, m.group, m.catch_all) for m in find_mentions(text)]


def _leads(text):
    return [(t.clause, t.lead_agency) for t in parse_text(text).tasks]


def test_the_party_committee_of_a_body_or_a_place_is_one_name():
    text = ("Ban Thường vụ Thành ủy yêu cầu Đảng ủy Sở Y tế chỉ đạo các bệnh viện rà soát đội ngũ. "
            "Đảng ủy UBND thành phố hoàn thiện đề án. Đảng bộ phường Tân An, Chi bộ Trường THCS Lê Lợi chuẩn bị đại hội.")
    names = {name for name, _, _ in _names(text)}
    assert {"Đảng ủy Sở Y tế", "Đảng ủy Ủy ban nhân dân thành phố", "Đảng bộ phường Tân An"} <= names
    assert any(name.startswith("Chi bộ Trường") for name in names)
    # An organ of that committee keeps its own name: the office is not the committee.
    assert "Đảng ủy Sở Y tế" not in {name for name, _, _ in _names("Văn phòng Đảng ủy Sở Y tế tổng hợp báo cáo.")}


def test_a_body_chosen_for_a_part_is_given_no_work_by_the_choice():
    text = ("Bí thư Thị ủy quán triệt chỉ thị của Bộ Chính trị.\n\n"
            "Theo đó, Đảng bộ phường Tân An được Ban Thường vụ Tỉnh ủy chọn chỉ đạo đại hội điểm.\n\n"
            "Đồng thời, Ban Thường vụ Thị ủy cũng chọn Chi bộ Trường THCS Lê Lợi chỉ đạo đại hội điểm của thị xã.\n\n"
            "Ban Thường vụ Thị ủy đề nghị Đảng bộ phường Tân An, Chi bộ Trường THCS Lê Lợi chuẩn bị chu đáo các điều kiện "
            "để tổ chức đại hội.")
    leads = _leads(text)
    assert ("1", "Đảng bộ phường Tân An") in leads
    assert all(lead != "Ban Thường vụ Thị ủy" for _, lead in leads)
    assert len(leads) == 2
