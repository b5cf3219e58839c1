"""A Government programme's implementation section (study 146), each form with an invented text: a heading that
names a province or city bare ("Đối với tỉnh X", "Đối với Thủ đô Hà Nội") gives its items to that locality's
People's Committee, and so does such a place named as a helper ("phối hợp với tỉnh X") or told to act ("Tỉnh X
nghiên cứu …"); "các tỉnh, thành phố (trực thuộc trung ương)" is every province, one group; how closely the
helpers are worked with may stand between "phối hợp" and "với"; "các cơ quan của Đảng, Quốc hội" asks the organs
of each owner listed, one group each; the helpers a lead-in names over bullets ("X chủ động phối hợp với Y …,
tập trung vào các nội dung sau:") help with a bullet timed apart too, and so do those a heading's charge names over
lettered items ("3. Bộ X chủ trì, phối hợp với Y:", study 157), with those an item names of its own; "các cơ
quan, địa phương" after "phối hợp với" is the localities' group beside a catch-all."""

from tracker.importer.parser import parse_text

PROGRAMME = """CHÍNH PHỦ
Số: 45/NQ-CP
Hà Nội, ngày 15 tháng 3 năm 2024
NGHỊ QUYẾT
BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG PHÁT TRIỂN VÙNG TÂY BẮC
CHÍNH PHỦ
QUYẾT NGHỊ:
Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động.
CHƯƠNG TRÌNH HÀNH ĐỘNG
I. NHIỆM VỤ CHỦ YẾU
1. Phát triển hạ tầng giao thông vùng Tây Bắc.
- Nâng cấp các tuyến quốc lộ kết nối vùng.
- Tỉnh Sơn La nghiên cứu, xây dựng đề án phát triển du lịch lòng hồ.
II. TỔ CHỨC THỰC HIỆN
1. Đối với các bộ, ngành, cơ quan thuộc Chính phủ
- Xây dựng kế hoạch thực hiện Chương trình hành động.
- Phối hợp chặt chẽ, thường xuyên với Ủy ban Dân tộc theo dõi việc thực hiện Chương trình.
2. Đối với tỉnh Lào Cai
- Rà soát, bổ sung quy hoạch tỉnh theo Chương trình hành động.
- Định kỳ hàng năm báo cáo Thủ tướng Chính phủ kết quả thực hiện.
3. Đối với Thủ đô Hà Nội:
- Chủ trì xây dựng đề án liên kết vùng.
4. Các tỉnh, thành phố trực thuộc trung ương chủ động phối hợp với tỉnh Lào Cai xây dựng chương trình hợp tác.
5. Đề nghị các cơ quan của Đảng, Quốc hội và các tổ chức chính trị - xã hội tăng cường giám sát việc thực hiện.
"""


def _leads():
    return [(t.clause_number, t.lead_agency) for t in parse_text(PROGRAMME).tasks]


def test_a_heading_naming_a_province_bare_gives_its_items_to_its_committee():
    leads = _leads()
    assert leads.count(("II.2", "Ủy ban nhân dân tỉnh Lào Cai")) == 2
    assert ("II.3", "Ủy ban nhân dân thành phố Hà Nội") in leads


def test_the_organs_of_each_owner_listed_after_one_cac_co_quan_cua_are_asked():
    leads = [lead for clause, lead in _leads() if clause == "II.5"]
    assert leads == ["Các cơ quan của Đảng", "Các cơ quan của Quốc hội", "Các tổ chức chính trị - xã hội"]


def test_the_provinces_as_one_group_and_a_province_named_bare_as_a_helper():
    task = next(t for t in parse_text(PROGRAMME).tasks if t.clause_number == "II.4")
    assert task.lead_agency == "Các tỉnh, thành phố trực thuộc trung ương"
    assert task.cooperating_agencies == ["Ủy ban nhân dân tỉnh Lào Cai"]


def test_how_closely_helpers_are_worked_with_stands_between_the_words():
    task = next(t for t in parse_text(PROGRAMME).tasks if t.clause_number == "II.1")
    assert task.cooperating_agencies == ["Ủy ban Dân tộc"]


