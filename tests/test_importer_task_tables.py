"""Annexed task tables with their cells separated by tabs (round 24's study), each form with an
invented text: a table cut into lettered parts whose numbers start again in each, printed with a
blank line between the parts and its header repeated under each group."""

from datetime import date

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


ANNEX_ONE = ("PHỤ LỤC I\nPHÂN CÔNG NHIỆM VỤ\n"
             "STT\tCơ quan chủ trì\tCơ quan phối hợp\tThuộc nhóm nhiệm vụ\tNội dung nhiệm vụ\tSản phẩm\tThời hạn\n")
ANNEX_TWO = ("PHỤ LỤC II\nDANH MỤC DỰ ÁN\n"
             "STT\tNhiệm vụ, dự án\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện\n"
             "I\tNHÓM HẠ TẦNG\n1\tXây dựng kho dữ liệu nước sạch\tSở Xây dựng\t\t2027\n"
             "II\tNHÓM TRUYỀN THÔNG\n1\tPhát hành sổ tay nước sạch\tSở Y tế\t\t2026\n")


def test_two_annexed_task_tables_label_their_rows_with_their_annex():
    text = PLAN + ANNEX_ONE + "A.\tSỞ XÂY DỰNG\n1\tSở Xây dựng\t\tCấp nước\tLập quy hoạch cấp nước\tQuy hoạch\tNăm 2026\n" + ANNEX_TWO
    tasks = _tasks(text)
    assert ("PLI.A.1", "Sở Xây dựng") in tasks
    assert ("PLII.I.1", "Sở Xây dựng") in tasks and ("PLII.II.1", "Sở Y tế") in tasks
    # one annexed table alone keeps its printed labels (round 32)
    assert ("I.1", "Sở Xây dựng") in _tasks(PLAN + ANNEX_TWO)


def test_lettered_groups_run_in_the_vietnamese_alphabet():
    rows = "".join(f"{letter}.\tSỞ {i}\n1\tSở Tư pháp\t\tNhóm\tViệc {i}\tKết quả\tNăm 2027\n"
                   for i, letter in enumerate("ABCDEGHIKL"))
    labels = [clause for clause, lead in _tasks(PLAN + ANNEX_ONE + rows) if lead == "Sở Tư pháp"]
    assert labels == [f"{letter}.1" for letter in "ABCDEGHIKL"]  # no F nor J: G follows E, K follows I


def test_sub_rows_with_their_own_time_cell_are_tasks_of_their_own():
    text = (PLAN + ANNEX_ONE + "A.\tSỞ Y TẾ\n"
            + "1\tSở Y tế\tSở Tài chính\tPhòng bệnh\t- Tiêm chủng mở rộng\t- Tỷ lệ tiêm\tNăm 2026\n"
            + "- Giám sát dịch sốt xuất huyết\t- Báo cáo giám sát\tNăm 2028\n"
            + "2\tSở Y tế\t\tKhám bệnh\t- Khám sàng lọc học sinh\t- Hồ sơ\tNăm 2027\n"
            # a group's one row: its number cell left empty, labelled with the group's letter
            + "B.\tCÔNG AN TỈNH\n\tCông an tỉnh\tSở Tư pháp\tAn ninh\t- Tuần tra bến xe\t- Kế hoạch\tNăm 2026\n"
            + "Sở Nội vụ\t- Tập huấn dân quân\t- Lớp học\tNăm 2027\n")
    tasks = {t.clause: t for t in parse_text(text).tasks}
    assert tasks["A.1 ý 1"].due_on.year == 2026 and tasks["A.1 ý 2"].due_on.year == 2028
    assert tasks["A.1 ý 2"].lead_agency == "Sở Y tế" and tasks["A.1 ý 2"].cooperating_agencies == ["Sở Tài chính"]
    assert "A.2" in tasks and "A.2 ý 1" not in tasks  # a row with no sub-row keeps its bare label
    # a sub-row printing its own helpers' cell before its task: still the group row's lead
    assert tasks["B ý 1"].lead_agency == "Công an tỉnh" and tasks["B ý 2"].lead_agency == "Công an tỉnh"
    assert "Tập huấn" in tasks["B ý 2"].text


def test_a_span_of_years_in_a_time_cell_s_sentence_is_due_at_its_end():
    rows = ("1\tSửa quy chế chợ\tSở Công Thương\t\tHoàn thành trong giai đoạn 2026 - 2027 và rà soát hằng năm\n"
            + "2\tMở tuyến xe buýt\tSở Xây dựng\t\tTriển khai từ năm 2026 và thực hiện thường xuyên\n")
    tasks = {t.clause: t for t in parse_text(PLAN + HEADER + rows).tasks}
    assert tasks["1"].due_on == date(2027, 12, 31)
    assert tasks["2"].due_on is None  # from a year on: a start, no deadline


def test_a_row_whose_long_cells_say_chu_tri_and_hoat_dong_is_no_repeated_header():
    row = ("2\tSở Y tế\tSở Nội vụ\tY tế\tChủ trì rà soát, hướng dẫn phòng chống dịch bệnh truyền nhiễm "
           "tại các trường học trên địa bàn tỉnh\tCác hoạt động được tổ chức\tNăm 2027\n")
    text = PLAN + ANNEX_ONE + "A.\tSỞ Y TẾ\n1\tSở Y tế\t\tY tế\tLập kế hoạch\tKế hoạch\tNăm 2026\n" + row
    assert ("A.2", "Sở Y tế") in _tasks(text)


def test_the_ministries_and_the_localities_leading_a_row_are_two_groups_as_among_the_helpers():
    text = PLAN + HEADER + "1\tTập huấn kỹ năng số\tCác bộ, ngành, địa phương\tBộ Nội vụ\t2026\n" \
        + "2\tRà soát thủ tục\tCác bộ, ngành và địa phương\t\t2027\n"
    tasks = _tasks(text)
    assert ("1", "Các bộ, ngành") in tasks and ("1", "Các địa phương") in tasks
    assert ("2", "Các bộ, ngành") in tasks and ("2", "Các địa phương") in tasks
