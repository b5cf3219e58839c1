"""Annexed task tables with their cells separated by tabs (round 24's study), each form with an
invented text: a table cut into lettered parts whose numbers start again in each, printed with a
blank line between the parts and its header repeated under each group."""

from tracker.importer.parser import parse_text
from tracker.importer.table_labels import numbers_carry_groups, roman_value, row_label


def _tasks(text):
    return [(t.clause, t.lead_agency) for t in parse_text(text).tasks]


HEADER = "STT\tNhiệm vụ\tĐơn vị thực hiện\tĐơn vị phối hợp\tThời gian thực hiện\n"
PLAN = ("KẾ HOẠCH\nPHÁT TRIỂN DU LỊCH SỐ\nI. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính bố trí kinh phí.\n"
        "PHỤ LỤC\n")


def test_lettered_parts_tell_apart_rows_whose_numbers_start_again():
    text = (PLAN + HEADER
            + "A\tNỀN TẢNG\nI\tThể chế\n1.1\tRà soát quy định\tSở Tư pháp\t\t2026\n"
            + "II\tHạ tầng\n2.1\tLắp đặt trạm phát sóng\tSở Xây dựng\t\t2027\n\n"
            + "B\tNGÀNH, LĨNH VỰC\nI\tNông nghiệp\n"
            + "Nội dung\tĐơn vị thực hiện\tĐơn vị phối hợp\tThời gian thực hiện\n"
            + "1.1\tSố hóa vùng trồng\tSở Nông nghiệp và Môi trường\t\t2028\n"
            + "II\tY tế\n2.1\tBệnh án điện tử\tSở Y tế\t\t2028\n")
    tasks = _tasks(text)
    assert ("A.1.1", "Sở Tư pháp") in tasks
    assert ("A.2.1", "Sở Xây dựng") in tasks  # the number carries its group II: no "II."
    # the part after a blank line is still the table; its repeated header is no row
    assert ("B.1.1", "Sở Nông nghiệp và Môi trường") in tasks
    assert ("B.2.1", "Sở Y tế") in tasks


def test_numbers_that_start_again_under_each_group_keep_the_group():
    text = (PLAN + HEADER + "I\tThể chế\n1\tRà soát quy định\tSở Tư pháp\t\t2026\n"
            + "II\tHạ tầng\n1\tLắp đặt trạm phát sóng\tSở Xây dựng\t\t2027\n")
    tasks = _tasks(text)
    assert ("I.1", "Sở Tư pháp") in tasks
    assert ("II.1", "Sở Xây dựng") in tasks


def test_the_label_rule_in_parts():
    assert roman_value("IX") == 9 and roman_value("VII") == 7
    rows = [["I", "Thể chế"], ["1.1", "x"], ["III", "Nền tảng"], ["3", "x"], ["II", "Hạ tầng"], ["2.1", "x"]]
    assert numbers_carry_groups(rows)
    assert not numbers_carry_groups([["I", "Thể chế"], ["1", "x"], ["II", "Hạ tầng"], ["1", "x"]])
    assert row_label("A", "III", "3", carried=True) == "A.3"
    assert row_label("", "II", "1", carried=False) == "II.1"


def test_a_row_marked_as_done_already_gives_no_task():
    header = "STT\tNhiệm vụ\tĐơn vị thực hiện\tĐơn vị phối hợp\tThời gian thực hiện\tSản phẩm\n"
    text = (PLAN + header + "1\tBan hành kế hoạch dữ liệu\tCông an tỉnh\t\t2025\tKế hoạch (đã thực hiện)\n"
            + "2\tVận hành kho dữ liệu\tSở Tài chính\t\t2026\tHệ thống\n")
    tasks = _tasks(text)
    assert ("2", "Sở Tài chính") in tasks
    assert not any(clause == "1" for clause, _ in tasks)
