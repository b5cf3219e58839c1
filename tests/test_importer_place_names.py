"""A commune's or a district's body written with its place's name (study 168), each rule with an invented
text: the place after the body's level is the body's own ("Công an xã Ea Sar", "Trạm Y tế xã Cư Huê",
"Ủy ban MTTQ Việt Nam huyện Krông Năng"), as for the People's Committee; the sentence going on after it
with a capitalised word, or the next body, is no part of the name."""

from tracker.importer.names import find_mentions
from tracker.importer.parser import parse_text


def _names(text):
    return [m.name for m in find_mentions(text)]


def _leads(text):
    return [(t.clause, t.lead_agency) for t in parse_text(text).tasks]


LETTER = """UBND huyện Ea Kar yêu cầu:

1. Hội Nông dân xã Cư Huê tuyên truyền cho hội viên không đốt nương rẫy trong mùa khô.

2. Công an xã Ea Sar kiểm tra các điểm có nguy cơ cháy, báo cáo kết quả trước ngày 30/4/2024.

3. Trạm Y tế thị trấn Phước An chuẩn bị cơ số thuốc sơ cứu cho lực lượng chữa cháy.

4. Ủy ban MTTQ Việt Nam huyện Krông Năng phối hợp vận động nhân dân tham gia bảo vệ rừng.
"""


def test_a_commune_s_or_a_district_s_body_keeps_its_place_s_name():
    assert _leads(LETTER) == [
        ("1", "Hội Nông dân xã Cư Huê"),
        ("2", "Công an xã Ea Sar"),
        ("3", "Trạm Y tế thị trấn Phước An"),
        ("4", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Krông Năng"),
    ]
    # A provincial body's name at a named city's level is that city's body.
    assert _names("Công an thành phố Buôn Ma Thuột kiểm tra các cơ sở.") == ["Công an thành phố Buôn Ma Thuột"]


def test_the_place_s_name_ends_before_the_next_body_or_the_sentence_s_work():
    assert _names("Công an phường Tân Lợi, Sở Y tế kiểm tra.") == ["Công an phường Tân Lợi", "Sở Y tế"]
    # The sentence going on with a capitalised verb: its lower-case rest shows it is no name.
    assert _names("Công an xã Hòa Phú Tổ chức tuần tra ban đêm.") == ["Công an xã Hòa Phú"]
    assert _names("Hội Cựu chiến binh xã Chủ trì, phối hợp với Đoàn Thanh niên.")[0] == "Hội Cựu chiến binh xã"
    # A place named by a word that is also a verb, capitalised all through, is still a place.
    assert _names("Trạm Y tế xã Lập Thạch kiểm tra.") == ["Trạm Y tế xã Lập Thạch"]
    # Another body right after the place, with no comma between.
    assert _names("Công an xã Hòa Phú Hội Nông dân xã")[0] == "Công an xã Hòa Phú"
