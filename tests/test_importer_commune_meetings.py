"""Study 94: communes, wards and hamlets of both eras (rounds 78, 79 and 81's misses): a commune speaking by its
level alone, a speaker named after the matter of a meeting, the heads of hamlets, groups and schools listed as
the bodies they head, the Front of a commune, a photo caption between two paragraphs. Every text here is invented."""

from tracker.importer.names import find_mentions
from tracker.importer.parser import parse_text


def _tasks(text: str) -> list[tuple[str, str]]:
    return [(task.clause, task.lead_agency) for task in parse_text(text).tasks]


def test_a_ward_named_by_its_level_alone_asks_its_residential_quarters():
    page = ("Ngày 12-3, UBND phường Hòa Lạc tổ chức hội nghị sơ kết quý I.\n\n"
            "Phường cũng yêu cầu các khu phố rà soát các điểm ngập nước và báo cáo trước ngày 30-4-2026.\n")
    assert _tasks(page) == [("1", "Các khu phố")]


def test_a_commune_named_by_its_level_alone_asks_its_boards_and_unions():
    tasks = _tasks("Xã đề nghị các ban, ngành, đoàn thể phối hợp tuyên truyền lịch gieo cấy vụ Xuân.")
    assert tasks == [("1", "Các ban, ngành, đoàn thể")]


def test_a_weekly_general_clean_up_is_a_weekly_duty():
    task = parse_text("UBND phường yêu cầu các tổ dân phố tổ chức tổng vệ sinh hằng tuần tại các tuyến hẻm.").tasks[0]
    assert (task.lead_agency, task.recurrence) == ("Các tổ dân phố", "FREQ=WEEKLY")


def test_a_speaker_named_after_the_matter_of_the_meeting_asks_the_commune_police():
    page = ("Tại buổi làm việc, về việc rà soát hộ nghèo, hộ cận nghèo, cấp thẻ bảo hiểm y tế cho người dân năm 2026, "
            "đồng chí Lê Minh Khang đã yêu cầu Công an xã cung cấp danh sách nhân khẩu cho Trưởng các ấp "
            "trước ngày 15/02/2026.\n")
    assert _tasks(page) == [("1", "Công an xã")]
    # Not a request made before the commas, by another: those it asks stay the ones who act.
    page = "UBND tỉnh yêu cầu Sở Y tế, ông Trần Văn Lộc, Giám đốc Sở, đề nghị các bệnh viện chuẩn bị thuốc.\n"
    assert ("1", "Sở Y tế") in _tasks(page)


def test_the_heads_of_hamlets_groups_and_schools_are_the_bodies_they_head():
    page = ("Trưởng ấp, tổ trưởng TDP, Hiệu trưởng các trường học, trưởng các đơn vị,đoàn thể chịu trách nhiệm "
            "huy động lực lượng phát quang bụi rậm.\n")
    assert _tasks(page) == [("1", "Các ấp"), ("1", "Các tổ dân phố"), ("1", "Các trường học"), ("1", "Các đơn vị, đoàn thể")]


def test_a_hamlet_head_alone_in_a_commune_notice_stays_the_one_head():
    assert _tasks("Trưởng xóm nhắc nhở các hộ gia đình treo cờ Tổ quốc.") == [("1", "Trưởng xóm")]


def test_a_caption_on_its_own_line_does_not_join_the_paragraph_after_it():
    page = ("Đồng chí Phạm Văn Hưng yêu cầu Công an xã hoàn thành cập nhật dữ liệu dân cư trước ngày 20/3/2026.\n\n"
            "Ảnh minh họa\n"
            "Trưởng thôn, Ban công tác Mặt trận các thôn chịu trách nhiệm niêm yết danh sách cử tri trước ngày 25/3/2026.\n")
    assert _tasks(page) == [("1", "Công an xã"), ("2", "Các thôn"), ("2", "Ban công tác Mặt trận các thôn")]


def test_an_aside_on_what_came_before_does_not_end_the_page_when_bodies_act_after_it():
    page = ("Nhằm phòng bệnh sau mưa lũ, Ủy ban nhân dân xã đề nghị các cơ quan, đơn vị và Ban nhân dân các thôn ra quân "
            "thu gom rác thải. Đồng loạt vào sáng ngày 7/9/2025 (Chủ nhật).\n\n"
            "Trước đó, Ban nhân dân thôn đã phối hợp với các đoàn thể dọn dẹp khu dân cư sau mưa lớn.\n"
            "Trạm Y tế xã hướng dẫn người dân xử lý nguồn nước sinh hoạt.\n")
    assert _tasks(page) == [("1", "Các cơ quan, đơn vị"), ("1", "Ban nhân dân các thôn"), ("2", "Trạm Y tế xã")]


def test_the_front_written_without_its_level_beside_a_communes_unions_is_the_communes():
    names = [m.name for m in find_mentions("UBND phường đề nghị UBMTTQVN và các tổ chức chính trị - xã hội phường "
                                           "vận động đoàn viên, hội viên hưởng ứng.")]
    assert names[1:] == ["Ủy ban Mặt trận Tổ quốc Việt Nam phường", "Các tổ chức chính trị - xã hội phường"]
    # "tại địa phương" names no level: the Front's bare name is read as ever.
    names = [m.name for m in find_mentions("Đề nghị Ủy ban MTTQ và các đoàn thể nhân dân tại địa phương vận động.")]
    assert names[0] == "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"


