"""Documents copied through a Markdown converter (study 137), each form with an invented text: the
backslash escapes before a clause's number and a bullet's hyphen ("2\\.", "\\-"), a task table whose
cells are set apart by " | " one row a line, its group titles printed once per merged cell, and a
centrally-run city's committee written short in such a table's cells ("UBND TP Đà Nẵng")."""

from tracker.importer.markdown_escapes import without_escapes
from tracker.importer.parser import parse_text


def _tasks(text):
    return [(t.clause, t.lead_agency) for t in parse_text(text).tasks]


ESCAPED_ARTICLES = """**ỦY BAN THƯỜNG VỤ\\
QUỐC HỘI**

Số: 2001/NQ-UBTVQH15 *Hà Nội, ngày 20 tháng 5 năm 2025*

**NGHỊ QUYẾT**

VỀ VIỆC THÀNH LẬP THỊ XÃ SÔNG CẦU MỚI

**ỦY BAN THƯỜNG VỤ QUỐC HỘI**

**QUYẾT NGHỊ:**

**Điều 1. Thành lập thị xã**

Thành lập thị xã Sông Cầu mới trên cơ sở các xã ven biển.

**Điều 2. Tổ chức thực hiện**

1\\. Nghị quyết này có hiệu lực từ ngày ký.

2\\. Giao Chính phủ tổ chức việc đo đạc địa giới và công bố công khai
trước ngày 31 tháng 10 năm 2025.

3\\. Hội đồng Dân tộc giám sát việc thực hiện Nghị quyết này.
"""


def test_escaped_marks_read_as_the_marks_themselves():
    assert without_escapes("1\\. Giao Bộ X\n\\- Về việc Y\\...") == "1. Giao Bộ X\n- Về việc Y..."
    assert without_escapes("d:\\2024\\CV") == "d:\\2024\\CV"  # a path: no mark escaped


def test_an_article_s_escaped_numbers_open_its_clauses():
    tasks = _tasks(ESCAPED_ARTICLES)
    assert ("2.2", "Chính phủ") in tasks
    due = {t.clause: t.due_on for t in parse_text(ESCAPED_ARTICLES).tasks}
    assert str(due["2.2"]) == "2025-10-31"


PIPE_TABLE = """BỘ CÔNG THƯƠNG

Số: 45/QĐ-BCT | Hà Nội, ngày 10 tháng 3 năm 2024

QUYẾT ĐỊNH

Về việc ban hành Kế hoạch phát triển thương mại thành phố Đà Nẵng

BỘ TRƯỞNG BỘ CÔNG THƯƠNG

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển thương mại thành phố Đà Nẵng.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.

PHỤ LỤC

DANH MỤC NHIỆM VỤ

STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành | Sản phẩm

I | Phát triển hạ tầng thương mại | Phát triển hạ tầng thương mại | Phát triển hạ tầng thương mại | Phát triển hạ tầng thương mại | Phát triển hạ tầng thương mại

1 | Đề án chợ đầu mối nông sản | Vụ Thị trường trong nước | UBND TP Đà Nẵng và các đơn vị liên quan | 2025 | Đề án

2 | Quy hoạch mạng lưới siêu thị | UBND TP Đà Nẵng | Vụ Thị trường trong nước | Quý III/2024 | Quyết định

II | Xúc tiến thương mại | Xúc tiến thương mại | Xúc tiến thương mại | Xúc tiến thương mại | Xúc tiến thương mại

1 | Chương trình xúc tiến thương mại quốc tế | Cục Xúc tiến thương mại | Các cơ quan liên quan | 2024-2026 | Báo cáo
"""


def test_a_pipe_separated_task_table_is_read_row_by_row_under_its_groups():
    tasks = {(t.clause, t.lead_agency): t for t in parse_text(PIPE_TABLE).tasks}
    assert ("I.2", "Ủy ban nhân dân thành phố Đà Nẵng") in tasks
    assert str(tasks[("I.2", "Ủy ban nhân dân thành phố Đà Nẵng")].due_on) == "2024-09-30"
    assert any(clause == "II.1" for clause, _ in tasks)
    first = next(t for (clause, _), t in tasks.items() if clause == "I.1")
    assert str(first.due_on) == "2025-12-31"
    assert first.cooperating_agencies == ["Ủy ban nhân dân thành phố Đà Nẵng"]


def test_a_city_s_committee_written_short_in_a_tabbed_table_helps():
    text = PIPE_TABLE.replace(" | ", "\t")
    first = next(t for t in parse_text(text).tasks if t.clause.endswith("1") and "Đà Nẵng" not in t.lead_agency)
    assert first.cooperating_agencies == ["Ủy ban nhân dân thành phố Đà Nẵng"]
