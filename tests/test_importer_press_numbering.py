"""Clause numbers of press pages: only the paragraphs that assign are clauses "1", "2", … (invented texts)."""

from tracker.importer.draft import to_annotation
from tracker.importer.parser import parse_text


def _tasks(text: str) -> list[tuple[str, str]]:
    return [(t["clause"], t["lead_agency"]) for t in to_annotation(parse_text(text))["tasks"]]


def test_document_speaking_sets_the_letter_out_after_the_lead():
    text = (
        "UBND tỉnh Hòa An vừa ban hành Chỉ thị 07/CT-UBND yêu cầu các sở, ngành, địa phương triển khai quyết liệt "
        "các giải pháp phòng, chống dịch tả lợn châu Phi trên địa bàn tỉnh.\n\n"
        "Chỉ thị yêu cầu Sở Nông nghiệp và Môi trường rà soát toàn bộ đàn lợn, hoàn thành trước ngày 30/8; "
        "tổ chức tiêm phòng cho các ổ dịch cũ.\n\n"
        "UBND các xã, phường tăng cường kiểm soát việc vận chuyển lợn qua địa bàn và báo cáo định kỳ hàng tháng.\n"
    )
    tasks = _tasks(text)
    assert tasks[0] == ("1", "Sở Nông nghiệp và Môi trường")
    assert all(lead != "Các sở, ngành" for _, lead in tasks)


def test_caption_restating_the_lead_is_no_clause():
    text = (
        "UBND tỉnh Hòa An vừa ban hành Chỉ thị 07/CT-UBND yêu cầu các sở, ngành, địa phương triển khai quyết liệt "
        "các giải pháp phòng, chống dịch tả lợn châu Phi trên địa bàn tỉnh.\n\n"
        "Chỉ thị yêu cầu Sở Nông nghiệp và Môi trường rà soát toàn bộ đàn lợn, hoàn thành trước ngày 30/8; "
        "tổ chức tiêm phòng cho các ổ dịch cũ.\n\n"
        "Hòa An yêu cầu các sở, ngành và địa phương triển khai đồng bộ giải pháp phòng, chống dịch tả lợn châu Phi.\n\n"
        "UBND các xã, phường tăng cường kiểm soát việc vận chuyển lợn qua địa bàn và báo cáo định kỳ hàng tháng.\n"
    )
    assert ("2", "Ủy ban nhân dân xã, phường") in _tasks(text) or ("2", "Ủy ban nhân dân các xã, phường") in _tasks(text)


def test_sector_named_as_a_body_is_a_lead():
    text = (
        "UBND tỉnh Hòa An vừa có Công văn số 512/UBND-VX yêu cầu các sở, ngành, địa phương phòng, chống đuối nước "
        "cho trẻ em trong dịp hè.\n\n"
        "Theo đó, UBND tỉnh giao Sở Giáo dục và Đào tạo tổ chức dạy bơi cho học sinh trong dịp hè.\n\n"
        "Ngành y tế phối hợp với Công an tỉnh tập huấn kỹ năng sơ cứu cho giáo viên và phụ huynh.\n\n"
        "Sở Văn hóa, Thể thao và Du lịch đẩy mạnh tuyên truyền về phòng, chống đuối nước.\n"
    )
    tasks = to_annotation(parse_text(text))["tasks"]
    sector = [t for t in tasks if t["lead_agency"] == "Ngành y tế"]
    assert sector and sector[0]["clause"] == "2" and sector[0]["cooperating_agencies"] == ["Công an tỉnh"]
    assert ("3", "Sở Văn hóa, Thể thao và Du lịch") in _tasks(text)


