"""Teams a decision sets up several of, known by their number, each given its part (invented pages)."""


def _tasks(text):
    from tracker.importer.parser import parse_text

    return [(t.clause, t.lead_agency) for t in parse_text(text).tasks]


PAGE = (
    "Thành lập các đoàn kiểm tra an toàn thực phẩm dịp Tết\n\n"
    "UBND huyện Văn Yên vừa ban hành quyết định thành lập 4 đoàn kiểm tra an toàn thực phẩm dịp Tết.\n\n"
    "Đoàn 1 phụ trách các xã vùng cao phía Bắc, do bà Lê Thị Hoa - Phó Trưởng phòng Y tế làm trưởng đoàn.\n\n"
    "Đoàn số 2 kiểm tra các chợ và cơ sở kinh doanh tại trung tâm huyện.\n\n"
    "Đoàn 3 và đoàn 4 đảm nhiệm các xã phía Nam, trong đó đoàn 3 phụ trách 10 xã ven sông.\n\n"
    "Đoàn 4 do ông Phạm Văn Tâm làm trưởng đoàn, phụ trách 12 xã còn lại.\n"
)


def test_numbered_teams_are_the_leads_of_their_parts_in_one_clause():
    assert _tasks(PAGE) == [("1", "Đoàn 1"), ("1", "Đoàn số 2"), ("1", "Đoàn 3"), ("1", "Đoàn 4")]


def test_a_team_in_charge_of_places_has_its_name_end_before_the_verb():
    text = ("Kiểm tra an toàn thực phẩm dịp Tết\n\n"
            "UBND tỉnh Yên Bái vừa ban hành kế hoạch kiểm tra an toàn thực phẩm dịp Tết.\n\n"
            "Đoàn kiểm tra số 1 phụ trách các huyện phía Bắc của tỉnh.\n")
    assert _tasks(text) == [("1", "Đoàn kiểm tra số 1")]


def test_a_division_or_a_party_of_people_is_no_numbered_team():
    from tracker.importer.names import find_mentions
    from tracker.importer.text import fold

    # each guard on a sentence of its own, so that either one dropped fails
    for sentence in ("SƯ ĐOÀN 3 đến thăm.", "Đoàn 30 người của tỉnh bạn đến thăm."):
        names = [m.name for m in find_mentions(sentence)]
        assert not any(fold(name).startswith(("doan", "su doan")) for name in names), (sentence, names)
