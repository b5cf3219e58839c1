"""The kinds of cited symbols, the document-kind words, and metadata shapes that recur (invented sentences)."""

from tracker.importer.cited_lists import abbreviated
from tracker.importer.citations import references
from tracker.importer.doc_kinds import CODE_KINDS, DIRECTIVE_KINDS, KIND_NAMES, kind_of_symbol
from tracker.importer.metadata import KINDS, parse_metadata
from tracker.importer.signature import signer_of


def _symbols(text: str) -> list[str]:
    return [entry.split(" số ", 1)[1].split(" ngày")[0] for entry in references(text)]


def test_a_symbols_kind_is_read_after_its_number_in_either_order():
    assert kind_of_symbol("07-CT/HU") == "Chỉ thị"  # a Party committee's: the code before the committee's
    assert kind_of_symbol("315-NQ/ĐU") == "Nghị quyết"
    assert kind_of_symbol("64-TB/TU") == "Thông báo"
    assert kind_of_symbol("18/2031/QĐ-UBND") == "Quyết định"
    assert kind_of_symbol("402/SNV-TCBC") is None


def test_one_list_of_kinds_serves_the_title_the_symbol_and_the_citations():
    assert set(DIRECTIVE_KINDS) <= set(KIND_NAMES)
    assert {name.lower() for name in DIRECTIVE_KINDS} == set(KINDS.values())
    assert all(name in KIND_NAMES for name in CODE_KINDS.values())


def test_a_party_committees_symbol_gives_the_kind_when_no_title_does():
    meta = parse_metadata("HUYỆN ỦY ĐĂK TRÀ\n\nSố: 07-CT/HU\n\nĐăk Trà, ngày 09 tháng 3 năm 2031\n\n"
                          "Về tăng cường lãnh đạo công tác phòng cháy rừng\n")
    assert meta.kind == "chỉ thị"


def test_a_headers_second_line_run_on_to_the_motto_still_names_the_issuer():
    text = ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "HUYỆN MƯỜNG KHA Độc lập - Tự do - Hạnh phúc\n\n"
            "Số: 212/UBND Mường Kha, ngày 04 tháng 5 năm 2030\n\nV/v kiểm tra bến đò ngang\n\n"
            "Kính gửi: Phòng Kinh tế và Hạ tầng huyện\n")
    assert parse_metadata(text).issuer == "Ủy ban nhân dân huyện Mường Kha"


def test_a_provincial_committee_directing_in_its_own_words_is_the_issuer():
    text = ("Thông báo “V/v phòng chống rét đậm”\n\nCà Lồ, ngày 02 tháng 1 năm 2031\n\nKính gửi: Sở Y tế\n\n"
            "Để chủ động ứng phó, UBND tỉnh chỉ đạo:\n1- Các trường cho học sinh nghỉ học.\n")
    assert parse_metadata(text).issuer.startswith("Ủy ban nhân dân tỉnh")


def test_the_signers_name_after_a_long_blank_space_left_for_the_seal():
    lines = ["Nơi nhận:", "- Như trên;", "KT. CHỦ TỊCH", "", "PHÓ CHỦ TỊCH", *([""] * 16), "Lò Văn Khiêm"]
    assert signer_of(lines) == {"name": "Lò Văn Khiêm", "capacity": "KT. CHỦ TỊCH", "title": "PHÓ CHỦ TỊCH"}


def test_a_date_line_whose_day_was_left_in_dots():
    meta = parse_metadata("ỦY BAN NHÂN DÂN\nXÃ PHÚ LÃM\n\nSố: / TB-UBND\n\nPhú Lãm, ngày ….. tháng 7 năm 2032\n")
    assert meta.place == "Phú Lãm" and meta.issued_on is None
    assert parse_metadata("Số: 5/KH-UBND\nTân Hòa, ngày ..... tháng ..... năm 2030\n").place == "Tân Hòa"


def test_a_decisions_title_whose_issue_word_was_glued_to_its_neighbours():
    head = "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\n\nSố: 31/2031/QĐ-UBND\n\nPhủ Lý, ngày 02 tháng 4 năm 2031\n\nQUYẾT ĐỊNH\n\n"
    glued = parse_metadata(head + "BANHÀNH KẾ HOẠCH PHÁT TRIỂN CHÈ HỮU CƠ\n\nỦY BAN NHÂN DÂN TỈNH HÀ NAM\n")
    assert glued.subject == "Ban hành kế hoạch phát triển chè hữu cơ"
    glued = parse_metadata(head + "BAN HÀNHQUY CHẾ QUẢN LÝ CHỢ ĐÊM\n\nỦY BAN NHÂN DÂN TỈNH HÀ NAM\n")
    assert glued.subject == "Ban hành quy chế quản lý chợ đêm"


def test_a_document_cited_by_its_number_alone_with_its_date():
    text = ("Thực hiện văn bản số: 241 ngày 3/9/2031 của Phòng Y tế huyện Ea Kar và Kế hoạch số 12/KH-UBND "
            "ngày 05/9/2031, Ủy ban nhân dân xã đề nghị; Quyết định số 77 của xã không kèm ngày.")
    assert _symbols(text) == ["241", "12/KH-UBND"]


def test_a_symbol_with_a_space_for_its_first_separator():
    text = "Căn cứ Quyết định số 95 QĐ/TWHLHPN ngày 12/3/2030 của Ban Thường vụ; Chỉ thị số 7 CT-TTg ngày 1/2/2030."
    assert _symbols(text) == ["95 QĐ/TWHLHPN", "7 CT-TTg"]


def test_a_symbol_named_again_without_its_year_is_the_same_document():
    assert abbreviated(["61/2029/NĐ-CP", "61/NĐ-CP", "14/QĐ-UBND"]) == {"61/NĐ-CP"}
    text = ("Căn cứ Nghị định số 61/2029/NĐ-CP ngày 02/5/2029 của Chính phủ; Thông tư số 8/2029/TT-BTC hướng dẫn "
            "Nghị định số 61/NĐ-CP của Chính phủ.")
    assert _symbols(text) == ["61/2029/NĐ-CP", "8/2029/TT-BTC"]


def test_a_province_whose_name_ends_or_starts_in_nam_is_read_whole():
    for province in ("QUẢNG NAM", "NAM ĐỊNH"):
        meta = parse_metadata(f"ỦY BAN NHÂN DÂN\nTỈNH {province}\n\nSố: 88/UBND-NC\n\nV/v trực ban mùa lũ năm 2031\n")
        assert meta.issuer == f"Ủy ban nhân dân tỉnh {province.title()}"
