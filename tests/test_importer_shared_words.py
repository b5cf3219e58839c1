"""The words many rules share, each defined once: the kinds of document (doc_kinds.THIS_KINDS, CITED_KINDS) and
the honorific before an office holder (vocabulary.HONORIFIC). Every rule that reads them is tested here with
an invented sentence in a kind it did not read before."""

from datetime import date

from tracker.importer.text import fold


def test_the_kinds_are_folded_and_the_longest_first():
    from tracker.importer.doc_kinds import CITED_KINDS, KIND_NAMES, THIS_KINDS

    this, cited = THIS_KINDS.split("|"), CITED_KINDS.split("|")
    assert {"cong dien", "huong dan", "nghi quyet", "van ban"} <= set(this)
    assert {fold(name) for name in KIND_NAMES} == set(cited)
    assert [len(word) for word in cited] == sorted((len(word) for word in cited), reverse=True)
    assert "bao cao" not in this  # a report is cited, it is never the directive itself


def test_a_decision_that_issues_a_plan_or_a_notice_herewith():
    from tracker.importer.annexes import ISSUED_HEREWITH

    assert ISSUED_HEREWITH.search(fold("Ban hành kèm theo Thông báo này Danh mục công trình trọng điểm."))
    assert ISSUED_HEREWITH.search(fold("Phụ lục phân công ban hành kèm theo Kế hoạch này."))


def test_a_legal_basis_and_a_past_account_of_any_cited_kind():
    from tracker.importer.clauses import LEGAL_BASIS, PAST_ACCOUNT

    assert LEGAL_BASIS.match(fold("Căn cứ Kết luận số 14-KL/TU ngày 3/8/2020 của Ban Thường vụ Huyện ủy Đông Sơn;"))
    assert LEGAL_BASIS.match(fold("Căn cứ Công điện số 7/CĐ-TTg ngày 11/02/2023 của Thủ tướng Chính phủ;"))
    assert LEGAL_BASIS.match(fold("Căn cứ Quy định số 21-QĐi/TW của Ban Bí thư;"))
    assert LEGAL_BASIS.match(fold("Căn cứ Văn bản hợp nhất số 7/VBHN-BNV ngày 2/3/2019 của Bộ Nội vụ về …;"))
    assert LEGAL_BASIS.match(fold("Căn cứ Chương trình phối hợp số 02/CTrPH ngày 5/1/2021 giữa Hội Nông dân và …"))
    # the everyday word, with no number, states the rules just cited: no basis of its own
    assert not LEGAL_BASIS.match(fold("Căn cứ quy định nêu trên, hồ sơ phải được nộp đúng hạn."))
    assert PAST_ACCOUNT.match(fold("Theo Kế hoạch số 77/KH-SYT ngày 4/4/2022 của Sở Y tế, các bệnh viện đã …"))
    assert PAST_ACCOUNT.match(fold("UBND huyện Lâm Thao đã ban hành Công điện số 3/CĐ-UBND ngày 6/9 …"))


def test_a_span_counted_from_the_receipt_of_this_telegram():
    from tracker.importer.deadlines import Phrases, day_deadlines

    for kind in ("Công điện", "Nghị quyết", "Hướng dẫn"):
        text = f"Báo cáo kết quả trong thời hạn 05 ngày kể từ ngày nhận được {kind} này."
        phrases = Phrases(text)
        day_deadlines(phrases, fold(text), date(2023, 5, 8))
        assert [timing.due_on for timing in phrases.found] == [date(2023, 5, 13)], kind
    # counted from the day the document itself is issued, by whatever kind it names itself
    text = "Các xã báo cáo trong vòng 10 ngày kể từ ngày Kế hoạch này được ban hành."
    phrases = Phrases(text)
    day_deadlines(phrases, fold(text), date(2024, 3, 1))
    assert [(timing.due_on, timing.text) for timing in phrases.found] == [
        (date(2024, 3, 11), "trong vòng 10 ngày kể từ ngày Kế hoạch này được ban hành")]


def test_a_page_that_reports_a_notice_or_a_decision():
    from tracker.importer.fragments import IMPLEMENTING, REPORTS_ISSUE, SENT_TO, SETS_OUT_LETTER

    assert REPORTS_ISSUE.search(fold("UBND huyện Yên Thế vừa ban hành Thông báo số 55/TB-UBND về việc …"))
    assert REPORTS_ISSUE.search(fold("UBND tỉnh chỉ đạo thực hiện Luật Đất đai (Quyết định số 210/QĐ-UBND ngày 5/1/2024)."))
    sent = SENT_TO.search(fold("Ngày 2/6, UBND thị xã ban hành thông báo số 91/TB-UBND gửi các phòng, ban về việc trực phòng, chống lụt bão."))
    assert sent and sent.group(1) == "cac phong, ban"
    assert SETS_OUT_LETTER.search(fold("UBND xã Hòa An vừa ban hành Quyết định số 12. Theo Quyết định, …"))
    assert IMPLEMENTING.match(fold(" thực hiện Kết luận số 40-KL/TW của Bộ Chính trị"))
    assert not IMPLEMENTING.match(fold(" thực hiện quy định về phòng cháy tại các chợ"))


