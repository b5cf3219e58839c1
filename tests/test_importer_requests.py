"""How a short letter or the press's digest of a direction says who is asked to do what (invented texts)."""

from tracker.importer.page_labels import PRESIDES
from tracker.importer.reported import named_holder
from tracker.importer.narration import narrates, person_acts
from tracker.importer.segment_subjects import own_subjects
from tracker.importer.text import fold


def test_limit_worded_chậm_nhất_đến_ngày_before_the_addressee():
    text = "Chủ tịch UBND tỉnh Hòa Bình yêu cầu chậm nhất đến ngày 15/9, Sở Tài chính phải hoàn thành việc thẩm định."
    subjects, _ = own_subjects(text)
    assert [m.name for m in subjects] == ["Sở Tài chính"]


def test_those_asked_go_on_directing_without_asking_again():
    text = ("Để bảo đảm an toàn cho người dân trong mùa mưa, UBND tỉnh đã yêu cầu Chủ tịch UBND các huyện, thị xã "
            "tiếp tục chỉ đạo quyết liệt việc di dời các hộ ở vùng nguy hiểm.")
    subjects, _ = own_subjects(text)
    assert [m.kind for m in subjects] == ["district"]


def test_holder_named_by_his_own_name_is_a_person():
    text = "Chủ tịch UBND tỉnh Đinh Văn Khoa phát biểu tại hội nghị."
    assert named_holder(text, own_subjects(text)[1])
    text = "Chủ tịch UBND tỉnh Hòa Bình Đinh Văn Khoa kiểm tra công trình kè sông."
    assert named_holder(text, own_subjects(text)[1])
    # A place of two words, and the place named after a person, are no person.
    text = "Chủ tịch UBND tỉnh Hà Tĩnh kiểm tra công trình kè sông."
    assert not named_holder(text, own_subjects(text)[1])
    text = "Chủ tịch UBND Thành phố Hồ Chí Minh kiểm tra công trình."
    assert not named_holder(text, own_subjects(text)[1])


def test_a_named_holder_acting_is_an_account_unless_he_asks_a_body():
    spoke = "Chủ tịch UBND tỉnh Hòa Bình Đinh Văn Khoa phát biểu chỉ đạo tại buổi làm việc."
    assert narrates(spoke, own_subjects(spoke)[1]) and person_acts(spoke)
    asks = "Phó Chủ tịch UBND tỉnh Hòa Bình Đinh Văn Khoa cho biết, UBND tỉnh vừa có văn bản chỉ đạo Sở Xây dựng rà soát các công trình."
    assert not person_acts(asks)


def test_a_named_district_chairman_directing_communes_gives_them_the_work():
    text = ("Để chấn chỉnh tình trạng trên, Chủ tịch UBND huyện Đinh Văn Khoa chỉ đạo Chủ tịch UBND các xã, thị trấn "
            "tăng cường kiểm tra, xử lý vi phạm.")
    subjects, _ = own_subjects(text)
    assert [m.kind for m in subjects] == ["commune"]


def test_chairing_a_session_assigns_nothing():
    assert PRESIDES.match(fold("chủ trì phiên họp chuyên đề tháng 9"))


def test_recipients_of_a_reported_letter_are_asked_when_the_request_names_no_one():
    text = ("Liên quan đến việc chồng lấn quy hoạch giữa hai dự án ven sông trên địa bàn, ông Đinh Văn Khoa, Phó Chủ tịch "
            "UBND tỉnh, đã ký công văn gửi Sở Xây dựng, "
            "Sở Tài chính và UBND huyện Mộc Lâm, yêu cầu rà soát việc cấp phép các công trình ven sông.")
    subjects, _ = own_subjects(text)
    assert [m.name for m in subjects][:2] == ["Sở Xây dựng", "Sở Tài chính"] and len(subjects) == 3
