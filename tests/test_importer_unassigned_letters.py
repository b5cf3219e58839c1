"""Provincial letters, decisions and pages that assign work yet drafted nothing: a part's title joined to
its first sentence, a speaker the press names by "ông"/"bà", a doer after "sẽ do", a letter answering its
one recipient's proposal, localities named by their level, a summary's lines apart. Every text here is
invented."""

from tracker.importer.clauses import split_body
from tracker.importer.localities import bare_localities
from tracker.importer.metadata import parse_metadata
from tracker.importer.parser import parse_text
from tracker.importer.passive_doers import passive_doer
from tracker.importer.press_speakers import person_request
from tracker.importer.section_titles import titles_apart

HEADER = """ỦY BAN NHÂN DÂN
TỈNH AN PHÚ
Số: 12/CT-UBND
An Phú, ngày 05 tháng 3 năm 2024
CHỈ THỊ
VỀ CÔNG TÁC PHÒNG CHỐNG HẠN HÁN
Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:
"""


def _leads(text: str) -> list[tuple[str, str]]:
    return [(t.clause, t.lead_agency) for t in parse_text(text).tasks]


def test_a_parts_title_on_its_line_is_set_apart_from_its_first_sentence():
    text = HEADER + """I. Nhiệm vụ chung
Các sở, ban, ngành tỉnh, Ủy ban nhân dân các huyện tập trung thực hiện
các việc sau:
- Rà soát các công trình thủy lợi trước ngày 30/4/2024.
II. Tổ chức thực hiện
Giao Sở Tài chính bố trí kinh phí.
"""
    assert titles_apart("I. Nhiệm vụ chung\nCác sở tập trung") == "I. Nhiệm vụ chung: Các sở tập trung"
    assert titles_apart("I. NHIỆM VỤ CHUNG\nCác sở tập trung") == "I. NHIỆM VỤ CHUNG\nCác sở tập trung"
    assert titles_apart("2. Ban Quản lý\nDự án tỉnh") == "2. Ban Quản lý\nDự án tỉnh"  # a wrapped name
    assert split_body(text).clauses[0].heading.startswith("Nhiệm vụ chung: Các sở")
    leads = _leads(text)
    assert ("I", "Các sở, ban, ngành tỉnh") in leads
    assert ("I", "Ủy ban nhân dân huyện") in leads


def test_a_person_the_press_names_is_the_speaker_and_those_asked_act():
    assert person_request("Ông Bình yêu cầu Sở Xây dựng rà soát") == len("Ông Bình yêu cầu ")
    assert person_request("Phát biểu tại buổi làm việc, bà Lê Thị Hoa đề nghị Sở Y tế") is not None
    assert person_request("Ông bà tổ tiên để lại") is None
    page = ("Ngày 3/4, Chủ tịch UBND tỉnh làm việc với các sở về tiến độ xây dựng trường học.\n\n"
            "Ông Bình yêu cầu Sở Xây dựng khẩn trương rà soát hồ sơ các công trình, hoàn thành trong tháng 5/2024.\n")
    assert [lead for _, lead in _leads(page)] == ["Sở Xây dựng"]


def test_the_doer_named_after_se_do_acts():
    sentence = "Các hội thi cấp tỉnh sẽ do Sở Văn hóa và Thể thao xây dựng kế hoạch và tổ chức."
    assert passive_doer(sentence) == sentence.index("Sở Văn hóa")
    assert passive_doer("Quyết định số 5/QĐ-UBND do UBND tỉnh ban hành ngày 2/3.") is None
    page = ("Ngày 3/4, UBND tỉnh ban hành Quyết định số 50/QĐ-UBND về lịch thi đấu thể thao năm 2024.\n\n"
            "Các hội thi cấp tỉnh sẽ do Sở Văn hóa và Thể thao xây dựng kế hoạch và tổ chức.\n")
    assert [lead for _, lead in _leads(page)] == ["Sở Văn hóa và Thể thao"]


LETTER = """ỦY BAN NHÂN DÂN
TỈNH AN PHÚ
VĂN PHÒNG
Số: 40/VP-KT
An Phú, ngày 05 tháng 3 năm 2024
V/v đồng ý tổ chức hội chợ

nông sản năm 2024
Kính gửi: Sở Công Thương.
Xét Công văn số 15/SCT-QLTM ngày 01/3/2024 của Sở Công Thương về việc đề nghị tổ chức hội chợ nông sản, Phó Chủ tịch UBND tỉnh có ý kiến như sau:
1. Đồng ý tổ chức Hội chợ nông sản tỉnh năm 2024 tại quảng trường trung tâm như đề nghị của Sở Công Thương.
2. Đồng ý mời các doanh nghiệp ngoài tỉnh tham gia hội chợ.
Văn phòng UBND tỉnh thông báo để Sở Công Thương biết, thực hiện./.
"""


def test_a_letter_answering_its_one_recipients_proposal_gives_it_the_points():
    assert _leads(LETTER) == [("1", "Sở Công Thương"), ("2", "Sở Công Thương")]
    # The same points in a letter to two bodies, or one that answers no proposal, stay without a lead.
    two = LETTER.replace("Kính gửi: Sở Công Thương.", "Kính gửi:\n- Sở Công Thương;\n- Sở Tài chính.")
    assert _leads(two) == []
    unasked = LETTER.replace("Xét Công văn số 15/SCT-QLTM ngày 01/3/2024 của Sở Công Thương về việc đề nghị tổ chức "
                             "hội chợ nông sản, ", "Về công tác xúc tiến thương mại, ")
    assert _leads(unasked) == []


def test_a_summary_printed_one_line_a_paragraph_is_read_whole():
    assert parse_metadata(LETTER).subject == "Đồng ý tổ chức hội chợ nông sản năm 2024"


def test_localities_named_by_their_level_act_through_their_committee():
    mentions, end = bare_localities("Các huyện, thị xã tổ chức di dời dân khỏi vùng nguy hiểm.")
    assert [(m.name, m.kind, m.group) for m in mentions] == [("Ủy ban nhân dân các huyện, thị xã", "district", True)]
    assert end == len("Các huyện, thị xã")
    assert bare_localities("Các xã, phường rà soát hộ nghèo.")[0][0].kind == "commune"
    assert bare_localities("Các huyện miền núi có nhiều khó khăn.") == ([], 0)
    assert bare_localities("Các xã hội nghề nghiệp tổ chức hội thảo.") == ([], 0)
    text = HEADER + "1. Các huyện tổ chức di dời dân khỏi vùng sạt lở, hoàn thành trước ngày 10/3/2024.\n"
    assert _leads(text) == [("1", "Ủy ban nhân dân các huyện")]