def test_a_page_splits_at_the_decision_it_sets_out():
    from tracker.importer.page_labels import RECALLED_LETTER, SETS_OUT, issue_apart

    paragraph = ("Ngày 14/10, UBND huyện Đạ Tẻh vừa ban hành Hướng dẫn số 9/HD-UBND về việc dọn dẹp vệ sinh môi trường. "
                 "Theo Hướng dẫn, UBND huyện yêu cầu UBND các xã tổ chức ra quân dọn dẹp trước ngày 30/10.")
    assert issue_apart([paragraph]) == [paragraph[: paragraph.index(" Theo")], paragraph[paragraph.index("Theo") :]]
    assert SETS_OUT.match(fold("Theo nghị quyết, HĐND huyện giao …"))
    assert RECALLED_LETTER.search(fold("Ngày 5/3/2021, UBND thị xã ban hành Công điện số 4/CĐ-UBND chỉ đạo …"))


def test_the_press_reports_a_plan_or_a_decision_sent():
    from tracker.importer.reported import REPORTED_DOCUMENT, SENT_ABOUT, SENT_TO, UNREAD_SPEAKER

    assert REPORTED_DOCUMENT.match(fold(" vừa ban hành Kế hoạch số 19/KH-UBND, yêu cầu các trường học …"))
    assert REPORTED_DOCUMENT.match(fold(" đã có Hướng dẫn số 2/HD-SNV chỉ đạo các xã …"))
    assert SENT_ABOUT.match(fold(" vừa ban hành quyết định gửi UBND các phường về việc …"))
    assert SENT_TO.search(fold("Kế hoạch được gửi đến Sở Công Thương, Sở Tài chính"))
    assert UNREAD_SPEAKER.match(fold("Theo kế hoạch này, UBND huyện Kỳ Anh đề nghị các xã rà soát …"))


def test_a_remit_in_this_telegram_and_a_catch_all_told_to_carry_out_this_decision():
    from tracker.importer.catch_all_addressees import NO_OWN_WORK
    from tracker.importer.remits import after_remit

    folded = fold("UBND các xã theo chức năng, nhiệm vụ được giao tại Công điện này khẩn trương sơ tán dân.")
    assert folded[after_remit(folded, len("ubnd cac xa")) :].startswith("khan truong")
    assert NO_OWN_WORK.match(fold(" thực hiện nghiêm các nội dung của Quyết định này."))


def test_a_department_speaks_next_by_its_telegram():
    from tracker.importer.sector_units import SPEAKS_NEXT

    assert SPEAKS_NEXT.match(fold(" có công điện hỏa tốc"))
    assert SPEAKS_NEXT.match(fold(" có hướng dẫn về việc"))


def test_every_honorific_before_a_holder_in_a_slot_and_a_list():
    from tracker.importer.blocks import HOLDER_FIRST
    from tracker.importer.citations import HOLDER_IN_LIST, recipients

    for written in ("Đồng chí Giám đốc Sở Tư pháp", "Đ/c Giám đốc Sở Tư pháp", "Ông Giám đốc Sở Tư pháp",
                    "Bà Giám đốc Sở Tư pháp", "Ông (Bà) Giám đốc Sở Tư pháp", "Ông/Bà Giám đốc Sở Tư pháp"):
        m = HOLDER_FIRST.match(fold(written))
        assert m and written[m.end() :] == "Sở Tư pháp", written
        assert HOLDER_IN_LIST.match(fold(written))
    listed = recipients(["Kính gửi:", "- Ông (Bà) Hiệu trưởng Trường THPT Ngô Mây;",
                         "- Bà Chủ tịch UBND xã Phú Cường;", "- Bà Rịa - Vũng Tàu Port Authority."])
    assert listed[:2] == ["Trường THPT Ngô Mây", "UBND xã Phú Cường"]
    assert listed[2].startswith("Bà Rịa")  # a place, not a courtesy


def test_hamlet_heads_under_any_honorific():
    from tracker.importer.hamlets import hamlet_bodies

    for text in ("UBND xã yêu cầu các đồng chí Trưởng thôn tuyên truyền.", "Đề nghị các đ/c Trưởng ấp kiểm tra.",
                 "UBND xã giao các ông (bà) Trưởng xóm vận động nhân dân."):
        names = [m.name for m in hamlet_bodies(text, fold(text))]
        assert any(name.startswith("Trưởng các") for name in names), text


def test_a_comrade_named_short_speaks_in_his_titles():
    from tracker.importer.party_bodies import comrades_speaking

    text = "Đ/c Lò Văn Khiêm, Phó Chủ tịch UBND huyện Mường Tè đề nghị các xã rà soát điểm sạt lở."
    mention = next(comrades_speaking(text, fold(text)))
    assert mention.start == 0 and mention.catch_all and mention.name.endswith("huyện Mường Tè")
