"""The press's reports of an instruction, each with an invented page: the speaker and its document
report the instruction, the bodies named after the request act; a commune's own bodies; the
government and the Party named by their heads or in general words."""

from datetime import date


def _tasks(text):
    from tracker.importer.parser import parse_text

    return [(t.clause, t.lead_agency, t.cooperating_agencies, t.due_on) for t in parse_text(text).tasks]


def _subjects(sentence):
    from tracker.importer.segment_subjects import own_subjects

    return [m.name for m in own_subjects(sentence)[0]]


def test_the_head_of_a_committee_named_with_his_own_name_is_not_part_of_the_place():
    from tracker.importer.names import find_mentions

    names = [m.name for m in find_mentions("Sáng 3-4, Phó Chủ tịch UBND tỉnh Bình Phước Trần Văn Lộc ký quyết định.")]
    assert names == ["Ủy ban nhân dân tỉnh Bình Phước"]
    # without a holder's post before it, a surname-like word inside a place stays in the place
    names = [m.name for m in find_mentions("UBND huyện Phú Lương Lê triển khai.")]
    assert names == ["Ủy ban nhân dân huyện Phú Lương Lê"]


def test_the_bodies_after_a_reported_document_s_request_are_the_subjects():
    sentence = ("Chiều 12-5, Chủ tịch UBND tỉnh Nam Định Phạm Đình Nghị đã ký công điện khẩn yêu cầu "
                "Sở Y tế, Công an tỉnh khẩn trương kiểm tra các cơ sở.")
    assert _subjects(sentence) == ["Sở Y tế", "Công an tỉnh"]
    sentence = "UBND tỉnh Bắc Ninh vừa ban hành văn bản số 812/UBND-NN chỉ đạo, Sở Công Thương rà soát các chợ."
    assert _subjects(sentence) == ["Sở Công Thương"]
    # "về việc …, trong đó yêu cầu": the instruction after the document's title
    sentence = ("UBND tỉnh Hà Nam vừa có công văn về việc phòng chống dịch, trong đó yêu cầu "
                "Sở Giáo dục và Đào tạo tăng cường kiểm tra.")
    assert _subjects(sentence) == ["Sở Giáo dục và Đào tạo"]


def test_a_document_cited_with_its_date_or_its_title_is_recounted_not_reported():
    # a directive recounts its own earlier letter: the speaker, not those it asked then
    sentence = "Bộ Tài chính đã có Văn bản số 901/BTC-NSNN ngày 15/4/2025 đề nghị các Bộ, ngành báo cáo."
    assert _subjects(sentence) == ["Bộ Tài chính"]
    sentence = "Ngày 2/3, UBND tỉnh đã ban hành văn bản số 77/UBND-VX về việc giao Sở Y tế thẩm định hồ sơ."
    assert "Sở Y tế" not in _subjects(sentence)


def test_a_speaker_that_reports_its_instruction_mid_sentence_gives_the_work_to_those_it_directs():
    page = ("Ảnh: mưa lớn tại xã Mỹ Hòa (Bình Định) Trước tình hình đó, Chủ tịch UBND tỉnh đã ban hành văn bản "
            "hỏa tốc, chỉ đạo Sở Xây dựng và Sở Giao thông vận tải khẩn trương kiểm tra các tuyến đường.\n")
    assert [t[1] for t in _tasks(page)] == ["Sở Xây dựng", "Sở Giao thông vận tải"]


def test_the_speaker_asking_again_adds_to_the_work_and_its_deadline():
    page = ("Xử lý khai thác cát trái phép ở Hàm Tân\n"
            "UBND tỉnh Bình Thuận vừa ban hành văn bản số 402/UBND-KT chỉ đạo, UBND huyện Hàm Tân phối hợp "
            "Sở Tài nguyên và Môi trường kiểm tra việc khai thác cát. UBND tỉnh cũng yêu cầu xử lý nghiêm các "
            "vi phạm và báo cáo kết quả trước ngày 15/5/2022.\n")
    assert _tasks(page) == [("1", "Ủy ban nhân dân huyện Hàm Tân", ["Sở Tài nguyên và Môi trường"], date(2022, 5, 15))]


