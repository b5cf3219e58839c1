"""A Quy chế's articles that set out one body's duties (study 116): the article's title names its owner
("Trách nhiệm Văn phòng UBND tỉnh" without "của", "Nội dung Sở X có trách nhiệm chủ trì", "Trách nhiệm
của các cơ quan, đơn vị …" in general words), and its points are that owner's one task. Invented text."""

from tracker.importer.parser import parse_text

QUY_CHE = """ỦY BAN NHÂN DÂN
TỈNH SÔNG LAM
Số: 45/2025/QĐ-UBND
Sông Lam, ngày 10 tháng 11 năm 2025

QUYẾT ĐỊNH
Ban hành Quy chế phối hợp quản lý chợ đầu mối trên địa bàn tỉnh

Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;

Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp quản lý chợ đầu mối trên địa bàn tỉnh.

Điều 2. Quyết định này có hiệu lực từ ngày 20 tháng 11 năm 2025.

Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn Lâm

QUY CHẾ

PHỐI HỢP QUẢN LÝ CHỢ ĐẦU MỐI TRÊN ĐỊA BÀN TỈNH

Điều 4. Nội dung phối hợp chung

1. Trao đổi thông tin về hoạt động của chợ đầu mối.

2. Kiểm tra việc chấp hành quy định về an toàn thực phẩm tại chợ.

Điều 5. Nội dung Sở Công Thương có trách nhiệm chủ trì

1. Hướng dẫn các Ban quản lý chợ xây dựng nội quy chợ.

2. Kiểm tra hoạt động kinh doanh tại các chợ đầu mối.

Điều 6. Trách nhiệm Văn phòng Ủy ban nhân dân tỉnh

1. Tiếp nhận, phân loại kiến nghị của thương nhân gửi Ủy ban nhân dân tỉnh.

2. Theo dõi, đôn đốc việc giải quyết kiến nghị của thương nhân.

Điều 7. Trách nhiệm của các Sở, ban, ngành cấp tỉnh

1. Phối hợp với Sở Công Thương kiểm tra các chợ đầu mối thuộc lĩnh vực quản lý.

2. Các sở, ban, ngành có trách nhiệm rà soát, giải quyết lại kiến nghị chưa đúng quy định.

Điều 8. Trách nhiệm các cơ quan, đơn vị cấp tỉnh và Ủy ban nhân dân các xã, phường

a) Tổ chức triển khai Quy chế này tại cơ quan, đơn vị mình;

b) Trên cơ sở Quy chế này, các cơ quan, đơn vị rà soát, báo cáo tình hình chợ đầu mối gửi Sở Công Thương.

Điều 9. Trách nhiệm của các cơ quan, đơn vị tiếp nhận hồ sơ

1. Công khai thủ tục cấp phép kinh doanh tại chợ đầu mối.

2. Lưu trữ hồ sơ cấp phép theo quy định.
"""


def _tasks() -> list[tuple[str, str]]:
    return [(t.clause, t.lead_agency) for t in parse_text(QUY_CHE).tasks]


def test_an_article_on_the_content_a_body_is_charged_to_lead_is_that_body_s_one_task():
    tasks = _tasks()
    assert ("5", "Sở Công Thương") in tasks
    assert not any(clause.startswith("5.") for clause, _ in tasks)  # its points merged
    assert not any(clause.startswith("4") for clause, _ in tasks)  # the content all share: no body's task


def test_an_article_titled_trach_nhiem_without_cua_names_its_body():
    assert [task for task in _tasks() if task[0].startswith("6")] == [("6", "Văn phòng Ủy ban nhân dân tỉnh")]


def test_a_group_named_again_without_its_level_is_still_the_article_s_owner():
    assert [lead for clause, lead in _tasks() if clause.startswith("7")] == ["Các Sở, ban, ngành cấp tỉnh"]


def test_an_article_owned_by_general_words_gives_them_one_task_with_the_points_that_restate_them():
    tasks = [task for task in _tasks() if task[0].startswith("8")]
    assert tasks == [("8", "Các cơ quan, đơn vị cấp tỉnh"), ("8", "Ủy ban nhân dân xã, phường")]


