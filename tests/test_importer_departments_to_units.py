"""A department, a Chi cục, the provincial police or an education office writing to the units it runs:
the units act, the writer does not (invented texts)."""

from tracker.importer.parser import parse_text


def _leads(text: str) -> list[str]:
    return [task.lead_agency for task in parse_text(text).tasks]


def test_sector_units_named_by_their_sector_lead_as_one_group():
    assert _leads("Sở Y tế đề nghị các đơn vị y tế trên địa bàn tỉnh bố trí đủ nhân lực trực cấp cứu.") == [
        "Các đơn vị y tế trên địa bàn tỉnh"]
    assert _leads("Công an tỉnh yêu cầu các đơn vị công an trong tỉnh tăng cường tuần tra.") == [
        "Các đơn vị công an trong tỉnh"]


def test_the_schools_an_education_office_asks_lead():
    assert _leads("Sở Giáo dục và Đào tạo đề nghị các nhà trường tổ chức kiểm tra phòng học trước khi học sinh trở lại.") == [
        "Các nhà trường"]


def test_rangers_offices_and_the_mobile_unit_are_named():
    text = ("Chi cục Kiểm lâm vừa có công văn yêu cầu các Hạt Kiểm lâm địa phương, Đội Kiểm lâm cơ động và phòng cháy, "
            "chữa cháy rừng tăng cường tuần tra rừng.")
    assert _leads(text) == ["Các Hạt Kiểm lâm địa phương", "Đội Kiểm lâm cơ động và phòng cháy, chữa cháy rừng"]


def test_a_chi_cuc_asking_again_is_no_part_of_a_name_nor_a_lead():
    assert _leads("Chi cục Thủy sản còn yêu cầu Hạt Kiểm lâm các huyện phối hợp kiểm tra ao nuôi.") == [
        "Hạt Kiểm lâm các huyện"]


def test_localities_within_the_province_keep_their_area():
    assert _leads("Các địa phương trong tỉnh tiêm phòng cho đàn gia súc trong tháng 3.") == ["Các địa phương trong tỉnh"]


def test_a_centre_of_every_district_and_city_keeps_its_levels():
    assert _leads("Chi cục Chăn nuôi và Thú y đề nghị Trung tâm Dịch vụ nông nghiệp các huyện, thành phố, thị xã "
                  "tổ chức tiêm phòng.") == ["Trung tâm Dịch vụ nông nghiệp các huyện, thành phố, thị xã"]


def test_a_department_named_with_its_province_before_it_asks():
    assert _leads("Sở Giáo dục và Đào tạo tỉnh Bắc Nam vừa có công văn đề nghị các nhà trường rà soát phòng học.") == [
        "Các nhà trường"]


def test_the_police_telegram_reports_a_request():
    assert _leads("Giám đốc Công an tỉnh đã có Điện số 12 yêu cầu các đơn vị công an trong tỉnh tăng cường tuần tra.") == [
        "Các đơn vị công an trong tỉnh"]


def test_facilities_a_request_addresses_lead_and_those_only_spoken_of_do_not():
    assert _leads("Sở Giáo dục và Đào tạo yêu cầu các cơ sở giáo dục tiếp tục công khai các khoản thu đầu năm học.") == [
        "Các cơ sở giáo dục"]
    assert _leads("Sở Y tế đề nghị các cơ sở y tế trên địa bàn tỉnh bố trí đủ nhân lực trực Tết.") == [
        "Các cơ sở y tế trên địa bàn tỉnh"]
    # Encouraged, or the object of another body's checks, they are no lead.
    assert "Các cơ sở giáo dục" not in _leads("Sở Giáo dục và Đào tạo khuyến khích các cơ sở giáo dục phối hợp với doanh nghiệp.")
    assert _leads("UBND các xã tăng cường kiểm tra việc thu đối với các cơ sở giáo dục trên địa bàn.") == ["Ủy ban nhân dân xã"]


