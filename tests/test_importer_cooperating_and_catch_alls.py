"""Cooperating bodies that are kinds of organisations rather than agencies of the tree, and catch-all leads
asked on their own. Invented sentences of the general form."""

from tracker.importer.parser import parse_text

PLAN = ("ỦY BAN NHÂN DÂN TỈNH HÀ NAM\n\nKẾ HOẠCH\nPhát triển thương mại điện tử năm 2026\n\n"
        "II. TỔ CHỨC THỰC HIỆN\n{body}")


def _coop(body: str) -> dict[str, list[str]]:
    return {t.lead_agency: t.cooperating_agencies for t in parse_text(PLAN.format(body=body)).tasks}


def test_enterprises_and_institutes_after_phoi_hop_voi_are_helpers():
    coop = _coop("1. Sở Công Thương chủ trì, phối hợp với Sở Tài chính và các doanh nghiệp bán lẻ triển khai "
                 "chương trình khuyến mại trực tuyến.\n"
                 "2. Sở Khoa học và Công nghệ phối hợp với doanh nghiệp, viện nghiên cứu, trường đại học tổ chức "
                 "đào tạo kỹ năng số cho người lao động.\n")
    # the kind's name runs to the work it is asked to do ("triển khai")
    assert coop["Sở Công Thương"] == ["Sở Tài chính", "Các doanh nghiệp bán lẻ"]
    # without "các", each kind of a list is a helper of its own
    assert coop["Sở Khoa học và Công nghệ"] == ["Doanh nghiệp", "Viện nghiên cứu", "Trường đại học"]


def test_organisations_named_by_the_service_they_give_are_helpers_but_the_verb_to_organise_is_not():
    coop = _coop("1. Bảo hiểm xã hội tỉnh phối hợp với các tổ chức cung ứng dịch vụ thanh toán thực hiện chi trả "
                 "lương hưu qua tài khoản.\n"
                 "2. Sở Nội vụ phối hợp tổ chức hội nghị tập huấn cho doanh nghiệp nhỏ và vừa.\n")
    assert coop["Bảo hiểm xã hội tỉnh"] == ["Các tổ chức cung ứng dịch vụ thanh toán"]
    assert coop["Sở Nội vụ"] == []


def test_a_kind_left_open_is_a_catch_all_and_one_a_lead_steers_is_no_helper():
    coop = _coop("1. Sở Y tế phối hợp với các viện nghiên cứu có liên quan đánh giá chất lượng dược liệu.\n"
                 "2. Sở Xây dựng hướng dẫn, phối hợp với các doanh nghiệp vận tải rà soát tuyến xe buýt.\n"
                 "3. Sở Tài chính phối hợp với các viện nghiên cứu kinh tế xây dựng bộ chỉ số cạnh tranh.\n")
    assert coop["Sở Y tế"] == []
    assert coop["Sở Xây dựng"] == []
    assert coop["Sở Tài chính"] == ["Các viện nghiên cứu kinh tế"]


def test_general_words_and_a_kind_under_one_cac_are_one_group():
    coop = _coop("1. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các cơ quan, đơn vị, doanh nghiệp "
                 "tổ chức tuần lễ du lịch biển.\n")
    assert coop["Sở Văn hóa, Thể thao và Du lịch"] == ["Các cơ quan, đơn vị, doanh nghiệp"]


TABLE = ("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\n\nKẾ HOẠCH\nỨng dụng công nghệ cao trong nông nghiệp\n\n"
         "PHỤ LỤC\nNHIỆM VỤ CỤ THỂ\n"
         "STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\n"
         "1\tXây dựng mô hình nhà kính thông minh\tSở Nông nghiệp và Môi trường\tViện, Trường; Sở, ban, ngành có liên quan\tNăm 2027\n"
         "2\tPhủ sóng di động vùng sâu\tSở Khoa học và Công nghệ\tUBND các xã, phường; Các doanh nghiệp cung cấp dịch vụ viễn thông\tNăm 2026\n"
         "3\tĐào tạo kỹ sư nông nghiệp số\tSở Giáo dục và Đào tạo\tCác trường đại học, viện nghiên cứu\tNăm 2028\n"
         "4\tKiểm định giống cây trồng\tSở Nông nghiệp và Môi trường\tViện nghiên cứu liên quan\tNăm 2027\n")


