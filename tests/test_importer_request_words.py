"""The words of request and of meeting, each from one definition (vocabulary.ASK_WORDS, REQUEST_WORDS,
PRESIDES_MEETING), and the one reading of a line that only tells a body to implement (repeats.ONLY_IMPLEMENT).
Invented sentences of the general form."""

import re

from tracker.importer.parser import parse_text
from tracker.importer.repeats import ONLY_IMPLEMENT
from tracker.importer.roles import assigning
from tracker.importer.text import fold
from tracker.importer.vocabulary import ASK_WORDS, PRESIDES_MEETING, REQUEST_WORDS


def _asks(words: str, text: str) -> bool:
    return bool(re.search(rf"\b{words}\b", fold(text)))


def test_the_narrow_words_ask_and_the_wide_ones_also_give_and_direct():
    assert _asks(ASK_WORDS, "Sở Công Thương đề nghị các doanh nghiệp")
    assert _asks(ASK_WORDS, "UBND huyện Tân Phước yêu cầu")
    assert not _asks(ASK_WORDS, "Chủ tịch UBND tỉnh giao Sở Nội vụ")
    for text in ("giao trách nhiệm cho Ban Quản lý dự án", "chỉ đạo các phòng chuyên môn", "giao nhiệm vụ cho Đoàn Thanh niên"):
        assert _asks(REQUEST_WORDS, text)


def test_giving_work_takes_its_object_words_with_it():
    match = re.match(rf"{REQUEST_WORDS}\s+", fold("giao trách nhiệm cho Sở Tư pháp rà soát"))
    assert match and fold("giao trách nhiệm cho Sở Tư pháp rà soát")[match.end():].startswith("so tu phap")


def test_transport_and_education_are_no_giving_but_the_statistics_office_is_given_work():
    assert not _asks(REQUEST_WORDS, "Sở Giao thông vận tải tỉnh Hòa Bình")
    assert not _asks(REQUEST_WORDS, "ngành giáo dục của huyện Mỹ Xuyên")
    assert _asks(REQUEST_WORDS, "Giao Thống kê tỉnh chủ trì tổng hợp số liệu")


def test_presiding_over_a_session_is_hosting_an_event_not_leading_work():
    for text in ("chủ trì hội nghị sơ kết", "chủ trì buổi làm việc với huyện Đức Linh", "chủ trì cuộc họp trực tuyến",
                 "chủ trì phiên họp thường kỳ", "chủ trì lễ khánh thành", "chủ trì hội thảo khoa học", "chủ trì kỳ họp thứ 5",
                 "chủ trì diễn đàn doanh nghiệp"):
        assert re.match(PRESIDES_MEETING, fold(text)), text
    for text in ("chủ trì cuộc vận động ủng hộ đồng bào", "chủ trì lễ hội đua ghe", "chủ trì xây dựng kế hoạch"):
        assert not re.match(PRESIDES_MEETING, fold(text)), text


def test_only_implementing_is_one_reading():
    for work in ("triển khai thực hiện.", "khẩn trương, nghiêm túc triển khai thực hiện theo nội dung Công văn này.",
                 "tích cực tổ chức thực hiện đúng các nội dung nêu trên./.", "thực hiện"):
        assert re.fullmatch(ONLY_IMPLEMENT, fold(work)), work
    for work in ("triển khai thực hiện kiểm tra các cơ sở kinh doanh.", "thực hiện báo cáo trước ngày 15/9/2026."):
        assert not re.fullmatch(ONLY_IMPLEMENT, fold(work)), work


def test_a_closing_sentence_that_only_implements_is_dropped_with_the_problems_clause():
    unit = ("Sở Xây dựng rà soát các công trình xuống cấp. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, "
            "kịp thời báo cáo về Ủy ban nhân dân tỉnh. Đề nghị các đơn vị nghiêm túc triển khai thực hiện.")
    kept = assigning(unit)
    assert "rà soát" in kept and "nghiêm túc" not in kept


def test_the_time_problems_arise_in_goes_with_the_condition():
    # "Trong quá trình thực hiện Kế hoạch này, nếu có khó khăn …": what is carried out is named in the condition,
    # which leaves no words of work before it.
    unit = ("Trong quá trình tổ chức thực hiện Chương trình này, nếu có khó khăn, vướng mắc, đề nghị các sở, ngành "
            "và địa phương kịp thời phản ánh về Sở Xây dựng để tổng hợp, hướng dẫn.")
    assert assigning(unit).strip() == ""


LETTER = """ỦY BAN NHÂN DÂN
TỈNH HÒA BÌNH

Số: 417/UBND-KT

V/v chuẩn bị điều tra doanh nghiệp năm 2027

Hòa Bình, ngày 14 tháng 8 năm 2026

Kính gửi:
- Thống kê tỉnh;
- Ủy ban nhân dân các xã, phường.

Thực hiện kế hoạch điều tra doanh nghiệp năm 2027, Ủy ban nhân dân tỉnh có ý kiến như sau:

1. Giao Thống kê tỉnh chủ trì, phối hợp với Sở Tài chính xây dựng phương án điều tra, trình Ủy ban nhân dân tỉnh trước ngày 30/9/2026.

2. Giao Ủy ban nhân dân các xã, phường rà soát danh sách doanh nghiệp trên địa bàn, gửi Thống kê tỉnh trước ngày 15/10/2026.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Văn Minh
"""


def test_the_statistics_office_given_work_leads_it():
    tasks = parse_text(LETTER).tasks
    leads = [(t.clause, t.lead_agency) for t in tasks]
    assert ("1", "Thống kê tỉnh") in leads
    assert any(lead.startswith("Ủy ban nhân dân") and clause == "2" for clause, lead in leads)


def test_giving_specific_duties_and_the_longer_word_for_cooperating():
    # Study 114: "giao nhiệm vụ cụ thể (cho) X", "X phối kết hợp …".
    assert _asks(REQUEST_WORDS, "giao nhiệm vụ cụ thể các phòng chuyên môn")
    text = "Giao nhiệm vụ cụ thể Công an xã phối kết hợp với các thôn rà soát hộ dân ven sông."
    assert [t.lead_agency for t in parse_text(text).tasks] == ["Công an xã"]
