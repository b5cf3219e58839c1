"""The bodies a segment's work is for: those it opens with, after a leading time, a cycle or an opening
phrase, or those a request in it names ("UBND tỉnh giao Sở X …": the speaker asks, Sở X acts)."""

from __future__ import annotations

import re
from dataclasses import replace

from .accountability import ANSWERED_TO
from .commune import own_commune_directs
from .date_shapes import DEADLINE_FIRST
from .directing_addressees import directs_as_asked
from .doc_kinds import CITED_KINDS
from .handed_down import handed_down
from .introduced_doers import introduced_doers
from .localities import asked_localities, opening_groups
from .names import Mention, find_mentions
from .party_bodies import board_request, hands_on, party_group_directs
from .passive_doers import passive_doer
from .press_speakers import person_request, place_request, titled_request
from .remits import after_remit
from .reported import asks_again, dated_report, holder_asks_later, letter_recipients, named_holder, reported_speech, reported_in_sentence, reported_request, spoken_request, unread_speaker
from .scopes import scope_subjects, scoped_kind
from .subjects import leading_subjects
from .text import fold
from .vocabulary import ASK_WORDS, GIVE_WORDS, DIRECTIVE_VERB, GIVING_VIEW, REQUEST_WORDS

# "Thực hiện Kế hoạch của Đảng ủy, UBND xã A về …": the party committee and the committee of its level, the authors
# of the document cited, joined by the comma; the committee after it is no subject.
# So does a committee named bare, without its level ("… thẩm quyền của UBND, Chủ tịch UBND các cấp là …"), or the Assembly ("các Nghị quyết của Quốc hội, Ủy ban Thường vụ Quốc hội").
PARTY_CO_AUTHOR = re.compile(r"\bcua\s+(?:ban thuong vu\s+|thuong truc\s+)?(?:dang uy|huyen uy|tinh uy|thanh uy|quan uy|thi uy|ubnd|hdnd|quoc hoi)\s*$"
                             # a document's name, then its authors: "Chương trình công tác của Ban Chấp hành Đảng bộ,
                             # Ban Thường vụ Đảng ủy phường 6 tháng cuối năm": the body after the comma wrote it too
                             rf"|^(?:{CITED_KINDS})\b[^,;]{{0,60}}\bcua\b")


