"""Task tables printed one cell per line (a PDF's text layer), the forms `table_sub_rows` reads: a row
whose merged task cell covers two sets of lead, helpers, result and time; a page break after which a cut
lead cell names a second lead; a time cell wrapped after its unit ("Tháng" / "7/2027"); a column of the
document a row was added under printed after the time; a lead cell told from task words that wrap onto a
name. Invented documents of the general form."""

from datetime import date

from tracker.importer.parser import parse_text

HEADER = ("TT\nTên nhiệm vụ\nCơ quan\nchủ trì\nCơ quan\nphối hợp\nKết quả\nThời gian\nhoàn thành\n"
          "Căn cứ\nbổ sung\n")
OPENING = ("NGHỊ QUYẾT\nVề nhiệm vụ phát triển du lịch cộng đồng\nĐiều 1. Ban hành kèm theo Nghị quyết này "
           "Phụ lục.\nPhụ lục\nDANH MỤC NHIỆM VỤ\n")

PLAN = (OPENING + HEADER +
        "1\nXây dựng bộ tiêu chí về du lịch cộng đồng\nBộ Văn hóa,\nThể thao và Du\nlịch\nCác bộ,\nngành\n"
        "Bộ tiêu chí\nTháng\n7/2027\nKết luận số\n45-KL/TW\n"
        "2\nHoàn thiện cơ chế hỗ trợ các tổ chức phi\nchính phủ trong nước tham gia du lịch\n"
        "Bộ Nội vụ\nBộ Tài chính\nĐề án\n2027\nChương trình\nsố 8\n"
        "3\nRà soát chính sách du lịch theo Kết luận của\nBộ Chính trị\nBộ Xây dựng\nBộ Công an\n"
        "Báo cáo\nThường\nxuyên\nKết luận số\n45-KL/TW\n"
        "4\nNghiên cứu mô hình tài chính cho du lịch\nBộ Tài chính\nCác bộ,\nngành\n"
        "Báo cáo chuyên\nđề\nTháng\n4/2027\nChương trình\nsố 8\n"
        "Bộ Tài chính\nCác bộ,\nngành\nBáo cáo kết quả\nTháng\n10/2027\nChương trình\nsố 8\n"
        "5\nCắt giảm điều kiện kinh doanh du lịch\nBộ Công Thương (đối\nvới thương mại)\nCác bộ,\nngành\n"
        "Báo cáo rà soát\ncác điều kiện\nTháng\n6/2027\nChương trình\nsố 8\n"
        + HEADER +
        "Bộ Xây dựng (đối\nvới xây dựng)\nkinh doanh bất hợp lý\n"
        "6\nTổ chức diễn đàn du lịch xanh\nBộ Ngoại giao\nBộ Văn hóa, Thể thao và\nDu lịch\n"
        "Báo cáo tình hình\nTháng\n3/2027\nChương trình\nsố 8\n"
        + HEADER +
        "trong nước và quốc tế\nBộ Ngoại giao\nBộ Văn hóa, Thể thao và\nDu lịch\nBáo cáo kết quả\n"
        "Tháng\n9/2027\nChương trình\nsố 8\n"
        "7\nTuyên truyền về du lịch cộng đồng\nCác bộ, cơ quan\nngang bộ  Bộ Văn hóa, Thể thao và Du lịch\n"
        "Tin bài\nThường\nxuyên\nKết luận số\n45-KL/TW\n"
        "Nơi nhận:\n")


def _tasks(text):
    return [(t.clause.split(" ý ")[0], t.lead_agency, t.cooperating_agencies, t.due_on)
            for t in parse_text(text).tasks]


def test_a_time_cell_wrapped_after_its_unit_before_a_basis_column():
    # "Tháng" / "7/2027", then "Căn cứ bổ sung": the time is the month's end, not the basis's words
    assert ("1", "Bộ Văn hóa, Thể thao và Du lịch", ["Các bộ, ngành"], date(2027, 7, 31)) in _tasks(PLAN)


def test_task_words_wrapped_onto_a_name_do_not_open_the_lead_cell():
    tasks = _tasks(PLAN)
    # "… các tổ chức phi" / "chính phủ trong nước …": words in lower case go on with the task
    assert ("2", "Bộ Nội vụ", ["Bộ Tài chính"], date(2027, 12, 31)) in tasks
    # "… theo Kết luận của" / "Bộ Chính trị": the name after "của" is the task's, the lead comes next
    assert ("3", "Bộ Xây dựng", ["Bộ Công an"], None) in tasks
    assert not any(lead == "Bộ Chính trị" for _, lead, _, _ in tasks)


def test_a_second_set_of_cells_under_one_task_is_a_task_of_its_own():
    four = [t for t in _tasks(PLAN) if t[0] == "4"]
    assert [(lead, due) for _, lead, _, due in four] == [("Bộ Tài chính", date(2027, 4, 30)),
                                                         ("Bộ Tài chính", date(2027, 10, 31))]


def test_a_lead_cell_cut_by_a_page_break_names_a_second_lead():
    five = {lead: due for clause, lead, _, due in _tasks(PLAN) if clause == "5"}
    assert five == {"Bộ Công Thương": date(2027, 6, 30), "Bộ Xây dựng": date(2027, 6, 30)}


def test_a_sub_row_after_a_page_break_keeps_its_own_time():
    six = [(lead, due) for clause, lead, _, due in _tasks(PLAN) if clause == "6"]
    assert six == [("Bộ Ngoại giao", date(2027, 3, 31)), ("Bộ Ngoại giao", date(2027, 9, 30))]


def test_two_cells_on_one_line_are_set_apart_by_their_gap():
    seven = [t for t in _tasks(PLAN) if t[0] == "7"]
    assert seven == [("7", "Các bộ, cơ quan ngang bộ", ["Bộ Văn hóa, Thể thao và Du lịch"], None)]


def test_a_table_of_projects_names_its_work_column_ten_de_an():
    text = (OPENING + "TT\tTên đề án\tCơ quan chủ trì\tCơ quan phối hợp\tThời hạn hoàn thành\n"
            "1\tĐề án phát triển làng nghề du lịch\tBộ Nông nghiệp và Môi trường\tBộ Công Thương\t2028\n")
    assert ("1", "Bộ Nông nghiệp và Môi trường", ["Bộ Công Thương"], date(2028, 12, 31)) in _tasks(text)


def test_a_body_after_a_group_heading_and_a_row_numbered_afresh_opens_no_sub_row():
    # the time is the last column; a group heading and a row numbered afresh follow it: the lead found
    # after them is that row's (sentence_groups reads the heading), no second sub-row of the row above
    text = (OPENING + "TT\nTên nhiệm vụ\nCơ quan\nchủ trì\nCơ quan\nphối hợp\nThời gian\nhoàn thành\n"
            "1\nKhảo sát điểm du lịch cộng đồng\nBộ Văn hóa,\nThể thao và Du\nlịch\nCác bộ,\nngành\n2027\n"
            "II\nPhát triển sản phẩm du lịch\n1\nXây dựng sản phẩm mới\nBộ Công Thương\nCác bộ,\nngành\n2028\n")
    tasks = _tasks(text)
    assert ("II.1", "Bộ Công Thương", ["Các bộ, ngành"], date(2028, 12, 31)) in tasks
    assert not any("ý" in clause for clause, *_ in tasks)
