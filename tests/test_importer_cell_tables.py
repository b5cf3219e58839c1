"""Task tables printed one cell per line (a PDF's text): the header's cells, then each row's
number and its cells' wrapped words one line after another, the header repeated at each page
break. Invented documents of the general form."""

from datetime import date

from tracker.importer.cell_tables import split_cell_tables
from tracker.importer.parser import parse_text

HEADER = "STT\nTên nhiệm vụ\nCơ quan\nchủ trì\nCơ quan\nphối hợp\nSản phẩm\nThời gian hoàn\nthành\n"

PLAN = ("QUYẾT ĐỊNH\nBan hành Kế hoạch phát triển thư viện số\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n"
        "PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n" + HEADER +
        "I. Hoàn thiện thể chế về thư viện\nsố\n"
        "1.\n\nRà soát các quy định về thư viện số, đề\nxuất sửa đổi\n"
        "Các\nbộ\nở\nTrung ương,\nỦy ban nhân\ndân cấp tỉnh ở\nđịa phương\n"
        "Các cơ quan, tổ\nchức có liên quan.\nBáo cáo rà soát\nThường xuyên\n"
        "2.\nXây dựng Nghị định về thư viện số theo\nlộ trình phù hợp Bộ Y tế\n"
        "Bộ Tư pháp, các\nbộ,\nngành,\ncơ\nNghị\nđịnh\nTháng 9/2027\n"
        + HEADER +
        "quy định chi tiết về dữ liệu.\nquan, tổ chức có\nliên quan\n"
        "II. Phát triển hạ tầng\n"
        "3.  Số hóa tài liệu quý hiếm\nCơ sở khám\nbệnh,\nchữa\nbệnh\nBộ Tài chính, Bộ\nNội vụ, cơ quan liên quan\n"
        "Dữ liệu số\nTừ\nquý\nIII/2026\nđến\nquý IV/2028\n"
        "4.  Ban hành danh mục tài liệu\nỦy ban nhân\ndân các cấp\nCác Bộ, ngành và\nđịa phương\nQuyết định\nĐã hoàn thành\n"
        "5.\nĐào tạo cán bộ thư viện\nBộ Nội vụ\n\nCác bộ, ngành có\nliên quan\nKế hoạch\n\nTừ quý II/2027\n")


def _tasks(text):
    draft = parse_text(text)
    return [(t.clause, t.lead_agency, t.cooperating_agencies, t.due_on, t.recurrence) for t in draft.tasks]


def test_a_table_one_cell_per_line_is_read_into_rows():
    prose, tables = split_cell_tables(PLAN)
    assert "Rà soát" not in prose and "Điều 1." in prose
    assert [row[0] for row in tables[0].rows] == ["1", "2", "3", "4", "5"]


def test_each_row_gives_a_task_per_lead_with_its_helpers_and_time():
    tasks = _tasks(PLAN)
    # "Các bộ ở Trung ương, Ủy ban nhân dân cấp tỉnh ở địa phương": one task each, where they act left out
    assert ("1", "Các bộ", [], None, None) in tasks
    assert ("1", "Ủy ban nhân dân cấp tỉnh", [], None, None) in tasks
    # the lead run into the task's line; "Tháng 9/2027" is the month's end; the helpers cut by the page break
    assert ("2", "Bộ Y tế", ["Bộ Tư pháp", "Các bộ, ngành"], date(2027, 9, 30), None) in tasks
    # a span of quarters is due at the end of the last; a name cut across lines ("Bộ" / "Nội vụ")
    assert ("3", "Cơ sở khám bệnh, chữa bệnh", ["Bộ Tài chính", "Bộ Nội vụ"], date(2028, 12, 31), None) in tasks
    # a row already done is no task; "… có liên quan" among the helpers is a catch-all; a start is no date
    assert not any(clause == "4" for clause, *_ in tasks)
    assert ("5", "Bộ Nội vụ", [], None, None) in tasks
    # the group headings are no tasks and no part of the labels
    assert all(not clause.startswith(("I", "II")) for clause, *_ in tasks)


