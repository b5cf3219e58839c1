"""A district's or commune's pages naming its offices, communes, stations and teams as hasty hands write them
(round 72's misses): invented texts, one test per rule."""

from __future__ import annotations

from tracker.importer.draft import to_annotation
from tracker.importer.matching import agency_key
from tracker.importer.names import find_mentions
from tracker.importer.parser import parse_text


def _tasks(body: str) -> list[dict]:
    return to_annotation(parse_text(f"Huyện tăng cường công tác phòng, chống dịch\n\n{body}\n"))["tasks"]


def test_joint_office_of_council_and_committee_written_with_a_dash():
    assert agency_key("Văn phòng HĐND-UBND huyện") == agency_key("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện")
    assert agency_key("Văn phòng HĐND - UBND thị xã") == agency_key("Văn phòng HĐND và UBND thị xã")


def test_inspection_team_named_as_a_doer():
    tasks = _tasks("Trong dịp Tết, Đoàn kiểm tra liên ngành ATTP sẽ được thành lập để kiểm tra các cơ sở kinh doanh "
                   "bánh kẹo trên địa bàn xã.")
    assert [t["lead_agency"] for t in tasks] == ["Đoàn kiểm tra liên ngành an toàn thực phẩm"]


def test_unit_steered_before_a_semicolon_lists_one_more_steered():
    tasks = _tasks("Theo đó, UBND huyện giao Trưởng Công an huyện chỉ đạo lực lượng Cảnh sát cơ động; Tổ kiểm tra "
                   "liên ngành về trật tự đô thị huyện có kế hoạch tuần tra các tuyến đường.")
    assert [t["lead_agency"] for t in tasks] == ["Công an huyện"]


def test_head_title_set_off_by_a_comma_addresses_the_bodies():
    tasks = _tasks("Theo đó, Chủ tịch UBND huyện yêu cầu: Thủ trưởng, các cơ quan, đơn vị tiếp tục quán triệt nội "
                   "dung công văn đến toàn thể cán bộ, công chức.")
    assert [t["lead_agency"] for t in tasks] == ["Các cơ quan, đơn vị"]


def test_helpers_listed_bare_after_the_first():
    tasks = _tasks("Phòng Văn hóa - Xã hội là đơn vị chủ trì, phối hợp cùng Công an xã, các Trạm Y tế và các phòng, "
                   "ban liên quan kiểm tra các bếp ăn tập thể.")
    assert agency_key("Các Trạm Y tế") in {agency_key(a) for a in tasks[0]["cooperating_agencies"]}


def test_office_head_by_title_and_office_in_lower_case():
    tasks = _tasks("Trưởng phòng Y tế chỉ đạo các trạm y tế giám sát ca bệnh. Phòng Kinh tế huyện chủ trì phối hợp với "
                   "phòng Nông nghiệp và Phát triển nông thôn kiểm tra các cơ sở giết mổ.")
    assert tasks[0]["lead_agency"] == "Phòng Y tế"
    assert "Phòng Nông nghiệp và Phát triển nông thôn" in tasks[-1]["cooperating_agencies"]
    # A part of the field in lower case is no name written with care.
    assert not [m for m in find_mentions("gửi phòng Tài nguyên và môi trường tổng hợp") if "Tài nguyên" in m.name]


def test_communes_listed_after_one_committee():
    names = [m.name for m in find_mentions("phối hợp với UBND xã Cư Pơng, Hòa Lễ, thị trấn Phước An và các đơn vị "
                                           "liên quan kiểm tra")]
    assert names[:3] == ["Ủy ban nhân dân xã Cư Pơng", "Ủy ban nhân dân xã Hòa Lễ", "Ủy ban nhân dân thị trấn Phước An"]
    # A body's name after the commune is no commune; the district the commune lies in is none either.
    assert [m.name for m in find_mentions("UBND xã Cư Pơng, Công an xã kiểm tra")] == ["Ủy ban nhân dân xã Cư Pơng", "Công an xã"]
    assert [m.name for m in find_mentions("UBND xã Cư Pơng, huyện Krông Búk kiểm tra")] == ["Ủy ban nhân dân xã Cư Pơng"]


def test_farm_station_in_lower_case_with_its_level():
    names = [m.name for m in find_mentions("phối hợp với trạm trồng trọt bảo vệ thực vật huyện cấp phát thuốc")]
    assert names == ["Trạm Trồng trọt và Bảo vệ thực vật huyện"]
    assert not find_mentions("xây dựng trạm thú y tại xã")
