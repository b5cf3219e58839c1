"""General words for the readers that label a clause ("3. Các cơ quan, đơn vị, địa phương thuộc tỉnh: Căn cứ …
xây dựng kế hoạch …"): who does the clause's work, a group as written (ANNOTATION.md rule 3); read on an
invented text (study 150)."""

from tracker.importer.parser import parse_text


def _leads(text):
    return [(t.clause, t.lead_agency) for t in parse_text(text).tasks]


HEAD = ("KẾ HOẠCH\nTổ chức Tháng hành động vì an toàn thực phẩm\n"
        "I. MỤC ĐÍCH\nNâng cao nhận thức về an toàn thực phẩm.\nII. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Y tế: Chủ trì kiểm tra các cơ sở kinh doanh thực phẩm trong tháng hành động.\n\n")


def test_readers_labelling_a_clause_lead_it_with_where_they_are():
    text = HEAD + ("2. Các cơ quan, đơn vị, địa phương thuộc tỉnh: Căn cứ chức năng, nhiệm vụ được giao, xây dựng kế "
                   "hoạch hưởng ứng Tháng hành động phù hợp với tình hình thực tế.\n")
    assert ("II.2", "Các cơ quan, đơn vị, địa phương thuộc tỉnh") in _leads(text)


def test_readers_reaching_past_those_addressed_label_no_task():
    text = HEAD + "2. Các cơ quan, đơn vị có liên quan: Phối hợp chặt chẽ với Sở Y tế trong quá trình kiểm tra.\n"
    assert [clause for clause, _ in _leads(text)] == ["II.1"]