def test_a_caption_of_a_leader_speaking_at_the_meeting_is_no_task():
    page = ("Phát biểu tại hội nghị, đồng chí Hồ Văn Tài, Bí thư Đảng ủy xã yêu cầu các chi bộ tập trung tuyên truyền "
            "cuộc bầu cử.\n\nBí thư Đảng ủy xã Hồ Văn Tài phát biểu chỉ đạo hội nghị\n")
    assert _tasks(page) == [("1", "Các chi bộ")]


def test_the_cac_of_a_list_is_read_over_the_hamlets_after_va():
    page = ("Sáng 5/11/2025, tại Hội trường xã, Ban Thường vụ Đảng ủy xã Nam Hưng tổ chức Hội nghị giao ban nhằm đánh giá "
            "kết quả tháng 10 và triển khai nhiệm vụ tháng 11 năm 2025.\n\n"
            "Phát biểu tại Hội nghị, đồng chí Đỗ Văn Nam – Phó Bí thư Đảng ủy, Chủ tịch UBND xã đề nghị các cơ quan, "
            "đơn vị và ấp, khóm khẩn trương rà soát hộ nghèo.\n")
    assert _tasks(page) == [("1", "Các cơ quan, đơn vị"), ("1", "Các ấp, khóm")]


def test_a_levels_agencies_and_branches_after_cung_help_the_commune_asked():
    task = parse_text("Đồng chí Bí thư Huyện ủy yêu cầu lãnh đạo UBND xã Ea Tân cùng các cơ quan, ban ngành tập trung "
                      "giải phóng mặt bằng các công trình nông thôn mới trong năm 2025.").tasks
    assert [(t.lead_agency, t.cooperating_agencies) for t in task] == [("Ủy ban nhân dân xã Ea Tân", ["Các cơ quan, ban ngành"])]
    assert task[0].summary.startswith("Tập trung giải phóng mặt bằng")


def test_the_communes_own_committee_directing_its_office_hands_it_the_work():
    page = ("Thực hiện Kế hoạch của Đảng ủy, UBND xã Quỳnh Lâm về tổ chức Đại hội Đảng bộ xã, xã Quỳnh Lâm đã triển khai "
            "nhiều hoạt động tuyên truyền.\n\n"
            "Từ đầu tháng 9, UBND xã chỉ đạo Phòng Văn hóa - Xã hội phối hợp các xóm treo cờ Tổ quốc, băng rôn, khẩu hiệu.\n")
    tasks = parse_text(page).tasks
    assert [(t.clause, t.lead_agency, t.cooperating_agencies) for t in tasks] == [("1", "Phòng Văn hóa - Xã hội", ["Các xóm"])]
    # Every commune's committee, by its level ("UBND cấp xã"), keeps the work it has its own units do.
    tasks = _tasks("UBND cấp xã chỉ đạo Ban Chỉ huy quân sự chốt danh sách giao quân trước ngày 20/01/2026.")
    assert tasks == [("1", "Ủy ban nhân dân cấp xã")]


def test_a_visiting_party_its_head_and_its_purpose_are_no_clause_those_it_asks_are():
    # Study 120: "Nhằm … chỉ đạo …" gives the visit's purpose, "do … làm trưởng đoàn" who headed it; the party's
    # request ("đoàn cũng đề nghị …") and the duty of the hamlets after it are the page's clauses 1 and 2.
    page = ("Nhằm nắm chắc tình hình và chỉ đạo công tác bầu cử ở cơ sở, sáng 02/3/2026, đoàn công tác của xã đã "
            "đi kiểm tra các khu vực bỏ phiếu.\n\n"
            "Đoàn do Bí thư Đảng ủy, Chủ tịch UBND xã Trần Văn Hòa làm trưởng đoàn; cùng đi có lãnh đạo Phòng Kinh tế.\n\n"
            "Qua kiểm tra, đoàn cũng đề nghị các tổ bầu cử hoàn thiện việc trang trí khu vực bỏ phiếu.\n\n"
            "Bên cạnh đó, các thôn cần bảo đảm an ninh trật tự tại các khu vực bỏ phiếu.\n")
    assert _tasks(page) == [("1", "Các tổ bầu cử"), ("2", "Các thôn")]


def test_the_speakers_second_request_after_a_full_stop_is_a_clause_of_its_own():
    # Study 120: the speaker first tells some bodies what they must do, then, called by the address alone, asks others.
    page = ("Phát biểu kết luận, đồng chí Hoàng Văn Sơn – Chủ tịch UBND xã nhấn mạnh: thời gian còn lại không nhiều, "
            "vì vậy Công an xã cần tăng cường tuần tra tại các điểm bỏ phiếu. Đồng chí yêu cầu các tổ bầu cử "
            "kiểm tra lại hòm phiếu, con dấu trước ngày bầu cử.\n")
    # What the first sentences stressed is clause 1 (its doer, inside the speaker's statement, is not read yet).
    assert ("2", "Các tổ bầu cử") in _tasks(page)
    assert ("1", "Các tổ bầu cử") not in _tasks(page)