def own_subjects(segment: str) -> tuple[list[Mention], int]:
    """The subjects a segment opens with, after a leading time or adverbial phrase ("Chậm nhất ngày X,")."""
    if (offset := introduced_doers(segment)) is not None:
        # "UBND xã thông báo như sau: Các cơ quan, trường học … treo cờ": the notice introduces who acts.
        subjects, end = leading_subjects(segment[offset:])
        return [replace(s, start=s.start + offset, end=s.end + offset) for s in subjects], end + offset
    subjects, end = leading_subjects(segment)
    if subjects:
        return _addressees(segment, subjects, end)
    subjects, end = opening_groups(segment)  # "Các huyện tổ chức …": the districts' UBND; "Cơ sở giáo dục …"
    if subjects:
        return subjects, end
    cycle = LEADING_CYCLE.match(fold(segment))
    if cycle:
        # "Hàng tháng Kho bạc Nhà nước huyện căn cứ … chuyển khoản …": a cycle, then who acts.
        subjects, end = leading_subjects(segment[cycle.end() :])
        if subjects:
            shifted = [replace(m, start=m.start + cycle.end(), end=m.end + cycle.end()) for m in subjects]
            return _addressees(segment, shifted, end + cycle.end())
    if (scoped := scope_subjects(segment)) is not None:
        return scoped  # "Đối với các xã, thị trấn chủ động …": the bodies the scope names act
    if (topic := PROPOSAL_TOPIC.match(fold(segment))) is not None and (answered := leading_subjects(segment[topic.end() :]))[0]:
        # "Về đề nghị Bộ X …: UBND tỉnh Y cần tiếp tục rà soát …": the proposal is the topic, the answer's bodies act.
        offset = topic.end()
        shifted = [replace(m, start=m.start + offset, end=m.end + offset) for m in answered[0]]
        return _addressees(segment, shifted, answered[1] + offset)
    if HELPING.match(fold(segment)):
        return [], 0  # "Phối hợp với Đài X, Văn phòng Y xây dựng …": those named after it only help
    comma = segment.find(",")
    colon = segment.find(":")
    # A short label first: "Báo cáo 6 tháng, cả năm: Sở Tài chính tổng hợp …"; not the colon of a group's
    # members ("Theo đó, các huyện: A, B …"), which is inside their names.
    if 0 < colon < 60 and not find_mentions(segment[:colon]) and not any(m.start < colon < m.end for m in find_mentions(segment)):
        comma = colon
    if 0 < comma < 60 and not find_mentions(segment[:comma]) and not PARTY_CO_AUTHOR.search(fold(segment[:comma])) \
            and not ANSWERED_TO.match(fold(segment)):
        offset = comma + 1
        subjects, end = leading_subjects(segment[offset:])
        shifted = [replace(m, start=m.start + offset, end=m.end + offset) for m in subjects]
        if subjects:
            return scoped_kind(segment, *_addressees(segment, shifted, end + offset))
    subjects, end = _subject_after_opening(segment)
    if subjects:
        return subjects, end
    # "Căn cứ …, yêu cầu các sở, ngành … khẩn trương …", "UBND tỉnh giao Sở X …": the addressees
    # of a request made in the sentence, after the issuer or a comma.
    for m in REQUEST_IN_SENTENCE.finditer(fold(segment)):
        subjects, end = leading_subjects(segment[m.end() :], asked=True)
        if subjects:
            offset = m.end()
            shifted = [replace(s, start=s.start + offset, end=s.end + offset) for s in subjects]
            if OWN_VERB_BEFORE.search(fold(segment)[: m.start()]):
                shifted = [replace(s, asked=False) for s in shifted]
            # "…: Đề nghị UBND tỉnh chỉ đạo Công an tỉnh:"; those asked go on with their own work ("… yêu cầu
            # Chủ tịch UBND các huyện tiếp tục chỉ đạo quyết liệt …"), they do not ask again.
            return _addressees(segment, shifted, end + offset, asked=True)
    # Those who act after one who speaks, or after the work: "Chi cục X đề nghị Chủ tịch UBND các xã …" (a name not read),
    # "Hưởng ứng …, Ban Thường trực Ủy ban MTTQ … đề nghị các xã …", "Ông Nguyễn Văn A yêu cầu các sở …" (a person the
    # press names), "Các kỳ thi cấp tỉnh sẽ do Sở X tổ chức" (the doer after the work), "Tỉnh A giao Sở X …" (a place).
    offset = reported_in_sentence(segment, fold(segment), find_mentions(segment))
    asked = False
    for doers_after in (unread_speaker, board_request, person_request, titled_request, passive_doer, dated_report, handed_down, place_request):
        if offset is None:
            offset = doers_after(segment)
            asked = offset is not None and doers_after in (person_request, titled_request, place_request)  # those the speaker asks
    if offset is not None and (subjects := leading_subjects(segment[offset:], asked=asked))[0]:
        return [replace(s, start=s.start + offset, end=s.end + offset) for s in subjects[0]], subjects[1] + offset
    return [], 0


# A notice of the Government's conclusions answers a locality's proposals one by one: "Về đề nghị (kiến nghị,
# đề xuất) … : <the answer>". Those the proposal names only asked or were asked; those the answer opens with act.
PROPOSAL_TOPIC = re.compile(r"\s*ve\s+(?:cac\s+)?(?:de nghi|kien nghi|de xuat)\b[^:]{0,500}:\s*")
# "…, phải hướng dẫn, yêu cầu các đơn vị khắc phục …": a request among the verbs of a body's own work; the
# units it names in general words are that body's charges, not the letter's readers (catch_all_addressees).
OWN_VERB_BEFORE = re.compile(r"\b(?:huong dan|kiem tra|don doc|chi dao|nhac nho)\s*$")
# Not "Cùng với đó, …" / "Cùng lúc, …": a connective that goes on to the next instruction.
HELPING = re.compile(r"\s*(?:chu tri\s*,\s*)?(?:phoi hop|cung)\b(?!\s+(?:voi\s+)?(?:do|viec nay|luc|thoi gian nay)\s*,)")
LEADING_CYCLE = re.compile(r"(?:dinh ky\s+)?(?:hang|moi)\s+(?:ngay|tuan|thang|quy|nam)\s+(?=\S)")

