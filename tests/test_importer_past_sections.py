"""Sections that name bodies yet give them nothing to deliver (ANNOTATION.md rules 6 and 8): a section of results
achieved, and items recording reports already heard at a meeting. Invented texts of the general form."""

from tracker.importer.parser import parse_text

HEADER = ("ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
          "Số: 31/NQ-UBND\nHòa Bình, ngày 12 tháng 3 năm 2026\nNGHỊ QUYẾT\nPhiên họp Ủy ban nhân dân tỉnh thường kỳ "
          "tháng 2 năm 2026\nỦY BAN NHÂN DÂN TỈNH\nQUYẾT NGHỊ:\n")


def _tasks(text: str) -> list[tuple[str, str]]:
    return [(t.clause_number, t.lead_agency) for t in parse_text(text).tasks]


def test_a_section_of_results_achieved_gives_no_work():
    text = HEADER + ("I. Về kinh tế - xã hội tháng 2 và nhiệm vụ tháng 3\n"
                     "1. Những kết quả đạt được\n"
                     "Trong tháng 2, nhờ sự phối hợp của Ủy ban Mặt trận Tổ quốc tỉnh, tình hình kinh tế được giữ vững. "
                     "Ngành y tế tập trung khám chữa bệnh cho người dân dịp Tết.\n"
                     "2. Nhiệm vụ trọng tâm tháng 3\n"
                     "a) Sở Y tế kiểm tra an toàn thực phẩm tại các chợ, hoàn thành trước ngày 31 tháng 3 năm 2026.\n")
    assert _tasks(text) == [("I.2.a", "Sở Y tế")]


def test_items_recording_reports_heard_at_the_meeting_are_no_tasks():
    text = HEADER + ("I. Về nhiệm vụ tháng 3\n"
                     "1. Sở Công Thương kiểm tra việc cung ứng xăng dầu, báo cáo Ủy ban nhân dân tỉnh trước ngày 20 tháng 3 năm 2026.\n"
                     "II. Về các báo cáo tại phiên họp\n"
                     "Tại phiên họp, các sở đã có báo cáo Ủy ban nhân dân tỉnh như sau:\n"
                     "1. Sở Kế hoạch và Đầu tư báo cáo về tình hình giải ngân vốn đầu tư công.\n"
                     "2. Sở Nội vụ báo cáo về dự thảo Đề án sắp xếp đơn vị sự nghiệp công lập.\n")
    assert _tasks(text) == [("I.1", "Sở Công Thương")]


def test_items_a_lead_in_asks_for_after_reports_are_still_tasks():
    text = HEADER + ("II. Về các báo cáo tại phiên họp\n"
                     "Các sở đã có báo cáo tại phiên họp, Ủy ban nhân dân tỉnh yêu cầu như sau:\n"
                     "1. Sở Kế hoạch và Đầu tư hoàn thiện báo cáo tình hình giải ngân vốn đầu tư công.\n")
    assert _tasks(text) == [("II.1", "Sở Kế hoạch và Đầu tư")]
