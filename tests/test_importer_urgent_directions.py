"""Urgent directions of a district or a province (công văn, công điện, their press reports): the bodies
they name. Invented texts of the general form."""

from tracker.importer.parser import parse_text

# A province's notice giving work to a list of bodies, one of them a board's standing members.
NOTICE = """Thông báo về việc tăng cường phòng chống dông lốc

Ủy ban nhân dân tỉnh có ý kiến như sau:

1. Giao Công an tỉnh; Thường trực Ban Chỉ huy phòng thủ dân sự tỉnh; Ủy ban nhân dân các huyện, thị xã kiểm tra \
nhà tạm, nhà yếu trước mùa mưa bão.
2. Giao Sở Xây dựng (Thường trực Ban Chỉ huy phòng thủ dân sự tỉnh) tổng hợp tình hình, báo cáo Ủy ban nhân dân tỉnh.
"""


def test_a_boards_standing_members_are_a_body():
    leads = [(t.clause, t.lead_agency) for t in parse_text(NOTICE).tasks]
    assert ("1", "Thường trực Ban Chỉ huy phòng thủ dân sự tỉnh") in leads
    # In brackets after a body, the same words are that body's role, not a second lead.
    assert [lead for clause, lead in leads if clause == "2"] == ["Sở Xây dựng"]
