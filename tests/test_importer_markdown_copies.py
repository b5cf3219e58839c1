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
