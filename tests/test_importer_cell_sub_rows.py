"""A task table whose work column is headed "Tên đề án" (a plan's priority projects). Invented document."""

from datetime import date

from tracker.importer.parser import parse_text

OPENING = ("NGHỊ QUYẾT\nVề nhiệm vụ phát triển du lịch cộng đồng\nĐiều 1. Ban hành kèm theo Nghị quyết này "
           "Phụ lục.\nPhụ lục\nDANH MỤC NHIỆM VỤ\n")


def _tasks(text):
    return [(t.clause.split(" ý ")[0], t.lead_agency, t.cooperating_agencies, t.due_on)
            for t in parse_text(text).tasks]


def test_a_table_of_projects_names_its_work_column_ten_de_an():
    text = (OPENING + "TT\tTên đề án\tCơ quan chủ trì\tCơ quan phối hợp\tThời hạn hoàn thành\n"
            "1\tĐề án phát triển làng nghề du lịch\tBộ Nông nghiệp và Môi trường\tBộ Công Thương\t2028\n")
    assert ("1", "Bộ Nông nghiệp và Môi trường", ["Bộ Công Thương"], date(2028, 12, 31)) in _tasks(text)
