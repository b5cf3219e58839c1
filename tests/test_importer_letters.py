"""Letters that give each addressee a numbered heading and bullets (round 11's study), each form
with an invented letter: a bullet ending in a web address, a heading wrapped after an abbreviation,
the heading's body named again in another order, and an annex that only lists bodies."""

from tracker.importer.parser import parse_text


def _tasks(text):
    return [(t.clause, t.lead_agency) for t in parse_text(text).tasks]


AGENCY_LETTER = """Kính gửi:
- Sở Tài chính;
- UBND các phường, xã.

Thực hiện chỉ đạo của Bộ Tài chính, UBND Thành phố yêu cầu các sở, ban, ngành, UBND các phường, xã
thực hiện một số nhiệm vụ như sau:

1. Sở
Tài chính:

- Chủ trì công khai số liệu thu ngân sách tại trang điện tử: https://taichinh.example.vn/.

- Hướng dẫn các phường, xã lập dự toán năm sau.

2. UBND
các xã, phường:

- Chủ tịch UBND các phường, xã chịu trách nhiệm toàn diện về việc thu ngân sách trên địa bàn.

- Rà soát các khoản thu còn tồn đọng.

UBND Thành phố yêu cầu các sở, UBND các phường, xã khẩn trương thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Bình

PHỤ LỤC

DANH SÁCH CÁC ĐƠN VỊ THU NGÂN SÁCH

(kèm theo văn bản số: /UBND-TC ngày tháng năm 2025 của UBND Thành phố)

1. Công ty TNHH Dịch vụ Thu An

2. Hợp tác xã Thành Đạt
"""


def test_a_bullet_ending_in_a_web_address_does_not_close_the_letter():
    tasks = _tasks(AGENCY_LETTER)
    assert ("1", "Sở Tài chính") in tasks


def test_a_heading_wrapped_after_an_abbreviation_is_one_heading_and_its_body_named_again_is_one_task():
    # "2. UBND" then "các xã, phường:" on the next line; "Chủ tịch UBND các phường, xã" is that body
    assert [t for t in _tasks(AGENCY_LETTER) if t[0].startswith("2")] == [("2", "Ủy ban nhân dân xã, phường")]


def test_an_annex_that_lists_bodies_assigns_nothing():
    assert len(_tasks(AGENCY_LETTER)) == 2


RULES_LETTER = """Kính gửi:
- Các sở, ban, ngành thuộc Thành phố;
- UBND các xã, phường;
- Các Tổng công ty, công ty, đơn vị trực thuộc Thành phố.

UBND Thành phố yêu cầu các sở, ban, ngành, UBND các xã, phường thực hiện một số nội dung sau:

1. Yêu cầu chung:

1.1. Quán triệt và thực hiện nghiêm quy định pháp luật về mua sắm công.

1.2. Đề nghị UBND các xã, phường:

a. Rà soát danh mục các gói mua sắm:

Khẩn trương lập, trình phê duyệt kế hoạch mua sắm.

1.3. Các sở: Y tế, Nội vụ và UBND các xã, phường: Các Sở, ngành có ý kiến đối với hồ sơ mua sắm bảo đảm tiến độ.

2. Trách nhiệm của các đơn vị:

2.1. Sở Tài chính:

- Tổ chức tập huấn về mua sắm công cho cán bộ cấp xã (năm 2025, Sở Tài chính đã tổ chức 2 lớp tập huấn trong năm 2025).

2.2. Thanh tra Thành phố:

Tăng cường thanh tra hoạt động mua sắm công.

3. Về công tác báo cáo:

3.1. Báo cáo định kỳ:

Yêu cầu các sở, ban, ngành, các Tổng công ty, công ty trực thuộc Thành phố, căn cứ quy định hiện hành, trước ngày 10 tháng 01 hàng năm báo cáo tình hình mua sắm của đơn vị mình và trước ngày 10 tháng 6 hàng năm định kỳ 6 tháng.

3.2. Tổng hợp báo cáo:

- Báo cáo 6 tháng, cả năm: Sở Tài chính tổng hợp báo cáo định kỳ 6 tháng trước ngày 30 tháng 6 và tổng thể hàng năm trước ngày 30 tháng 01 hàng năm gửi UBND Thành phố và gửi Bộ Tài chính báo cáo định kỳ hàng năm.

UBND Thành phố yêu cầu các đơn vị nghiêm túc thực hiện./.
"""


def _timed(text):
    return [(t.clause, t.lead_agency, t.due_on, t.recurrence) for t in parse_text(text).tasks]


def test_general_rules_still_give_work_to_bodies_asked_by_name():
    tasks = _tasks(RULES_LETTER)
    assert not [t for t in tasks if t[0] == "1.1"]  # a rule for all, no body named
    assert [t[1] for t in tasks if t[0].startswith("1.2")] == ["Ủy ban nhân dân xã, phường"]
    # "Các Sở, ngành" after the heading's list restates the bodies it named
    assert [t[1] for t in tasks if t[0] == "1.3"] == ["Sở Y tế", "Sở Nội vụ", "Ủy ban nhân dân xã, phường"]


