"""Metadata fields read from invented documents: references, subject, recipients and signer."""

import re

from tracker.importer.citations import references


def numbers(found: list[str]) -> set[str]:
    return {re.search(r"số (\S+)", entry).group(1) for entry in found}


def symbols(text: str, **kwargs) -> set[str]:
    return numbers(references(text, **kwargs))


def test_citation_with_kind_in_lower_case():
    text = ("Căn cứ công văn số 512/SYT-NVY ngày 04/3/2019 của Sở Y tế về phòng chống dịch sốt xuất huyết; "
            "theo thông báo số 33/TB-UBND ngày 07/3/2019 của UBND huyện Tân Phú, Phòng Giáo dục đề nghị "
            "hoàn thành nội dung đã hứa trong báo cáo giải trình số 57/BC-UBND ngày 08 tháng 6 năm 2018.")
    # a report named in lower case with words before "số" is running text, not a citation
    assert symbols(text) == {"512/SYT-NVY", "33/TB-UBND"}


def test_later_items_of_a_list_each_with_its_date():
    text = ("Căn cứ các Quyết định của Bộ trưởng Bộ Tài chính: Số 1204/QĐ-BTC ngày 05/6/2017 về công bố thủ tục; "
            "số 77/QĐ-BTC ngày 14/01/2019 về sửa đổi thủ tục và số 930/QĐ-BTC ngày 02/5/2020 về bãi bỏ thủ tục;")
    assert symbols(text) == {"1204/QĐ-BTC", "77/QĐ-BTC", "930/QĐ-BTC"}


def test_bare_symbols_listed_after_the_first():
    text = "Tiếp theo các Công điện số 101/CĐ-UBND, 102/CĐ-UBND và 105/CĐ-UBND ngày 03/10/2024, Chủ tịch yêu cầu:"
    found = references(text)
    assert numbers(found) == {"101/CĐ-UBND", "102/CĐ-UBND", "105/CĐ-UBND"}
    assert "Công điện số 105/CĐ-UBND ngày 03/10/2024" in found


def test_list_item_without_a_code_takes_the_kind_cited_before_it():
    text = ("theo chỉ đạo tại Văn bản số 4410/VPCP-NN ngày 02 tháng 6 năm 2023 và số 5120/VPCP-NN ngày "
            "30 tháng 6 năm 2023 của Văn phòng Chính phủ;")
    assert "Văn bản số 5120/VPCP-NN ngày 30/06/2023" in references(text)


def test_symbol_with_a_stray_space_and_its_shortened_mention():
    text = ("Thực hiện Nghị quyết số 45/NQ -CP ngày 12/5/2022 của Chính phủ; việc báo cáo theo Nghị quyết "
            "liên tịch số 09/2023/NQLT/BNV-BTC ngày 03/3/2023. Mẫu biểu theo Phụ lục Nghị quyết liên tịch số 09/2023/NQLT.")
    assert symbols(text) == {"45/NQ-CP", "09/2023/NQLT/BNV-BTC"}


def test_words_of_a_name_lead_to_the_document_cited_last():
    text = ("Xây dựng Kế hoạch của Ủy ban nhân dân tỉnh về thực hiện Quyết định số 2250/QĐ-TTg ngày 10/12/2022 "
            "của Thủ tướng Chính phủ phê duyệt Đề án; triển khai Nghị quyết sửa đổi một số điều Nghị quyết số "
            "15/2024/UBTVQH15 trên địa bàn")
    assert symbols(text) == {"2250/QĐ-TTg", "15/2024/UBTVQH15"}


def test_long_name_of_a_law_before_its_number():
    text = "Căn cứ Luật Tổ chức chính quyền ở đơn vị hành chính đặc biệt và đặc khu số 63/2024/QH15;"
    assert symbols(text) == {"63/2024/QH15"}


