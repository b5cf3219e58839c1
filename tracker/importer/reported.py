"""The press's reported speech: "Chủ tịch UBND tỉnh X (Nguyễn Văn Y) vừa có công điện yêu cầu A, B …",
"UBND tỉnh vừa ban hành văn bản số …/UBND-KT chỉ đạo, A phối hợp B …": the speaker and its document
report the instruction; the bodies named after the request are the ones who act."""

from __future__ import annotations

import re
from dataclasses import replace

from .citizens_asked import CITIZENS_ASKED
from .committees import SURNAMES
from .date_shapes import DAY, MONTH, SHORT_YEAR, STROKE_OR_DASH
from .doc_kinds import THIS_KINDS
from .name_shapes import capitalised_words
from .subjects import leading_subjects
from .text import UPPER, fold
from .vocabulary import ASK_WORDS, BEFORE_REQUEST, DIRECTIVE_VERB, REQUEST_WORDS

# The document the speaker issued, then its request: "đã có Công điện số 10/CĐ-UBND yêu cầu", "vừa ban
# hành văn bản hỏa tốc, chỉ đạo", "có công điện về việc …, trong đó yêu cầu", the police's "có Điện (chỉ đạo) số … yêu cầu".
# A closing dash may end the post set after a name ("ông A - Chủ tịch UBND tỉnh X - đã có văn bản yêu cầu …").
REPORTED_DOCUMENT = re.compile(
    r"\s*(?:[-–]\s*)?(?:(?:da|vua|cung|moi|tiep tuc)\s+)*(?:co|ban hanh|ky(?:\s+ban hanh)?|gui)\s+(?:(?:mot|cac)\s+)?"
    rf"(?:{THIS_KINDS}|dien(?:\s+chi dao|\s+khan)?)\b(?P<between>[^.;!?]{{0,200}}?)"
    r"(?:,\s*|\s+)(?P<where>trong do\s+)?(?:yeu cau|chi dao|de nghi|giao(?! duc\b))\s*[:,]?\s+"
)
# A document cited with its date ("Văn bản số 8091/BNV-TCBC ngày 17/9/2025 đề nghị …") is recounted, as a
# directive recounts its basis; a request inside the document's title ("về việc giao Sở Y tế …") is
# its subject, not an instruction, unless "trong đó" brings the instruction after the title.
CITED = re.compile(r"\bngay\s+\d")
TITLE = re.compile(r"\bve viec\b")
SAYS_OWN_DOCUMENT = re.compile(r"\s*,?\s*(?:cho biet|thong tin)(?:\s+rang)?\s*[,:]?\s+(?:ong|ba)\s+(?=(?:da|vua|moi)\s)")


def reported_request(segment: str, folded: str, end: int) -> re.Match | None:
    """The speaker's document and request after its name (and the holder's own name, in capitals), if
    the sentence reports one."""
    person = capitalised_words(segment, end)
    positions = (end, person) if person > end else (end,)
    # "Ông A, Phó Chủ tịch UBND tỉnh X, cho biết ông vừa ký văn bản yêu cầu …": the speaker tells of his own
    # document, naming himself again by "ông" or "bà"; the request after it is read as his.
    positions += tuple(says.end() for position in positions if (says := SAYS_OWN_DOCUMENT.match(folded, position)))
    for position in positions:
        request = REPORTED_DOCUMENT.match(folded, position)
        if request and not CITED.search(request.group("between")) \
                and (request.group("where") or not TITLE.search(request.group("between"))):
            return request
        if sent := letter_about_work(segment, folded, position):
            return sent
    return None


