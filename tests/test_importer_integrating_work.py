"""A ministry and the schools named first, then their work, in a solutions section of a document that
has its own organisation section: "Bộ X và các cơ sở giáo dục, đào tạo lồng ghép nội dung … vào chương
trình …" asks both by name ("lồng ghép": integrating a subject into a programme, a directive verb), and
"các cơ sở giáo dục, đào tạo" is a group of its own. Invented documents of the general form."""

from tracker.importer.parser import parse_text

RESOLUTION = ("NGHỊ QUYẾT\nVề phòng, chống đuối nước\nII. NHIỆM VỤ, GIẢI PHÁP\n1. Nâng cao nhận thức\n"
              "- Bộ Văn hóa, Thể thao và Du lịch\n\n+ Xây dựng tài liệu hướng dẫn kỹ năng bơi an toàn.\n\n"
              "- Bộ Giáo dục và Đào tạo\nvà các cơ sở giáo dục, đào tạo lồng ghép kiến thức phòng, chống đuối nước "
              "vào chương trình giáo dục thể chất.\n\n"
              "III. TỔ CHỨC THỰC HIỆN\n1. Các bộ, cơ quan ngang bộ xây dựng kế hoạch thực hiện Nghị quyết này.\n")


def test_a_ministry_and_the_schools_integrating_a_subject_are_both_asked():
    leads = [t.lead_agency for t in parse_text(RESOLUTION).tasks if t.clause == "II.1"]
    assert "Bộ Giáo dục và Đào tạo" in leads
    assert "Các cơ sở giáo dục, đào tạo" in leads
