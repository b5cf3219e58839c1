"""Who helps (round 14's study), each form with an invented sentence: the formula that names both tiers
of the local government as helpers, against the departments alone or only the related ones."""

from tracker.importer.parser import parse_text

LETTER = """Kính gửi: Các sở, ban, ngành; UBND các xã, phường.

UBND tỉnh yêu cầu thực hiện như sau:

1. Sở Y tế chủ trì, phối hợp với {helpers} tổ chức tiêm chủng mở rộng cho trẻ em.

2. Sở Tài chính bố trí kinh phí.
"""


def _helpers(helpers):
    task = parse_text(LETTER.format(helpers=helpers)).tasks[0]
    assert task.lead_agency == "Sở Y tế"
    return task.cooperating_agencies


def test_departments_named_with_the_communes_help_as_a_group():
    assert _helpers("các sở, ban, ngành, UBND các xã, phường") == ["Các sở, ban, ngành", "Ủy ban nhân dân xã, phường"]


def test_departments_alone_help_as_a_group():
    # Named after "phối hợp với" the departments are a group the officer expands (ANNOTATION.md 3 and 5),
    # as later gold records them; only when left open ("có liên quan", "khác") are they a catch-all.
    assert _helpers("các sở, ngành tỉnh") == ["Các sở, ngành tỉnh"]


def test_only_the_related_or_other_departments_are_a_catch_all():
    assert _helpers("các sở, ngành có liên quan và UBND các xã, phường") == ["Ủy ban nhân dân xã, phường"]
    assert _helpers("Sở Giáo dục và Đào tạo, UBND các xã và các sở, ngành khác") == \
        ["Sở Giáo dục và Đào tạo", "Ủy ban nhân dân xã"]


def test_a_catch_all_s_colon_introduces_the_cooperating_bodies_it_stands_for():
    from tracker.importer.subjects import cooperating_in

    text = "Sở Nội vụ phối hợp với các cơ quan chức năng: Sở Tư pháp, Công an tỉnh thẩm định hồ sơ"
    assert [m.name for m in cooperating_in(text) if not m.catch_all] == ["Sở Tư pháp", "Công an tỉnh"]