# The press tells a letter by whom it was sent to and its title, when the title is the work it hands them: "Sở Giao
# thông vận tải tỉnh A vừa có văn bản gửi UBND các xã, phường về việc kiểm tra an toàn các bến đò …". With no request
# of its own, the recipients are asked to do what the title names (a title that names no work, "về tình hình …",
# asks nothing). Told as done ("vừa", "đã"), as a page reports it; a number and date may come before "gửi".
SENT_ABOUT = re.compile(r"\s*(?:(?:cung|tiep tuc)\s+)?(?:da|vua|moi)\s+(?:co|ban hanh|ky|gui)\s+"
                        rf"(?:{THIS_KINDS})\b[^.;!?]{{0,80}}?\s+gui\s+(?:den\s+|toi\s+)?")
ABOUT_WORK = re.compile(rf"[^.;:!?]{{0,40}}?\bve viec\s+(?={DIRECTIVE_VERB.pattern})")


def letter_about_work(segment: str, folded: str, end: int) -> re.Match | None:
    """The letter a body is told to have sent, up to its recipients, if its title names their work."""
    sent = SENT_ABOUT.match(folded, end)
    if sent is None:
        return None
    recipients, stop = leading_subjects(segment[sent.end() :], asked=True)
    if recipients and not all(m.catch_all for m in recipients) and ABOUT_WORK.match(folded, sent.end() + stop):
        return sent
    return None


def asks_by_title(paragraph: str) -> bool:
    """Whether a paragraph reports a letter whose title hands its recipients their work (see letter_about_work)."""
    folded = fold(paragraph)
    return any(letter_about_work(paragraph, folded, m.start()) for m in SENT_ABOUT.finditer(folded))


# "UBND tỉnh cũng yêu cầu kiểm điểm …", "… Chủ tịch UBND phường đề nghị cần gia cố …": the speaker asks again, or says
# what is needed, and names no one; the work goes on with the bodies asked before, the sentence has no subject of its own.
ASKS_AGAIN = re.compile(rf"\s*(?:(?:cung|dong thoi|tiep tuc|con)\s+{REQUEST_WORDS}\s*:?\s+|{REQUEST_WORDS}\s+(?=can\s+(?!bo\b)))")


def asks_again(folded: str, end: int) -> int | None:
    """Where the speaker's renewed request ends, if the words after it ask again."""
    again = ASKS_AGAIN.match(folded, end)
    return again.end() if again else None


# Who reports its own document after an opening phrase: a province's committee, and a sector's body writing to
# the units it runs ("Thực hiện chỉ đạo của Bộ X, Sở Y tế tỉnh A vừa có công văn đề nghị các đơn vị y tế …",
# "Ngày 5-6, Giám đốc Công an tỉnh B đã có Điện số 12 yêu cầu …"): a department, or a body the parser names
# by itself (the provincial police, a Chi cục). Such a body is told as having acted ("vừa", "đã"): without
# it, "Phòng X có công văn đề nghị Sở Y tạm dừng …" is a step of a procedure the directive sets, not a report.
SECTOR_SPEAKERS = ("department", "other")
REPORTED_ACT = re.compile(r"\s*(?:da|vua|moi)\b")


def reported_in_sentence(segment: str, folded: str, mentions: list) -> int | None:
    """Where the addressees of a reported instruction begin when the speaker is not the sentence's first
    words ("Trước tình hình đó, Chủ tịch UBND tỉnh đã ban hành văn bản hỏa tốc, chỉ đạo các sở …"): after
    a province's committee (not a group) and its document's request."""
    purpose = PURPOSE.match(folded) is not None
    for mention in mentions:
        sector_speaker = mention.kind in SECTOR_SPEAKERS and REPORTED_ACT.match(folded, mention.end)
        if (mention.kind == "province" or sector_speaker) and not mention.group:
            request = reported_request(segment, folded, mention.end)
            if request:
                return request.end()
        # "Để có cơ sở đánh giá …, Ủy ban X đề nghị các bộ, ngành …": after a purpose clause, the body
        # named after its comma asks; those named after the request act.
        if purpose and not mention.group and folded[: mention.start].rstrip().endswith(",") \
                and (request := SPEAKER_ASKS.match(folded, mention.end)):
            return request.end()
    return sent_to_asked(segment, folded)