def test_local_government_named_in_a_list_or_after_phoi_hop_is_a_group():
    page = ("Gia Lai khẩn trương kiểm tra hồ chứa sau mưa lớn\nTrước tình hình đó, Chủ tịch UBND tỉnh đã ban hành công văn khẩn, chỉ đạo các sở, ngành và chính quyền "
            "các địa phương kiểm tra các hồ chứa.\nSở Công Thương phối hợp chính quyền địa phương giám sát các "
            "thủy điện.\n")
    tasks = _tasks(page)
    assert ("1", "Chính quyền các địa phương", [], None) in tasks
    assert ("2", "Sở Công Thương", ["Chính quyền địa phương"], None) in tasks
    # the model of government, or a statement about government in general, names no body
    assert _subjects("Chính quyền địa phương phải gần dân, vì dân.") == []
    assert "Chính quyền địa phương" not in _subjects("Sở Nội vụ vận hành chính quyền địa phương 02 cấp.")


def test_the_parts_of_the_political_system_after_the_party_committees_are_each_a_subject():
    sentence = ("Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy đảng, chính quyền, Mặt trận và các đoàn thể "
                "tổ chức tốt Tết Nguyên đán.")
    assert _subjects(sentence) == ["Các cấp ủy đảng", "Chính quyền các cấp", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
                                   "Các đoàn thể"]


def test_a_last_item_cut_after_a_few_words_is_no_task():
    page = ("Tỉnh ủy yêu cầu các cấp ủy đảng thực hiện các nhiệm vụ sau:\n"
            "1. Tổ chức học tập, quán triệt Nghị quyết trong tháng 3/2026.\n"
            "2. Phát huy vai trò nêu gương của\n")
    assert [t[0] for t in _tasks(page)] == ["1"]
    # a cut item that still says what to do is kept
    page = page.replace("2. Phát huy vai trò nêu gương của", "2. Rà soát, bổ sung quy hoạch cán bộ các cấp, hoàn thiện hồ sơ nhân sự của các chi")
    assert [t[0] for t in _tasks(page)] == ["1", "2"]


def test_a_commune_s_own_bodies_are_named_with_the_commune():
    page = ("Phường An Phú chủ động ứng phó triều cường\n"
            "Trước diễn biến của triều cường, Thường trực Đảng ủy phường An Phú yêu cầu:\n"
            "1. Các cấp ủy, chính quyền, Mặt trận và đoàn thể: kiểm tra các tuyến đê bao.\n"
            "2. UBND phường: chuẩn bị phương tiện, vật tư ứng phó.\n")
    tasks = [(t[0], t[1]) for t in _tasks(page)]
    assert ("1", "Ủy ban nhân dân phường An Phú") in tasks
    assert ("1", "Ủy ban Mặt trận Tổ quốc Việt Nam phường An Phú") in tasks
    assert ("1", "Các đoàn thể") in tasks
    assert ("2", "Ủy ban nhân dân phường An Phú") in tasks


LETTER_HEADER = ("BỘ Y TẾ\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
                 "Số: 321/BYT-KCB\nV/v {subject}\n\nHà Nội, ngày 10 tháng 3 năm 2022\n\n"
                 "Kính gửi: {recipients}\n\n")


def test_the_items_of_a_bare_tasks_title_are_the_addressees_of_the_introduction():
    page = LETTER_HEADER.format(subject="hướng dẫn công tác khám chữa bệnh năm 2022", recipients="Các Sở Y tế.") + (
        "Để bảo đảm chất lượng khám chữa bệnh năm 2022, Bộ Y tế đề nghị các Sở Y tế chỉ đạo, tổ chức thực hiện "
        "các nội dung sau:\n\n"
        "I. NHIỆM VỤ TRỌNG TÂM\n\n"
        "1. Rà soát danh mục kỹ thuật của các bệnh viện tuyến tỉnh, bổ sung kỹ thuật mới.\n\n"
        "2. Củng cố mạng lưới cấp cứu ngoại viện, bảo đảm xe cứu thương trực 24/24 giờ.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n")
    assert [(t[0], t[1]) for t in _tasks(page)] == [("I.1", "Sở Y tế"), ("I.2", "Sở Y tế")]
    # a title that names a part's own subject ("II. TRÁCH NHIỆM CỦA BỆNH VIỆN") is not bare: nothing inherited
    from tracker.importer.clauses import Clause
    from tracker.importer.inheritance import _bare_title

    assert _bare_title(Clause("I", "NHIỆM VỤ CỤ THỂ"))
    assert not _bare_title(Clause("II", "KẾT QUẢ ĐẠT ĐƯỢC"))


