"""Bodies a district or a commune names when it assigns work (study 50): invented sentences."""

from tracker.importer.names import find_mentions
from tracker.importer.parser import parse_text
from tracker.importer.subjects import leading_subjects


def _names(text):
    return [m.name for m in find_mentions(text)]


def _leads(text):
    return [t.lead_agency for t in parse_text(text).tasks]


def test_standing_body_of_a_board_is_one_body_up_to_its_level():
    text = "Giao cơ quan Thường trực Ban Chỉ đạo phòng chống thiên tai huyện tổng hợp tình hình thiệt hại."
    assert "Cơ quan Thường trực Ban Chỉ đạo phòng chống thiên tai huyện" in _names(text)


def test_standing_body_of_a_board_with_no_level_is_not_read():
    text = "Bộ Công Thương - Cơ quan Thường trực Ban Chỉ đạo 389 theo dõi, đôn đốc."
    assert not any(n.startswith("Cơ quan Thường trực") for n in _names(text))


def test_standing_body_leads_among_other_subjects():
    text = ("Chủ tịch UBND huyện yêu cầu cơ quan Thường trực Ban An toàn giao thông huyện và UBND các xã "
            "tổ chức kiểm tra các tuyến đường trong dịp Tết.")
    assert "Cơ quan Thường trực Ban An toàn giao thông huyện" in _leads(text)


def test_members_of_an_unnamed_steering_committee_are_one_group():
    mentions = [m for m in find_mentions("Các thành viên ban chỉ đạo và UBND các xã tập trung thu nợ thuế.")
                if m.name.lower().endswith("ban chỉ đạo")]
    assert mentions and mentions[0].group


def test_members_of_a_named_board_or_of_the_boards_own_plan_are_no_group():
    assert not any("thành viên" in n.lower() for n in _names("Đề nghị thành viên Ban Chỉ đạo Dân số huyện theo dõi."))
    assert not any("thành viên" in n.lower() for n in _names("Trưởng ban phân công cho các thành viên ban chỉ đạo phụ trách địa bàn."))
    assert not any("thành viên" in n.lower() for n in _names("2. Nhiệm vụ của thành viên Ban Chỉ đạo\n"))


def test_hamlet_heads_addressed_as_comrades_are_a_group():
    text = "Đề nghị các đồng chí Trưởng ấp vận động nhân dân tham gia dọn vệ sinh."
    found = [m for m in find_mentions(text) if m.name == "Trưởng các ấp"]
    assert found and found[0].group


def test_broadcasting_station_by_its_level():
    assert "Đài truyền thanh phường" in _names("Đài truyền thanh phường phát tin về lịch tiêm chủng.")
    assert "Đài Truyền thanh - Truyền hình huyện" in _names("Giao Đài Truyền thanh - Truyền hình huyện đưa tin.")
    assert not any(n.lower().startswith("đài") for n in _names("phát trên đài truyền thanh xã hằng ngày"))


def test_announcing_so_that_the_people_know_is_the_work_not_a_sign_off():
    text = "Đề nghị Đài truyền thanh phường, các đồng chí Trưởng khu phố thông báo để toàn thể nhân dân biết thực hiện./."
    assert _leads(text) == ["Đài truyền thanh phường", "Trưởng các khu phố"]


def test_lower_case_clinics_beside_schools_are_every_clinic():
    subjects, _ = leading_subjects("Các cơ quan, trường học, trạm y tế trên địa bàn treo cờ Tổ quốc.")
    assert "Các trạm y tế" in [m.name for m in subjects]
    subjects, _ = leading_subjects("Công an, Quân sự, Trạm Y tế xã trực 24/24.")
    assert "Các trạm y tế" not in [m.name for m in subjects]


def test_a_manner_word_before_the_verb_keeps_the_general_words_a_group():
    text = "Các cơ quan, đơn vị, trường học thường xuyên tổ chức làm cỏ, trồng hoa."
    assert "Các cơ quan, đơn vị" in _leads(text)


def test_bodies_front_and_unions_of_a_level_addressed_through_their_heads():
    text = "Thủ trưởng các cơ quan, ban, ngành, Mặt trận các hội đoàn thể xã tuyên truyền cho nhân dân."
    found = [m for m in find_mentions(text) if m.name.startswith("Các cơ quan, ban, ngành, Mặt trận")]
    assert found and found[0].group and found[0].name.endswith("đoàn thể xã")
    # Without the heads' title, in lower case, the words are running prose.
    assert not any(m.name.startswith("Các cơ quan, ban") for m in find_mentions("vận động các cơ quan, ban, ngành, Mặt trận xã"))


def test_heads_of_bodies_listed_after_another_body_are_those_bodies():
    text = "Yêu cầu Phòng Giáo dục huyện, Thủ trưởng các cơ quan, đơn vị và UBND các xã tổ chức diễn tập phòng cháy."
    assert "Các cơ quan, đơn vị" in _leads(text)


def test_members_of_a_board_named_by_its_level_take_the_field_the_page_names_once():
    # Study 114: the press names the board in full with its head, then by its level alone.
    text = ("Sáng 3/4, đồng chí Lê Văn Hùng, Phó Chủ tịch UBND quận, Trưởng Ban chỉ đạo phòng chống thiên tai đã giao "
            "nhiệm vụ cho các thành viên Ban chỉ đạo quận như sau:\n\n"
            "1. Giao nhiệm vụ cụ thể các thành viên Ban chỉ đạo quận có trách nhiệm kiểm tra các điểm ngập úng.")
    assert set(_leads(text)) == {"Thành viên Ban Chỉ đạo phòng chống thiên tai quận"}


def test_members_of_a_command_board_written_short_run_to_its_level():
    text = ("Chủ tịch UBND xã yêu cầu các thành viên BCH PCTT và tìm kiếm cứu nạn xã bám sát diễn biến "
            "của mưa lũ để kịp thời ứng phó.")
    assert "Thành viên Ban Chỉ huy Phòng, chống thiên tai và tìm kiếm cứu nạn xã" in _names(text)


def test_members_of_a_named_steering_board_asked_as_members_are_its_members_written_in_full():
    # Study 121: "các thành viên Ban Chỉ đạo CCHC tỉnh" are the bodies sitting on the board, its field written out.
    text = ("Sở Nội vụ đề nghị các thành viên Ban Chỉ đạo CCHC tỉnh rà soát thủ tục hành chính thuộc lĩnh vực "
            "được phân công và gửi kết quả về Sở Nội vụ trước ngày 20/5/2026.")
    assert _leads(text) == ["Thành viên Ban Chỉ đạo cải cách hành chính tỉnh"]


def test_a_board_named_with_its_field_written_short_is_written_out():
    assert "Ban Chỉ đạo cải cách hành chính huyện" in _names("Ban Chỉ đạo CCHC huyện họp định kỳ hằng quý.")