def test_paper_named_by_a_preposition_inside_a_name_is_not_the_name():
    text = ("Bộ đã trình dự thảo Nghị định hướng dẫn một số điều của Pháp lệnh cựu chiến binh tại Tờ trình số "
            "41/TTr-BNV ngày 02/3/2014.")
    assert references(text) == []


def test_mistyped_number_word_and_capital_second_word():
    text = ("Thực hiện Thông báo sô 88/TB-UBND ngày 21/9/2022 của UBND huyện Phù Cừ và Nghị Quyết số "
            "19/NQ-HĐND ngày 04/7/2022 của HĐND tỉnh;")
    assert symbols(text) == {"88/TB-UBND", "19/NQ-HĐND"}


def test_letter_received_from_the_addressee_is_the_reply_s_origin():
    text = ("Kính gửi: Chi cục Thuế khu vực Tây Ninh.\nCục Thuế nhận được công văn số 201/CCT-NVDT ngày 09/8/2025 "
            "của Chi cục Thuế khu vực Tây Ninh về việc hoàn thuế. Căn cứ Thông tư số 80/2021/TT-BTC; Cục Thuế cũng "
            "nhận được công văn số 77/STC-QLNS ngày 02/8/2025 của Sở Tài chính về việc này.")
    # the one from another body than the addressee is cited
    assert symbols(text, addressees=["Chi cục Thuế khu vực Tây Ninh"]) == {"80/2021/TT-BTC", "77/STC-QLNS"}


# --- subject ---------------------------------------------------------------------------------------

from tracker.importer.metadata import parse_metadata  # noqa: E402


def test_summary_ends_where_the_place_starts_wrapped():
    text = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\nSố: 2711/UBND-KT\nV/v rà soát và\ncập nhật dữ liệu hộ kinh doanh\n"
            "trên địa bàn\nThành phố Cần\nThơ, ngày 04 tháng 9 năm 2025\nKính gửi: Sở Tài chính.\n")
    assert parse_metadata(text).subject == "Rà soát và cập nhật dữ liệu hộ kinh doanh trên địa bàn"


def test_summary_goes_on_across_a_blank_line_above_the_address():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH AN ĐÔNG\n\nSố: 415/UBND-KT An Đông, ngày 02 tháng 4 năm 2019\n\n"
            "V/v bố trí vốn thực hiện\n\nChương trình Mỗi xã một sản phẩm tỉnh An Đông\n\n   \n\n"
            "Kính gửi:\n\n- Giám đốc Sở Tài chính;\n\n- Giám đốc Sở Công Thương.\n\nXét đề nghị của Sở Công Thương, …\n")
    assert parse_metadata(text).subject == "Bố trí vốn thực hiện Chương trình Mỗi xã một sản phẩm tỉnh An Đông"


def test_summary_opened_by_ve_under_the_number():
    text = ("SỞ Y TẾ TỈNH AN GIANG\nSố: 803/SYT-NVY\nVề tổ chức tiêm vắc xin sởi\ncho trẻ em năm 2024\n"
            "An Giang, ngày 11 tháng 3 năm 2024\nKính gửi: Trung tâm Y tế các huyện.\n")
    assert parse_metadata(text).subject == "Tổ chức tiêm vắc xin sởi cho trẻ em năm 2024"


def test_subject_in_sentence_case_a_blank_line_under_the_title():
    text = ("ỦY BAN MTTQ VIỆT NAM\nXÃ TÂN LẬP\n\nSố: 07/HD-MTTQ\n\nTân Lập, ngày 02 tháng 3 năm 2026\n\nHƯỚNG DẪN\n\n"
            "Tổ chức hội nghị cử tri ở thôn, tổ dân phố giới thiệu người ứng cử đại biểu Hội đồng nhân dân xã,\n\n"
            "nhiệm kỳ 2026 - 2031\n\nCăn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân;\n")
    meta = parse_metadata(text)
    assert meta.kind == "hướng dẫn"
    assert meta.subject == ("Tổ chức hội nghị cử tri ở thôn, tổ dân phố giới thiệu người ứng cử đại biểu Hội đồng "
                            "nhân dân xã, nhiệm kỳ 2026 - 2031")