def test_a_city_inspectorate_and_its_corporations_are_bodies():
    tasks = _tasks(RULES_LETTER)
    assert ("2.2", "Thanh tra Thành phố") in tasks
    assert any(t[0].startswith("3.1") and t[1] == "Các Tổng công ty, công ty trực thuộc Thành phố" for t in tasks)


def test_a_year_in_an_aside_about_what_was_done_is_no_deadline():
    assert ("2.1", "Sở Tài chính", None, None) in _timed(RULES_LETTER)


def test_two_reports_with_their_own_days_in_one_sentence_are_two_tasks_of_the_subject():
    timed = [t for t in _timed(RULES_LETTER) if t[1] == "Các sở, ban, ngành"]
    assert [t[3] for t in timed] == ["FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=10", "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=10"]


def test_a_labelled_bullet_names_its_body_after_the_label():
    # "Báo cáo 6 tháng, cả năm: Sở Tài chính …": a half-year's report due on one day is yearly on it,
    # and the yearly report named again without its day is the same duty
    timed = [t[3] for t in _timed(RULES_LETTER) if t[0].startswith("3.2")]
    assert timed == ["FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=30", "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=30"]


HEADLESS_LETTER = """Kính gửi: Ủy
ban nhân dân các tỉnh, thành phố trực thuộc trung ương
Thực hiện Nghị định số 12/2023/NĐ-CP ngày 03/4/2023 của Chính phủ về công tác thống kê, Bộ Tài
chính hướng dẫn việc tổng hợp số liệu thu ngân sách năm 2025.
Đề nghị Quý Ủy ban gửi báo cáo tình hình thu ngân sách về Bộ Tài chính trước ngày 15/12/2025.
Bộ Tài chính trân trọng cảm ơn./.
"""


def test_a_kinh_gui_line_ends_where_the_first_sentence_begins():
    # A page that opens at "Kính gửi:": the addressee wrapped with no full stop, and the letter's
    # first sentence ("Thực hiện …") on the next line is not part of the addressee's name
    draft = parse_text(HEADLESS_LETTER)
    assert draft.recipients == ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]
    assert [t.lead_agency for t in draft.tasks] == ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]


UNNUMBERED_LETTER = """| BỘ Y TẾ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |
|---|
| Số: 812/BYT-KCB V/v thí điểm khám bệnh từ xa | Hà Nội, ngày 05 tháng 3 năm 2021 |

| Kính gửi: | - Sở Y tế tỉnh Bắc Ninh; - Sở Y tế tỉnh Phú Thọ. |
|---|

Qua báo cáo của các địa phương, Bộ Y tế nhận thấy việc khám bệnh từ xa đã giảm tải cho tuyến trên.

Việc thí điểm được mở rộng tại 02 địa phương, gồm: Bắc Ninh, Phú Thọ, từ ngày 01/4/2021.

Giám đốc Sở Y tế có trách nhiệm:

- Phối hợp với Bảo hiểm xã hội tỉnh xây dựng quy trình thanh toán chi phí khám bệnh từ xa.

- Hướng dẫn các bệnh viện tuyến huyện tham gia thí điểm.

Bộ Y tế thông báo để các địa phương biết, thực hiện./.
"""


def test_bullets_under_one_body_s_title_in_a_letter_without_numbers_are_one_paragraph_s_task():
    # The letter counts its paragraphs (the table's rule row is none); the title paragraph is the third.
    tasks = [(t.clause, t.lead_agency, t.cooperating_agencies) for t in parse_text(UNNUMBERED_LETTER).tasks]
    assert tasks == [("3", "Sở Y tế", ["Bảo hiểm xã hội tỉnh"])]


def test_a_letter_to_office_holders_is_sent_to_their_bodies():
    from tracker.importer.citations import recipients

    lines = ["Kính gửi:", "- Giám đốc Sở Văn hóa, Thể thao và Du lịch;",
             "- Bộ trưởng Bộ Công Thương - Phó Trưởng ban Thường trực Ban Chỉ đạo 512;",
             "- Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ;",
             "- Chủ tịch Ủy ban nhân dân các tỉnh: Sơn La, Điện Biên và Cần Thơ;",
             "- Các Bộ: Tư pháp, Văn hóa, Thể thao và Du lịch;",
             "- Chánh Văn phòng Ban Chỉ đạo 512."]
    assert recipients(lines) == [
        "Sở Văn hóa, Thể thao và Du lịch", "Bộ Công Thương", "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
        "Ủy ban nhân dân tỉnh Sơn La", "Ủy ban nhân dân tỉnh Điện Biên", "Ủy ban nhân dân thành phố Cần Thơ",
        "Bộ Tư pháp", "Bộ Văn hóa, Thể thao và Du lịch", "Văn phòng Ban Chỉ đạo 512"]
