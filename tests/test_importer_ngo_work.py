"""Bodies of a central document on foreign NGOs' work and the people's organisations it addresses:
the Government's committee over that work, named beside the ministry that chairs it ("Ủy ban công
tác về các tổ chức phi chính phủ nước ngoài", its field often in lower case or short), and "các tổ
chức nhân dân" (associations, unions, non-profits), a group of their own, not the catch-all "các tổ
chức". Invented documents of the general form."""

from tracker.importer.parser import parse_text

LETTER = ("CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nNGHỊ QUYẾT\nVề viện trợ phi chính phủ nước ngoài\n"
          "II. NHIỆM VỤ, GIẢI PHÁP\n"
          "1. Bộ Ngoại giao, Ủy ban công tác về các tổ chức phi chính phủ nước ngoài tổ chức tập huấn cho cán bộ "
          "địa phương về quản lý viện trợ, hoàn thành trong năm 2027.\n"
          "2. Các bộ, ngành, địa phương, các tổ chức nhân dân tăng cường vận động nguồn viện trợ cho vùng khó khăn.\n"
          "3. Bộ Tài chính chủ trì, phối hợp với Ủy ban Công tác về các tổ chức PCPNN hướng dẫn quyết toán viện trợ.\n")


def _leads(clause):
    return [t.lead_agency for t in parse_text(LETTER).tasks if t.clause == clause]


def test_the_committee_over_ngo_work_is_a_lead_beside_the_ministry():
    assert _leads("II.1") == ["Bộ Ngoại giao", "Ủy ban Công tác về các tổ chức phi chính phủ nước ngoài"]


def test_the_people_s_organisations_are_a_group_that_leads():
    assert "Các tổ chức nhân dân" in _leads("II.2")


def test_the_committee_written_short_helps():
    task = [t for t in parse_text(LETTER).tasks if t.clause == "II.3"][0]
    assert task.cooperating_agencies == ["Ủy ban Công tác về các tổ chức phi chính phủ nước ngoài"]
