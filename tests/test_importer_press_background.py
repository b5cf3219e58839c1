"""A press page's lead and background, each rule with an invented page: the lead dated "Ngày 30-8," or
"Ngày 5 tháng 9 năm 2025," that tells of the letter is no clause; once the page turns to what came before
("Trước đó ngày 28-8, …"), what follows tells of that earlier document, not of this letter; "và đơn vị liên
quan" without "các" is a catch-all; "Bộ ngành trung ương" without a comma is the ministries as a group; a
sector's units "trực thuộc Sở" are one group."""

import pytest

from tracker.importer.parser import parse_text


def _tasks(text):
    return [(t.clause, t.lead_agency, t.cooperating_agencies, t.summary) for t in parse_text(text).tasks]


GIFT_PAGE = """Ngày {date}, UBND tỉnh Hà Giang ban hành văn bản khẩn gửi các sở, ngành và UBND các xã, phường về việc hỗ trợ người dân sau bão.

UBND tỉnh Hà Giang: Bảo đảm hỗ trợ kịp thời cho người dân

Theo đó, UBND tỉnh giao Sở Tài chính, Công an tỉnh và đơn vị liên quan phối hợp chặt chẽ với Bộ ngành trung ương để chuyển tiền hỗ trợ đến người dân đúng thời hạn.

UBND các xã, phường chỉ đạo các thôn, tổ dân phố rà soát danh sách hộ bị thiệt hại.

Trước đó ngày 3-9, Thủ tướng Chính phủ có Công điện số 88 về việc khắc phục hậu quả bão.

Theo đó, Thủ tướng giao các Bộ ngành liên quan khẩn trương bố trí kinh phí hỗ trợ các địa phương.
"""


@pytest.mark.parametrize("date", ["30-8", "5 tháng 9 năm 2025", "5 tháng 9"])
def test_the_lead_that_tells_of_the_letter_is_no_clause(date):
    leads = [(clause, lead) for clause, lead, _, _ in _tasks(GIFT_PAGE.format(date=date))]
    assert leads == [("1", "Sở Tài chính"), ("1", "Công an tỉnh"), ("2", "Ủy ban nhân dân xã, phường")]


def test_what_came_before_is_no_work_of_this_letter():
    leads = {lead for _, lead, _, _ in _tasks(GIFT_PAGE.format(date="30-8"))}
    assert not any("Bộ" in lead for lead in leads)


def test_a_catch_all_without_các_and_the_ministries_without_a_comma():
    first = _tasks(GIFT_PAGE.format(date="30-8"))[0]
    assert first[2] == ["Bộ ngành trung ương"]
    assert first[3].startswith("Chuyển tiền hỗ trợ")  # neither "và đơn vị liên quan" nor "để" opens the summary


def test_a_sectors_units_of_the_department_are_one_group():
    text = """Ngày 12/10, Sở Giáo dục và Đào tạo ban hành văn bản hướng dẫn về dạy thêm, học thêm.

Theo đó, UBND các xã, phường tổ chức tuyên truyền Quy định về dạy thêm, học thêm đến nhân dân.

Đối với các đơn vị giáo dục trực thuộc Sở tổ chức quán triệt Quy định đến toàn thể giáo viên, học sinh.
"""
    leads = [(clause, lead) for clause, lead, _, _ in _tasks(text)]
    assert ("2", "Các đơn vị giáo dục trực thuộc Sở") in leads
