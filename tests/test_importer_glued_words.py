"""Words a page ran together where its source broke a line are split back into their syllables; English words,
abbreviations, names that are no Vietnamese syllables and ordinary words are left as written."""

from datetime import date

from tracker.importer.glued_words import is_syllable, unglued
from tracker.importer.parser import parse_text

# An invented central letter as some law libraries print the older ones: the words at each broken line run together.
GLUED_LETTER = """BỘ NỘI VỤ
-------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------

Số: 412/BNV-TCBC
V/v báo cáo số lượng cán bộ, công chức năm 2009

Hà Nội, ngày 02 tháng 3 năm 2009

Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương

Để tổng hợp chung, Bộtrưởng Bộ Nội vụ đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trungương báocáo số lượng cán bộ, công chức cấp xã năm 2009 gửi về Bộ Nội vụ trướcngày 25/3/2009.

Nơi nhận:
- Như trên;
- Lưu: VT, TCBC.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Trần Văn Tuấn
"""


def test_syllables_run_together_are_split_back():
    assert unglued("Thủtướng yêu cầu báocáo nămhọc") == "Thủ tướng yêu cầu báo cáo năm học"
    assert unglued("Bộ Kếhoạch và Đầu tư, pháttriển, Khuyếnkhích") == "Bộ Kế hoạch và Đầu tư, phát triển, Khuyến khích"
    assert unglued("QUYẾT ĐỊNH BANHÀNH KẾ HOẠCH") == "QUYẾT ĐỊNH BAN HÀNH KẾ HOẠCH"
    # Where the case changes the lines a page joined are read apart elsewhere (a signer's title and name).
    assert unglued("CHÁNH VĂN PHÒNGThái Hữu Phép") == "CHÁNH VĂN PHÒNGThái Hữu Phép"


def test_the_document_s_own_words_choose_between_two_readings():
    # "Trungương" reads "Trung ương" or "Trun gương": the text writes "Trung ương" elsewhere.
    assert unglued("trực thuộc Trung ương; trực thuộc Trungương") == "trực thuộc Trung ương; trực thuộc Trung ương"
    # "vịnghiên" reads "vị nghiên" or "vịn ghiên": "nghiên cứu" is written in the text.
    assert unglued("nghiên cứu; đơn vịnghiên cứu") == "nghiên cứu; đơn vị nghiên cứu"


def test_words_that_are_no_glued_syllables_stay():
    text = "video online email iPhone VNeID TTg UBND Srêpốk quốc giữa khuya ngoài nguyễn thuở Chủtic"
    assert unglued(text) == text


def test_a_syllable_s_ending_limits_its_tone():
    assert is_syllable("tướng") and is_syllable("học") and is_syllable("khuỷu") and is_syllable("xoong")
    assert not is_syllable("thủt")  # a stop takes only the sharp or the heavy tone
    assert not is_syllable("vịng")  # "i" ends in "nh", never "ng"
    assert not is_syllable("báoc")  # a glide ends its rhyme


def test_a_glued_letter_reads_its_request_deadline_and_addressee():
    tasks = parse_text(GLUED_LETTER).tasks
    assert [(t.lead_agency, t.due_on) for t in tasks] == [
        ("Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương", date(2009, 3, 25))
    ]