def test_subject_of_a_resolution_without_its_ve_and_rule():
    text = ("CHÍNH PHỦ\nSố: 52/NQ-CP\nHà Nội, ngày 05 tháng 5 năm 2026\n\nNGHỊ QUYẾT\nVề việc điều chỉnh dự toán\n"
            "ngân sách của các bộ, ngành năm 2026\n______________\n\nCHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ;\n")
    assert parse_metadata(text).subject == "Điều chỉnh dự toán ngân sách của các bộ, ngành năm 2026"


def test_title_in_capitals_stops_at_the_authority_wrapped():
    text = ("THỦ TƯỚNG CHÍNH PHỦ\nSố: 310/QĐ-TTg\nHà Nội, ngày 02 tháng 4 năm 2026\nQUYẾT ĐỊNH\nPHÊ\n"
            "DUYỆT ĐỀ ÁN PHÁT TRIỂN CẢNG CÁ GIAI ĐOẠN 2026 - 2030\nTHỦ\nTƯỚNG CHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ;\n")
    assert parse_metadata(text).subject == "Phê duyệt đề án phát triển cảng cá giai đoạn 2026 - 2030"


def test_title_going_on_after_a_linking_word_names_a_party_committee():
    text = ("VĂN PHÒNG CHÍNH PHỦ\nSố: 88/TB-VPCP\nHà Nội, ngày 09 tháng 5 năm 2026\nTHÔNG BÁO\n"
            "KẾT LUẬN CỦA PHÓ THỦ TƯỚNG TẠI BUỔI LÀM VIỆC VỚI\nTỈNH ỦY KON TUM\n\nNgày 02 tháng 5 năm 2026, …\n")
    assert parse_metadata(text).subject.lower().endswith("làm việc với tỉnh ủy kon tum")


# --- recipients ------------------------------------------------------------------------------------

from tracker.importer.citations import recipients  # noqa: E402


def test_those_copied_in_are_not_addressees():
    lines = ["THỦ TƯỚNG CHÍNH PHỦ điện:", "- Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ;",
             "- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương;", "Đồng kính gửi:",
             "Bí thư Tỉnh ủy, Thành ủy các tỉnh, thành phố để lãnh đạo, chỉ đạo.", "Năm 2026, …"]
    assert recipients(lines) == ["Các Bộ, cơ quan ngang bộ", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]


def test_dotted_line_left_for_the_addressee_names_none():
    lines = ["Số: 214/UBDT-KHTC", "Kính gửi: ……………………………..", "", "Căn cứ Quyết định số 12/QĐ-TTg …"]
    assert recipients(lines) == []


def test_list_head_wrapped_before_its_members():
    lines = ["THỦ TƯỚNG CHÍNH PHỦ điện:", "- Bộ trưởng", "các Bộ:", "Tư pháp, Công an, Y tế.", "Thời gian qua, …"]
    assert recipients(lines) == ["Bộ Tư pháp", "Bộ Công an", "Bộ Y tế"]


def test_courtesy_before_the_holder_addressed():
    lines = ["Kính gửi: Ông (Bà) Giám đốc Sở Tài chính.", "Thực hiện Kế hoạch số 5/KH-UBND …"]
    assert recipients(lines) == ["Sở Tài chính"]


# --- signer ----------------------------------------------------------------------------------------

from tracker.importer.signature import signer_of  # noqa: E402


def test_signer_name_wrapped_after_the_family_name():
    lines = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đinh", "Thị Hồng Nhung"]
    assert signer_of(lines) == {"name": "Đinh Thị Hồng Nhung", "capacity": "KT. GIÁM ĐỐC", "title": "PHÓ GIÁM ĐỐC"}


