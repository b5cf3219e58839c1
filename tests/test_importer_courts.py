"""The province's procuracy and court as bodies (study 18), with an invented text: a plan's clause
"Đề nghị Viện kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh" gives each its task; the supreme ones
("… tối cao") are national bodies the plan does not ask."""

from tracker.importer.parser import parse_text

PLAN = """ỦY BAN NHÂN DÂN
TỈNH PHÚ THỌ

Số: 88/KH-UBND
Phú Thọ, ngày 18 tháng 3 năm 2026

KẾ HOẠCH

Phòng, chống tội phạm năm 2026

I. TỔ CHỨC THỰC HIỆN
1. Công an tỉnh chủ trì theo dõi, tổng hợp kết quả thực hiện Kế hoạch.
2. Đề nghị Viện kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh
- Phối hợp chặt chẽ với Công an tỉnh trong điều tra, truy tố, xét xử, theo hướng dẫn của Viện kiểm sát
nhân dân tối cao, Tòa án nhân dân tối cao.
3. Sở Tư pháp hướng dẫn công tác trợ giúp pháp lý./.

Nơi nhận:
"""


def test_the_provincial_procuracy_and_court_are_bodies():
    leads = [(t.clause, t.lead_agency) for t in parse_text(PLAN).tasks]
    assert ("I.2", "Viện kiểm sát nhân dân tỉnh") in leads
    assert ("I.2", "Tòa án nhân dân tỉnh") in leads
    assert len([lead for lead in leads if lead[0] == "I.2"]) == 2