def test_helpers_of_the_ministries_and_the_localities_are_two_groups():
    text = PLAN.replace("Đã hoàn thành", "Quý I/2027")
    row = [t for t in parse_text(text).tasks if t.clause == "4"][0]
    assert row.lead_agency == "Ủy ban nhân dân các cấp"
    assert row.cooperating_agencies == ["Các Bộ, ngành", "Các địa phương"]
    assert row.due_on == date(2027, 3, 31)


def test_the_metadata_still_reads_the_table_s_words():
    text = PLAN.replace("xuất sửa đổi", "xuất sửa đổi (thay thế Thông tư\n12/2020/TT-BVHTTDL)")
    assert any("12/2020/TT-BVHTTDL" in r for r in parse_text(text).references)


PROVINCE_ANNEX = ("KẾ HOẠCH\nHỗ trợ doanh nghiệp chuyển đổi số\nI. MỤC ĐÍCH\n1. Mục đích\nNâng cao năng lực số.\n"
                  "PHỤ LỤC\nDANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM\n"
                  "STT\nTên nhiệm vụ\nCơ quan chủ trì\nCơ quan phối hợp\nThời gian hoàn thành\n"
                  "I.\nNÂNG CAO NHẬN THỨC VÀ ĐỔI MỚI\nTƯ DUY\n"
                  "1\nTổ chức tập huấn kỹ năng số\ncho doanh nghiệp.\nSở Nội vụ\nUBND các xã, phường\nThường xuyên\n"
                  "II. HOÀN\nTHIỆN CƠ CHẾ, CHÍNH SÁCH\n"
                  "2\nHỗ trợ hợp tác xã bán hàng\ntrên môi trường số.\nSở Công Thương\nUBND các xã, phường\nQuí IV-2025\n")


def test_group_headings_in_capitals_wrapped_or_numbered_alone_do_not_end_the_table():
    tasks = _tasks(PROVINCE_ANNEX)
    assert ("1", "Sở Nội vụ", ["Ủy ban nhân dân xã, phường"], None, None) in tasks
    # "Sở Công Thương" then "UBND các xã" on the next line: two names; "Quí IV-2025" is that quarter's end
    assert ("2", "Sở Công Thương", ["Ủy ban nhân dân xã, phường"], date(2025, 12, 31), None) in tasks


GROUPED_ANNEX = ("KẾ HOẠCH\nPhát triển du lịch nông thôn\nI. MỤC ĐÍCH\n1. Mục đích\nTăng thu nhập cho người dân.\n"
                 "PHỤ LỤC\nNHIỆM VỤ CỤ THỂ\n"
                 "STT\nNỘI DUNG NHIỆM VỤ\nCHỦ TRÌ\nPHỐI HỢP\nTHỜI GIAN\n"
                 "I\nNHÓM\nNHIỆM VỤ VỀ QUY HOẠCH\n"
                 "1\nRà soát quy hoạch các điểm du lịch\nnông thôn.\nSở Xây dựng\nSở Tài chính\n2026\n"
                 "2\nLập danh mục làng nghề có tiềm năng.\nSở Công Thương\nDoanh nghiệp; UBND các xã\nThường xuyên\n"
                 " II\nQUẢNG\nBÁ VÀ XÚC TIẾN\n"
                 "1\nXây dựng bộ nhận diện du lịch\nnông thôn.\nSở Văn hoá Thể thao du lịch\nSở Công Thương\n2027\n"
                 "2\nTổ chức hội thảo về sản phẩm\ndu lịch xanh.\nLiên hiệp các Hội Khoa học và Kỹ thuật\nSở Nội vụ\n"
                 "Thường xuyên\n")