def test_recipients_addressed_by_their_head_s_post_alone_are_asked():
    page = LETTER_HEADER.format(subject="tiêm chủng mở rộng", recipients="Giám đốc Sở Y tế") + (
        "Về tiêm chủng mở rộng năm 2022, Bộ Y tế đề nghị các đồng chí Giám đốc Sở chỉ đạo các cơ sở y tế "
        "thực hiện một số nội dung sau:\n\n"
        "Tổ chức tiêm vắc xin sởi cho trẻ dưới 5 tuổi trước ngày 30/6/2022.\n\n"
        "Rà soát số trẻ chưa được tiêm đủ mũi, lập danh sách tiêm bù.\n\n"
        "Bộ Y tế thông báo để các Sở Y tế triển khai thực hiện./.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n")
    assert [(t[0], t[1]) for t in _tasks(page)] == [("1", "Sở Y tế"), ("2", "Sở Y tế")]
    from tracker.importer.addressees import addressed_by_post
    from tracker.importer.names import Mention

    aliases = {"quy uy ban": [Mention(0, 5, "Chủ tịch Ủy ban nhân dân huyện", "district", group=True)]}
    assert [m.name for m in addressed_by_post("dong chi chu tich uy ban chi dao cac xa", aliases)] == ["Ủy ban nhân dân huyện"]
    # a post with a body named after it is read by the names, not here
    assert addressed_by_post("giam doc so tai chinh chi dao", aliases) == []


def test_an_introduction_that_heads_bodies_over_plain_paragraphs_gives_each_body_one_task():
    page = ("UBND tỉnh chấn chỉnh công tác quản lý đất rừng\n\n"
            "Phó Chủ tịch UBND tỉnh yêu cầu: Các Sở: Tư pháp, Nội vụ; Công an tỉnh và UBND các huyện, thị xã "
            "theo chức năng nhiệm vụ:\n\n"
            "Tăng cường kiểm tra việc giao đất, cho thuê đất rừng, xử lý nghiêm các trường hợp lấn chiếm.\n\n"
            "Rà soát các dự án chậm triển khai, đề xuất thu hồi theo quy định.\n")
    tasks = [(t[0], t[1]) for t in _tasks(page)]
    assert tasks == [("1", "Sở Tư pháp"), ("1", "Sở Nội vụ"), ("1", "Công an tỉnh"),
                     ("1", "Ủy ban nhân dân huyện, thị xã")]
    from tracker.importer.titled_intro import titled_intro

    # a request with its work after the bodies is no heading: its paragraphs stay clauses of their own
    assert titled_intro("Sở Y tế đề nghị UBND các huyện chỉ đạo thực hiện các nội dung sau:") is None
    assert titled_intro("Chủ tịch UBND tỉnh giao: Sở Tài chính, Sở Xây dựng theo chức năng, nhiệm vụ được giao:")


def test_the_remit_after_a_heading_s_bodies_may_run_without_a_comma():
    from tracker.importer.clauses import Clause
    from tracker.importer.headings import agency_heading

    heading = agency_heading(Clause("2", "Sở Y tế, Sở Tài chính theo chức năng nhiệm vụ:"))
    assert [m.name for m in heading[0]] == ["Sở Y tế", "Sở Tài chính"]


def test_the_members_of_a_board_asked_as_such_are_the_board_or_a_steering_board_s_members():
    # Study 121: a steering board's members are the bodies sitting on it, each answering for its own field, as a
    # command board's are (rounds 77, 92, 93 and 100 wrote "Thành viên Ban Chỉ đạo …"; round 37 the board).
    assert _subjects("Đề nghị thành viên Ban Chỉ đạo Phòng chống dịch bệnh thị xã theo dõi địa bàn được phân công.") \
        == ["Thành viên Ban Chỉ đạo Phòng chống dịch bệnh thị xã"]
    assert _subjects("Các đồng chí Ủy viên Ban Thường vụ Huyện ủy kiểm tra các chi bộ.") == ["Ban Thường vụ Huyện ủy"]