def test_a_law_whose_name_has_a_comma_and_a_joint_symbol_wrapped_after_a_hyphen():
    text = ("Căn cứ Luật Phòng, chống thiên tai số 33/2013/QH13; Căn cứ Thông tư liên tịch số 12/2018/TTLT-BYT-BNV- "
            "BTC ngày 05/3/2018 của Bộ Y tế, Bộ Nội vụ và Bộ Tài chính;")
    assert symbols(text) == {"33/2013/QH13", "12/2018/TTLT-BYT-BNV-BTC"}


def test_papers_a_council_weighed_are_not_cited():
    text = ("Căn cứ Luật Đất đai số 31/2024/QH15;\n\nXét Tờ trình số 88/TTr-UBND ngày 02 tháng 12 năm 2025 của Ủy ban nhân "
            "dân tỉnh về việc ban hành Nghị quyết thay thế Nghị quyết số 15/2023/NQ-HĐND; Báo cáo thẩm tra số 40/BC-KTNS "
            "ngày 05 tháng 12 năm 2025 của Ban Kinh tế - Ngân sách; Văn bản số 912/UBND-KT ngày 06 tháng 12 năm 2025 về "
            "việc tiếp thu, giải trình; ý kiến thảo luận của đại biểu tại kỳ họp.\n")
    assert symbols(text) == {"31/2024/QH15", "15/2023/NQ-HĐND"}


def test_an_annex_caption_names_the_document_itself():
    text = ("Căn cứ Luật Đê điều số 79/2006/QH11;\n\nĐiều 1. Ban hành danh mục tuyến đê.\n\nPHỤ LỤC\n"
            "(Ban hành kèm theo Quyết định số 5512/QĐ-UBND)\n")
    assert symbols(text, own_symbol="55/2025/QĐ-UBND") == {"79/2006/QH11"}


def test_a_bracketed_line_under_a_title_in_capitals_is_part_of_the_subject():
    text = ("HỘI ĐỒNG NHÂN DÂN\nTỈNH TÂN LẬP\nSố: 12/2025/NQ-HĐND\nTân Lập, ngày 05 tháng 12 năm 2025\n\nNGHỊ QUYẾT\n\n"
            "QUY ĐỊNH MỨC HỖ TRỢ CÁN BỘ Y TẾ THÔN\n\n(Thực hiện khoản 3 Điều 12 Luật Khám bệnh, chữa bệnh)\n\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương;\n")
    assert parse_metadata(text).subject == ("Quy định mức hỗ trợ cán bộ y tế thôn "
                                            "(Thực hiện khoản 3 Điều 12 Luật Khám bệnh, chữa bệnh)")


def test_dashed_recipients_each_closed_by_a_comma_are_each_one():
    from tracker.importer.citations import recipients

    lines = ["Kính gửi:", "", "- Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương,",
             "- Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ,", "- Cơ quan Trung ương của các đoàn thể", "",
             "Thủ tướng Chính phủ yêu cầu các cơ quan thực hiện các công việc sau:"]
    assert recipients(lines) == ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
                                 "Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ", "Cơ quan Trung ương của các đoàn thể"]


def test_a_deputy_signing_for_an_office_head_by_order_of_the_chair_keeps_both_lines():
    lines = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "", "TL. GIÁM ĐỐC", "KT. CHÁNH VĂN PHÒNG",
             "PHÓ CHÁNH VĂN PHÒNG", "", "Lò Thị Hạnh"]
    assert signer_of(lines) == {"name": "Lò Thị Hạnh", "capacity": "TL. GIÁM ĐỐC KT. CHÁNH VĂN PHÒNG",
                                "title": "PHÓ CHÁNH VĂN PHÒNG"}
    # A body's "TM." above the deputy's "KT." is not part of the capacity.
    lines[4] = "TM. ỦY BAN NHÂN DÂN"
    lines[5:7] = ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert signer_of(lines)["capacity"] == "KT. CHỦ TỊCH"


