"""Cooperating agencies: which groups named after "phối hợp (với)" help as a group (invented texts)."""

from tracker.importer.parser import parse_text

HEADER = """ỦY BAN NHÂN DÂN TỈNH AN ĐÔNG
Số: 12/KH-UBND
An Đông, ngày 3 tháng 3 năm 2025

KẾ HOẠCH
Triển khai công tác số hóa hồ sơ năm 2025

II. TỔ CHỨC THỰC HIỆN
"""


def _coop(body: str, header: str = HEADER) -> dict[str, list[str]]:
    draft = parse_text(header + body)
    return {t.lead_agency: t.cooperating_agencies for t in draft.tasks}


def test_departments_named_after_phoi_hop_are_a_group():
    coop = _coop("1. Sở Nội vụ chủ trì, phối hợp với các sở, ban, ngành xây dựng quy chế lưu trữ điện tử.\n")
    assert coop["Sở Nội vụ"] == ["Các sở, ban, ngành"]


def test_departments_left_open_stay_a_catch_all():
    coop = _coop("1. Sở Nội vụ chủ trì, phối hợp với các sở, ngành có liên quan xây dựng quy chế lưu trữ điện tử.\n"
                 "2. Sở Tài chính chủ trì, phối hợp với các sở, ngành khác bố trí kinh phí số hóa.\n")
    assert coop["Sở Nội vụ"] == []
    assert coop["Sở Tài chính"] == []


def test_departments_and_localities_are_two_groups():
    coop = _coop("1. Sở Nội vụ chủ trì, phối hợp với các sở, ngành, địa phương rà soát danh mục hồ sơ.\n")
    assert coop["Sở Nội vụ"] == ["Các sở, ngành", "Các địa phương"]


GOVERNMENT = """THỦ TƯỚNG CHÍNH PHỦ
Số: 45/QĐ-TTg
Hà Nội, ngày 5 tháng 5 năm 2025

QUYẾT ĐỊNH
Ban hành Kế hoạch phát triển dữ liệu mở

III. TỔ CHỨC THỰC HIỆN
"""


def test_ministries_concerned_in_a_government_plan_are_a_group():
    coop = _coop("1. Bộ Tư pháp chủ trì, phối hợp với các bộ, ngành liên quan rà soát quy định về dữ liệu mở.\n"
                 "2. Bộ Tài chính chủ trì, phối hợp với các bộ, ngành, địa phương bố trí kinh phí.\n",
                 GOVERNMENT)
    assert coop["Bộ Tư pháp"] == ["Các bộ, ngành liên quan"]
    assert coop["Bộ Tài chính"] == ["Các bộ, ngành", "Các địa phương"]


def test_provinces_named_after_phoi_hop_are_a_group():
    coop = _coop("1. Bộ Tư pháp chủ trì, phối hợp với Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương "
                 "công bố danh mục dữ liệu mở.\n", GOVERNMENT)
    assert coop["Bộ Tư pháp"] == ["Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương"]


def test_ministries_concerned_in_a_helpers_column_are_a_group():
    table = ("Phụ lục\nDANH MỤC NHIỆM VỤ\n"
             "TT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\n"
             "1\tXây dựng cổng dữ liệu mở quốc gia\tBộ Khoa học và Công nghệ\tBộ Tư pháp; các bộ, ngành liên quan\tNăm 2026\n"
             "2\tChuẩn hóa danh mục dữ liệu mở\tBộ Tư pháp\tCác bộ, ngành có liên quan\tNăm 2026\n")
    coop = _coop(table, GOVERNMENT)
    assert coop["Bộ Khoa học và Công nghệ"] == ["Bộ Tư pháp", "Các bộ, ngành"]
    assert coop["Bộ Tư pháp"] == []


def test_localities_bounded_by_where_they_lie_keep_their_bound():
    coop = _coop("1. Công an tỉnh chủ trì, phối hợp với các địa phương biên giới và các đơn vị liên quan tuần tra "
                 "các đường mòn, lối mở.\n")
    assert coop["Công an tỉnh"] == ["Các địa phương biên giới"]
    draft = parse_text(HEADER + "2. Các địa phương miền núi rà soát các điểm có nguy cơ sạt lở đất.\n")
    assert [(t.lead_agency, t.summary[:7]) for t in draft.tasks] == [("Các địa phương miền núi", "Rà soát")]


def test_a_summary_drops_the_words_on_cooperation_only_for_cung_as_written():
    # Folded, "cùng" (with) is also "củng cố" (consolidate) and "cung cấp" (provide): those are the work.
    draft = parse_text(HEADER + "1. Sở Y tế củng cố các điểm cách ly.\n\n2. Sở Tài chính cung cấp kinh phí cho các cơ sở y tế.\n"
                       "\n3. Công an tỉnh cùng Sở Y tế tăng cường kiểm tra.\n")
    assert [t.summary for t in draft.tasks][:2] == ["Củng cố các điểm cách ly", "Cung cấp kinh phí cho các cơ sở y tế"]
    assert draft.tasks[2].summary.startswith("Tăng cường kiểm tra")