# An opening on what the work rests on or waits for may name the bodies it comes from ("Trên cơ sở báo cáo của các
# huyện, Sở X có nhiệm vụ tổng hợp …", "Sau khi UBND tỉnh phê duyệt …, Sở X lập …"): the subject is the last name before the work.
BASIS_OPENING = re.compile(r"\s*(?:tren co so|can cu|tu ket qua|sau khi)\b")


# A meeting's notice sets out who will be where: "Tại điểm cầu các xã, phường, Chủ tịch UBND cấp xã sẽ (trực
# tiếp) tham gia / chủ trì …": after the place, the one who "sẽ" attend or act is given that part.
ASKS = re.compile(rf"\s*(?:(?:cung|dong thoi|kinh|tran trong)\s+)?{ASK_WORDS}\b")
PLACE_OPENING = re.compile(r"\s*tai\s+(?:cac\s+)?(?:diem cau|hoi truong|tru so|phong hop)\b")
TO_ATTEND = re.compile(rf"\s*se\s+(?:truc tiep\s+)?(?:tham gia|tham du|{DIRECTIVE_VERB.pattern})")


# An opening that carries out a document names its author, not who acts: "Để triển khai thực hiện Nghị quyết
# số … của Ủy ban Thường vụ Quốc hội, UBND huyện yêu cầu …", "Thực hiện Công văn … của Bộ X, Sở Y đề nghị …".
CARRYING_OUT = re.compile(r"\s*(?:de\s+)?(?:trien khai\s+)?(?:thuc hien|trien khai)\b")
CITED_AUTHOR = re.compile(rf"\b(?:{CITED_KINDS})\b[^,;]{{0,60}}\bcua\s*$")
# So does one that says whose instruction it passes on: "Theo chỉ đạo của Phó Chủ tịch UBND tỉnh X, các sở …", and one
# on what the request waits for: "Trong thời gian chờ Thủ tướng Chính phủ ban hành …, Chủ tịch UBND tỉnh yêu cầu …".
ATTRIBUTED = re.compile(r"\s*(?:theo\s+(?:y kien\s+)?(?:chi dao|yeu cau|ket luan|chi thi)\s+cua|(?:theo do\s*,\s*)?trong (?:thoi gian|khi) cho)\b")


def _names_a_body(opening: str) -> bool:
    """Whether an opening phrase names a body that could be the sentence's subject (not a cited author)."""
    folded = fold(opening)
    if ATTRIBUTED.match(folded):
        return False
    carrying_out = CARRYING_OUT.match(folded) is not None
    return any(not (carrying_out and CITED_AUTHOR.search(folded[: m.start])) for m in find_mentions(opening))


# Work that opens with directing, no one named before it: the bodies after "chỉ đạo" are those directed.
DIRECTS_FIRST = re.compile(r"\s*(?:(?:dong thoi|ben canh do|ngoai ra|cung voi do)\s*,?\s+)?(?:tiep tuc\s+)?chi dao\s")

# The kinds a group's name leaves behind it, no body of their own: "các sở, ngành, địa phương tiếp tục …".
BARE_KINDS_AFTER = re.compile(r"(?:\s*(?:,|va)\s*(?:cac\s+)?(?:dia phuong|don vi|co quan)\b)*")


