"""A task table printed one cell per line whose task cell wraps past the row's other cells: its first
line ends mid-phrase ("… của"), then come the lead, helpers, result and time, then the rest of the task's
words. The row still has its lead (the only body a line opens with), and a result cell ending on a name's
head ("… kiện toàn Ủy") does not swallow the year printed after it. Invented documents of the general form."""

from datetime import date

from tracker.importer.parser import parse_text

HEADER = "STT\nTên nhiệm vụ\nCơ quan\nchủ trì\nCơ quan\nphối hợp\nSản phẩm\nThời gian hoàn\nthành\n"

PLAN = ("QUYẾT ĐỊNH\nBan hành Kế hoạch phát triển thư viện số\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n"
        "PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n" + HEADER +
        "I. Hoàn thiện tổ chức\n"
        "1.\nKiện toàn bộ phận quản lý thư viện số của\nBộ Nội\nvụ\nCác đơn vị\nliên quan\nQuyết định kiện toàn Ủy\n2027\n"
        "Thủ đô theo hướng tinh gọn.\nban quản lý\n"
        "2.\nĐào tạo cán bộ thư viện\nBộ Tài chính\nCác bộ, ngành\nKế hoạch\nNăm 2028\n")


def test_a_row_whose_task_wraps_past_its_cells_keeps_its_lead_and_time():
    tasks = [(t.clause, t.lead_agency, t.due_on) for t in parse_text(PLAN).tasks]
    assert ("1", "Bộ Nội vụ", date(2027, 12, 31)) in tasks
    assert ("2", "Bộ Tài chính", date(2028, 12, 31)) in tasks
