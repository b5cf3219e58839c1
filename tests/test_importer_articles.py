"""Articles and chapters whose headings a crawl broke over two lines ("Điều" / "7. Trách nhiệm …",
"Chương" / "II"), points a copy ran together on one line, a decision's annexed Quy định whose articles
assign the work, and an annex listing places. Invented texts of the general form."""

from tracker.importer.clauses import split_body
from tracker.importer.parser import parse_text
from tracker.importer.run_points import points_apart
from tracker.importer.text import clean, paragraphs

DECISION = """ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG MỚI
Số: 41/2025/QĐ-UBND
Hà Giang Mới, ngày 03 tháng 10 năm 2025

QUYẾT ĐỊNH
Ban hành Quy định quản lý lễ hội truyền thống trên địa bàn tỉnh

Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;

Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý lễ hội truyền thống trên địa bàn tỉnh.

Điều 2. Quyết định này có hiệu lực từ ngày 15 tháng 10 năm 2025.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm
thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Đỗ Minh Khang

QUY ĐỊNH

QUẢN LÝ LỄ HỘI TRUYỀN THỐNG TRÊN ĐỊA BÀN TỈNH

(Kèm theo Quyết định số 41/2025/QĐ-UBND ngày 03 tháng 10 năm 2025 của Ủy ban nhân dân tỉnh)

Chương
I

QUY ĐỊNH CHUNG

Điều
1. Phạm vi điều chỉnh

Quy định này quy định việc quản lý lễ hội truyền thống trên địa bàn tỉnh.

Điều
2. Tổ chức lễ hội

1. Lễ hội được tổ chức trang trọng, tiết kiệm, phù hợp với phong tục địa phương.

2. Việc tổ chức lễ hội tại nơi công cộng phải theo các yêu cầu sau:

a) Ban tổ chức lễ hội niêm yết nội quy tại lối vào. b) Ủy ban nhân dân cấp xã có trách nhiệm bố trí lực
lượng giữ gìn trật tự tại khu vực lễ hội.

c) Không đốt vàng mã tại khu vực lễ hội.

Chương
II

TỔ CHỨC THỰC HIỆN

Điều
7. Trách nhiệm tổ chức thực hiện

1. Sở Văn hóa, Thể thao và Du lịch

Hướng dẫn, kiểm tra việc tổ chức lễ hội truyền thống trên địa bàn tỉnh.

2. Ủy ban nhân dân các xã, phường

Tuyên truyền, vận động Nhân dân thực hiện Quy định này.
"""


def test_a_heading_s_word_alone_on_its_line_joins_its_number():
    text = clean(DECISION)
    assert "Điều 7. Trách nhiệm tổ chức thực hiện" in text
    assert "Chương II" in text
    # Only the word alone on its line joins what follows: a sentence wrapped before a citation stays.
    assert clean("theo quy định tại\nĐiều 5 Nghị định số 12/2024/NĐ-CP") == "theo quy định tại\nĐiều 5 Nghị định số 12/2024/NĐ-CP"
    assert clean("CHƯƠNG\nIV\nĐIỀU KHOẢN THI HÀNH").startswith("CHƯƠNG IV")


def test_the_annexed_quy_dinh_s_articles_label_its_khoan():
    refs = [c.ref for c in split_body(clean(DECISION)).clauses]
    assert "7.1" in refs and "7.2" in refs and "2.2.b" in refs
    assert "6" not in refs  # the articles' numbers no longer read as clauses of their own


def test_the_quy_dinh_s_articles_give_the_tasks_their_labels():
    tasks = {(t.clause, t.lead_agency) for t in parse_text(DECISION).tasks}
    assert ("7.1", "Sở Văn hóa, Thể thao và Du lịch") in tasks
    assert any(clause == "7.2" and lead.startswith("Ủy ban nhân dân") for clause, lead in tasks)
    assert any(clause == "2.2.b" and lead.startswith("Ủy ban nhân dân") for clause, lead in tasks)


def test_points_run_together_are_apart_at_the_next_letter_only():
    assert points_apart("a) Đoàn viên tham gia dọn vệ sinh. b) Ban Quản lý chợ kiểm tra hằng tuần.") == [
        "a) Đoàn viên tham gia dọn vệ sinh.", "b) Ban Quản lý chợ kiểm tra hằng tuần."]
    # A drafter following the Latin alphabet ("e", "f") is read the same way.
    assert points_apart("e) Cấm thả đèn trời. f) Xã có trách nhiệm nhắc nhở.")[1].startswith("f)")
    # A letter out of order is a reference, not the next point; a paragraph opening otherwise is left alone.
    assert len(points_apart("a) Thực hiện như quy định. d) Điểm này đã bãi bỏ.")) == 1
    assert len(points_apart("1. Thực hiện theo điểm a. b) Ủy ban làm tiếp.")) == 1
    assert paragraphs("c) Thu gom rác thải. d) Phường Tân An báo cáo kết quả.")[1].startswith("d)")


LIST_ANNEX = """ỦY BAN NHÂN DÂN TỈNH SÔNG MÃ
Số: 902/QĐ-UBND
Sông Mã, ngày 12 tháng 12 năm 2025
QUYẾT ĐỊNH
Phê duyệt danh mục địa điểm tổ chức chợ phiên năm 2026
Điều 1. Phê duyệt Danh mục địa điểm tổ chức chợ phiên năm 2026 (Chi tiết tại Phụ lục kèm theo).
Điều 2. Sở Công Thương có trách nhiệm hướng dẫn các thương nhân tổ chức chợ phiên theo đúng quy định.
Điều 3. Quyết định này có hiệu lực từ ngày ký./.
Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Văn Tâm
PHỤ LỤC
DANH MỤC ĐỊA ĐIỂM TỔ CHỨC CHỢ PHIÊN NĂM 2026
(Kèm theo Quyết định số 902/QĐ-UBND ngày 12/12/2025 của UBND tỉnh)
I. Địa điểm tổ chức chợ phiên
1. Nhà văn hóa thôn Đông, xã Hòa Lạc
2. Sân vận động xã Tân Mỹ, Ban Quản lý sân vận động
"""


def test_an_annex_listing_places_assigns_no_work():
    assert [c.ref for c in split_body(clean(LIST_ANNEX)).clauses] == ["1", "2", "3"]
    tasks = [(t.clause, t.lead_agency) for t in parse_text(LIST_ANNEX).tasks]
    assert tasks == [("2", "Sở Công Thương")]