def _subject_after_opening(segment: str) -> tuple[list[Mention], int]:
    """ "Để bảo đảm …, nâng cao …, BHXH các tỉnh có văn bản đề nghị …": the subject after a long
    opening phrase that names no body, when what follows the name is work it is told to do."""
    folded = fold(segment)
    if DIRECTS_FIRST.match(folded):
        return [], 0  # "Đồng thời, chỉ đạo các phòng, đơn vị chuyên môn, UBND cấp xã tổ chức …": commas part those directed
    # A body cited in brackets ("Đối với các nhiệm vụ (theo Báo cáo số … của Bộ X), các Bộ …") is the
    # source of a list, not a subject of the sentence.
    unbracketed = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), segment)
    basis = BASIS_OPENING.match(folded) is not None
    for comma in (m.start() for m in re.finditer(",", unbracketed[:300])):
        if not basis and _names_a_body(unbracketed[:comma]):
            break  # an opening phrase names no body: "Chỉ đạo các ban, ngành, UBND các xã …" is a list
        offset = comma + 1
        if basis and DIRECTIVE_VERB.match(folded, offset):
            break  # "Trên cơ sở đề xuất của các sở, chủ trì tổng hợp …": the work goes on after the basis
        subjects, end = leading_subjects(segment[offset:])
        work = after_remit(folded, BARE_KINDS_AFTER.match(folded, end + offset).end())
        if subjects and DIRECTIVE_VERB.match(folded, work) or \
                subjects and PLACE_OPENING.match(folded) and TO_ATTEND.match(folded, end + offset):
            if basis and (named := find_mentions(unbracketed[:comma])) and not unbracketed[named[-1].end : comma].strip() \
                    and not ASKS.match(folded, offset):  # "…, đề nghị các phòng …": a request parts the basis from those asked
                subjects = subjects[-1:]  # "… của các Phòng X, các đơn vị Y, Giám đốc Sở Z ban hành": the list was the basis's
            shifted = [replace(m, start=m.start + offset, end=m.end + offset) for m in subjects]
            # "…, Chủ tịch UBND huyện Phạm Văn B chỉ đạo UBND các xã …": a person named speaks, those he asks act.
            return _addressees(segment, shifted, end + offset) if named_holder(segment, end + offset) else (shifted, end + offset)
        if subjects and not basis and ASKS.match(folded, end + offset):
            # "Để bảo đảm …, Bộ trưởng Bộ X yêu cầu Giám đốc các Sở …": a purpose, then who asks; those asked act.
            shifted = [replace(m, start=m.start + offset, end=m.end + offset) for m in subjects]
            return _addressees(segment, shifted, end + offset)
    return [], 0


def _addressees(segment: str, subjects: list[Mention], end: int, asked: bool = False) -> tuple[list[Mention], int]:
    """ "UBND tỉnh giao Sở X …", "Nhân dịp …, UBND thành phố Hà Nội đề nghị các sở …": the one who
    asks speaks; the addressees named after the request lead."""
    folded = fold(segment)
    # "UBND tỉnh A nêu rõ, lễ kỷ niệm là sự kiện quan trọng, cần được bảo đảm …": the province, opening the sentence,
    # states why its letter asks; the statement is no one's work, and the province is not the doer of its letter.
    if subjects[0].start == 0 and all(m.kind == "province" for m in subjects) and (states := STATES.match(folded, end)) \
            and not leading_subjects(segment[states.end() :])[0]:
        return [], 0
    if not asked and (again := asks_again(folded, end)) is not None and not leading_subjects(segment[again:])[0]:
        return [], 0  # "UBND tỉnh cũng yêu cầu kiểm điểm …": no one new is asked
    if (said := reported_speech(segment, folded, end)) is not None and (inner := own_subjects(segment[said:]))[0] \
            and _asks_after(folded[said:], inner[0]):
        return [replace(m, start=m.start + said, end=m.end + said) for m in inner[0]], inner[1] + said
    if (conveyed := CONVEYED_VIEW.match(folded, end)) and (named := leading_subjects(segment[conveyed.end() :], asked=True))[0]:
        offset = conveyed.end()
        return [replace(m, start=m.start + offset, end=m.end + offset) for m in named[0]], named[1] + offset
    request = spoken_request(segment, folded, end, ISSUER_REQUEST.match(folded, end) or reported_request(segment, folded, end))
    # A holder the press names by his own name ("Chủ tịch UBND huyện Phạm Văn B chỉ đạo Chủ tịch UBND các xã …")
    # is the speaker: those he directs act, whatever his level.
    if request and request.group(0).strip(" :,").endswith("chi dao") and (all(m.kind in LOWER_KINDS for m in subjects) or party_group_directs(subjects)) \
            and not named_holder(segment, end) and not _told_to_chair(segment, folded, request.end()) \
            and not own_commune_directs(folded, subjects):
        # "UBND quận, huyện chỉ đạo Phòng X …": a lower level's UBND has its own office do the work it is
        # given; the work stays its own (only the province or a ministry hands its work on so).
        return subjects, end
    # "Giao Công an tỉnh chỉ đạo Công an các xã …": those asked direct (the province hands on); a ministry directing
    # its national agency, and a body a Government text addresses, lead what they direct (directing_addressees).
    if request and request.group(0).strip(" :,").endswith("chi dao") and (directs_as_asked(segment, subjects, request.end())
            or ASKED_OPENING.match(folded) and not hands_on(subjects)):
        return subjects, end
    if request:
        offset = request.end()
        # One province speaking first directs as it asks ("UBND tỉnh A chỉ đạo các đơn vị …"); "UBND các tỉnh, thành phố" is addressed.
        speaks = subjects[0].start == 0 and all(m.kind == "province" and not m.group for m in subjects)
        named, named_end = leading_subjects(segment[offset:], asked=speaks or not request.group(0).strip(" :,").endswith("chi dao"))
        if not named and (sent := letter_recipients(segment, folded, end, request)):
            return sent
        if not named:
            named, named_end = asked_localities(segment[offset:])  # "… yêu cầu các phường cần xác định …"
        if not named and (timed := TIME_FIRST.match(folded, offset)) and not find_mentions(segment[offset : timed.end()]):
            # "… yêu cầu: từ ngày 30/4 đến hết ngày 03/5, các đơn vị bố trí …": the time, then who acts.
            offset = timed.end()
            named, named_end = leading_subjects(segment[offset:])
        # "Đề nghị UBND tỉnh chỉ đạo các ngành chức năng …": the directing is its own work, unless the province speaks.
        # ("các đơn vị" points back to those the page's lead named; "đơn vị liên quan" of a higher letter is the province's own).
        speaks = speaks and bool(named) and all(fold(m.name).startswith("cac ") for m in named)
        if named and all(m.catch_all for m in named) and DIRECTING.match(folded, end) and not speaks:
            return subjects, end
        if named:
            return [replace(m, start=m.start + offset, end=m.end + offset) for m in named], named_end + offset
    return holder_asks_later(segment, folded, end) or (subjects, end)