def test_the_people_s_committees_of_the_localities_are_one_group():
    from tracker.importer.names import find_mentions

    mentions = find_mentions("Bộ Y tế, UBND các địa phương và các cơ quan liên quan phối hợp chặt chẽ.")
    assert [(m.name, m.group) for m in mentions if not m.catch_all] == [
        ("Bộ Y tế", False), ("Ủy ban nhân dân các địa phương", True)]


def test_a_team_named_by_its_work_is_a_body():
    from tracker.importer.names import find_mentions

    names = [(m.name, m.group) for m in find_mentions(
        "Giao Tổ kiểm tra liên ngành về an toàn thực phẩm dịp Tết tăng cường kiểm tra các chợ đầu mối.")]
    assert names == [("Tổ kiểm tra liên ngành về an toàn thực phẩm dịp Tết", False)]
    names = [(m.name, m.group) for m in find_mentions(
        "Các tổ giám sát cách ly y tế tại khu phố, ấp (do UBND phường thành lập) thường xuyên kiểm tra.")]
    assert ("Các tổ giám sát cách ly y tế tại khu phố, ấp", True) in names
    # checking done by a body, written in lower case with no "các", is no team
    assert not [m for m in find_mentions("Sở Công Thương lập tổ kiểm tra thị trường.") if m.name.startswith("Tổ")]


def test_a_connective_that_opens_with_cung_does_not_make_the_bodies_helpers():
    assert _subjects("Cùng với đó, giao Ban Quản lý Khu kinh tế tỉnh rà soát các dự án chậm tiến độ.") \
        == ["Ban Quản lý Khu kinh tế tỉnh"]
    from tracker.importer.segment_subjects import HELPING

    assert HELPING.match("cung voi so tai chinh")
    assert not HELPING.match("cung voi do, giao")


def test_bodies_whose_names_are_common_words_are_read_only_in_capitals():
    from tracker.importer.names import find_mentions

    names = [m.name for m in find_mentions(
        "Đề nghị Bộ đội Biên phòng tỉnh, Cảng vụ Hàng hải Nghệ An tăng cường tuần tra vùng biển.")]
    assert names == ["Bộ đội Biên phòng tỉnh", "Cảng vụ Hàng hải Nghệ An"]
    assert [m.name for m in find_mentions("Giao Thống kê tỉnh Lào Cai tổng hợp số liệu.")] == ["Thống kê tỉnh Lào Cai"]
    # the same words in lower case are soldiers and a count, no body; "Cục Thống kê tỉnh" is named whole
    assert not find_mentions("Huy động lực lượng bộ đội biên phòng, cập nhật số liệu thống kê tỉnh hằng tháng.")
    assert [m.name for m in find_mentions("Cục Thống kê tỉnh phối hợp")] == ["Cục Thống kê tỉnh"]
    assert {t[1] for t in _tasks("Chủ tịch UBND tỉnh Hà Tĩnh yêu cầu Sở Y tế, Bộ đội Biên phòng tỉnh khẩn "
                                 "trương kiểm tra các chốt kiểm dịch.")} == {"Sở Y tế", "Bộ đội Biên phòng tỉnh"}


def test_the_kind_of_place_after_a_group_of_committees_belongs_to_its_name():
    from tracker.importer.names import find_mentions

    mentions = find_mentions("Bộ Chỉ huy Quân sự tỉnh phối hợp với UBND các huyện biên giới tổ chức tuần tra.")
    assert [(m.name, m.group) for m in mentions] == [
        ("Bộ Chỉ huy Quân sự tỉnh", False), ("Ủy ban nhân dân huyện biên giới", True)]
    assert [m.name for m in find_mentions("UBND xã miền núi chủ động sơ tán dân.")] == ["Ủy ban nhân dân xã miền núi"]
    # a commune named so in capitals is a place of its own
    assert [m.name for m in find_mentions("UBND xã Biên Giới chủ động sơ tán dân.")] == ["Ủy ban nhân dân xã Biên Giới"]


def test_a_named_special_zone_after_a_group_of_communes_has_its_own_committee():
    from tracker.importer.names import find_mentions

    mentions = find_mentions("Yêu cầu UBND các xã ven biển, đặc khu Cồn Cỏ cấm tàu thuyền ra khơi.")
    assert [(m.name, m.group) for m in mentions] == [
        ("Ủy ban nhân dân xã ven biển", True), ("Ủy ban nhân dân đặc khu Cồn Cỏ", False)]
    # the special zones as one of the group's levels stay in the group
    mentions = find_mentions("UBND các xã, phường, đặc khu triển khai ngay.")
    assert [(m.name, m.group) for m in mentions] == [("Ủy ban nhân dân xã, phường, đặc khu", True)]


