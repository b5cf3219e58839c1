"""Clause labels: a clause is labelled by its full path as printed, with its Roman section when the
document has them ("III.2.1"); the scorer also accepts an older gold label without the section."""

from tracker.importer.draft import Draft, DraftTask
from tracker.importer.parser import parse_text
from tracker.importer.scoring import clause_matches, score_document


def _draft(*tasks):
    return Draft(tasks=[DraftTask(clause=clause, lead_agency=lead) for clause, lead in tasks])


def test_a_gold_label_without_the_section_matches_the_draft_label_with_it():
    assert clause_matches("2.1", "III.2.1")
    assert clause_matches("III.2.1", "III.2.1")
    assert clause_matches("2.1 ý 2", "III.2.1")
    assert not clause_matches("2.1", "III.3.1")
    assert not clause_matches("III.2.1", "2.1")  # the gold names a section the draft lacks


def test_a_gold_label_of_an_annex_row_matches_the_row_number():
    assert clause_matches("PL.12", "12")
    assert clause_matches("PL.15 ý 2", "15")
    assert not clause_matches("PL.12", "13")
    assert not clause_matches("PLI.A.1", "A.1")  # one of two annexes: the draft must say which


def test_scoring_pairs_exact_labels_before_labels_that_omit_the_section():
    gold = _draft(("1", "Sở Tài chính"), ("I.1", "Sở Tài chính"))
    draft = _draft(("I.1", "Sở Tài chính"), ("IV.1", "Sở Tài chính"))
    score = score_document("doc", gold, draft, metadata=False)
    assert score.matched == 2 and not score.misses


def test_an_older_gold_label_is_not_matched_to_another_section_s_item():
    score = score_document("doc", _draft(("2.1", "Sở Y tế")), _draft(("III.3.1", "Sở Y tế")), metadata=False)
    assert score.matched == 0


PLAN = """KẾ HOẠCH
PHÒNG, CHỐNG THIÊN TAI NĂM 2026
I. MỤC ĐÍCH, YÊU CẦU
1. Chủ động phòng ngừa, ứng phó kịp thời với thiên tai.
II. NHIỆM VỤ
1. Sở Nông nghiệp và Môi trường rà soát các công trình đê điều trước ngày 30/4/2026.
2. Sở Xây dựng
a) Kiểm tra các công trình nhà cao tầng.
b) Hướng dẫn người dân chằng chống nhà cửa.
III. TỔ CHỨC THỰC HIỆN
1. Sở Tài chính hướng dẫn các xã, phường lập dự toán phòng, chống thiên tai.
2. Ủy ban nhân dân các xã, phường:
2.1. Báo cáo kết quả thực hiện trước ngày 15/11/2026.
"""


def test_items_under_roman_sections_carry_the_section_when_numbering_restarts():
    from tracker.importer.parser import parse_text

    tasks = {(t.clause, t.lead_agency) for t in parse_text(PLAN).tasks}
    assert ("II.1", "Sở Nông nghiệp và Môi trường") in tasks
    assert ("II.2", "Sở Xây dựng") in tasks
    assert ("III.1", "Sở Tài chính") in tasks
    assert ("III.2.1", "Ủy ban nhân dân xã, phường") in tasks
    assert not any(clause in ("1", "2") for clause, _ in tasks)


def test_lettered_items_carry_the_section_and_their_item():
    from tracker.importer.clauses import split_body

    refs = [c.ref for c in split_body(PLAN).clauses]
    assert refs[:3] == ["I", "I.1", "II"]
    assert "II.2.a" in refs and "II.2.b" in refs


PARTS = """KẾ HOẠCH
PHÒNG, CHỐNG DỊCH BỆNH GIA CẦM
A. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Chủ động phòng, chống dịch bệnh.
2. Yêu cầu
Phát hiện sớm ổ dịch.
B. NỘI DUNG THỰC HIỆN
I. GIÁM SÁT DỊCH BỆNH
1. Sở Nông nghiệp và Môi trường chủ trì giám sát các ổ dịch cũ.
II. TIÊM PHÒNG
1. Ủy ban nhân dân các xã tổ chức tiêm phòng đợt 1.
C. TỔ CHỨC THỰC HIỆN
1. Sở Tài chính bố trí kinh phí thực hiện kế hoạch.
"""


def test_lettered_parts_head_the_labels_of_their_sections_and_items():
    from tracker.importer.clauses import split_body
    from tracker.importer.parser import parse_text

    refs = [c.ref for c in split_body(PARTS).clauses]
    # "I." after "2. Yêu cầu" is no item of it: the part and the section begin anew.
    assert refs == ["A", "A.1", "A.2", "B", "B.I", "B.I.1", "B.II", "B.II.1", "C", "C.1"]
    tasks = {(t.clause, t.lead_agency) for t in parse_text(PARTS).tasks}
    assert ("B.I.1", "Sở Nông nghiệp và Môi trường") in tasks
    assert ("C.1", "Sở Tài chính") in tasks


def test_a_roman_ordinal_wrapped_onto_its_own_line_opens_no_section():
    text = ("THÔNG BÁO\nKết luận của Phó Thủ tướng tại buổi làm việc với tỉnh\n\n"
            "I. ĐÁNH GIÁ CHUNG\n\nTỉnh đã đạt nhiều kết quả.\n\nII. NHIỆM VỤ\n\n"
            "1. Bộ Y tế hoàn thiện hồ sơ để trình Quốc hội tại Kỳ họp thứ 11, Quốc hội khóa\nXVI.\n\n"
            "2. Giao Bộ Tư pháp thẩm định dự thảo Nghị định, báo cáo Thủ tướng Chính phủ trước ngày 30 tháng 6 năm 2026.\n")
    clauses = [(t.clause, t.lead_agency) for t in parse_text(text).tasks]
    assert clauses == [("II.1", "Bộ Y tế"), ("II.2", "Bộ Tư pháp")]
