"""A heading whose bodies are charged with work of their own that the items then detail ("X tập trung
chỉ đạo, triển khai ngay các biện pháp …, trong đó:"): the charge and the items are one task per body,
an item with its own cycle apart. Invented texts of the general form."""

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
