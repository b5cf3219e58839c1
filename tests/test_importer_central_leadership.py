"""The Party's central leadership told to direct a named body (study 146), with an invented resolution: "Giao Bộ
Chính trị (Ban Bí thư) chỉ đạo Đảng ủy X …" gives the work to the committee directed, while the leadership told
to direct without naming a body ("… để chỉ đạo các cơ quan tham mưu …") keeps its own work; the Assembly's bodies
named after "của Quốc hội," are co-authors of the documents named, no subject ("ban hành các nghị quyết của Quốc hội,
Ủy ban Thường vụ Quốc hội về …")."""

from tracker.importer.parser import parse_text

RESOLUTION = """BAN CHẤP HÀNH TRUNG ƯƠNG
Số 99-NQ/TW
Hà Nội, ngày 10 tháng 3 năm 2024
NGHỊ QUYẾT
HỘI NGHỊ LẦN THỨ 9 BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XIII
QUYẾT NGHỊ
1. Thống nhất chủ trương sửa đổi Luật Đất đai.

Giao Bộ Chính trị chỉ đạo Đảng ủy Chính phủ phối hợp với các cơ quan liên quan hoàn thiện dự thảo Luật, trình Quốc hội.

2. Thông qua Đề án về phát triển văn hóa.

Giao Ban Bí thư chỉ đạo Đảng ủy Quốc hội: Lãnh đạo việc thể chế hóa Đề án; rà soát các luật có liên quan.

3. Thông qua Báo cáo về công tác cán bộ.

Giao Bộ Chính trị căn cứ ý kiến thảo luận để chỉ đạo các cơ quan tham mưu hoàn thiện Báo cáo.

4. Thống nhất chủ trương sắp xếp đơn vị hành chính cấp xã.

Giao Đảng ủy Quốc hội lãnh đạo việc sửa đổi các luật có liên quan; ban hành các nghị quyết của Quốc hội, Ủy ban \
Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã theo đúng tiến độ.
"""


def test_the_committee_the_central_leadership_directs_leads():
    leads = [(t.clause_number, t.lead_agency) for t in parse_text(RESOLUTION).tasks]
    assert leads[:3] == [("1", "Đảng ủy Chính phủ"), ("2", "Đảng ủy Quốc hội"), ("3", "Bộ Chính trị")]


def test_the_assembly_and_its_committee_after_cua_are_the_authors_of_the_documents():
    leads = [(t.clause_number, t.lead_agency) for t in parse_text(RESOLUTION).tasks]
    assert leads[3:] == [("4", "Đảng ủy Quốc hội")]