def test_a_province_named_bare_and_told_to_act_is_its_committee():
    assert ("I.1", "Ủy ban nhân dân tỉnh Sơn La") in _leads()


LEAD_IN = """UBND TỈNH LÀO CAI
Số: 12/KH-UBND
Lào Cai, ngày 10 tháng 4 năm 2024
KẾ HOẠCH
Thực hiện Chương trình hành động phát triển du lịch
I. TỔ CHỨC THỰC HIỆN
1. Các sở, ban, ngành căn cứ chức năng, nhiệm vụ chủ động phối hợp với Sở Văn hóa, Thể thao và Du lịch, tập trung \
vào các nội dung sau:
- Xây dựng kế hoạch thực hiện của ngành.
- Định kỳ hàng năm báo cáo kết quả thực hiện gửi UBND tỉnh.
"""


def test_a_bullet_timed_apart_keeps_the_helpers_of_the_lead_in():
    tasks = parse_text(LEAD_IN).tasks
    assert [t.recurrence for t in tasks] == [None, "FREQ=YEARLY"]
    assert all(t.cooperating_agencies == ["Sở Văn hóa, Thể thao và Du lịch"] for t in tasks)


CHARGED_HEADINGS = """CHÍNH PHỦ
Số: 77/NQ-CP
Hà Nội, ngày 02 tháng 4 năm 2025
NGHỊ QUYẾT
Phiên họp Chính phủ thường kỳ tháng 3 năm 2025
CHÍNH PHỦ
QUYẾT NGHỊ:
1. Bộ Giao thông vận tải chủ trì, phối hợp với các cơ quan, địa phương:
a) Rà soát danh mục các tuyến cao tốc cần mở rộng, báo cáo Thủ tướng Chính phủ trước ngày 20 tháng 4 năm 2025.
b) Chủ trì, phối hợp với Bộ Quốc phòng lập phương án bảo đảm giao thông mùa mưa bão, hoàn thành trong quý II năm \
2025.
c) Theo dõi tình hình khai thác các cảng hàng không. Trình Chính phủ đề án phát triển cảng biển trong tháng 6 năm \
2025.
2. Bộ Tư pháp chủ trì, phối hợp với Bộ Nội vụ:
a) Tổng hợp kết quả rà soát văn bản, hoàn thành trong tháng 5 năm 2025.
"""


def _charged() -> dict[str, list[str]]:
    return {t.clause: t.cooperating_agencies for t in parse_text(CHARGED_HEADINGS).tasks}


def test_an_item_timed_apart_keeps_the_helpers_of_its_heading_s_charge():
    coop = _charged()
    assert coop["1.a"] == ["Các địa phương"]
    assert coop["2.a"] == ["Bộ Nội vụ"]


def test_an_item_that_names_its_own_helpers_adds_the_heading_s():
    assert _charged()["1.b"] == ["Bộ Quốc phòng", "Các địa phương"]


def test_an_item_whose_untimed_sentence_opens_its_timed_task_keeps_the_heading_s_helpers():
    assert _charged()["1.c"] == ["Các địa phương"]


def _helpers(helpers: str) -> list[str]:
    text = PROGRAMME.split("II. TỔ CHỨC THỰC HIỆN")[0] + f"II. TỔ CHỨC THỰC HIỆN\n1. Bộ Y tế chủ trì, phối hợp với {helpers} " \
        "xây dựng kế hoạch phòng chống dịch.\n"
    return next(t for t in parse_text(text).tasks if t.lead_agency == "Bộ Y tế").cooperating_agencies


def test_the_localities_named_beside_a_catch_all_of_agencies_are_a_group():
    assert _helpers("các cơ quan, địa phương") == ["Các địa phương"]
    assert _helpers("các cơ quan và địa phương") == ["Các địa phương"]


def test_agencies_and_localities_left_open_stay_a_catch_all():
    assert _helpers("các cơ quan, địa phương có liên quan") == []
    assert _helpers("các cơ quan, địa phương khác") == []
