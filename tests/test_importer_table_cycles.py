"""A task table's row whose work opens with its own cycle ("Hằng năm tổ chức …") over a span of years in the
time column ("2026 - 2030"): a recurring duty, not one due at the span's end (study 140, an invented table)."""

from tracker.importer.parser import parse_text

HEADER = "STT\tNhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian thực hiện\n"
PLAN = ("KẾ HOẠCH\nPHÁT TRIỂN THƯƠNG MẠI ĐIỆN TỬ\nI. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính bố trí kinh phí.\n"
        "PHỤ LỤC\n")


def _timings(text):
    return {t.clause: (t.due_on, t.recurrence) for t in parse_text(text).tasks if t.lead_agency == "Sở Công Thương"}


def test_a_row_that_opens_with_a_cycle_over_a_span_of_years_recurs():
    text = PLAN + HEADER + ("1\tHằng năm tổ chức đánh giá chỉ số thương mại điện tử của các xã\tSở Công Thương\t\t2026 - 2030\n"
                            "2\tXây dựng sàn giao dịch nông sản trực tuyến\tSở Công Thương\t\t2026 - 2027\n")
    timings = _timings(text)
    assert timings["1"] == (None, "FREQ=YEARLY")
    assert timings["2"][0] is not None and timings["2"][1] is None  # no cycle of its own: due at the span's end
