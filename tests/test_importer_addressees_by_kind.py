"""A letter's general words for its addressees by their kind ("các Sở, ngành và các địa phương", "các sở, ngành, địa
phương") stand for the bodies its Kính gửi lists when they name exactly such bodies; the grounds a letter opens with
("Thực hiện chỉ đạo của UBND tỉnh tại Văn bản số …") are no paragraph of its own; a closing courtesy asking again for
the same work ("… kính đề nghị … quan tâm nghiên cứu, góp ý …") is no task. Invented texts of the general form."""

from tracker.importer.parser import parse_text

# A department's call for comments to the Sở it names after a shared head word and to the districts' committees.
CALL_FOR_COMMENTS = """UBND TỈNH HÀ NAM
SỞ NỘI VỤ

Số: 815/SNV-TCBC
V/v góp ý dự thảo Đề án sắp xếp đơn vị sự nghiệp công lập

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Nam, ngày 12 tháng 9 năm 2019

Kính gửi: - Các Sở: Y tế, Giáo dục và Đào tạo, Tài chính;
- UBND các huyện, thành phố.

Thực hiện ý kiến chỉ đạo của UBND tỉnh tại Văn bản số 1520/UBND-NC ngày 20/8/2019, Sở Nội vụ đã xây dựng dự thảo Đề án sắp xếp các đơn vị sự nghiệp công lập trên địa bàn tỉnh (gửi kèm theo).

Để hoàn thiện Đề án trước khi trình UBND tỉnh, Sở Nội vụ đề nghị các Sở, ngành và các địa phương nghiên cứu, góp ý bằng văn bản đối với dự thảo Đề án, gửi về Sở Nội vụ trước ngày 25/9/2019.

Sở Nội vụ kính đề nghị các Sở, ngành và các địa phương quan tâm nghiên cứu, góp ý đối với dự thảo Đề án./.
"""

ADDRESSEES = ["Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Tài chính", "UBND các huyện, thành phố"]


def test_the_sender_s_words_for_departments_and_localities_stand_for_the_addressees():
    draft = parse_text(CALL_FOR_COMMENTS)
    assert draft.recipients == ADDRESSEES
    assert [task.lead_agency for task in draft.tasks] == ADDRESSEES
    assert {task.due_on.isoformat() for task in draft.tasks} == {"2019-09-25"}


def test_the_grounds_a_letter_opens_with_are_no_paragraph_and_its_request_is_the_first():
    assert {task.clause for task in parse_text(CALL_FOR_COMMENTS).tasks} == {"1"}
    # Grounds that go on to ask are a paragraph of the letter: the request after them is the second.
    text = CALL_FOR_COMMENTS.replace("Sở Nội vụ đã xây dựng dự thảo", "Sở Nội vụ đề nghị Sở Tài chính cân đối kinh phí cho")
    assert {task.clause for task in parse_text(text).tasks} == {"2"}


def test_a_closing_courtesy_asking_again_for_the_same_work_is_no_task():
    summaries = [task.summary for task in parse_text(CALL_FOR_COMMENTS).tasks]
    assert len(summaries) == len(ADDRESSEES) and not any(summary.startswith("Quan tâm") for summary in summaries)


def test_the_words_run_together_with_commas_stand_for_the_addressees_too():
    text = CALL_FOR_COMMENTS.replace("các Sở, ngành và các địa phương nghiên cứu", "các sở, ngành, địa phương nghiên cứu")
    assert [task.lead_agency for task in parse_text(text).tasks] == ADDRESSEES


def test_words_naming_a_kind_no_addressee_is_stay_as_written():
    # Only departments addressed: "các địa phương" names bodies outside the Kính gửi, so the words are kept.
    text = CALL_FOR_COMMENTS.replace("- UBND các huyện, thành phố.", "").replace("Tài chính;", "Tài chính.")
    leads = [task.lead_agency for task in parse_text(text).tasks]
    assert leads == ["Các Sở, ngành", "Các địa phương"]
    # "liên quan" reaches past those addressed: no addressee stands for the words.
    text = CALL_FOR_COMMENTS.replace("các Sở, ngành và các địa phương", "các sở, ngành liên quan")
    assert not set(ADDRESSEES) & {task.lead_agency for task in parse_text(text).tasks}

