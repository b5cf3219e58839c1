"""Articles and chapters whose headings a crawl broke over two lines ("Điều" / "7. Trách nhiệm …",
"Chương" / "II"), sentences a crawl's fixed width cut after a semicolon or before a document's symbol,
a chapter's heading under the last point of the chapter before, points a copy ran together on one line,
a decision's annexed Quy định whose articles assign the work, and an annex listing places. Invented
texts of the general form."""

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


# A decision as a crawl saves it: every line cut at about 72 characters wherever the next word did not fit,
# its paragraphs one after another with no blank line between them.
WRAPPED_DECISION = """ỦY BAN NHÂN DÂN
TỈNH NAM SƠN
Số: 52/2025/QĐ-UBND
Nam Sơn, ngày 03 tháng 10 năm 2025
QUYẾT ĐỊNH
Ban hành Quy định quản lý chợ truyền thống trên địa bàn tỉnh
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025 và
các văn bản hướng dẫn thi hành có liên quan;
Căn cứ Nghị định số 45/2025/NĐ-CP ngày 20 tháng 3 năm 2025 của Chính phủ
quy định chi tiết về quản lý chợ truyền thống trên địa bàn các tỉnh và
thành phố trực thuộc trung ương;
Theo đề nghị của Giám đốc Sở Công Thương tại Tờ trình số 88/TTr-SCT ngày
02 tháng 10 năm 2025 về việc ban hành quy định quản lý chợ truyền thống.
Điều 1. Ban hành kèm theo Quyết định này Quy định về quản lý, khai thác
và phát triển chợ truyền thống trên địa bàn tỉnh Nam Sơn nhằm bảo đảm
trật tự, vệ sinh và an toàn phòng cháy tại các chợ.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 15 tháng 10 năm
2025 và thay thế các quy định trước đây của tỉnh về quản lý chợ truyền
thống trên địa bàn.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Công Thương;
Thủ trưởng các sở, ban, ngành cấp tỉnh; Chủ tịch Ủy ban nhân dân các xã,
phường và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành
Quyết định này./.
Nơi nhận:
- Như Điều 3;
- Bộ Công Thương;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Văn Bình
QUY ĐỊNH
QUẢN LÝ CHỢ TRUYỀN THỐNG TRÊN ĐỊA BÀN TỈNH
Điều 4. Trách nhiệm tổ chức thực hiện
1. Ủy ban nhân dân các xã, phường có trách nhiệm kiểm tra việc chấp hành
quy định về phòng cháy, chữa cháy tại các chợ trên địa bàn và báo cáo
kết quả về Sở Công Thương trước ngày 15 tháng 12 hằng năm.
2. Sở Công Thương chủ trì hướng dẫn các xã, phường xây dựng phương án
sắp xếp lại các điểm kinh doanh tự phát quanh chợ, bảo đảm không lấn
chiếm lòng đường và vỉa hè.
"""


def test_a_line_cut_by_the_width_after_a_semicolon_goes_on_with_its_sentence():
    paras = paragraphs(WRAPPED_DECISION)
    assert ("Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Công Thương; Thủ trưởng các sở, ban, ngành "
            "cấp tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường và các tổ chức, cá nhân có liên quan chịu trách nhiệm "
            "thi hành Quyết định này./.") in paras
    # The closing article that names who carries the decision out is no task once read whole.
    clauses = {t.clause for t in parse_text(WRAPPED_DECISION).tasks}
    assert "3" not in clauses and {"4.1", "4.2"} <= clauses


def test_a_semicolon_that_ends_a_ground_an_item_or_a_short_line_still_ends_its_paragraph():
    paras = paragraphs(WRAPPED_DECISION)
    # A ground of the preamble opens its own paragraph, though the line above it was full.
    assert any(p.startswith("Căn cứ Nghị định số 45/2025/NĐ-CP") for p in paras)
    assert any(p.startswith("Theo đề nghị của Giám đốc Sở Công Thương") for p in paras)
    assert "- Bộ Công Thương;" in paras  # the recipients stay one a line
    # A line with room left for the next word ended its paragraph there: the items of a list without marks.
    listed = WRAPPED_DECISION.replace("Điều 4. Trách nhiệm tổ chức thực hiện\n",
                                      "Điều 4. Mỗi chợ niêm yết công khai các nội dung sau:\nNội quy của chợ;\nBảng giá dịch vụ;\n")
    assert {"Nội quy của chợ;", "Bảng giá dịch vụ;"} <= set(paragraphs(listed))