def test_the_secretary_and_the_chairman_of_the_communes_are_two_bodies():
    assert _subjects("Bí thư, Chủ tịch UBND các phường, xã chỉ đạo lực lượng tại chỗ ứng trực 24/24 giờ.") == [
        "Đảng ủy các phường, xã", "Ủy ban nhân dân phường, xã"]
    # the chairman alone heads the committee only
    assert _subjects("Chủ tịch UBND các phường, xã chỉ đạo lực lượng tại chỗ.") == ["Ủy ban nhân dân phường, xã"]
    # a reported request naming them, then other heads after ';', gives each body its task
    leads = [t[1] for t in _tasks(
        "Sáng 2-9, Chủ tịch UBND tỉnh Phú Thọ đã có công điện yêu cầu Bí thư và Chủ tịch UBND các xã, phường; "
        "Giám đốc các sở, ban, ngành khẩn trương kiểm tra các hồ chứa xung yếu.")]
    assert leads == ["Đảng ủy các xã, phường", "Ủy ban nhân dân xã, phường", "Các sở, ban, ngành"]


def test_a_holder_named_ho_after_the_committee_s_place_is_not_part_of_it():
    from tracker.importer.names import find_mentions

    names = [m.name for m in find_mentions("Chiều 5-6, Chủ tịch UBND tỉnh Kon Tum Hồ Minh Tâm ký văn bản.")]
    assert names == ["Ủy ban nhân dân tỉnh Kon Tum"]
    # the place's own first word stays the place's
    assert [m.name for m in find_mentions("Chủ tịch UBND phường Hồ Nam chỉ đạo.")] == ["Ủy ban nhân dân phường Hồ Nam"]


def test_a_place_whose_word_reads_like_a_surname_once_folded_stays_whole():
    from tracker.importer.names import find_mentions

    # "Nguyên" (of a place) folds as "Nguyễn" does; only the surname with its tone marks begins the holder's name.
    sentence = "Phó Chủ tịch UBND tỉnh Bình Nguyên Hoàng Minh Tâm ký văn bản."
    assert [m.name for m in find_mentions(sentence)] == ["Ủy ban nhân dân tỉnh Bình Nguyên"]


def test_the_province_s_military_commands_named_without_their_level_are_the_province_s():
    from tracker.importer.names import find_mentions

    assert [m.name for m in find_mentions("Theo đó, Bộ Chỉ huy Quân sự tăng cường tuần tra.")] == ["Bộ Chỉ huy Quân sự tỉnh"]
    names = [m.name for m in find_mentions("Bộ Chỉ huy Bộ đội biên phòng kiểm soát chặt đường mòn, lối mở.")]
    assert names == ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh"]


def test_the_speaker_named_with_the_holder_s_own_name_hands_the_work_to_those_it_directs():
    sentence = ("Trước diễn biến của mưa lớn, Chủ tịch UBND tỉnh Hòa Sơn Đặng Văn Khải đã chỉ đạo các sở, ngành "
                "khẩn trương rà soát các hồ chứa.")
    assert _subjects(sentence) == ["Các sở, ngành"]
    sentence = "Chủ tịch UBND tỉnh Hòa Sơn Lê Thị Hạnh yêu cầu Sở Y tế bảo đảm thuốc men cho vùng lũ."
    assert _subjects(sentence) == ["Sở Y tế"]
    # A place in capitals after a body's name is its own, not a holder's: the body directs its own units.
    sentence = "Ban Quản lý các khu công nghiệp Đông Hà chỉ đạo các doanh nghiệp tiết kiệm nước."
    assert _subjects(sentence) != ["Các doanh nghiệp"]


def test_a_request_joined_to_the_direction_still_names_who_acts():
    sentence = ("Theo đó, Chủ tịch UBND tỉnh chỉ đạo và giao trách nhiệm cho Chủ tịch UBND các xã, phường "
                "kiểm tra các điểm sạt lở.")
    assert _subjects(sentence) == ["Ủy ban nhân dân xã, phường"]