# "… đã ký công văn gửi Sở X, Sở Y và UBND huyện Z, yêu cầu kiểm điểm …": the letter's recipients, then a
# request that names no one else: the recipients are those asked.
SENT_TO = re.compile(rf"\b(?:{THIS_KINDS})\b[^.;]{{0,80}}?\bgui\s+(?:den\s+|toi\s+)?")
ASKED_AFTER = re.compile(rf"\s*,?\s*{ASK_WORDS}\s*:?\s+")


def sent_to_asked(segment: str, folded: str) -> int | None:
    """Where the recipients of a letter the sentence reports begin, if a request follows them and names no one."""
    for sent in SENT_TO.finditer(folded):
        recipients, end = leading_subjects(segment[sent.end() :])
        asked = ASKED_AFTER.match(folded, sent.end() + end) if recipients else None
        if asked and not leading_subjects(segment[asked.end() :])[0]:
            return sent.end()
    return None


# "Sở X có công văn gửi các sở, ngành liên quan đề nghị phối hợp báo cáo …": the speaker reports its own letter,
# whose request names no one; those it was sent to are asked, never the speaker (it asks, it does not act).
SENT_IN_DOCUMENT = re.compile(r"\bgui\s+(?:den\s+|toi\s+)?")


def letter_recipients(segment: str, folded: str, end: int, request: re.Match) -> tuple[list, int] | None:
    """The recipients a reported letter was sent to, named between the speaker's document and its request,
    when the request names no one of its own; None if the letter names none."""
    sent = SENT_IN_DOCUMENT.search(folded, end, request.start("between") + len(request.group("between"))) \
        if "between" in request.re.groupindex and request.group("between") is not None else None
    if sent is None:
        return None
    recipients, stop = leading_subjects(segment[sent.end() : request.end()], asked=True)
    if not recipients or all(m.catch_all for m in recipients):
        return None
    shift = sent.end()
    return [replace(m, start=m.start + shift, end=m.end + shift) for m in recipients], stop + shift


# "Phó Chủ tịch UBND tỉnh X Trần Văn B cho biết, Chủ tịch UBND tỉnh vừa có văn bản chỉ đạo Sở Y …": a spokesman
# reports what another asked; the sentence after "cho biết" names the speaker and those asked.
SAYS = re.compile(r"\s*,?\s*(?:cho biet|thong tin|nhan manh)(?:\s+rang)?\s*[,:]?\s+")


def reported_speech(segment: str, folded: str, end: int) -> int | None:
    """Where the words a spokesman reports begin, after the subject ending at `end` and the holder's own name."""
    for position in dict.fromkeys((end, _holder_name(segment, end))):
        if says := SAYS.match(folded, position):
            return says.end()
    return None


PURPOSE = re.compile(r"\s*(?:de|nham)\s")
SPEAKER_ASKS = re.compile(rf"\s*(?:(?:cung|dong thoi|tiep tuc)\s+)?{ASK_WORDS}\s*:?\s+")


# The speaker's own instruction as the press words it: "Chủ tịch UBND tỉnh X Nguyễn Văn Y đã chỉ đạo các sở …",
# "Chủ tịch UBND tỉnh chỉ đạo và giao trách nhiệm cho Chủ tịch UBND các xã …": the holder's name and "đã",
# "vừa" between the speaker and its request, and a second request joined to the first.
SPOKEN = re.compile(
    rf"\s*{BEFORE_REQUEST}{REQUEST_WORDS}(?:\s+va\s+{REQUEST_WORDS})?\s*:?\s+"
)
# Citizens asked first ("đề nghị Nhân dân và yêu cầu các sở, ngành …") carry no task (ANNOTATION.md rule 8): the
# bodies of the joined request are those asked.
JOINED_REQUEST = re.compile(rf"(?:{CITIZENS_ASKED.pattern}\s*,?)?(?:\s*:?\s*va\s+(?:yeu cau|giao(?: trach nhiem| nhiem vu)?(?: cho)?))\s*:?\s+")


