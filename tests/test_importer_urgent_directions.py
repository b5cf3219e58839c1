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


# A district's letter: its offices and units, a command board's members and the communes asked in the introduction;
# the second point tells apart the communes at risk and the rest, each group with its own work.
DISTRICT_LETTER = """Triển khai ứng phó với áp thấp nhiệt đới

Để chủ động ứng phó với áp thấp nhiệt đới, Ủy ban nhân dân huyện yêu cầu các phòng, đơn vị; các thành viên Ban Chỉ \
huy Phòng chống thiên tai, Tìm kiếm cứu nạn và Phòng thủ dân sự huyện; Ủy ban nhân dân các xã, thị trấn khẩn trương \
thực hiện các nội dung sau:
1. Chấp hành nghiêm chỉ đạo của Ủy ban nhân dân huyện về ứng phó áp thấp nhiệt đới; thực hiện phương châm "4 tại chỗ".
2. Các xã có nguy cơ xảy ra lũ quét, sạt lở đất và các khu dân cư ven suối phải di dời dân khỏi vùng nguy hiểm, \
hoàn thành trước 18h00' ngày 12/10/2031.
Các xã còn lại tiếp tục rà soát; báo cáo Ủy ban nhân dân huyện trước 10h00' ngày 12/10/2031; di dời dân khỏi vùng \
nguy hiểm trước 18h00' ngày 12/10/2031.
Lê Thu Hà
"""


def test_a_districts_offices_units_and_command_members_asked_in_the_introduction():
    leads = [(t.clause, t.lead_agency) for t in parse_text(DISTRICT_LETTER).tasks]
    assert ("1", "Các phòng, đơn vị") in leads
    assert ("1", "Thành viên Ban Chỉ huy Phòng chống thiên tai, Tìm kiếm cứu nạn và Phòng thủ dân sự huyện") in leads


def test_communes_told_apart_by_their_risk_or_as_the_rest_are_groups_of_their_own():
    tasks = [t for t in parse_text(DISTRICT_LETTER).tasks if t.clause.startswith("2")]
    assert [(t.clause, t.lead_agency) for t in tasks] == [
        ("2", "Các xã có nguy cơ xảy ra lũ quét, sạt lở đất"), ("2", "Các xã còn lại")]
    # Two hours of the same day in one paragraph are one deadline: one task, not a second "2 ý".
    assert str(tasks[1].due_on) == "2031-10-12"


# A province's page: its chairman declares the emergency; the declaration is the decision's own, no task.
EMERGENCY_PAGE = """Văn phòng Ủy ban nhân dân tỉnh Hà Lâm cho biết, Chủ tịch Ủy ban nhân dân tỉnh vừa ký quyết định công \
bố tình huống khẩn cấp sạt lở bờ sông.

Theo đó, Ủy ban nhân dân tỉnh Hà Lâm công bố tình huống khẩn cấp sạt lở bờ sông gồm đoạn bờ sông Cái Mơ, xã Tân \
Bình. Sạt lở bờ kênh Ba Lê, xã Phú Thạnh.

Chủ tịch Ủy ban nhân dân tỉnh Hà Lâm yêu cầu Sở Nông nghiệp và Phát triển nông thôn thường xuyên cập nhật, báo cáo \
diễn biến sạt lở.
"""


def test_the_province_declaring_an_emergency_leads_no_task():
    leads = [(t.clause, t.lead_agency) for t in parse_text(EMERGENCY_PAGE).tasks]
    assert leads == [("1", "Sở Nông nghiệp và Phát triển nông thôn")]
