"""Universities and institutes a solutions section asks by name after "gồm:", each form with an invented text: each
listed body is read by its full name (words in lower case and a parent university's name after a dash included),
and the closing "và các cơ sở do Bộ X lựa chọn" is a catch-all, no lead, whose words do not open the work."""

from tracker.importer.parser import parse_text

PLAN = """THỦ TƯỚNG CHÍNH PHỦ
Số: 12/QĐ-TTg
Hà Nội, ngày 10 tháng 3 năm 2026
QUYẾT ĐỊNH
Phê duyệt Đề án đào tạo nhân lực ngành đường sắt
Điều 1. Phê duyệt Đề án với các nội dung sau:
I. NHIỆM VỤ VÀ GIẢI PHÁP
1. Tổ chức đào tạo
a) Xây dựng chương trình đào tạo phù hợp với yêu cầu.
b) Giao các cơ sở đào tạo trọng điểm gồm: Trường Đại học Giao thông vận tải,
Trường Đại học Bách khoa - Đại học Đà Nẵng, Học viện Kỹ thuật quân sự và các cơ sở
do Bộ Xây dựng lựa chọn thực hiện đào tạo kỹ sư đường sắt tốc độ cao.
II. TỔ CHỨC THỰC HIỆN
1. Bộ Xây dựng
Chủ trì triển khai Đề án.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG
Trần Hồng Hà
"""


def test_each_university_listed_after_gom_is_asked_by_its_full_name():
    tasks = [t for t in parse_text(PLAN).tasks if t.clause == "I.1.b"]
    assert [t.lead_agency for t in tasks] == [
        "Trường Đại học Giao thông vận tải", "Trường Đại học Bách khoa - Đại học Đà Nẵng", "Học viện Kỹ thuật quân sự"]


def test_the_others_a_ministry_chooses_are_no_lead_and_no_part_of_the_work():
    tasks = [t for t in parse_text(PLAN).tasks if t.clause == "I.1.b"]
    assert len(tasks) == 3 and all(t.summary.startswith("Thực hiện đào tạo kỹ sư") for t in tasks)