def test_facilities_a_department_s_own_item_asks_stay_its_work():
    text = ("1. Sở Y tế:\n\n- Chủ động xây dựng kế hoạch ứng phó dịch bệnh, yêu cầu các cơ sở y tế trên địa bàn "
            "bố trí đủ thuốc, vật tư dự phòng.\n\n2. Sở Tài chính bố trí kinh phí thực hiện.\n")
    assert _leads(text) == ["Sở Y tế", "Sở Tài chính"]


def test_a_department_notifying_its_schools_tells_them_to_act():
    # Study 114: "Sở X thông báo các trường … (tiếp tục) cho học sinh nghỉ học": the notice is the request.
    text = ("Do mưa lớn kéo dài, Sở Giáo dục và Đào tạo thông báo các trường học trên địa bàn tỉnh tiếp tục cho học sinh "
            "nghỉ học vào ngày 12/10.")
    assert _leads(text) == ["Các trường học trên địa bàn tỉnh"]


def test_heads_of_schools_and_centres_are_the_units_the_opening_scope_narrows():
    text = ("Đối với một số trường thuộc xã đảo không bị chia cắt, Sở Giáo dục và Đào tạo giao Hiệu trưởng các trường, "
            "lãnh đạo các trung tâm chủ động tổ chức dạy học bù theo kế hoạch.")
    assert _leads(text) == ["Các trường thuộc xã đảo không bị chia cắt", "Các trung tâm"]


def test_a_department_listing_its_own_share_in_its_guidance_keeps_it():
    # Study 130: "III. Tổ chức thực hiện — 1. Sở X: <work>" beside its addressees' items is the Sở's own task.
    text = ("UBND TỈNH HÒA BÌNH\nSỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nSố: 210/STNMT-MT\nHòa Bình, ngày 04 tháng 3 năm 2024\n\n"
            "V/v hướng dẫn thu gom rác thải\n\nKính gửi:\n- Ủy ban nhân dân các huyện;\n"
            "- Các đơn vị trực thuộc Sở.\n\nSở Tài nguyên và Môi trường hướng dẫn như sau:\n\n"
            "1. Sở Tài nguyên và Môi trường: Theo dõi việc thu gom; tổ chức tập huấn chuyên môn; phối hợp với UBND các huyện kiểm tra.\n"
            "2. Đề nghị Ủy ban nhân dân các huyện: Tổ chức phân loại rác tại các khu dân cư.\n"
            "\nGIÁM ĐỐC\nTrần Văn An\n")
    assert _leads(text) == ["Sở Tài nguyên và Môi trường", "Ủy ban nhân dân huyện"]


def test_facilities_a_guidance_sentence_opens_with_act_as_one_group():
    # Study 130: "Cơ sở giáo dục tổ chức …", "Người đứng đầu cơ sở y tế sắp xếp …": every such facility acts.
    text = ("Sở Y tế hướng dẫn như sau:\n\n1. Tiếp nhận người bệnh\n"
            "a) Các cơ sở y tế phối hợp với Trạm Y tế xã lập danh sách người cao tuổi cần khám.\n"
            "b) Người đứng đầu cơ sở y tế sắp xếp phòng khám riêng cho người cao tuổi.\n"
            "c) Cơ sở y tế được hưởng kinh phí theo quy định.\n\n"
            "2. Tổ chức thực hiện\nSở Y tế kiểm tra việc thực hiện.\n")
    assert _leads(text)[:2] == ["Các cơ sở y tế", "Các cơ sở y tế"]
    assert len([lead for lead in _leads(text) if lead == "Các cơ sở y tế"]) == 2  # what they are granted is no duty
    # Spoken of in the middle of a sentence, they are not its subject.
    assert "Các cơ sở y tế" not in _leads("UBND các xã tăng cường kiểm tra cơ sở y tế tư nhân trên địa bàn.")