def test_kinds_listed_in_a_helpers_column_are_helpers():
    coop = {t.clause: t.cooperating_agencies for t in parse_text(TABLE).tasks}
    # bare "Viện", "Trường" as members of the column's list, each a helper
    assert coop["1"][:2] == ["Viện", "Trường"]
    # a kind named by the service it gives, up to the column's separator
    assert coop["2"][-1] == "Các doanh nghiệp cung cấp dịch vụ viễn thông"
    # schools and institutes under one "các": one group, not the universities alone
    assert coop["3"] == ["Các trường đại học, viện nghiên cứu"]
    # left open, a catch-all
    assert coop["4"] == []


def test_the_central_sectors_offices_based_in_the_province_are_a_group_that_leads():
    text = PLAN.format(body="1. Căn cứ Kế hoạch này, các sở, ban, ngành, đoàn thể cấp tỉnh, các đơn vị ngành dọc đóng "
                            "trên địa bàn tỉnh, Ủy ban nhân dân các xã, phường xây dựng kế hoạch thực hiện, hoàn thành "
                            "trước ngày 15/02/2026.\n")
    leads = [t.lead_agency for t in parse_text(text).tasks]
    assert leads == ["Các sở, ban, ngành, đoàn thể cấp tỉnh", "Các đơn vị ngành dọc đóng trên địa bàn tỉnh",
                     "Ủy ban nhân dân xã, phường"]


def test_a_paragraph_s_untimed_sentence_after_a_dated_one_is_the_same_task():
    text = PLAN.format(body="1. Sở Nội vụ xây dựng kế hoạch kiểm tra, hoàn thành trước ngày 30/6/2026. Thực hiện chế độ "
                            "báo cáo theo quy định.\n")
    tasks = parse_text(text).tasks
    assert [(t.clause, t.lead_agency) for t in tasks] == [("II.1", "Sở Nội vụ")]
    assert "chế độ báo cáo" in tasks[0].text


def test_a_heading_giving_the_rest_to_the_other_departments_is_their_task():
    text = PLAN.format(body="1. Sở Công Thương\nChủ trì theo dõi giá cả thị trường.\n\n"
                            "2. Các sở, ban, ngành khác\nCăn cứ chức năng, nhiệm vụ, phối hợp với Sở Công Thương "
                            "triển khai các nội dung của Kế hoạch.\n\n"
                            "III. TỔ CHỨC THỰC HIỆN\n1. Sở Công Thương theo dõi, đôn đốc việc thực hiện Kế hoạch này.\n")
    tasks = {(t.clause, t.lead_agency): t.cooperating_agencies for t in parse_text(text).tasks}
    assert tasks[("II.2", "Các sở, ban, ngành khác")] == ["Sở Công Thương"]


def test_the_bodies_in_charge_of_the_plan_s_tasks_are_a_group_asked_to_report():
    text = ("BỘ Y TẾ\n\nQUYẾT ĐỊNH\nBan hành Kế hoạch phòng, chống dịch bệnh\n\nIV. TỔ CHỨC THỰC HIỆN\n"
            "1. Hằng năm, trước ngày 15 tháng 11, các cơ quan, đơn vị chủ trì thực hiện các nhiệm vụ được giao gửi "
            "Bộ Y tế báo cáo kết quả thực hiện để tổng hợp.\n")
    tasks = parse_text(text).tasks
    assert [t.lead_agency for t in tasks] == ["Các cơ quan, đơn vị chủ trì thực hiện các nhiệm vụ được giao"]
    assert tasks[0].recurrence == "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=15"