def test_by_order_and_on_behalf_run_on_one_line_with_the_title_and_name():
    lines = ["Nơi nhận: - Như trên; - Lưu: VT.", "TL. BỘ TRƯỞNG KT. VỤ TRƯỞNG VỤ PHÁP CHẾ PHÓ VỤ TRƯỞNG Đàm Quang Vinh"]
    assert signer_of(lines) == {"name": "Đàm Quang Vinh", "capacity": "TL. BỘ TRƯỞNG KT. VỤ TRƯỞNG VỤ PHÁP CHẾ",
                                "title": "PHÓ VỤ TRƯỞNG"}


def test_a_head_signing_in_his_own_name_above_the_plan_the_decision_issues():
    lines = ["Điều 3. Chánh Văn phòng và các đơn vị chịu trách nhiệm thi hành Quyết định này./.", "",
             "Nơi nhận:", "- Như Điều 3;", "- Lưu: VT.", "CHỦ TỊCH", "Vi Văn Khoa", "", "KẾ HOẠCH",
             "Chăm sóc cây xanh đô thị năm 2031", "I. MỤC ĐÍCH, YÊU CẦU", "1. Giữ gìn cảnh quan các tuyến phố.",
             "II. NHIỆM VỤ", "1. Phòng Kinh tế rà soát các tuyến phố trước ngày 30/6/2031."]
    assert signer_of(lines) == {"name": "Vi Văn Khoa", "capacity": None, "title": "CHỦ TỊCH"}


def test_a_head_or_office_named_on_one_header_line_and_its_body_on_the_next():
    rest = ("--------\nCỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
            "Số: 88/QĐ-TTg\nHà Nội, ngày 03 tháng 3 năm 2031\n")
    assert parse_metadata("THỦ TƯỚNG\nCHÍNH PHỦ\n" + rest).issuer == "Thủ tướng Chính phủ"
    office = parse_metadata("VĂN PHÒNG\nBAN CHỈ ĐẠO QUỐC GIA\nVỀ CHUYỂN ĐỔI SỐ\n" + rest).issuer
    assert office.lower() == "văn phòng ban chỉ đạo quốc gia về chuyển đổi số"


def test_a_signature_run_onto_one_cell_with_a_deputy_prime_minister_or_a_department_head():
    from tracker.importer.parser import parse_text

    # A converter's table prints the signature as one cell: the capacity, the title, then the name.
    letter = ("THỦ TƯỚNG CHÍNH PHỦ\n\nSố: 100/TTg-KTTH\n\nHà Nội, ngày 02 tháng 3 năm 2009\n\nKính gửi: Bộ Tài chính\n\n"
              "Bộ Tài chính hướng dẫn thực hiện chế độ trợ cấp./.\n\n")
    signed = parse_text(letter + "|  | KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Trần Văn An |\n|---|---|\n").signer
    assert signed == {"name": "Trần Văn An", "capacity": "KT. THỦ TƯỚNG", "title": "PHÓ THỦ TƯỚNG"}
    signed = parse_text(letter + "| Nơi nhận: - Như trên; - Lưu: VT. | TL. BỘ TRƯỞNG CỤC TRƯỞNG CỤC BẢO TRỢ XÃ HỘI "
                                 "Lê Văn Bình |\n|---|---|\n").signer
    assert signed == {"name": "Lê Văn Bình", "capacity": "TL. BỘ TRƯỞNG", "title": "CỤC TRƯỞNG CỤC BẢO TRỢ XÃ HỘI"}
    # The department's name holds no second title: the deputy signs for its head.
    assert signer_of(["KT. VỤ TRƯỞNG VỤ KẾ HOẠCH PHÓ VỤ TRƯỞNG Lê Văn Cường"])["title"] == "PHÓ VỤ TRƯỞNG"