def test_a_district_party_committee_s_addressees_cells_front_and_unions():
    sentence = ("Ban Thường vụ Huyện ủy yêu cầu cấp ủy các chi bộ, đảng bộ trực thuộc, Mặt trận và các đoàn thể huyện "
                "tổ chức học tập chuyên đề.")
    assert _subjects(sentence) == ["Cấp ủy các chi bộ, đảng bộ trực thuộc", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện",
                                   "Các đoàn thể huyện"]
    from tracker.importer.names import find_mentions

    # the level is written once after both, joined by "và": the Front of a commune beside the commune's unions
    # (parted by a comma only, "Mặt trận, các đoàn thể xã" is one addressee: test_importer_local_bodies.py)
    names = [m.name for m in find_mentions("Mặt trận và các đoàn thể xã vận động nhân dân.")]
    assert names == ["Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Các đoàn thể xã"]


def test_a_count_before_the_communes_level_still_names_their_committees():
    from tracker.importer.names import find_mentions

    mentions = find_mentions("Sở Công Thương đề nghị UBND 96 xã, phường rà soát các chợ tạm.")
    assert [(m.name, m.group) for m in mentions][1:] == [("Ủy ban nhân dân xã, phường", True)]


def test_a_department_s_letter_to_its_schools_and_centres_names_them_as_groups():
    sentence = "Theo đó, Sở GD&ĐT yêu cầu các trường tiểu học, trung học cơ sở và các trung tâm GDNN-GDTX rà soát sĩ số."
    assert _subjects(sentence) == ["Các trường tiểu học, trung học cơ sở", "Các trung tâm GDNN-GDTX"]


def test_a_district_s_culture_office_and_centre_named_without_their_level():
    from tracker.importer.names import find_mentions

    names = [m.name for m in find_mentions("Phòng Văn hóa - Thông tin phối hợp Trung tâm Văn hóa, Thông tin và Thể thao treo băng rôn.")]
    assert names == ["Phòng Văn hóa và Thông tin", "Trung tâm Văn hóa - Thông tin và Thể thao"]
    # the province's department of culture, sport and tourism is another body
    assert [m.name for m in find_mentions("Phòng Văn hóa, Thông tin và Du lịch tổ chức lễ hội.")] != ["Phòng Văn hóa và Thông tin"]


def test_after_a_purpose_clause_the_body_named_after_its_comma_asks_and_its_addressees_act():
    sentence = ("Nhằm có số liệu phục vụ tổng kết Chương trình, đánh giá kết quả giai đoạn 2021-2024, Ủy ban Dân tộc "
                "đề nghị các bộ, ngành Trung ương và UBND các tỉnh, thành phố trực thuộc Trung ương gửi báo cáo.")
    assert _subjects(sentence) == ["Các bộ, ngành Trung ương", "Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương"]
    from tracker.importer.names import find_mentions

    # the Government's committee, not a province's Ban Dân tộc
    assert [m.name for m in find_mentions("Ủy ban Dân tộc hướng dẫn.")] == ["Ủy ban Dân tộc"]


def test_a_commune_s_hamlet_heads_addressed_together_are_one_group_without_the_honorific():
    text = (
        "ỦY BAN NHÂN DÂN XÃ HÒA BÌNH\nSố: 21/UBND\n\nKính gửi: Các bà thôn trưởng.\n\n"
        "Ủy ban nhân dân xã Hòa Bình đề nghị các bà thôn trưởng khẩn trương thực hiện một số việc sau:\n\n"
        "1. Lập danh sách hộ nghèo của thôn.\n\n2. Vận động nhân dân dọn vệ sinh đường làng.\n"
    )
    assert [(c, lead) for c, lead, _, _ in _tasks(text)] == [("1", "Các thôn trưởng"), ("2", "Các thôn trưởng")]
    assert [m.name for m in _subject_mentions("Trưởng các bản, tổ dân phố rà soát hộ nghèo.")] == ["Trưởng các bản, tổ dân phố"]


def _subject_mentions(sentence):
    from tracker.importer.names import find_mentions

    return find_mentions(sentence)


