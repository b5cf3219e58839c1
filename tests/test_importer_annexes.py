"""Plans annexed to a decision (round 14's study), each form with an invented text: an annex whose
"(Ban hành kèm theo …)" line was lost, so only its kind in capitals marks where it begins, and the
provincial bodies such a plan's headings name (Liên minh Hợp tác xã, Cổng Thông tin điện tử tỉnh)."""

from tracker.importer.parser import parse_text


def _tasks(text):
    return [(t.clause, t.lead_agency) for t in parse_text(text).tasks]


DECISION_WITH_PLAN = """ỦY BAN NHÂN DÂN
TỈNH HÒA BÌNH

Số: 15/QĐ-UBND
Hòa Bình, ngày 02 tháng 3 năm 2026

QUYẾT ĐỊNH

Về việc ban hành Kế hoạch phát triển du lịch cộng đồng năm 2026

ỦY BAN NHÂN DÂN TỈNH

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển du lịch cộng đồng năm 2026.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Nơi nhận:
- Như Điều 2;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Văn An

KẾ HOẠCH

PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG
NĂM 2026

Nhằm khai thác lợi thế của tỉnh, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

I. MỤC TIÊU

Thu hút thêm khách du lịch đến các bản.

II. TỔ CHỨC THỰC HIỆN

1. Sở Văn hóa, Thể thao và Du lịch

- Xây dựng bản đồ các điểm du lịch cộng đồng.

2. Sở Tài chính

- Bố trí kinh phí thực hiện Kế hoạch.
"""


def test_an_annexed_plan_without_its_issuing_line_is_read_from_its_kind_title():
    assert _tasks(DECISION_WITH_PLAN) == [("II.1", "Sở Văn hóa, Thể thao và Du lịch"), ("II.2", "Sở Tài chính")]


def test_a_kind_title_after_the_signature_of_a_decision_that_issues_nothing_is_not_read():
    plain = DECISION_WITH_PLAN.replace("Ban hành kèm theo Quyết định này Kế hoạch", "Phê duyệt Kế hoạch")
    assert _tasks(plain) == []



def test_a_kind_title_that_goes_on_in_capitals_on_its_line_still_marks_the_annex():
    # "CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA UBND TỈNH": the kind, then more of the title in capitals on the same line
    text = DECISION_WITH_PLAN.replace("KẾ HOẠCH\n\nPHÁT TRIỂN", "KẾ HOẠCH HÀNH ĐỘNG CỦA ỦY BAN NHÂN DÂN TỈNH\n\nPHÁT TRIỂN")
    assert _tasks(text) == [("II.1", "Sở Văn hóa, Thể thao và Du lịch"), ("II.2", "Sở Tài chính")]
    # a line that only opens with the kind's words, then goes on in lower case, is a sentence, no title
    text = DECISION_WITH_PLAN.replace("KẾ HOẠCH\n\nPHÁT TRIỂN", "KẾ HOẠCH được gửi kèm\n\nPHÁT TRIỂN")
    assert _tasks(text) == []


BODIES_PLAN = """II. TỔ CHỨC THỰC HIỆN

1. Đề nghị Liên minh Hợp tác xã tỉnh, Hội Nông dân tỉnh, Hiệp hội Doanh nghiệp tỉnh

- Vận động hội viên tham gia chuỗi liên kết tiêu thụ nông sản.

2. Đài Phát thanh - Truyền hình tỉnh, Cổng Thông tin điện tử tỉnh

Mở chuyên mục giới thiệu các sản phẩm OCOP của tỉnh.
"""


def test_a_heading_naming_provincial_bodies_every_province_has_gives_each_its_task():
    assert _tasks(BODIES_PLAN) == [
        ("II.1", "Liên minh Hợp tác xã tỉnh"), ("II.1", "Hội Nông dân tỉnh"), ("II.1", "Hiệp hội Doanh nghiệp tỉnh"),
        ("II.2", "Đài Phát thanh - Truyền hình tỉnh"), ("II.2", "Cổng Thông tin điện tử tỉnh")]


RESOLUTION_WITH_ANNEX = """HỘI ĐỒNG NHÂN DÂN
TỈNH QUẢNG TRỊ

Số: 41/NQ-HĐND
Quảng Trị, ngày 12 tháng 3 năm 2026

NGHỊ QUYẾT

Về nhiệm vụ trọng tâm quý II năm 2026

QUYẾT NGHỊ:

1. Các cơ quan, đơn vị tập trung thực hiện Chương trình chuyển đổi số ban hành kèm theo Quyết định số 210/QĐ-UBND ngày 02 tháng 02 năm 2026 của Ủy ban nhân dân tỉnh.

2. Nghị quyết này có hiệu lực kể từ ngày ký./.

TM. HỘI ĐỒNG NHÂN DÂN
CHỦ TỊCH
Trần Văn Bình

Phụ lục
NHIỆM VỤ CỤ THỂ GIAO CÁC CƠ QUAN
(Kèm theo Nghị quyết số 41/NQ-HĐND ngày 12 tháng 3 năm 2026)

1. Sở Y tế hoàn thành kiểm tra an toàn thực phẩm các bếp ăn tập thể trong tháng 4 năm 2026.

2. Sở Công Thương chủ trì, phối hợp với các địa phương bình ổn giá phân bón trong vụ hè thu.
"""


def test_an_annex_captioned_under_a_resolution_is_read_and_a_citation_inside_a_sentence_opens_none():
    # "(Kèm theo Nghị quyết số …)" on its own line opens the annex; "… ban hành kèm theo Quyết định số …"
    # inside a clause's sentence cites another document and must not take the annex's place.
    assert _tasks(RESOLUTION_WITH_ANNEX) == [("1", "Sở Y tế"), ("2", "Sở Công Thương")]


DECISION_WITH_LOOSE_TABLE = """ỦY BAN NHÂN DÂN
TỈNH BẮC KẠN

Số: 90/QĐ-UBND
Bắc Kạn, ngày 05 tháng 3 năm 2026

QUYẾT ĐỊNH

Về danh mục dự án ưu tiên năm 2026

QUYẾT ĐỊNH:

1. Phê duyệt danh mục dự án ưu tiên năm 2026 tại Phụ lục kèm theo.

2. Sở Tài chính tổng hợp nhu cầu vốn các dự án ưu tiên, báo cáo Ủy ban nhân dân tỉnh./.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Hoàng Văn Minh

PHỤ LỤC
DANH MỤC DỰ ÁN ƯU TIÊN
(Kèm theo Quyết định số 90/QĐ-UBND ngày 05 tháng 3 năm 2026)

TT Tên dự án Cơ quan chủ trì Cơ quan phối hợp Thời hạn 1 Cải tạo chợ trung tâm
Ủy ban nhân dân thành phố Bắc Kạn, Sở Xây dựng tổ chức thi công, hoàn thành năm 2027
"""


def test_an_annex_without_numbered_paragraphs_adds_nothing_to_the_body_s_last_clause():
    # the annex's loose table lines would run on the body's last clause and give its bodies tasks there
    assert _tasks(DECISION_WITH_LOOSE_TABLE) == [("2", "Sở Tài chính")]