def test_rows_numbered_again_under_each_group_are_told_apart_by_the_group():
    tasks = _tasks(GROUPED_ANNEX)
    assert [clause for clause, *_ in tasks] == ["I.1", "I.2", "II.1", "II.2"]
    # a known department's name ends at its last word: "Doanh nghiệp" below opens the helpers' cell, a kind
    # of organisation that helps (tests/test_importer_cooperating_and_catch_alls.py)
    assert ("I.2", "Sở Công Thương", ["Doanh nghiệp", "Ủy ban nhân dân xã"], None, None) in tasks
    # the department's name written without its comma and "và"; the province's union of science associations
    assert ("II.1", "Sở Văn hóa, Thể thao và Du lịch", ["Sở Công Thương"], date(2027, 12, 31), None) in tasks
    assert tasks[-1][1].startswith("Liên hiệp các Hội Khoa học và Kỹ thuật")


def test_a_roman_number_left_alone_by_a_wrapped_time_cell_is_no_group():
    text = GROUPED_ANNEX.replace("Sở Tài chính\n2026\n", "Sở Tài chính\nQuý\nIV\n2026\n")
    assert [clause for clause, *_ in _tasks(text)][:2] == ["I.1", "I.2"]


def test_the_province_s_related_departments_in_the_helpers_column_are_a_group_the_ministries_a_catch_all():
    text = GROUPED_ANNEX.replace("Sở Tài chính\n2026\n", "Sở, ban, ngành có liên quan\n2026\n")
    assert ("I.1", "Sở Xây dựng", ["Sở, ban, ngành"], date(2026, 12, 31), None) in _tasks(text)
    text = GROUPED_ANNEX.replace("Sở Tài chính\n2026\n", "Bộ Tài chính và các bộ, ngành có liên quan\n2026\n")
    assert ("I.1", "Sở Xây dựng", ["Bộ Tài chính"], date(2026, 12, 31), None) in _tasks(text)


def test_one_capitalised_word_after_a_department_s_name_is_the_next_cell_not_its_place():
    from tracker.importer.names import find_mentions

    assert [m.name for m in find_mentions("Sở Công Thương Thường xuyên")] == ["Sở Công Thương"]
    assert [m.name for m in find_mentions("Sở Công Thương Thanh Hóa chủ trì")] == ["Sở Công Thương Thanh Hóa"]


def test_short_names_in_capitals_wrapped_in_a_helpers_cell_do_not_end_the_table():
    # "Sở Tài chính," / "TTXVN, VTV": a list of short names wrapped after a comma; a title in capitals is no list
    text = GROUPED_ANNEX.replace("2\nLập danh mục làng nghề có tiềm năng.\nSở Công Thương\nDoanh nghiệp; UBND các xã\n",
                                 "2\nLập danh mục làng nghề có tiềm năng.\nSở Công Thương\nSở Tài chính,\nTTXVN, VTV\n"
                                 "Thường xuyên\n")
    assert {clause for clause, *_ in _tasks(text)} == {"I.1", "I.2", "II.1", "II.2"}


NUMBERED_GROUPS = ("QUYẾT ĐỊNH\nPhê duyệt Đề án phát triển thư viện số\nĐiều 1. Phê duyệt Đề án.\n"
                   "PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n" + HEADER +
                   "1.\nHoàn thiện thể chế\n"
                   "1.1\nRà soát các quy định về thư\nviện số.\nBộ Tư pháp\nBộ Nội vụ\nBáo cáo\nQuý IV/2026\n"
                   "1.2\nXây dựng Nghị định về dữ liệu\nthư viện.\nBộ Nội vụ\nBộ Tư pháp\nNghị định\n2027\n"
                   "2.\nPhát triển hạ tầng\n"
                   "2.1\nSố hóa tài liệu quý hiếm.\nBộ Tài chính\nBộ Nội vụ\nDữ liệu số\nThường xuyên\n"
                   "3.\nĐào tạo cán bộ thư viện.\nBộ Nội vụ\nBộ Tư pháp\nKế hoạch\n2028\n")


