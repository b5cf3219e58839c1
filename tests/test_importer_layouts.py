"""Page layouts whose clauses are cut or folded: each rule on an invented text (none is copied from a
held-out document)."""

from tracker.importer.parser import parse_text


def _tasks(text):
    return [(t.clause, t.lead_agency, t.recurrence) for t in parse_text(text).tasks]


def _leads(text):
    return [(clause, lead) for clause, lead, _ in _tasks(text)]


REQUEST_NAMING_ADDRESSEES = """Theo đó, UBND huyện đã có Công văn số 812/UBND-VX ngày 02/3/2024 yêu cầu Thủ trưởng các cơ quan, ban ngành, đoàn thể cấp huyện, Chủ tịch UBND các xã, thị trấn:
Tổ chức tuyên truyền Kế hoạch phòng, chống dịch sốt xuất huyết đến cán bộ, công chức và người dân trên địa bàn.
Tổ chức ra quân diệt lăng quăng vào sáng thứ Bảy hằng tuần tại trụ sở và khu dân cư.
"""


def test_a_request_naming_its_addressees_heads_clauses_not_a_title():
    # "… yêu cầu X, Y:" names the request's addressees; the paragraphs below are its clauses 1 and 2,
    # not one clause of a title of bodies (that is "yêu cầu: Các Sở: A, B:")
    clauses = {clause for clause, _ in _leads(REQUEST_NAMING_ADDRESSEES)}
    assert clauses == {"1", "2"}


TITLE_OF_BODIES = """Chủ tịch UBND tỉnh yêu cầu: Các Sở: Y tế, Giáo dục và Đào tạo; Công an tỉnh và UBND các huyện, thành phố theo chức năng nhiệm vụ:
Tăng cường kiểm tra an toàn thực phẩm tại các bếp ăn tập thể trong trường học.
Xử lý nghiêm các cơ sở vi phạm theo quy định của pháp luật.
"""


def test_a_title_of_bodies_after_the_request_still_merges_its_paragraphs():
    assert {clause for clause, _ in _leads(TITLE_OF_BODIES)} == {"1"}


CUT_AFTER_PURPOSE = """Ngày 05/4, UBND huyện ban hành văn bản yêu cầu các cơ quan, đơn vị và UBND các xã:

Tổ chức dọn vệ sinh khuôn viên cơ quan, trụ sở vào chiều thứ Sáu hằng tuần.

Bố trí thùng thu gom rác thải tái chế tại trụ sở.

Để chào mừng kỷ niệm 50 năm Ngày giải phóng quê hương, Thủ trưởng các cơ quan, ban"""


def test_a_page_cut_after_a_purpose_and_a_subject_drops_that_paragraph():
    # the last paragraph broke off after its purpose and the first words of who: nothing is said
    assert {clause for clause, _ in _leads(CUT_AFTER_PURPOSE)} == {"1", "2"}


PLUS_UNDER_DASH = """Bộ Nông nghiệp và Môi trường tăng cường phòng chống dịch bệnh trên đàn gia cầm

Nội dung văn bản của Bộ đối với các địa phương như sau:

- Sở Nông nghiệp và Môi trường các tỉnh, thành phố:

+ Tham mưu UBND tỉnh chỉ đạo triển khai kế hoạch tiêm phòng vắc xin cúm gia cầm vụ Xuân 2026;

+ Tăng cường kiểm soát vận chuyển gia cầm qua địa bàn;

- Ủy ban nhân dân các xã, phường:

+ Tổ chức tiêu độc khử trùng khu vực chăn nuôi;
"""


def test_plus_bullets_are_points_of_the_dash_item_above():
    # "-" marks the items, "+" the points under an item: two items, not five
    leads = _leads(PLUS_UNDER_DASH)
    assert {clause for clause, _ in leads} == {"1", "2"}
    assert ("1", "Sở Nông nghiệp và Môi trường các tỉnh, thành phố") in leads


LETTERED_UNDER_HEADING = """ỦY BAN NHÂN DÂN TỈNH X
Số: 15/CĐ-UBND
X, ngày 10 tháng 10 năm 2025
CÔNG ĐIỆN
Về việc ứng phó mưa lớn
Chủ tịch UBND tỉnh yêu cầu:
1. Giám đốc Sở Xây dựng:
a) Chỉ đạo kiểm tra an toàn các công trình đang thi công.
b) Báo cáo tình hình về UBND tỉnh trước 15 giờ hằng ngày.
2. Giám đốc Sở Y tế chuẩn bị thuốc men, cơ số thuốc phục vụ người dân vùng ngập.
"""


def test_a_headed_clause_keeps_its_number_when_one_lettered_point_is_timed_apart():
    # rule 1: the points under "1. Giám đốc Sở Xây dựng:" are the Sở's one task "1"; point b, daily,
    # is a task of its own under its printed path "1.b"
    tasks = _tasks(LETTERED_UNDER_HEADING)
    assert ("1", "Sở Xây dựng", None) in tasks
    assert ("1.b", "Sở Xây dựng", "FREQ=DAILY") in tasks


LATER_POINT_ALONE = LETTERED_UNDER_HEADING.replace(
    "a) Chỉ đạo kiểm tra an toàn các công trình đang thi công.\nb) Báo cáo tình hình về UBND tỉnh trước 15 giờ hằng ngày.",
    "a) Báo cáo tình hình về UBND tỉnh trước 15 giờ hằng ngày.\nb) Chỉ đạo kiểm tra an toàn các công trình đang thi công.")


def test_a_later_point_left_alone_keeps_its_path():
    tasks = _tasks(LATER_POINT_ALONE)
    assert ("1.b", "Sở Xây dựng", None) in tasks
    assert ("1.a", "Sở Xây dựng", "FREQ=DAILY") in tasks


def test_a_pages_html_markup_and_entities_are_read_as_its_text():
    page = ('UBND tỉnh triển khai kết luận về phòng, chống dịch\n'
            '<p style="text-align: justify;"><span>Ủy ban nh&acirc;n d&acirc;n tỉnh y&ecirc;u cầu:</span></p> '
            '<p><span><strong>1.</strong> Về c&ocirc;ng t&aacute;c ph&ograve;ng, chống dịch:</span></p> '
            '<p><span>C&aacute;c sở, ban, ng&agrave;nh, Ủy ban nh&acirc;n d&acirc;n c&aacute;c huyện tiếp tục thực hiện '
            'nghi&ecirc;m c&aacute;c biện ph&aacute;p ph&ograve;ng, chống dịch.</span></p>')
    tasks = parse_text(page).tasks
    assert [t.lead_agency for t in tasks] == ["Các sở, ban, ngành", "Ủy ban nhân dân huyện"]
    assert "<" not in tasks[0].summary and "&" not in tasks[0].summary
