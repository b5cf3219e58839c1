"""A request after the points of a numbered item ("2. UBND … chỉ đạo Sở X … thực hiện các nội dung sau: / 2.1 … /
2.2 … / Đề nghị UBND các tỉnh chỉ đạo các sở, ngành, Hội Y … tăng cường …"), with a closing that asks nothing after
it: the request is the next item, its leads the bodies directed; read on invented texts (study 155)."""

from tracker.importer.names import find_mentions
from tracker.importer.parser import parse_text


def _tasks(text):
    return [(t.clause, t.lead_agency) for t in parse_text(text).tasks]


HEAD = ("BỘ Y TẾ\nSố: 12/BYT-KCB\nHà Nội, ngày 05 tháng 03 năm 2014\n\n"
        "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương\n\n"
        "Bộ Y tế đề nghị các địa phương thực hiện như sau:\n\n"
        "1. Rà soát danh sách cơ sở khám bệnh trên địa bàn.\n\n"
        "2. Ủy ban nhân dân các tỉnh chỉ đạo Sở Y tế phối hợp với Sở Tài chính thực hiện các nội dung sau:\n\n"
        "2.1. Kiểm tra hồ sơ cấp phép của từng cơ sở.\n\n"
        "2.2. Sau khi kiểm tra, đối với cơ sở đủ điều kiện thì Sở Y tế cấp giấy phép hoạt động.\n\n")
CLOSING = ("Bộ Y tế sẽ tổ chức các đoàn kiểm tra tại một số địa phương.\n\n"
           "Trong quá trình thực hiện, nếu có vướng mắc đề nghị phản ánh về Bộ Y tế để được hướng dẫn./.\n")


def test_a_request_to_direct_bodies_after_the_points_is_the_next_item():
    text = HEAD + ("Đề nghị Ủy ban nhân dân các tỉnh chỉ đạo các sở, ngành có liên quan, Hội Nông dân, Hội Cựu chiến "
                   "binh tăng cường giám sát hoạt động của các cơ sở khám bệnh.\n\n") + CLOSING
    third = [lead for clause, lead in _tasks(text) if clause == "3"]
    assert third == ["Các sở, ngành có liên quan", "Hội Nông dân tỉnh", "Hội Cựu chiến binh tỉnh"]
    assert not [clause for clause, lead in _tasks(text) if clause == "2.2" and "ngành" in lead]


def test_a_request_to_direct_bodies_only_to_implement_stays_no_item():
    text = HEAD + ("Đề nghị Ủy ban nhân dân các tỉnh chỉ đạo các sở, ngành có liên quan triển khai thực hiện.\n\n") + CLOSING
    assert "3" not in [clause for clause, _ in _tasks(text)]


def test_the_provinces_association_of_agent_orange_victims_is_a_body():
    names = [m.name for m in find_mentions("Sở Y tế, Hội nạn nhân chất độc da cam/dioxin, Hội Cựu chiến binh kiểm tra.")]
    assert "Hội Nạn nhân chất độc da cam/dioxin tỉnh" in names


def test_work_given_at_the_same_time_stays_the_items_own():
    text = HEAD + ("3. Giao Sở Y tế chủ trì, phối hợp với các sở, ngành liên quan xây dựng kế hoạch kiểm tra hằng năm.\n\n"
                   "Đồng thời, giao Sở Y tế chủ trì, phối hợp với các sở, ngành liên quan thường xuyên rà soát, kịp "
                   "thời tham mưu điều chỉnh Kế hoạch này.\n\n") + CLOSING
    assert "4" not in [clause for clause, _ in _tasks(text)]
