"""The Prime Minister's telegrams name the central group by its heads ("Bộ trưởng, Thủ trưởng cơ quan
ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ") and close with the Government Office's follow-up and
its periodic report. Invented texts of the general form."""

from tracker.importer.names import find_mentions
from tracker.importer.parser import parse_text


def _tasks(text):
    return [(t.clause, t.lead_agency, t.due_on, t.recurrence) for t in parse_text(text).tasks]


TELEGRAM = """THỦ TƯỚNG CHÍNH PHỦ
Số: 301/CĐ-TTg
Hà Nội, ngày 05 tháng 3 năm 2026
CÔNG ĐIỆN
Về tăng cường phòng, chống rét cho cây trồng vụ Xuân
THỦ TƯỚNG CHÍNH PHỦ điện:
- Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ;
- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.
Để giữ ổn định sản xuất vụ Xuân, Thủ tướng Chính phủ yêu cầu Bộ trưởng, Thủ trưởng cơ quan ngang bộ,
Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương
thực hiện các việc sau:
1. Rà soát diện tích lúa mới cấy, chuẩn bị đủ giống dự phòng để cấy bù.
2. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ hướng dẫn cơ sở che phủ mạ trong những ngày rét.
3. Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện Công điện này. Báo cáo Thủ tướng Chính phủ kết quả trước ngày 25 hằng tháng.
Nơi nhận:
- Như trên;
- Lưu: VT.
THỦ TƯỚNG
Nguyễn Văn An
"""


def test_the_central_group_named_by_its_heads_is_the_ministries_and_agencies():
    for written in ("Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ chỉ đạo",
                    "Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ chỉ đạo"):
        first = find_mentions(written)[0]
        assert first.group and first.kind == "central" and first.name.startswith("Các bộ, cơ quan ngang bộ")


def test_the_central_group_includes_the_agencies_of_the_government():
    first = find_mentions("Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ rà soát quy định.")[0]
    assert first.name == "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"


def test_clauses_with_no_subject_fall_to_the_heads_the_telegram_asks():
    tasks = _tasks(TELEGRAM)
    assert ("1", "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", None, None) in tasks
    assert ("1", "Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương", None, None) in tasks
    assert ("2", "Các bộ, cơ quan ngang bộ", None, None) in tasks


def test_a_periodic_report_after_untimed_follow_up_is_a_task_of_its_own():
    tasks = [t for t in _tasks(TELEGRAM) if t[1] == "Văn phòng Chính phủ"]
    assert tasks == [("3", "Văn phòng Chính phủ", None, None),
                     ("3 ý 2", "Văn phòng Chính phủ", None, "FREQ=MONTHLY;BYMONTHDAY=25")]


def test_the_agencies_of_the_government_may_be_written_as_directly_under_it():
    first = find_mentions("Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan trực thuộc Chính phủ báo cáo.")[0]
    assert first.name == "Các bộ, cơ quan ngang bộ, cơ quan trực thuộc Chính phủ"


def test_a_clause_that_asks_a_person_does_not_fall_to_the_addressees():
    text = TELEGRAM.replace("3. Văn phòng Chính phủ", "3. Giao Phó Thủ tướng phụ trách nông nghiệp chỉ đạo, kiểm tra việc "
                            "thực hiện Công điện này.\n4. Văn phòng Chính phủ")
    assert not [t for t in _tasks(text) if t[0] == "3"]


LETTER = """BAN CHỈ ĐẠO
Số: 45/BCĐ
Hà Nội, ngày 10 tháng 3 năm 2026
Kính gửi: Các bộ, cơ quan ngang bộ.
Ban Chỉ đạo đề nghị các bộ, cơ quan ngang bộ thực hiện:
1. Đối với các thủ tục còn vướng (danh sách theo Báo cáo số 12/BC-BNV của Bộ Nội vụ), các bộ, cơ quan ngang bộ khẩn trương rà soát, sửa đổi. Thời hạn hoàn thành: trước ngày 30/4/2026.
2. Về dữ liệu dùng chung, yêu cầu các Bộ: Tài chính; Y tế; Tư pháp hoàn thành kết nối trước ngày 15/5/2026.
Nơi nhận:
- Như trên;
- Lưu: VT.
TRƯỞNG BAN
Trần Văn Bình
"""


def test_a_body_cited_in_brackets_of_an_opening_phrase_is_not_the_subject():
    assert ("1", "Các bộ, cơ quan ngang bộ", __import__("datetime").date(2026, 4, 30), None) in _tasks(LETTER)


