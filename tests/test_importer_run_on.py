"""Run-on texts (line breaks lost) are broken back into a letter's lines; normal texts are untouched."""

from tracker.importer.parser import parse_text
from tracker.importer.roles import assigning
from tracker.importer.run_on import is_run_on, split_run_on

# An invented letter of a commune's People's Committee, copied as a single line.
LETTER = (
    "ỦY BAN NHÂN DÂN XÃ AN LẠC Số: 27/UBND-VP V/v tăng cường phòng chống cháy rừng mùa khô "
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc An Lạc, ngày 12 tháng 3 năm 2024 "
    "Kính gửi: - Ban quản lý rừng phòng hộ xã. Căn cứ Kế hoạch số 15/KH-UBND ngày 02/01/2024 của UBND huyện "
    "về phòng cháy rừng; mùa khô năm nay nắng nóng kéo dài, nguy cơ cháy rừng rất cao. "
    "Ủy ban nhân dân xã yêu cầu các đơn vị thực hiện các nội dung sau: "
    "1. Công an xã tổ chức tuần tra, kiểm soát người ra vào rừng trong những ngày nắng nóng cao điểm. "
    "2. Các thôn tuyên truyền cho nhân dân không đốt nương rẫy trong mùa khô, báo cáo kết quả trước ngày 30/4/2024. "
    "3. Ban quản lý rừng phòng hộ xã bố trí lực lượng trực phòng cháy 24/24 giờ tại các chòi canh lửa "
    "và chuẩn bị đầy đủ dụng cụ chữa cháy tại chỗ theo phương châm bốn tại chỗ. "
    "4. Văn phòng - Thống kê xã theo dõi, tổng hợp tình hình thực hiện của các đơn vị, kịp thời báo cáo "
    "Chủ tịch Ủy ban nhân dân xã những khó khăn, vướng mắc phát sinh để chỉ đạo giải quyết. "
    "Nhận được công văn này, đề nghị các đơn vị nghiêm túc thực hiện./. "
    "Nơi nhận: - Như trên; - Lưu: VT. TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Nguyễn Văn Bình"
)


def test_long_lines_are_run_on_and_short_are_not():
    assert is_run_on(LETTER)
    assert not is_run_on("Số: 27/UBND-VP\nKính gửi: Công an xã.\n1. Công an xã tuần tra.")


def test_a_normal_text_is_untouched():
    text = "ỦY BAN NHÂN DÂN XÃ AN LẠC\nSố: 27/UBND-VP\nAn Lạc, ngày 12 tháng 3 năm 2024\n1. Công an xã tuần tra. 2. Thôn báo cáo."
    assert split_run_on(text) == text


def test_header_lines_are_put_back():
    lines = split_run_on(LETTER).split("\n")
    assert "ỦY BAN NHÂN DÂN XÃ AN LẠC" in lines
    assert "Số: 27/UBND-VP" in lines
    assert "V/v tăng cường phòng chống cháy rừng mùa khô" in lines
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in lines
    assert "Độc lập - Tự do - Hạnh phúc" in lines
    assert "An Lạc, ngày 12 tháng 3 năm 2024" in lines
    assert "- Ban quản lý rừng phòng hộ xã." in lines  # the addressees end at their full stop
    assert any(line.startswith("Căn cứ Kế hoạch số 15") for line in lines)
    assert any(line.startswith("Nơi nhận:") for line in lines)


def test_numbered_items_after_a_sentence_end_open_lines():
    lines = split_run_on(LETTER).split("\n")
    assert any(line.startswith("2. Các thôn tuyên truyền") for line in lines)
    # "24/24 giờ" or "năm 2024." inside a sentence opens nothing.
    assert not any(line.startswith(("24", "2024")) for line in lines)


def test_a_run_on_letter_is_read():
    draft = parse_text(LETTER)
    assert draft.symbol == "27/UBND-VP"
    assert draft.issued_on is not None and draft.issued_on.isoformat() == "2024-03-12"
    assert draft.subject.startswith("Tăng cường phòng chống cháy rừng")
    assert {task.clause_number: task.lead_agency for task in draft.tasks if task.clause_number in ("1", "2")} == {
        "1": "Công an xã", "2": "Các thôn"}


def test_a_title_glued_to_its_subject_is_parted():
    text = ("BỘ CHỈ HUY QUÂN SỰ TỈNH *** Số: 88/QĐ-BCH Tây Sơn, ngày 5 tháng 6 năm 2022 QUYẾT ĐỊNHVề việc thành lập "
            "tổ công tác ------- - Căn cứ Luật Dân quân tự vệ; - Căn cứ nhu cầu công tác, QUYẾT ĐỊNH Điều 1. Thành lập tổ "
            "công tác. Điều 2. Giao Phòng Tham mưu theo dõi, đôn đốc thực hiện. ") * 5
    lines = split_run_on(text).split("\n")
    assert "QUYẾT ĐỊNH" in lines and "Về việc thành lập tổ công tác" in lines
    assert "Tây Sơn, ngày 5 tháng 6 năm 2022" in lines
    assert any(line.startswith("- Căn cứ Luật Dân quân") for line in lines)
    assert any(line.startswith("Điều 2. Giao Phòng Tham mưu") for line in lines)


def test_an_act_taking_effect_assigns_nothing():
    unit = "Quyết định này có hiệu lực kể từ ngày ký. Các phòng, ban căn cứ Quyết định thi hành./."
    assert assigning(unit).strip() == ""


def test_misspelt_addressee_label_is_read_and_sentences_part():
    text = ("ỦY BAN NHÂN DÂN XÃ BÌNH AN Số: 9/UBND Bình An, ngày 4 tháng 5 năm 2021 Kính gữi: - Trưởng các thôn. "
            "Mùa mưa bão sắp đến. Ủy ban nhân dân xã yêu cầu Trưởng các thôn rà soát nhà yếu. "
            "Công an xã bố trí lực lượng ứng trực tại các điểm xung yếu trong những ngày mưa lớn. ") * 4
    lines = split_run_on(text).split("\n")
    assert lines.count("Kính gửi:") == 4
    assert "Mùa mưa bão sắp đến." in lines
    assert "Ủy ban nhân dân xã yêu cầu Trưởng các thôn rà soát nhà yếu." in lines


def test_a_request_to_a_body_is_no_requirements_section():
    from tracker.importer.sections import NON_TASK_SECTIONS, heading_kind
    from tracker.importer.text import fold
    request = fold("Yêu cầu Ủy ban nhân dân các xã, thị trấn: căn cứ tình hình thực tế chỉ đạo tổ chức thực hiện")
    assert not heading_kind(request, NON_TASK_SECTIONS)
    section = fold("3. Yêu cầu về chất lượng công trình và thời gian hoàn thành xây dựng nhà văn hóa thôn")
    assert heading_kind(section.removeprefix("3. "), NON_TASK_SECTIONS)
    assert heading_kind(fold("Yêu cầu:"), NON_TASK_SECTIONS)
