"""Group headings in sentence case in a task table printed one cell per line: the Roman number alone
with its title below ("I" / "Hoàn thiện …"), or with its title on the same line and no dot ("II Phát
triển …"); and two bodies' names one after another with no comma, as two such cells run together
("Bộ Công Thương" / "Bộ Nội vụ,"). Invented documents of the general form."""

from datetime import date

from tracker.importer.parser import parse_text

HEADER = "TT\nNội dung công việc\nĐơn vị chủ\ntrì\nĐơn vị\nphối hợp\nThời hạn\n"

ANNEX = ("KẾ HOẠCH\nPhát triển thương mại điện tử\nI. MỤC ĐÍCH\n1. Mục đích\nMở rộng thị trường.\n"
         "PHỤ LỤC\nCÁC NHIỆM VỤ CỤ THỂ\n" + HEADER +
         "I\nHoàn thiện cơ chế hỗ trợ thương mại điện tử cho\nhợp tác xã\n"
         "1\nRà soát quy định về sàn giao dịch\ncủa tỉnh.\nSở Công Thương\nSở Tư pháp\nNăm 2027\n"
         "2\nBan hành quy chế quản lý sàn.\nSở Tài chính\nSở Công Thương\nNăm 2028\n"
         "II\nĐào tạo kỹ năng bán hàng trên\nmôi trường số\n"
         "1\nTổ chức lớp tập huấn cho hộ kinh\ndoanh.\nSở Nội vụ\nSở Công Thương\nHằng năm\n"
         + HEADER +
         "III Quảng bá sản phẩm địa phương trên nền\ntảng số\n"
         "1\nXây dựng gian hàng của tỉnh.\nSở Văn hóa, Thể thao và Du lịch\nSở Công Thương\nNăm 2029\n")


def _tasks(text):
    return [(t.clause, t.lead_agency, t.cooperating_agencies, t.due_on, t.recurrence) for t in parse_text(text).tasks]


def test_a_roman_number_alone_over_a_title_in_sentence_case_heads_a_group():
    tasks = _tasks(ANNEX)
    assert ("I.1", "Sở Công Thương", ["Sở Tư pháp"], date(2027, 12, 31), None) in tasks
    assert ("I.2", "Sở Tài chính", ["Sở Công Thương"], date(2028, 12, 31), None) in tasks
    # the rows numbered from 1 again under II are read, not run into the last row of I
    assert ("II.1", "Sở Nội vụ", ["Sở Công Thương"], None, "FREQ=YEARLY") in tasks


def test_a_roman_number_and_its_title_on_one_line_head_a_group():
    assert ("III.1", "Sở Văn hóa, Thể thao và Du lịch", ["Sở Công Thương"], date(2029, 12, 31), None) in _tasks(ANNEX)


def test_a_quarter_wrapped_in_a_time_cell_heads_no_group():
    text = ANNEX.replace("Sở Tư pháp\nNăm 2027\n", "Sở Tư pháp\nQuý\nIV Năm 2027 và các năm sau\n")
    text = text.replace("Sở Công Thương\nNăm 2028\n", "Sở Công Thương\nQuý\nIII\nCác năm tiếp theo\n")
    clauses = [clause for clause, *_ in _tasks(text)]
    assert clauses[:2] == ["I.1", "I.2"] and "II.1" in clauses and "IV.1" not in clauses


def test_a_ministry_named_on_the_line_after_another_is_a_name_of_its_own():
    from tracker.importer.names import find_mentions

    # two cells of a table, one line after another, read as one run of words: the lead, then the first helper
    assert [m.name for m in find_mentions("Bộ Công Thương Bộ Nội vụ,")] == ["Bộ Công Thương", "Bộ Nội vụ"]
    assert [m.name for m in find_mentions("Sở Xây dựng Sở Tài chính")] == ["Sở Xây dựng", "Sở Tài chính"]
    # a name whose own words hold "Bộ" in lower case goes on
    assert [m.name for m in find_mentions("Bộ Chỉ huy Bộ đội Biên phòng tỉnh")] == ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh"]


def test_a_national_board_is_named_up_to_its_level():
    from tracker.importer.names import find_mentions

    assert [m.name for m in find_mentions("Ban Chỉ đạo Cải cách hành chính quốc gia chủ trì")] == ["Ban Chỉ đạo Cải cách hành chính quốc gia"]
    assert [m.name for m in find_mentions("Hội đồng Thẩm định Quốc gia")] == ["Hội đồng Thẩm định Quốc gia"]


def test_a_board_s_head_alone_on_its_line_goes_on_with_its_field():
    text = ANNEX.replace("Sở Nội vụ\nSở Công Thương\nHằng năm\n",
                         "Ban Chỉ đạo\nAn toàn thực phẩm\ntỉnh\nSở Công Thương\nHằng năm\n")
    assert ("II.1", "Ban Chỉ đạo An toàn thực phẩm tỉnh", ["Sở Công Thương"], None, "FREQ=YEARLY") in _tasks(text)