def test_connective_list_item_goes_on_with_the_request_above():
    text = (
        "UBND tỉnh Hòa An vừa ban hành Công văn số 88/UBND-KT về công tác quản lý đất đai.\n\n"
        "Theo đó, UBND tỉnh giao: UBND cấp xã rà soát toàn bộ các trường hợp lấn chiếm đất công trên địa bàn.\n\n"
        "Đồng thời, chịu trách nhiệm toàn diện trước UBND tỉnh về quản lý đất đai tại địa phương; nâng cao trách nhiệm "
        "của người đứng đầu; tăng cường kiểm tra, xử lý nghiêm các trường hợp buông lỏng quản lý;\n\n"
        "Thực hiện thu hồi đất lấn chiếm; rà soát các trường hợp tồn đọng, tiếp tục xử lý theo quy định.\n\n"
        "Sở Nông nghiệp và Môi trường hướng dẫn UBND cấp xã thực hiện, tổng hợp khó khăn, vướng mắc.\n"
    )
    assert ("2", "Sở Nông nghiệp và Môi trường") in _tasks(text)


PROVINCE_PAGE = (
    "UBND tỉnh Hòa An vừa có văn bản yêu cầu Công an tỉnh, các sở, ban, ngành, UBND các xã, phường tạm dừng "
    "bắn pháo hoa trong dịp lễ kỷ niệm.\n\n"
    "Lãnh đạo tỉnh Hòa An kiểm tra công tác chuẩn bị lễ kỷ niệm (Ảnh: Minh Anh).\n\n"
    "UBND tỉnh Hòa An nêu rõ, lễ kỷ niệm là sự kiện đặc biệt quan trọng, cần được bảo đảm tuyệt đối về an ninh, an toàn.\n\n"
    "UBND tỉnh Hòa An chỉ đạo các đơn vị thực hiện, tạm dừng toàn bộ các hoạt động bắn pháo hoa trên toàn địa bàn; "
    "đồng thời tăng cường kiểm tra, báo cáo ngay khi phát hiện vi phạm.\n\n"
    "UBND tỉnh Hòa An giao Công an tỉnh không cấp giấy phép sử dụng pháo hoa trong thời gian nói trên.\n"
)


def test_province_stating_its_reasons_is_no_clause():
    tasks = _tasks(PROVINCE_PAGE)
    assert all(not lead.startswith("Ủy ban nhân dân tỉnh") for _, lead in tasks)
    assert [clause for clause, lead in tasks if lead == "Công an tỉnh"] == ["1", "2"]


def test_province_directing_its_units_hands_work_to_the_leads_addressees():
    tasks = _tasks(PROVINCE_PAGE)
    assert ("1", "Công an tỉnh") in tasks and ("1", "Các sở, ban, ngành") in tasks


def test_city_police_by_the_short_tp():
    text = (
        "UBND TP Hòa An vừa ban hành Chỉ thị 05/CT-UBND yêu cầu các sở, ngành triển khai các giải pháp bảo đảm trật tự đô thị.\n\n"
        "Chỉ thị yêu cầu Sở Xây dựng rà soát toàn bộ công trình vi phạm, hoàn thành trước 30/8. Công an TP tăng cường "
        "điều tra, xử lý hành vi lấn chiếm vỉa hè; ngăn chặn việc xây dựng trái phép.\n"
    )
    assert ("1", "Công an Thành phố") in _tasks(text)


# A storm page: the paper's tagged sapo, the lead with the post between dashes naming the letter's addressees and
# their work, a call to be aware, then the paragraphs that assign (invented).
STORM_PAGE = (
    "Hòa An khẩn trương ứng phó bão số 9\n\n"
    "HAO - Trước diễn biến của bão số 9, Chủ tịch UBND tỉnh Hòa An yêu cầu các sở, ngành, địa phương triển khai "
    "ngay các biện pháp phòng, chống.\n\n"
    "Ngày 12/9, bà Lê Thị Hạnh - Chủ tịch UBND tỉnh Hòa An - đã có văn bản yêu cầu các sở, ban, ngành, UBND các xã, "
    "phường khẩn trương kiểm tra các công trình xung yếu trước mùa mưa bão.\n\n"
    "Người dân gia cố nhà cửa tại xã Bình Minh.\n\n"
    "Chủ tịch UBND tỉnh Hòa An yêu cầu các đơn vị cần nhận thức đầy đủ mức độ nguy hiểm của bão. Các địa phương phải "
    "chuẩn bị phương án di dời dân khỏi vùng trũng thấp.\n\n"
    "Ưu tiên bảo đảm an toàn cho trường học, trạm y tế và các hồ chứa nước trên địa bàn.\n\n"
    "Chủ tịch UBND tỉnh giao Sở Y tế bố trí lực lượng cấp cứu tại các điểm sơ tán.\n"
)


