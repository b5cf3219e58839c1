"""Names of two bodies one after another with no comma, as two cells of a table printed one cell per
line run together ("Bộ Công Thương" / "Bộ Nội vụ,"). Invented texts of the general form."""

from tracker.importer.names import find_mentions


def test_a_ministry_named_on_the_line_after_another_is_a_name_of_its_own():
    # two cells of a table, one line after another, read as one run of words: the lead, then the first helper
    assert [m.name for m in find_mentions("Bộ Công Thương Bộ Nội vụ,")] == ["Bộ Công Thương", "Bộ Nội vụ"]
    assert [m.name for m in find_mentions("Sở Xây dựng Sở Tài chính")] == ["Sở Xây dựng", "Sở Tài chính"]
    # a name whose own words hold "Bộ" in lower case goes on
    assert [m.name for m in find_mentions("Bộ Chỉ huy Bộ đội Biên phòng tỉnh")] == ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh"]