def test_rows_numbered_within_an_arabic_group_keep_their_number_and_the_group_s_row_is_its_heading():
    tasks = _tasks(NUMBERED_GROUPS)
    assert ("1.1", "Bộ Tư pháp", ["Bộ Nội vụ"], date(2026, 12, 31), None) in tasks
    assert ("1.2", "Bộ Nội vụ", ["Bộ Tư pháp"], date(2027, 12, 31), None) in tasks
    assert ("2.1", "Bộ Tài chính", ["Bộ Nội vụ"], None, None) in tasks
    # a numbered row with no sub-rows is a row of its own
    assert ("3", "Bộ Nội vụ", ["Bộ Tư pháp"], date(2028, 12, 31), None) in tasks
    assert len(tasks) == 4


def test_a_lead_cut_by_a_page_break_inside_its_name_is_completed_after_the_header():
    header = "TT\nNhiệm vụ\nCơ quan chủ trì\nCơ quan phối hợp\nThời gian hoàn thành\n"
    text = ("QUYẾT ĐỊNH\nPhụ lục\nNHIỆM VỤ CỤ THỂ\n" + header
            + "1\nXây dựng bộ tiêu chí đánh giá\nBộ Giáo dục và\nCác bộ, ngành\nQuý II/2026\n" + header
            + "mức độ chuyển đổi số.\nĐào tạo\nliên quan\n"
            + "2\nTổng kết việc thực hiện\nBộ Tài chính\nCác địa phương\nQuý IV/2026\n")
    tasks = parse_text(text).tasks
    assert [t.lead_agency for t in tasks][:2] == ["Bộ Giáo dục và Đào tạo", "Bộ Tài chính"]


def test_helpers_listed_with_semicolons_over_lines_are_one_cell():
    header = "TT\nNhiệm vụ\nCơ quan chủ trì\nCơ quan phối hợp\nSản phẩm\nThời gian hoàn thành\n"
    text = ("QUYẾT ĐỊNH\nPhụ lục\nNHIỆM VỤ CỤ THỂ\n" + header
            + "1\nXây dựng cơ sở dữ liệu ngành\nBộ Y tế\nBộ Tài chính;\nBộ Nội vụ;\nCơ sở dữ liệu\nQuý II/2026\n"
            + "2\nTổng kết việc thực hiện\nBộ Tài chính\nBộ Y tế\nBáo cáo\nQuý IV/2026\n")
    first = parse_text(text).tasks[0]
    assert (first.lead_agency, first.cooperating_agencies, first.due_text) == ("Bộ Y tế", ["Bộ Tài chính", "Bộ Nội vụ"], "Quý II/2026")


FIRMS_ROW = ("KẾ HOẠCH\nPhát triển hạ tầng sạc xe điện\nI. MỤC ĐÍCH\n1. Mục đích\nGiảm phát thải.\n"
             "PHỤ LỤC\nNHIỆM VỤ CHỦ YẾU\n"
             "STT\nNội dung nhiệm vụ\nCơ quan chủ trì\nCơ quan phối hợp\nThời gian thực hiện\n"
             "1\nRà soát quy hoạch điểm sạc\ntrên các tuyến quốc lộ.\nSở Xây dựng\nSở Công Thương\nNăm 2026\n"
             "2\nNhà đầu tư, doanh nghiệp\nphân phối điện bố trí vốn lắp đặt trạm sạc\ntại các bãi đỗ xe công cộng.\n"
             "Nhà đầu tư, doanh nghiệp phân phối điện\nSở Xây dựng, Sở Công Thương\nThường xuyên\n")


def test_a_row_whose_lead_cell_names_firms_is_no_task():
    # The firms' cell is a line of its own before the helpers': no lead of the helpers (rule 8).
    assert [(task[0], task[1]) for task in _tasks(FIRMS_ROW)] == [("1", "Sở Xây dựng")]
