"""A heading whose bodies are charged with work of their own that the items then detail ("X tập trung
chỉ đạo, triển khai ngay các biện pháp …, trong đó:"): the charge and the items are one task per body,
an item with its own cycle apart. So is one body's work announced "như sau:" over items that only name what it
covers ("Giao Sở X tổ chức thực hiện hai cuộc điều tra như sau:", then "1.1. Điều tra …"). Invented texts of
the general form."""

from tracker.importer.parser import parse_text

TELEGRAM = """CÔNG ĐIỆN
THỦ TƯỚNG CHÍNH PHỦ điện:
- Bộ trưởng các Bộ.
Để chủ động phòng, chống dịch bệnh, Thủ tướng Chính phủ yêu cầu:
1. Bộ trưởng các Bộ: Y tế, Tài chính tập trung chỉ đạo, triển khai ngay các biện pháp phòng, chống dịch để bảo vệ sức khỏe Nhân dân, trong đó:
a) Tổ chức cách ly người bệnh, khoanh vùng ổ dịch.
b) Bảo đảm đủ thuốc, vật tư y tế.
c) Báo cáo Văn phòng Chính phủ trước ngày 20 hằng tháng.
2. Bộ trưởng Bộ Công an chỉ đạo lực lượng công an hỗ trợ địa phương.
"""


def _tasks(text):
    return [(t.clause, t.lead_agency, t.recurrence) for t in parse_text(text).tasks]


def test_the_charge_and_its_items_are_the_named_bodies_work():
    tasks = _tasks(TELEGRAM)
    assert ("1", "Bộ Y tế", None) in tasks
    assert ("1", "Bộ Tài chính", None) in tasks


def test_an_item_with_its_own_cycle_is_a_task_apart():
    tasks = _tasks(TELEGRAM)
    assert ("1.c", "Bộ Y tế", "FREQ=MONTHLY;BYMONTHDAY=20") in tasks
    assert len([t for t in tasks if t[1] == "Bộ Y tế"]) == 2


# A decision giving one body work it announces "như sau:", then numbered items that only name what the work covers.
SURVEYS = """QUYẾT ĐỊNH
Về việc tiến hành các cuộc khảo sát năm 2026
ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ
QUYẾT ĐỊNH:
Điều 1. Giao Sở Nông nghiệp và Môi trường tổ chức thực hiện ba (3) cuộc khảo sát trên địa bàn tỉnh như sau:
1.1. Khảo sát hiện trạng sử dụng đất rừng phòng hộ năm 2026;
1.2. Khảo sát chất lượng nước các hồ chứa thủy lợi;
1.3. Khảo sát tình hình chăn nuôi hộ gia đình.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
"""


def test_items_naming_only_what_an_announced_work_covers_are_one_task():
    assert _tasks(SURVEYS) == [("1", "Sở Nông nghiệp và Môi trường", None)]


def test_an_item_of_announced_work_with_its_own_deadline_is_a_task_apart():
    text = ("Điều 2. Yêu cầu Sở Tài chính triển khai việc rà soát tài sản công của tỉnh, cụ thể như sau:\n"
            "a) Rà soát trụ sở làm việc dôi dư sau sắp xếp;\n"
            "b) Rà soát xe ô tô công, hoàn thành trước ngày 30/9/2026.\n")
    tasks = [(t.clause, t.lead_agency, t.due_on) for t in parse_text(text).tasks]
    assert [t[:2] for t in tasks] == [("2", "Sở Tài chính"), ("2.b", "Sở Tài chính")]


def test_items_naming_bodies_of_their_own_stay_their_tasks():
    text = ("Điều 1. Giao Sở Y tế tổ chức thực hiện đợt kiểm tra an toàn thực phẩm như sau:\n"
            "1.1. Sở Công Thương kiểm tra các chợ đầu mối;\n"
            "1.2. Công an tỉnh kiểm tra các cơ sở giết mổ.\n")
    tasks = [(t.clause, t.lead_agency) for t in parse_text(text).tasks]
    assert ("1.1", "Sở Công Thương") in tasks and ("1.2", "Công an tỉnh") in tasks
