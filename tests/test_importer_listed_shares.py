"""A group bounded by a kind of place ("UBND các xã biên giới") in a page that lists those places with their
shares ("Trong đó: xã A …; xã B …"): each listed committee leads. A department's letter to every district's
units: the culture centres named by their fields and the district levels ("Trung tâm Văn hóa, Thể thao và
Truyền thông các huyện, thị xã") are one group, an office listed bare before them takes their levels, and its
own units ("các đơn vị sự nghiệp trực thuộc sở; …") head the list. Invented texts of the general form."""

from tracker.importer.parser import parse_text


def _tasks(text: str) -> list[tuple[str, str]]:
    return [(t.clause_number, t.lead_agency) for t in parse_text(text).tasks]


def test_a_bounded_group_whose_places_are_listed_with_their_shares_is_each_listed_committee():
    text = ("Giao chỉ tiêu trồng rừng phòng hộ các xã biên giới năm 2023\n\n"
            "Ngày 10/3/2023, UBND huyện Mường Tè ban hành quyết định giao chỉ tiêu trồng rừng phòng hộ năm 2023 "
            "với tổng diện tích 300ha. Trong đó: Xã Ka Lăng 120ha; xã Thu Lũm 100ha; xã Pa Ủ 80ha.\n\n"
            "UBND các xã biên giới, căn cứ chỉ tiêu được giao, tổ chức rà soát quỹ đất, chuẩn bị cây giống để "
            "trồng rừng đúng khung thời vụ.\n")
    leads = [lead for _, lead in _tasks(text)]
    assert leads == ["Ủy ban nhân dân xã Ka Lăng", "Ủy ban nhân dân xã Thu Lũm", "Ủy ban nhân dân xã Pa Ủ"]


def test_an_unbounded_group_stays_whole_beside_a_list_of_shares():
    text = ("Giao chỉ tiêu trồng rừng năm 2023\n\n"
            "Ngày 10/3/2023, UBND huyện Mường Tè ban hành quyết định giao chỉ tiêu trồng rừng năm 2023. "
            "Trong đó: Xã Ka Lăng 120ha; xã Thu Lũm 100ha.\n\n"
            "UBND các xã tổ chức rà soát quỹ đất, chuẩn bị cây giống để trồng rừng đúng khung thời vụ.\n")
    assert [lead for _, lead in _tasks(text)] == ["Ủy ban nhân dân xã"]


def test_the_districts_culture_centres_by_their_fields_and_levels_are_one_group():
    text = ("Tuyên truyền kỷ niệm Ngày Quốc khánh\n\n"
            "Sở Văn hóa, Thể thao và Du lịch đề nghị Trung tâm Văn hóa, Thể thao và Truyền thông các huyện, thị xã "
            "tổ chức các hoạt động văn nghệ, thể thao chào mừng Ngày Quốc khánh.\n")
    assert [lead for _, lead in _tasks(text)] == ["Trung tâm Văn hóa, Thể thao và Truyền thông các huyện, thị xã"]


def test_a_district_office_listed_bare_before_every_districts_units_takes_their_levels():
    text = ("Hướng dẫn tổ chức Ngày hội đọc sách\n\n"
            "Sở Văn hóa, Thể thao và Du lịch đề nghị phòng Văn hóa và Thông tin, Trung tâm Văn hóa, Thể thao và "
            "Truyền thông các huyện, thị xã tổ chức trưng bày sách tại các điểm bưu điện văn hóa xã.\n")
    assert [lead for _, lead in _tasks(text)] == ["Phòng Văn hóa và Thông tin các huyện, thị xã",
                                                  "Trung tâm Văn hóa, Thể thao và Truyền thông các huyện, thị xã"]


def test_a_departments_units_asked_before_a_semicolon_list_share_the_work_after_it():
    text = ("Hưởng ứng Tuần lễ Biển và Hải đảo\n\n"
            "Sở Tài nguyên và Môi trường có văn bản yêu cầu các đơn vị sự nghiệp trực thuộc sở; UBND các huyện, "
            "thị xã tổ chức ra quân làm sạch bờ biển, treo băng rôn hưởng ứng.\n")
    leads = [lead for _, lead in _tasks(text)]
    assert leads == ["Các đơn vị sự nghiệp trực thuộc Sở Tài nguyên và Môi trường", "Ủy ban nhân dân huyện, thị xã"]