def test_tagged_sapo_above_the_lead_is_no_clause_and_the_dashed_post_s_letter_is_the_first():
    tasks = _tasks(STORM_PAGE)
    assert ("1", "Các sở, ban, ngành") in tasks
    assert [clause for clause, lead in tasks if lead == "Các địa phương"] == ["2"]
    assert ("3", "Sở Y tế") in tasks


def test_a_call_to_be_aware_gives_no_task():
    tasks = _tasks(STORM_PAGE)
    assert [clause for clause, lead in tasks if lead == "Các sở, ban, ngành"] == ["1"]


def test_the_border_guard_by_its_force_and_level_is_a_body_in_any_case():
    text = (
        "UBND tỉnh Hòa An vừa có công văn chỉ đạo ứng phó bão số 9.\n\n"
        "Theo đó, Bộ đội biên phòng tỉnh phối hợp Cảng vụ Hàng hải Hòa An kêu gọi tàu thuyền vào nơi tránh trú an toàn.\n"
    )
    assert ("1", "Bộ đội biên phòng tỉnh") in _tasks(text)


def test_a_letter_sent_out_reports_its_issue():
    text = (
        "(HAO)- Tỉnh Hòa An có chỉ đạo khẩn ứng phó bão số 9.\n\n"
        "Chiều 12-9, UBND tỉnh Hòa An phát đi văn bản chỉ đạo khẩn về ứng phó bão số 9.\n\n"
        "Theo đó, Sở Y tế được yêu cầu bố trí lực lượng cấp cứu tại các điểm sơ tán.\n\n"
        "UBND tỉnh giao Sở Xây dựng kiểm tra an toàn các công trình đang thi công.\n"
    )
    tasks = _tasks(text)
    assert ("1", "Sở Y tế") in tasks and ("2", "Sở Xây dựng") in tasks


def test_a_document_stressing_a_motto_is_no_clause():
    # The plan stresses a way of working, a motto glossed in brackets: nobody is given work, so the first
    # paragraph that asks bodies is clause 1.
    text = (
        "Xã Tân Lập chủ động ứng phó mưa lũ\n\n"
        "UBND xã Tân Lập đã ban hành kế hoạch ứng phó mưa lũ năm 2025 trên địa bàn xã.\n\n"
        "Kế hoạch nhấn mạnh phương châm \"bốn tại chỗ\" (chỉ huy, lực lượng, phương tiện, hậu cần tại chỗ) và "
        "\"ba sẵn sàng\" (phòng ngừa chủ động, ứng phó kịp thời, khắc phục khẩn trương).\n\n"
        "UBND xã yêu cầu các thôn theo dõi chặt chẽ diễn biến thời tiết, thông báo kịp thời đến người dân.\n"
    )
    assert _tasks(text) == [("1", "Các thôn")]


def test_all_the_residential_groups_asked_are_one_group():
    # "tất cả (các) tổ dân phố": every group of the ward, as "các tổ dân phố" is.
    for every in ("tất cả", "tất cả các"):
        text = (
            "Phường Hòa Bình chủ động ứng phó mưa lớn\n\n"
            "UBND phường Hòa Bình vừa ban hành kế hoạch ứng phó mưa lớn trên địa bàn.\n\n"
            f"UBND phường yêu cầu {every} tổ dân phố thường trực, theo dõi sát diễn biến mưa lũ.\n"
        )
        assert _tasks(text) == [("1", "Các tổ dân phố")]
