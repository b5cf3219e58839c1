"""Letters that give each addressee a numbered heading and bullets (round 11's study), each form
with an invented letter: a bullet ending in a web address, a heading wrapped after an abbreviation,
the heading's body named again in another order, and an annex that only lists bodies."""

from tracker.importer.parser import parse_text


def _tasks(text):
    return [(t.clause, t.lead_agency) for t in parse_text(text).tasks]


AGENCY_LETTER = """Kính gửi:
- Sở Tài chính;
- UBND các phường, xã.

Thực hiện chỉ đạo của Bộ Tài chính, UBND Thành phố yêu cầu các sở, ban, ngành, UBND các phường, xã
thực hiện một số nhiệm vụ như sau:

1. Sở
Tài chính:

- Chủ trì công khai số liệu thu ngân sách tại trang điện tử: https://taichinh.example.vn/.

- Hướng dẫn các phường, xã lập dự toán năm sau.

2. UBND
các xã, phường:

- Chủ tịch UBND các phường, xã chịu trách nhiệm toàn diện về việc thu ngân sách trên địa bàn.

- Rà soát các khoản thu còn tồn đọng.

UBND Thành phố yêu cầu các sở, UBND các phường, xã khẩn trương thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Bình

PHỤ LỤC

DANH SÁCH CÁC ĐƠN VỊ THU NGÂN SÁCH

(kèm theo văn bản số: /UBND-TC ngày tháng năm 2025 của UBND Thành phố)

1. Công ty TNHH Dịch vụ Thu An

2. Hợp tác xã Thành Đạt
"""


def test_a_bullet_ending_in_a_web_address_does_not_close_the_letter():
    tasks = _tasks(AGENCY_LETTER)
    assert ("1", "Sở Tài chính") in tasks


def test_a_heading_wrapped_after_an_abbreviation_is_one_heading_and_its_body_named_again_is_one_task():
    # "2. UBND" then "các xã, phường:" on the next line; "Chủ tịch UBND các phường, xã" is that body
    assert [t for t in _tasks(AGENCY_LETTER) if t[0].startswith("2")] == [("2", "Ủy ban nhân dân xã, phường")]


def test_an_annex_that_lists_bodies_assigns_nothing():
    assert len(_tasks(AGENCY_LETTER)) == 2