def test_a_commune_s_station_named_by_its_level_leads():
    text = (
        "THÔNG BÁO về việc phòng, chống sốt xuất huyết\n\n"
        "Ủy ban nhân dân xã Đông Hưng yêu cầu các đơn vị thực hiện tốt một số nội dung sau:\n\n"
        "1. Trạm Y tế xã phối hợp với các trường mầm non phun thuốc diệt muỗi tại các lớp học.\n\n"
        "2. Trạm Khuyến nông huyện Tiên Lữ hướng dẫn nông dân chăm sóc lúa.\n"
    )
    assert [(c, lead, coop) for c, lead, coop, _ in _tasks(text)] == [
        ("1", "Trạm Y tế xã", ["Các trường mầm non"]),
        ("2", "Trạm Khuyến nông huyện Tiên Lữ", []),
    ]


def test_localities_named_as_a_group_after_phoi_hop_cooperate():
    text = (
        "ỦY BAN NHÂN DÂN TỈNH HẬU GIANG\nSố: 77/UBND-KT\n\n"
        "1. Sở Công Thương chủ trì, phối hợp với các địa phương kiểm tra giá cả thị trường dịp Tết.\n"
    )
    assert [(lead, coop) for _, lead, coop, _ in _tasks(text)] == [("Sở Công Thương", ["Các địa phương"])]


def test_an_office_conveying_its_leader_s_words_is_the_report_s_speaker_not_a_lead():
    text = (
        "Đẩy mạnh cải cách hành chính\n\n"
        "Văn phòng UBND tỉnh vừa truyền đạt ý kiến chỉ đạo của Chủ tịch UBND tỉnh về cải cách hành chính.\n\n"
        "Văn phòng UBND tỉnh truyền đạt kết luận của đồng chí Phó Chủ tịch UBND tỉnh về cải cách hành chính.\n\n"
        "Theo đó, yêu cầu Sở Nội vụ chủ trì rà soát thủ tục hành chính.\n"
    )
    assert [lead for _, lead, _, _ in _tasks(text)] == ["Sở Nội vụ"]


def test_a_province_s_consent_after_chi_dao_and_a_colon_is_no_task():
    text = (
        "Học sinh được nghỉ học do rét đậm\n\n"
        "UBND tỉnh chỉ đạo: Đồng ý cho học sinh mầm non, tiểu học nghỉ học khi nhiệt độ dưới 10 độ C.\n\n"
        "Sở Giáo dục và Đào tạo hướng dẫn các trường bố trí học bù.\n"
    )
    assert [lead for _, lead, _, _ in _tasks(text)] == ["Sở Giáo dục và Đào tạo"]


def test_a_letter_sent_with_the_southern_spelling_asks_its_recipients():
    # "gởi" is the southern "gửi": the letter's recipients, listed under one plural "các Sở" and ending with the
    # districts named by their levels alone ("huyện, thị" for "huyện, thị xã"), are those asked.
    text = ("Phó Chủ tịch UBND tỉnh Lê Văn Khải vừa ký văn bản gởi các Sở Y tế, Tài chính và các huyện, thị, "
            "thành phố yêu cầu rà soát việc bố trí nhân viên y tế học đường trong các trường tiểu học.")
    leads = [lead for _, lead, _, _ in _tasks(text)]
    assert leads == ["Sở Y tế", "Sở Tài chính", "Ủy ban nhân dân các huyện, thị xã, thành phố"]


def test_citizens_asked_before_the_bodies_carry_no_task():
    # "đề nghị Nhân dân và yêu cầu …": the citizens' duty is none; the bodies of the joined request act.
    text = ("Chủ tịch UBND tỉnh đề nghị Nhân dân và yêu cầu các sở, ban, ngành và UBND các huyện, thành phố "
            "tiếp tục thực hiện các biện pháp phòng, chống bệnh sốt xuất huyết.")
    leads = [lead for _, lead, _, _ in _tasks(text)]
    assert leads == ["Các sở, ban, ngành", "Ủy ban nhân dân huyện, thành phố"]


def test_an_opening_on_what_the_request_waits_for_names_no_speaker():
    # The body awaited ("chờ Bộ Y tế ban hành …") is not the sentence's subject: those the speaker asks act.
    text = ("Trong thời gian chờ Bộ Y tế ban hành hướng dẫn mới về phòng bệnh, Chủ tịch UBND tỉnh đề nghị Nhân dân "
            "và yêu cầu Sở Y tế tiếp tục giám sát các ổ dịch trên địa bàn.")
    leads = [lead for _, lead, _, _ in _tasks(text)]
    assert leads == ["Sở Y tế"]