def spoken_request(segment: str, folded: str, end: int, request: re.Match | None) -> re.Match | None:
    """The speaker's request read through its holder's name and "đã", and on through "và giao … cho"."""
    if request is not None:
        return JOINED_REQUEST.match(folded, request.end()) or request
    person = _holder_name(segment, end)
    for position in (end, person) if person > end else (end,):
        if spoken := SPOKEN.match(folded, position):
            return JOINED_REQUEST.match(folded, spoken.end()) or spoken
    return None


def _holder_name(segment: str, end: int) -> int:
    """Where the holder's own name after the speaker ends ("… tỉnh X Trần Văn B"): a surname and a given
    name in capitals; a place in capitals ("Ban Quản lý … Cần Thơ chỉ đạo") is the body's own name."""
    person = capitalised_words(segment, end)
    words = segment[end:person].split()
    if len(words) >= 2 and words[0].lower() in SURNAMES:
        return person
    # "Bí thư Tỉnh ủy Phú Thọ Phạm Đại Dương đề nghị …": the body named without its place, then the place and the name.
    # A place of two words and a name of three run past a name's usual four words.
    longer = capitalised_words(segment, end, limit=7)
    return longer if len(segment[end:longer].split()) >= 4 and named_holder(segment, end) else end


# A body's name opening the sentence (its head word, then its own name in capitals), then its request: the
# bodies asked lead, whoever the speaker is ("Chi cục Kiểm lâm đề nghị …", "UBND TPHCM giao …", "Chính quyền
# tỉnh X cũng giao …").
# The speaker may be the body's head, after a word on the source ("Theo công văn, Chủ tịch UBND TP. X yêu cầu …"),
# and a city's name may be shortened ("TP. X").
UNREAD_SPEAKER = re.compile(rf"(?:theo (?:{THIS_KINDS})(?: nay| tren)?\s*,\s*)?(?:(?:pho\s+)?chu tich\s+)?"
                            r"(?:chi cuc|cuc|trung tam|ban|van phong|ubnd|uy ban nhan dan|chinh quyen)\s+"
                            r"(?P<name>(?:tp\.\s*|[^\s,;:.()]+\s+){1,4}?)"
                            rf"{REQUEST_WORDS}\s*:?\s+")


def unread_speaker(segment: str) -> int | None:
    """Where the request of a speaker whose name the parser does not read ends, if the words after the
    head word are a name in capitals ("Kiểm lâm" is "Kiểm …"), as a body's own name is and the words of a
    sentence are not."""
    asks = UNREAD_SPEAKER.match(fold(segment))
    if asks and segment[:1].isupper() and any(w[:1].isupper() for w in segment[asks.start("name") : asks.end("name")].split()[:3]):
        return asks.end()
    return None


# Surnames beyond those a committee's place may be confused with (committees.SURNAMES): a person's name
# after a post may open with any of them ("Chủ tịch UBND tỉnh Vương Quốc Tuấn").
MORE_SURNAMES = ("vương", "lương", "mai", "tạ", "châu", "lâm", "cao", "hà", "triệu", "thái", "tô", "quách", "lưu", "kiều",
                 "lý", "đàm", "chu", "hứa", "tăng", "thân", "nông", "lò", "khổng", "doãn", "âu", "giang", "đào")
# "Bộ trưởng", not the words of "Chi bộ Trường X" (a school's Party cell, whose school may bear a person's name).
HOLDER_POST = re.compile(r"\b(?:pho\s+)?(?:chu tich|giam doc|bi thu|(?<!chi )(?<!dang )bo truong|thu truong|truong ban)\b")
HOLDER_DASH = re.compile(rf"\s*[-–]\s*(?=[{UPPER}])")
LEVEL_BEFORE = re.compile(r"\b(?:tinh|thanh pho|huyen|quan|thi xa)\s+$")


