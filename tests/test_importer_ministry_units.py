"""A ministry's letter to its own units names them with no level: "Vụ Pháp chế", "Cục Báo chí",
"Vụ Kế hoạch, Tài chính" (two fields joined by a comma). Invented sentences of the general form."""

from tracker.importer.names import find_mentions


def _names(text):
    return [m.name for m in find_mentions(text)]


def test_a_ministry_department_is_a_body_with_no_level():
    assert _names("Vụ Tổ chức cán bộ chủ trì rà soát vị trí việc làm.") == ["Vụ Tổ chức cán bộ"]


def test_a_unit_name_may_join_two_fields_with_a_comma():
    assert _names("Vụ Kế hoạch, Tài chính bố trí kinh phí năm 2026.") == ["Vụ Kế hoạch, Tài chính"]


def test_two_units_parted_by_a_comma_stay_two():
    assert _names("Vụ Pháp chế, Cục Báo chí rà soát văn bản.") == ["Vụ Pháp chế", "Cục Báo chí"]


def test_a_crop_season_in_lower_case_is_no_unit():
    assert _names("Bảo đảm nước tưới cho vụ Đông Xuân năm nay.") == []


def test_a_heading_may_be_a_unit_whose_name_joins_two_fields():
    assert _names("Vụ Kế hoạch, Tài chính") == ["Vụ Kế hoạch, Tài chính"]
