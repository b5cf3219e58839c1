"""Sentences that name bodies yet give them nothing to deliver (ANNOTATION.md rule 8): who answers for the
accuracy of figures or for results. Invented texts of the general form."""

from tracker.importer.parser import parse_text

HEADER = ("ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
          "Số: 31/NQ-UBND\nHòa Bình, ngày 12 tháng 3 năm 2026\nNGHỊ QUYẾT\nPhiên họp Ủy ban nhân dân tỉnh thường kỳ "
          "tháng 2 năm 2026\nỦY BAN NHÂN DÂN TỈNH\nQUYẾT NGHỊ:\n")


def _tasks(text: str) -> list[tuple[str, str]]:
    return [(t.clause_number, t.lead_agency) for t in parse_text(text).tasks]


def test_bodies_answering_for_the_accuracy_of_figures_get_no_task():
    text = HEADER + ("1. Sở Tài chính thẩm định hồ sơ đề nghị hỗ trợ của các trường học, trình Ủy ban nhân dân tỉnh "
                     "trước ngày 30 tháng 4 năm 2026.\n"
                     "2. Các trường học chịu trách nhiệm về tính chính xác của hồ sơ đề nghị hỗ trợ; học sinh được "
                     "hỗ trợ đúng đối tượng, đúng quy định.\n"
                     "3. Sở Giáo dục và Đào tạo chịu trách nhiệm về việc tổng hợp số liệu. Sở Tài chính chịu trách "
                     "nhiệm về số liệu đã thẩm định.\n")
    assert _tasks(text) == [("1", "Sở Tài chính")]


def test_heads_answering_for_results_get_no_task_of_their_own():
    text = HEADER + ("1. Sở Tư pháp hướng dẫn các sở, ngành rà soát văn bản quy phạm pháp luật do tỉnh ban hành, "
                     "hoàn thành trong tháng 5 năm 2026. Thủ trưởng các sở, ban, ngành trực tiếp chỉ đạo và chịu trách "
                     "nhiệm về kết quả rà soát văn bản thuộc lĩnh vực mình quản lý.\n")
    assert _tasks(text) == [("1", "Sở Tư pháp")]


def test_answering_for_figures_beside_other_work_is_still_a_task():
    text = HEADER + ("1. Sở Y tế chịu trách nhiệm về số liệu và gửi báo cáo Ủy ban nhân dân tỉnh trước ngày "
                     "20 tháng 3 năm 2026.\n")
    assert _tasks(text) == [("1", "Sở Y tế")]


def test_accountability_the_issuer_gives_by_name_is_still_a_task():
    text = HEADER + ("1. Ủy ban nhân dân tỉnh giao Sở Giáo dục và Đào tạo chịu trách nhiệm về tính chính xác của số "
                     "liệu hỗ trợ học phí.\n")
    assert _tasks(text) == [("1", "Sở Giáo dục và Đào tạo")]
