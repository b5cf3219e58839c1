"""Who a sentence tells to act: a request after a connective ("Đồng thời, chỉ đạo xã Tân Hòa …"), a scope
that names bodies ("Đối với các xã, phường chủ động …"), a district's office written in a hasty hand's case,
a level written short before a place ("UBND TP. Hòa Bình") or after a list ("UBND các huyện, TP")."""

from tracker.importer.draft import to_annotation
from tracker.importer.names import find_mentions
from tracker.importer.parser import parse_text


def _tasks(text: str) -> list[tuple[str, str]]:
    return [(t["clause"], t["lead_agency"]) for t in to_annotation(parse_text(text))["tasks"]]


def test_a_request_to_direct_after_a_connective_names_the_commune_that_acts():
    text = ("Công văn về bệnh lở mồm long móng\n\n"
            "UBND huyện Tân Phước đã giao Phòng Kinh tế phối hợp với Trạm Thú y huyện giám sát việc tiêu hủy gia súc.\n\n"
            "Đồng thời, chỉ đạo xã Hòa Khánh thực hiện các biện pháp khoanh vùng, lập chốt kiểm dịch.")
    assert _tasks(text)[1] == ("2", "Ủy ban nhân dân xã Hòa Khánh")


def test_a_scope_that_names_bodies_before_their_work_gives_them_the_work():
    text = ("Công văn về phòng chống hạn\n\n"
            "1. Phòng Kinh tế theo dõi diễn biến nguồn nước.\n\n"
            "2. Đối với các xã, phường chủ động tăng cường các biện pháp tích trữ nước.\n\n"
            "3. Đối với UBND các huyện, tăng cường kiểm tra các công trình thủy lợi.")
    assert _tasks(text)[1:] == [("2", "Ủy ban nhân dân các xã, phường"), ("3", "Ủy ban nhân dân huyện")]


def test_a_scope_that_names_a_matter_leaves_the_subject_after_it():
    text = ("Công văn về đầu tư công\n\n"
            "1. Đối với các dự án chậm giải ngân, Sở Tài chính kiểm tra, báo cáo trước ngày 15/9/2031.")
    assert _tasks(text) == [("1", "Sở Tài chính")]


def test_a_scope_over_figures_is_no_request():
    text = ("Báo cáo thu ngân sách\n\n"
            "1. Đối với các xã thị trấn thu được hơn 3 tỷ đồng, đạt 58%.\n\n2. Sở Tài chính theo dõi nguồn thu.")
    assert _tasks(text) == [("2", "Sở Tài chính")]


def test_a_district_office_written_in_lower_case_with_its_level_is_read():
    names = [m.name for m in find_mentions("Phòng Tài nguyên và môi trường huyện kiểm tra các bãi rác")]
    assert names == ["Phòng Tài nguyên và Môi trường huyện"]
    names = [m.name for m in find_mentions("Phòng Giáo dục và đào tạo các huyện tuyên truyền")]
    assert names == ["Phòng Giáo dục và Đào tạo các huyện"]


def test_a_city_or_town_written_short_before_its_name_is_one_committee():
    names = [m.name for m in find_mentions("Giao UBND TP. Hòa Bình và UBND TX.Sơn Tây rà soát hồ sơ")]
    assert names == ["Ủy ban nhân dân thành phố Hòa Bình", "Ủy ban nhân dân thị xã Sơn Tây"]


def test_a_short_level_does_not_end_the_sentence():
    text = ("Thông báo kết luận\n\n"
            "1. Giao UBND TP. Hòa Bình thành lập Tổ công tác rà soát hồ sơ đất đai của các hộ dân. "
            "Hoàn thành trước ngày 30/7/2031.")
    assert _tasks(text) == [("1", "Ủy ban nhân dân thành phố Hòa Bình")]


def test_a_city_written_short_after_the_districts_is_one_of_the_group():
    names = [m.name for m in find_mentions("Các sở, ngành, UBND các huyện, TP ban hành kế hoạch hưởng ứng")]
    assert names[-1] == "Ủy ban nhân dân huyện, thành phố"