def _told_to_chair(segment: str, folded: str, offset: int) -> bool:
    """ "UBND xã chỉ đạo Phòng Kinh tế chủ trì, phối hợp với Trạm Y …": the office is named the lead of
    the work, with those who help; the directing committee hands it on."""
    named, end = leading_subjects(segment[offset:])
    return bool(named) and re.match(r"\s*,?\s*chu tri\b", folded[offset + end :]) is not None


# "Chủ tịch UBND tỉnh có ý kiến (chỉ đạo) (như sau): Giao Sở X …": the one who speaks gives its view;
# the request after the colon names who acts.
# An answer to a petition forwards it first: "UBND tỉnh chuyển đơn, yêu cầu Chủ tịch UBND huyện X …", "… đã chuyển
# đơn của công dân và đề nghị Sở Y …": the forwarding is the issuer's step, the work is the addressee's.
FORWARDING = r"(?:(?:da|vua)\s+)?chuyen (?:don|thu|ho so|kien nghi|phan anh)(?:\s+(?:cua\s+)?(?:cong dan|ong|ba)\b[^,;.]{0,40}?)?\s*(?:,|va)\s*"
ISSUER_VOICE = rf"(?:{GIVING_VIEW}|{FORWARDING})?"


def _asks_after(folded: str, named: list[Mention]) -> bool:
    """Whether those a spokesman's words name were asked (a request stands before them), not the speaker."""
    return bool(re.search(rf"\b{REQUEST_WORDS}\b", folded[: named[0].start]))


# "Văn phòng UBND tỉnh thông báo (truyền đạt) ý kiến (chỉ đạo) của Chủ tịch UBND tỉnh (về …) như sau: Giao Sở X …":
# the office conveys its head's view; those the view then asks act, the office no more than the head.
CONVEYED_VIEW = re.compile(r"\s*,?\s*(?:(?:da|vua|moi)\s+)*(?:truyen dat|thong bao)\s+(?:y kien|ket luan)(?:\s+chi dao)?"
                           rf"\s+cua\b[^.;:]{{0,250}}:\s*(?:{REQUEST_WORDS}\s*:?\s+)?")