def named_holder(segment: str, end: int) -> bool:
    """Whether the subject ending at `end` is a holder named by his or her own name: "Chủ tịch UBND tỉnh
    Bắc Ninh Vương Quốc Tuấn", "Chủ tịch UBND huyện Phạm Văn Thịnh" (the place left out). A directive
    addresses posts and bodies, never a person by name: such a subject is the speaker the press reports,
    whose own acts (speaking, chairing, inspecting) are no one's task. The name is the run of capitalised
    words at the subject's end, from a surname on, with at least a given name after the surname; when the
    surname follows the level word itself, the run has three words or more (a place has two, "Hà Tĩnh",
    and the one named after a person, "Hồ Chí Minh", is left out)."""
    if (dash := HOLDER_DASH.match(segment, end)) and HOLDER_POST.search(fold(segment[:end])[-60:]):
        # "Phó Chủ tịch UBND Huyện - Phan Thanh Dũng thống nhất …": the portal's dash between the post and the name.
        name = segment[dash.end() : capitalised_words(segment, dash.end())].split()
        return len(name) >= 2 and name[0].lower() in SURNAMES + MORE_SURNAMES
    run_end = capitalised_words(segment, end) if end < len(segment) and segment[end:end + 1] == " " else end
    words = list(re.finditer(r"[^\s,;:.()]+", segment[max(0, end - 80) : run_end]))
    offset = max(0, end - 80)
    trailing: list[re.Match] = []
    for word in reversed(words):
        if not word.group()[:1].isupper() or word.group() in ("UBND", "HĐND"):
            break
        trailing.insert(0, word)
    for index, word in enumerate(trailing):
        if word.group().lower() not in SURNAMES + MORE_SURNAMES:
            continue
        name = trailing[index:]
        start = offset + word.start()
        before = fold(segment[:start])
        if not HOLDER_POST.search(before[-60:]) or fold(" ".join(w.group() for w in name)) == "ho chi minh":
            continue
        if len(name) >= 3 or (len(name) == 2 and index > 0):
            return index > 0 or len(name) >= 3 and bool(LEVEL_BEFORE.search(before))
    return False


# A holder named by his own name may state his view before his request, later in the sentence: "Phó Chủ tịch UBND
# huyện - Trần Văn B thống nhất tháo dỡ …, giao Ban Quản lý dự án … lập hồ sơ …". He never acts; those asked do.
LATER_REQUEST = re.compile(rf",\s*(?:(?:dong thoi|va|cung)\s+)?{REQUEST_WORDS}\s*:?\s+")


def holder_asks_later(segment: str, folded: str, end: int) -> tuple[list, int] | None:
    """Those a holder named by his own name asks after a comma further on in his sentence, and where they end."""
    if not named_holder(segment, end):
        return None
    for request in LATER_REQUEST.finditer(folded, end):
        named, stop = leading_subjects(segment[request.end() :], asked=True)
        if named and not all(m.catch_all for m in named):
            shift = request.end()
            return [replace(m, start=m.start + shift, end=m.end + shift) for m in named], stop + shift
    return None


# The press's and the portals' date before the speaker, written with no comma: "Ngày 21/02/2026 Ủy ban bầu cử tỉnh
# A ban hành công văn số … yêu cầu …". The date is no part of the speaker's name; those after the request act.
DATED_OPENING = re.compile(rf"\s*(?:(?:sang|chieu|toi)\s+)?ngay\s+{DAY}{STROKE_OR_DASH}{MONTH}(?:{STROKE_OR_DASH}{SHORT_YEAR})?\s+(?=\S)")


def dated_report(segment: str) -> int | None:
    """Where the addressees begin when a dated sentence reports its speaker's document and request."""
    folded = fold(segment)
    dated = DATED_OPENING.match(folded)
    if dated is None or segment[dated.end() : dated.end() + 1].islower():
        return None
    speakers, end = leading_subjects(segment[dated.end() :])
    request = reported_request(segment, folded, dated.end() + end) if speakers else None
    return request.end() if request else None