def test_a_document_s_symbol_wrapped_onto_its_own_line_goes_on_with_the_ground():
    text = "Căn cứ Luật Quy hoạch đô thị và nông thôn số\n47/2024/QH15;\nCăn cứ Luật Đất đai số 31/2024/QH15;"
    assert paragraphs(text) == ["Căn cứ Luật Quy hoạch đô thị và nông thôn số 47/2024/QH15;", "Căn cứ Luật Đất đai số 31/2024/QH15;"]
    # A title in capitals still stands apart from the sentence above it.
    assert len(paragraphs("Ban hành kèm theo Quyết định này\nQUY CHẾ LÀM VIỆC")) == 2


CHAPTERED_RULES = """ỦY BAN NHÂN DÂN
TỈNH NAM SƠN
Số: 17/QĐ-UBND
Nam Sơn, ngày 05 tháng 11 năm 2025

QUY CHẾ
Phối hợp quản lý cụm công nghiệp trên địa bàn tỉnh

Chương II

TRÁCH NHIỆM PHỐI HỢP

Điều 5. Khen thưởng

1. Kết quả phối hợp là một căn cứ bình xét thi đua hằng năm.

2. Hằng năm, Sở Công Thương tổng hợp, đề xuất khen thưởng các tập thể thực hiện tốt Quy chế này.

Chương III

TỔ CHỨC THỰC HIỆN

Điều 6. Trách nhiệm thi hành

Sở Tài chính bố trí kinh phí thực hiện Quy chế này.
"""


def test_a_chapter_s_heading_is_no_point_of_the_clause_above_it():
    clauses = {c.ref: c for c in split_body(clean(CHAPTERED_RULES)).clauses}
    assert clauses["5.2"].units == []
    tasks = parse_text(CHAPTERED_RULES).tasks
    assert [t.clause for t in tasks] == ["5.2", "6"]
    assert not any("Chương" in t.summary for t in tasks)


APPROVED_SCHEME = """THỦ TƯỚNG CHÍNH PHỦ
Số: 77/QĐ-TTg
Hà Nội, ngày 02 tháng 3 năm 2026

QUYẾT ĐỊNH
Phê duyệt Đề án phát triển du lịch biển

QUYẾT ĐỊNH:
Điều 1. Phê duyệt Đề án phát triển du lịch biển với các nội dung sau:
I. MỤC TIÊU
1. Thu hút khách quốc tế.
II. KINH PHÍ
1. Kinh phí từ ngân sách nhà nước.
2. Nguồn xã hội hóa.
Điều 2. Tổ chức thực hiện
1. Bộ Văn hóa, Thể thao và Du lịch
a) Chủ trì triển khai Đề án.
b) Hướng dẫn các địa phương xây dựng sản phẩm du lịch.
2. Bộ Tài chính bố trí kinh phí thực hiện Đề án.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký./.
"""


def test_an_article_ends_the_roman_sections_the_article_before_it_opened():
    # "Điều 1" approves a scheme set out in Roman sections; "Điều 2"'s khoản are its own, not section II's
    tasks = [(t.clause, t.lead_agency) for t in parse_text(APPROVED_SCHEME).tasks]
    assert ("2.1", "Bộ Văn hóa, Thể thao và Du lịch") in tasks and ("2.2", "Bộ Tài chính") in tasks
    refs = [c.ref for c in split_body(clean(APPROVED_SCHEME)).clauses]
    assert refs[:6] == ["1", "I", "I.1", "II", "II.1", "II.2"] and "3" in refs
