"""Rules read from departments' letters and urgent directions as the press reports them (invented texts)."""

from tracker.importer.draft import to_annotation
from tracker.importer.parser import parse_text


def _leads(text: str) -> list[str]:
    return [t["lead_agency"] for t in to_annotation(parse_text(text))["tasks"]]


def test_disease_control_centre_without_its_level_is_a_body():
    text = ("Sở Y tế vừa có văn bản yêu cầu Trung tâm Kiểm soát bệnh tật, Sở Giáo dục và Đào tạo "
            "tăng cường giám sát bệnh sởi trong trường học.")
    assert "Trung tâm Kiểm soát bệnh tật" in _leads(text)


def test_district_health_centres_in_lower_case_are_a_group():
    text = ("Sở Y tế vừa có văn bản yêu cầu Sở Giáo dục và Đào tạo, trung tâm y tế các huyện, thị xã "
            "rà soát tiêm chủng cho trẻ em.")
    leads = [lead.lower() for lead in _leads(text)]
    assert "trung tâm y tế các huyện, thị xã" in leads
    assert not any(lead.startswith("ủy ban nhân dân") for lead in leads)