def test_a_labelled_deadline_sentence_is_the_time_of_the_work_before_it():
    assert [t[0] for t in _tasks(LETTER) if t[0].startswith("1")] == ["1"]


def test_ministries_listed_after_a_colon_may_be_parted_by_semicolons():
    leads = [t[1] for t in _tasks(LETTER) if t[0] == "2"]
    assert leads == ["Bộ Tài chính", "Bộ Y tế", "Bộ Tư pháp"]


def test_ministries_and_state_groups_listed_after_a_colon_are_each_a_body():
    names = [m.name for m in find_mentions("Các Bộ, cơ quan: Tài chính, Ngoại giao, Tập đoàn Dầu khí Việt Nam báo cáo.")]
    assert names == ["Bộ Tài chính", "Bộ Ngoại giao", "Tập đoàn Dầu khí Việt Nam"]


def test_provinces_listed_after_the_group_are_each_a_committee_cities_as_cities():
    names = [m.name for m in find_mentions(
        "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương: Yên Bái, Cần Thơ chủ động ứng phó.")]
    assert names == ["Ủy ban nhân dân tỉnh Yên Bái", "Ủy ban nhân dân thành phố Cần Thơ"]


def test_bodies_after_phoi_hop_in_an_opening_phrase_only_help():
    text = TELEGRAM.replace("2. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ hướng dẫn",
                            "2. Bộ Nông nghiệp và Môi trường:\na) Phối hợp với Đài truyền hình Việt Nam, Văn phòng Chính phủ xây "
                            "dựng chương trình hướng dẫn")
    assert {t[1] for t in _tasks(text) if t[0].startswith("2")} == {"Bộ Nông nghiệp và Môi trường"}


DIRECTING_TELEGRAM = """THỦ TƯỚNG CHÍNH PHỦ
Số: 412/CĐ-TTg
Hà Nội, ngày 18 tháng 6 năm 2026
CÔNG ĐIỆN
Về việc phòng, chống dịch tả lợn châu Phi
THỦ TƯỚNG CHÍNH PHỦ điện:
- Bộ trưởng các Bộ: Nông nghiệp và Môi trường, Tài chính;
- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.
1. Bộ trưởng Bộ Nông nghiệp và Môi trường chỉ đạo Sở Nông nghiệp và Môi trường các tỉnh giám sát chặt chẽ ổ dịch,
báo cáo trước ngày 30 tháng 6 năm 2026.
2. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố chỉ đạo Ủy ban nhân dân cấp xã, các sở, ngành liên quan tiêu hủy
lợn bệnh, khử trùng chuồng trại.
3. Giao Bộ Tài chính chỉ đạo Sở Tài chính các địa phương hướng dẫn thanh toán kinh phí hỗ trợ.
Nơi nhận:
- Như trên;
- Lưu: VT.
THỦ TƯỚNG
Nguyễn Văn An
"""


def _leads_and_partners(text):
    return [(t.clause, t.lead_agency, t.cooperating_agencies) for t in parse_text(text).tasks]


def test_an_addressee_the_prime_minister_tells_to_direct_its_subordinates_leads():
    assert _leads_and_partners(DIRECTING_TELEGRAM) == [
        ("1", "Bộ Nông nghiệp và Môi trường", []),
        ("2", "Ủy ban nhân dân tỉnh, thành phố", []),
        ("3", "Bộ Tài chính", [])]


def test_a_government_resolution_s_directing_province_leads_but_a_ministry_s_hands_its_work_on():
    body = ("Điều 2. Tổ chức thực hiện\n1. Ủy ban nhân dân tỉnh Lào Cai chỉ đạo Sở Xây dựng lập quy hoạch chi tiết "
            "khu kinh tế cửa khẩu.\n")
    resolution = "CHÍNH PHỦ\nSố: 77/NQ-CP\nNGHỊ QUYẾT\nVề khu kinh tế cửa khẩu\n" + body
    decision = "BỘ XÂY DỰNG\nSố: 77/QĐ-BXD\nQUYẾT ĐỊNH\nVề khu kinh tế cửa khẩu\n" + body
    assert [t.lead_agency for t in parse_text(resolution).tasks] == ["Ủy ban nhân dân tỉnh Lào Cai"]
    # A ministry is no higher than the province: its text reads the department the province directs as asked.
    assert [t.lead_agency for t in parse_text(decision).tasks] == ["Sở Xây dựng"]