def test_general_words_named_by_their_work_in_an_article_s_title_are_its_owner():
    assert [task for task in _tasks() if task[0].startswith("9")] == [("9", "Các cơ quan, đơn vị tiếp nhận hồ sơ")]


RESOLUTION = """CHÍNH PHỦ
Số: 150/NQ-CP
Hà Nội, ngày 05 tháng 11 năm 2026

NGHỊ QUYẾT
Về nhiệm vụ phát triển thủy lợi

QUYẾT NGHỊ:

1. Bộ trưởng các bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố:
a) Các bộ, cơ quan, địa phương có trách nhiệm ban hành kế hoạch chi tiết trong quý I năm 2027.
b) Tăng cường kiểm tra việc thực hiện Nghị quyết này.
2. Ủy ban nhân dân các tỉnh, thành phố:
a) Lãnh đạo các địa phương cần rà soát các hồ chứa xuống cấp, hoàn thành trong tháng 12 năm 2026.
b) Bố trí ngân sách địa phương cho việc sửa chữa hồ chứa.
"""


def test_a_point_that_calls_the_heading_s_committees_the_localities_is_still_their_work():
    # Study 159: "các địa phương" under a heading that names one group of committees is those committees again.
    tasks = [(t.clause, t.lead_agency) for t in parse_text(RESOLUTION).tasks]
    assert ("2.a", "Ủy ban nhân dân tỉnh, thành phố") in tasks
    assert ("1.a", "Ủy ban nhân dân tỉnh, thành phố") in tasks
    assert not any(lead == "Các địa phương" for _, lead in tasks), tasks


# Study 166: an article owned by "các sở, cơ quan thuộc UBND thành phố" and the communes, whose first point names
# work the committee handed another body before ("đã được … giao cho Trung tâm X …"): the owners still lead it.
QUY_DINH = """ỦY BAN NHÂN DÂN
THÀNH PHỐ HẢI ĐÔNG
Số: 12/2025/QĐ-UBND
Hải Đông, ngày 03 tháng 10 năm 2025

QUYẾT ĐỊNH
Ban hành Quy định về hoạt động thẩm tra kỹ thuật của Trung tâm Kiểm định xây dựng thành phố

Điều 1. Ban hành kèm theo Quyết định này Quy định về hoạt động thẩm tra kỹ thuật.

Điều 2. Quyết định này có hiệu lực từ ngày 15 tháng 10 năm 2025.

Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Minh Khoa

QUY ĐỊNH

VỀ HOẠT ĐỘNG THẨM TRA KỸ THUẬT

Điều 6. Trách nhiệm của các sở, cơ quan thuộc Ủy ban nhân dân thành phố, Ủy ban nhân dân các xã, phường

1. Kịp thời bố trí cán bộ chuyên môn tham gia thẩm tra các công trình đã được Ủy ban nhân dân thành phố
giao cho Trung tâm Kiểm định xây dựng thành phố thực hiện.

2. Cung cấp hồ sơ thiết kế và tài liệu liên quan cho Trung tâm Kiểm định xây dựng thành phố.
"""


def test_departments_and_bodies_under_the_committee_are_one_group_owning_their_article():
    tasks = [(t.clause, t.lead_agency) for t in parse_text(QUY_DINH).tasks]
    assert tasks == [("6", "Các sở, cơ quan thuộc Ủy ban nhân dân thành phố"), ("6", "Ủy ban nhân dân xã, phường")]


def test_work_the_committee_handed_another_body_before_asks_no_one_in_the_sentence():
    # "đã được UBND thành phố giao cho Trung tâm X thực hiện" describes the works, not a request to the centre.
    tasks = parse_text(QUY_DINH).tasks
    assert all(t.lead_agency != "Trung tâm Kiểm định xây dựng thành phố" for t in tasks)
    assert "Kịp thời bố trí cán bộ" in next(t.summary for t in tasks if t.lead_agency.startswith("Các sở"))
