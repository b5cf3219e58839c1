"""Round 82's readings, each on an invented text: a speaker who tells of his own letter ("cho biết ông vừa ký
văn bản yêu cầu …"), firms named by their legal form ("Công ty CP X", "Công ty TNHH MTV Y"), sub-committees, those who help a directed
lead, a continuing-education centre listed by its kind, the end of a school closure."""

from datetime import date


def _tasks(text):
    from tracker.importer.parser import parse_text

    return [(t.clause, t.lead_agency, t.cooperating_agencies, t.due_on) for t in parse_text(text).tasks]


def test_a_speaker_telling_of_his_own_letter_asks_those_it_names():
    tasks = _tasks("Phó Chủ tịch UBND tỉnh Thái Bình cho biết ông vừa ký văn bản yêu cầu "
                   "Công an tỉnh phối hợp với Sở GTVT bảo đảm trật tự tại cầu Tân Đệ.")
    assert [(lead, coop) for _, lead, coop, _ in tasks] == [("Công an tỉnh", ["Sở Giao thông vận tải"])]


def test_a_speaker_telling_of_her_own_letter_after_a_run_in_heading():
    # the page's sub-heading runs into the lead with no stop: the post in apposition still speaks
    tasks = _tasks("Sớm thông xe cầu La Tiến Bà Nguyễn Thị Lan, Phó Chủ tịch UBND tỉnh Hưng Yên, cho biết bà đã ký "
                   "văn bản yêu cầu Sở Xây dựng phối hợp với UBND huyện Kim Động khẩn trương hoàn thành cầu.")
    assert [lead for _, lead, _, _ in tasks] == ["Sở Xây dựng"]


def test_firms_named_by_their_legal_form_are_cooperating_bodies_written_out():
    tasks = _tasks("UBND tỉnh giao Sở Công Thương chủ trì, phối hợp với Công ty CP Vinaxuki, "
                   "Công ty TNHH MTV Hòa Phát 3 kiểm tra an toàn kho hàng.")
    assert tasks[0][1] == "Sở Công Thương"
    assert tasks[0][2] == ["Công ty Cổ phần Vinaxuki", "Công ty Trách nhiệm hữu hạn Một thành viên Hòa Phát 3"]


def test_those_who_help_the_body_a_lead_directs_to_lead_cooperate_in_the_lead_s_task():
    tasks = _tasks("Bộ Chỉ huy Quân sự tỉnh chỉ đạo Đồn Biên phòng Cửa Việt chủ trì phối hợp với Cảng vụ Hàng hải Quảng Trị, "
                   "UBND các xã ven biển kiểm đếm tàu thuyền.")
    assert [(lead, coop) for _, lead, coop, _ in tasks] == [
        ("Bộ Chỉ huy Quân sự tỉnh", ["Cảng vụ Hàng hải Quảng Trị", "Ủy ban nhân dân xã ven biển"])]
    # not a lower committee directed to lead with the directing level's own offices: subordinates told to help
    tasks = _tasks("UBND tỉnh giao UBND huyện Yên Sơn chỉ đạo UBND xã Thắng Quân chủ trì, phối hợp với phòng Tài nguyên "
                   "và Môi trường rà soát quy hoạch.")
    assert [(lead, coop) for _, lead, coop, _ in tasks] == [("Ủy ban nhân dân huyện Yên Sơn", [])]


def test_a_sub_committee_is_a_body_without_a_level():
    from tracker.importer.names import find_mentions

    names = [m.name for m in find_mentions("Giao Tiểu ban Hậu cần, Tiểu ban Tuyên truyền tổ chức lễ kỷ niệm.")]
    assert names == ["Tiểu ban Hậu cần", "Tiểu ban Tuyên truyền"]


def test_a_continuing_education_centre_listed_by_its_kind_is_one_centre_named_in_full():
    tasks = _tasks("Sở Giáo dục và Đào tạo yêu cầu các trường THPT, trung tâm GDTX và hướng nghiệp thực hiện nghiêm "
                   "việc dạy học trực tuyến.")
    assert [lead for _, lead, _, _ in tasks] == ["Các trường trung học phổ thông",
                                                 "Trung tâm Giáo dục thường xuyên và Hướng nghiệp"]


def test_the_end_of_a_school_closure_is_a_period_not_a_deadline():
    tasks = _tasks("Phòng GD&ĐT huyện Đầm Dơi yêu cầu các trường THCS thông báo cho học sinh tiếp tục nghỉ học đến hết "
                   "ngày 15/3/2020. Các trường THCS báo cáo kết quả trước ngày 05/3/2020.")
    assert [(lead, due) for _, lead, _, due in tasks] == [("Các trường trung học cơ sở", None),
                                                          ("Các trường trung học cơ sở", date(2020, 3, 5))]


def test_a_dated_report_without_a_comma_asks_the_election_committees_of_the_listed_levels():
    tasks = _tasks("Ngày 05/3/2021 Ủy ban bầu cử tỉnh Lai Châu ban hành công văn số 15/CV-UBBC yêu cầu Ban Chỉ đạo và "
                   "Ủy ban bầu cử các huyện, thành phố khẩn trương kiểm tra việc niêm yết danh sách cử tri.")
    assert [lead for _, lead, _, _ in tasks] == ["Ban Chỉ đạo bầu cử các huyện, thành phố",
                                                 "Ủy ban bầu cử các huyện, thành phố"]