LOWER_KINDS = ("district", "commune")
ASKED_OPENING = re.compile(r"\s*(?:giao|de nghi|yeu cau)\s+")  # "Giao …", "Đề nghị …": the subjects are asked, no speaker
# "… yêu cầu chậm nhất đến ngày 7/8, Sở X phải …": the limit may be worded "chậm nhất (đến, là, vào) ngày".
TIME_FIRST = re.compile(r"(?:tu|trong|truoc|den|cham nhat(?:\s+(?:den|la|vao))?|ke tu)\s+(?:ngay|thang|nam|quy|thoi gian|dip)\b[^,;.:]{0,60},\s*")
STATES = re.compile(r"\s*(?:(?:cung|da)\s+)?(?:neu ro|nhan manh|khang dinh)\s*[,:]")
DIRECTING = re.compile(r"\s*(?:quan tam\s+)?chi dao\b")
# "Chủ tịch UBND tỉnh cũng giao …", "UBND tỉnh đồng thời yêu cầu …": an adverb between who asks and the request.
# "Sở X kính đề nghị …", "… trân trọng đề nghị …": a letter's polite request is a request all the same.
# "… tiếp tục tập trung chỉ đạo X …": the asking words may come after more than one adverb.
ISSUER_REQUEST = re.compile(rf"\s*{ISSUER_VOICE}(?:(?:cung|con|dong thoi|tiep tuc|kinh|tran trong|tap trung)\s+)*(?:quan tam\s+)?{REQUEST_WORDS}\s*:?\s+")
# Once a page has named the holder, it calls him by his title alone ("Theo đó, Chủ tịch giao UBND các xã …",
# "Bộ trưởng cũng yêu cầu Cục X …", or by the address alone: "Đồng chí yêu cầu các thôn …"): he speaks, those asked act.
BARE_TITLE = r"(?:(?:pho\s+)?(?:chu tich|thu tuong|bo truong|thong doc|tong giam doc|giam doc|tong cuc truong|cuc truong|bi thu)|dong chi)\s+(?:(?:cung|dong thoi|tiep tuc|da|vua)\s+)?"
# A page names the authority it is about by its level or kind alone: "Phường cũng yêu cầu các khu phố …", "Xã đề nghị
# các thôn …" (that level's UBND), "Đồng thời, Sở đề nghị UBND xã A …" (the department or ministry its lead named).
BARE_LEVEL = r"(?:xa|phuong|thi tran|dac khu|so|bo)\s+(?:(?:cung|dong thoi|tiep tuc|da|con)\s+)?"
# A page on a visit calls the visitors by what they came as: "Đồng thời, đoàn (công tác, kiểm tra) cũng đề nghị các tổ
# bầu cử …", "Lãnh đạo xã đề nghị các ấp …": the delegation or the level's leaders speak, those asked act.
VISITORS = r"(?:doan(?:\s+(?:cong tac|kiem tra|giam sat))?|lanh dao\s+(?:xa|phuong|thi tran|dac khu|huyen|tinh|thanh pho|so))" \
           r"\s+(?:(?:cung|dong thoi|tiep tuc|da|vua)\s+)?"
REQUEST_IN_SENTENCE = re.compile(
    # "UBND giao Sở X …": the press may leave out the level (the page's province) or write "UBND TPHCM" (CITY_INITIALS).
    # Not after "được": "nội dung đã được UBND tỉnh giao cho Sở X" is work handed down before, no one asked here.
    rf"(?:^|[,;:]\s*|(?:^|[,;:]\s*)(?:{BARE_TITLE}|{BARE_LEVEL}|{VISITORS})|(?<!duoc )(?:chu tich\s+)?(?:uy ban nhan dan|ubnd)(?: (?:tinh|thanh pho|tp\.?\s*hcm|tphcm|dac khu|xa|phuong)(?:\s+\S+){{0,3}}?)?\s+)"
    # Not "chỉ đạo": after a comma it goes on with the subject's own work ("Sở X chủ trì, chỉ đạo các bệnh viện …");
    # those asked may come after the day they are to deliver by ("yêu cầu đến 30/5 Sở X phải báo cáo …").
    rf"(?:{ASK_WORDS}|{GIVE_WORDS})\s*:?\s+(?:{DEADLINE_FIRST})?"
)
