"""A clause's text in parts: sentences, and the parts after ';' that open with their own time or subject."""

from __future__ import annotations

import re
from dataclasses import replace

from .names import Mention, find_mentions
from .party_bodies import board_request
from .reported import asks_again, named_holder, reported_in_sentence, reported_request, spoken_request, unread_speaker
from .subjects import leading_subjects
from .text import UPPER, fold
from .timing import Timing, best_timing, find_timings

SENTENCE_BREAK = re.compile(rf"(?<=[.!?])\s+(?=[{UPPER}])")
# "…; hoàn thành trước ngày X": the date closes the work just described, not a new duty.
COMPLETION = re.compile(r"\s*(?:hoan thanh|xong|ket thuc|thoi han hoan thanh)\b")


# A sentence with no subject that only says when to deliver the work just described.
# It may open with what is delivered: "Báo cáo yêu cầu gửi về … trước ngày X", "Kết quả báo cáo Bộ X trước …",
# or with its label: "Thời hạn hoàn thành: trước ngày X".
FOLLOW_UP = re.compile(r"(?:(?:bao cao|ket qua(?: thuc hien)?|van ban|y kien(?: tham gia)?)\s+)?(?:yeu cau\s+|de nghi\s+)?"
                       r"(?:hoan thanh|hoan thien|gui|nop|bao cao|thoi han)\b")
# "…, riêng năm 2020 hoàn thành trong quý II": the exception has its own time.
EXCEPTION = re.compile(r"rieng\b")
# Events a clause may list with a time each: "sơ kết hằng năm, sơ kết giữa kỳ vào năm 2008 và tổng kết vào năm 2010".
# A listed event may open with its own cycle: "Hàng tháng có báo cáo nhanh, 3 tháng một lần có báo cáo định kỳ".
# A listed report may also open with its day ("… và trước ngày 10 tháng 6 hàng năm định kỳ 6 tháng") or
# name its cycle after a word or two ("… và tổng thể hàng năm trước ngày 30 tháng 01").
EVENT_CUT = re.compile(r"(?:[,;]|\bva)\s+(?=(?:\S+\s+){0,2}?(?:so ket|tong ket|bao cao|danh gia|kiem tra|giao ban|trinh|gui)\b"
                       r"|(?:\S+\s+){0,2}?(?:hang|moi)\s+(?:thang|quy|nam)\b|(?:\d+|ba|sau)\s+thang\s+(?:mot|1)\s+lan\b"
                       r"|(?:truoc|cham nhat(?: la)?)\s+ngay\s+\d)")


INLINE_ITEM = re.compile(r"\s*\(\d{1,2}\)\s")
DAY_FIRST = re.compile(r"(?:truoc|cham nhat(?: la)?)\s+ngay\s+\d")


def segments(unit: str) -> list[str]:
    """Sentences, and within them parts after ';' that open with their own time or subject.

    A sentence that gives two or more times is cut before each event it lists ("tổ chức sơ kết
    hằng năm, tổng kết vào năm 2010"), and an exception ("…, riêng năm 2020 …") is a part of its
    own, so that each time goes with its own work.
    """
    segments: list[str] = []
    for sentence in SENTENCE_BREAK.split(unit):
        if segments and (FOLLOW_UP.match(fold(sentence)) or _asks_again(sentence)) and not own_subjects(sentence)[0] \
                and (best_timing(segments[-1]) is None or best_timing(sentence) is None) \
                and not _periodic_report(segments[-1], sentence):
            # "Giao X báo cáo tình hình … . Yêu cầu gửi báo cáo trước ngày 23/5." : the time of that work;
            # "… trước ngày 5/12. Gửi kèm tệp vào hộp thư …": how to deliver it.
            segments[-1] = f"{segments[-1]} {sentence}"
            continue
        pieces = _names_kept_together([p for p in _split_outside_brackets(sentence) if p.strip()])
        for index, piece in enumerate(pieces):
            folded = fold(piece)
            # "… trong Quý 4/2017; công trình Y hoàn thành trong tháng 3/2018": a piece with a time of its
            # own after one already timed is another piece of work.
            # "…; (3) Khẩn trương trình …": an item numbered in brackets is a piece of work of its own.
            if (index == 0 or (_opens_with_time(piece) and not COMPLETION.match(folded)) or own_subjects(piece)[0]
                    or INLINE_ITEM.match(piece)
                    or (EXCEPTION.match(folded) and best_timing(piece))
                    or (best_timing(piece) and best_timing(segments[-1]))):
                segments.append(piece)
            else:
                segments[-1] = f"{segments[-1]} {piece}"
    return [part for segment in segments for part in _events(segment)]


def _asks_again(sentence: str) -> bool:
    """ "UBND tỉnh cũng yêu cầu kiểm điểm … trước ngày 31/3.": the speaker adds to the work just given."""
    subjects, end = leading_subjects(sentence)
    return bool(subjects) and asks_again(fold(sentence), end) is not None


def _periodic_report(previous: str, sentence: str) -> bool:
    """ "… theo dõi, đôn đốc việc thực hiện. Báo cáo Thủ tướng kết quả trước ngày 20 hằng tháng.": a report
    on a cycle after untimed work is a duty of its own, not the time of the work before it."""
    timing = best_timing(sentence)
    return bool(timing and timing.recurrence and best_timing(previous) is None
                and re.match(r"(?:dinh ky\s+)?bao cao\b", fold(sentence)))


def _names_kept_together(pieces: list[str]) -> list[str]:
    """ "Giao các sở, ngành; UBND các huyện; các Ban QLDA báo cáo …": ';' between names of one list
    of subjects does not end a part; a piece that is only names joins the next."""
    joined: list[str] = []
    pending = ""
    for piece in pieces:
        piece = f"{pending} {piece}".strip() if pending else piece
        # "Chủ tịch UBND tỉnh yêu cầu Bí thư, Chủ tịch UBND các xã; Thủ trưởng các sở …": the names
        # after a request are one list too.
        subjects, end = own_subjects(piece)
        if subjects and not piece[end:].strip(" ;,") and piece is not pieces[-1]:
            pending = piece
            continue
        pending = ""
        joined.append(piece)
    if pending:
        joined.append(pending)
    return joined


def _events(segment: str) -> list[str]:
    """A segment with several times, cut before each listed event; untimed pieces stay with the one before."""
    timed = {(t.due_on, t.recurrence) for t in find_timings(segment) if t.due_on or t.recurrence}
    if len(timed) < 2:
        return [segment]
    folded = fold(segment)
    bounds = [0]
    for m in EVENT_CUT.finditer(folded):
        # A day opens the next report only once a time was given before it: in "Yêu cầu X, căn cứ …,
        # trước ngày 10/01 hàng năm báo cáo …" it is the first report's own.
        if not DAY_FIRST.match(folded, m.end()) or best_timing(segment[bounds[-1] : m.end()]):
            bounds.append(m.end())
    bounds.append(len(segment))
    parts: list[str] = []
    for start, end in zip(bounds, bounds[1:]):
        piece = re.sub(r"(?:[,;]|\s+và)\s*$", "", segment[start:end].strip())
        if parts and (best_timing(piece) is None and best_timing(parts[-1]) is not None
                      or _same_cycle(best_timing(piece), best_timing(parts[-1]))):
            parts[-1] = f"{parts[-1]} {piece}"
        else:
            parts.append(piece)
    return [p for p in parts if p]


def _same_cycle(one: Timing | None, other: Timing | None) -> bool:
    """Two mentions of one cycle ("hàng năm trước ngày 30/01 … và gửi Bộ X báo cáo định kỳ hàng năm"),
    the later without its day."""
    def frequency(timing: Timing) -> str:
        return ";".join(p for p in (timing.recurrence or "").split(";") if p.startswith(("FREQ", "INTERVAL")))
    return bool(one and other and one.recurrence and other.recurrence and one.rank > 0
                and frequency(one) == frequency(other))


def _next_word(text: str, index: int) -> int:
    """Where the first word at or after `index` begins."""
    rest = text[index:]
    return index + len(rest) - len(rest.lstrip())


def _split_outside_brackets(sentence: str) -> list[str]:
    """Split after each ';' that is not inside parentheses."""
    pieces, depth, start = [], 0, 0
    folded = fold(sentence)
    # A ';' between two names is inside a list of them ("các Bộ: Tài chính; Xây dựng; Y tế rà soát …").
    mentions = find_mentions(sentence) if re.search(r"\bcac (?:bo|so)\b[^.;:]{0,30}:[^;]*;", folded) else []
    ends, starts = {m.end for m in mentions if not m.group}, {m.start for m in mentions if not m.group}
    for index, char in enumerate(sentence):
        depth += {"(": 1, ")": -1}.get(char, 0)
        exception = char == "," and EXCEPTION.match(folded, _next_word(folded, index + 1))
        listed = char == ";" and index in ends and _next_word(sentence, index + 1) in starts
        if (char == ";" or exception) and depth <= 0 and not listed:
            pieces.append(sentence[start : index + 1].strip())
            start = index + 1
    pieces.append(sentence[start:].strip())
    return pieces


def _opens_with_time(text: str) -> Timing | None:
    timing = best_timing(text)
    if timing and timing.start <= 3:
        return timing
    return None


def own_subjects(segment: str) -> tuple[list[Mention], int]:
    """The subjects a segment opens with, after a leading time or adverbial phrase ("Chậm nhất ngày X,")."""
    subjects, end = leading_subjects(segment)
    if subjects:
        return _addressees(segment, subjects, end)
    cycle = LEADING_CYCLE.match(fold(segment))
    if cycle:
        # "Hàng tháng Kho bạc Nhà nước huyện căn cứ … chuyển khoản …": a cycle, then who acts.
        subjects, end = leading_subjects(segment[cycle.end() :])
        if subjects:
            shifted = [replace(m, start=m.start + cycle.end(), end=m.end + cycle.end()) for m in subjects]
            return _addressees(segment, shifted, end + cycle.end())
    if HELPING.match(fold(segment)):
        return [], 0  # "Phối hợp với Đài X, Văn phòng Y xây dựng …": those named after it only help
    comma = segment.find(",")
    colon = segment.find(":")
    if 0 < colon < 60 and not find_mentions(segment[:colon]):
        comma = colon  # a short label first: "Báo cáo 6 tháng, cả năm: Sở Tài chính tổng hợp …"
    if 0 < comma < 60 and not find_mentions(segment[:comma]):
        offset = comma + 1
        subjects, end = leading_subjects(segment[offset:])
        shifted = [replace(m, start=m.start + offset, end=m.end + offset) for m in subjects]
        if subjects:
            return _addressees(segment, shifted, end + offset)
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
            # "…: Đề nghị UBND tỉnh chỉ đạo Công an tỉnh:"; those asked go on with their own work ("… yêu cầu
            # Chủ tịch UBND các huyện tiếp tục chỉ đạo quyết liệt …"), they do not ask again.
            return _addressees(segment, shifted, end + offset, asked=True)
    offset = reported_in_sentence(segment, fold(segment), find_mentions(segment))
    if offset is None:
        offset = unread_speaker(segment)  # "Chi cục X đề nghị Chủ tịch UBND các xã …": a name not read
    if offset is None:
        offset = board_request(segment)  # "Hưởng ứng …, Ban Thường trực Ủy ban MTTQ … đề nghị các xã …"
    if offset is not None and (subjects := leading_subjects(segment[offset:]))[0]:
        return [replace(s, start=s.start + offset, end=s.end + offset) for s in subjects[0]], subjects[1] + offset
    return [], 0


# Not "Cùng với đó, …" / "Cùng lúc, …": a connective that goes on to the next instruction.
HELPING = re.compile(r"\s*(?:chu tri\s*,\s*)?(?:phoi hop|cung)\b(?!\s+(?:voi\s+)?(?:do|viec nay|luc|thoi gian nay)\s*,)")
LEADING_CYCLE = re.compile(r"(?:dinh ky\s+)?(?:hang|moi)\s+(?:ngay|tuan|thang|quy|nam)\s+(?=\S)")
# What a body is told to do, right after its name: "X có trách nhiệm …", "X chủ trì …", "X có văn bản đề nghị …".
DIRECTIVE_VERB = re.compile(
    r"\s*(?:can\s+|phai\s+|tiep tuc\s+|khan truong\s+|chu dong\s+)*(?:co trach nhiem|co nhiem vu|chiu trach nhiem(?! truoc)|chu tri|phoi hop"
    r"|to chuc|trien khai|bao cao|tham muu|co van ban|chi dao|huong dan|kiem tra|ra soat|xay dung|thuc hien|tong hop"
    r"|de xuat|theo doi|don doc|nghien cuu|cung cap|bo tri|hoan thanh|giam sat|tuyen truyen|quan triet|cap nhat|lap"
    r"|trinh|gui|tang cuong|day manh|khan truong|chu dong|ho tro|van dong|huy dong|phan bo|phe duyet|ban hanh|cong bo"
    r"|doi chieu|su dung|tap trung)\b"
)


# An opening on what the work rests on may name the bodies it comes from ("Trên cơ sở báo cáo của các huyện,
# Sở X có nhiệm vụ tổng hợp …"): the subject is the last name before the work, after all the opening's own.
BASIS_OPENING = re.compile(r"\s*(?:tren co so|can cu|tu ket qua)\b")


def _subject_after_opening(segment: str) -> tuple[list[Mention], int]:
    """ "Để bảo đảm …, nâng cao …, BHXH các tỉnh có văn bản đề nghị …": the subject after a long
    opening phrase that names no body, when what follows the name is work it is told to do."""
    folded = fold(segment)
    # A body cited in brackets ("Đối với các nhiệm vụ (theo Báo cáo số … của Bộ X), các Bộ …") is the
    # source of a list, not a subject of the sentence.
    unbracketed = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), segment)
    basis = BASIS_OPENING.match(folded) is not None
    for comma in (m.start() for m in re.finditer(",", unbracketed[:300])):
        if not basis and find_mentions(unbracketed[:comma]):
            break  # an opening phrase names no body: "Chỉ đạo các ban, ngành, UBND các xã …" is a list
        offset = comma + 1
        if basis and DIRECTIVE_VERB.match(folded, offset):
            break  # "Trên cơ sở đề xuất của các sở, chủ trì tổng hợp …": the work goes on after the basis
        subjects, end = leading_subjects(segment[offset:])
        if subjects and DIRECTIVE_VERB.match(folded, end + offset):
            if basis and (named := find_mentions(unbracketed[:comma])) and not unbracketed[named[-1].end : comma].strip():
                subjects = subjects[-1:]  # "… của các Phòng X, các đơn vị Y, Giám đốc Sở Z ban hành": the list was the basis's
            shifted = [replace(m, start=m.start + offset, end=m.end + offset) for m in subjects]
            # "…, Chủ tịch UBND huyện Phạm Văn B chỉ đạo UBND các xã …": a person named speaks, those he asks act.
            return _addressees(segment, shifted, end + offset) if named_holder(segment, end + offset) else (shifted, end + offset)
    return [], 0


def _addressees(segment: str, subjects: list[Mention], end: int, asked: bool = False) -> tuple[list[Mention], int]:
    """ "UBND tỉnh giao Sở X …", "Nhân dịp …, UBND thành phố Hà Nội đề nghị các sở …": the one who
    asks speaks; the addressees named after the request lead."""
    folded = fold(segment)
    if not asked and (again := asks_again(folded, end)) is not None and not leading_subjects(segment[again:])[0]:
        return [], 0  # "UBND tỉnh cũng yêu cầu kiểm điểm …": no one new is asked
    request = spoken_request(segment, folded, end, ISSUER_REQUEST.match(folded, end) or reported_request(segment, folded, end))
    # A holder the press names by his own name ("Chủ tịch UBND huyện Phạm Văn B chỉ đạo Chủ tịch UBND các xã …")
    # is the speaker: those he directs act, whatever his level.
    if request and request.group(0).strip(" :,").endswith("chi dao") and all(m.kind in LOWER_KINDS for m in subjects) \
            and not named_holder(segment, end):
        # "UBND quận, huyện chỉ đạo Phòng X …": a lower level's UBND has its own office do the work it is
        # given; the work stays its own (only the province or a ministry hands its work on so).
        return subjects, end
    if request:
        offset = request.end()
        named, named_end = leading_subjects(segment[offset:], asked=not request.group(0).strip(" :,").endswith("chi dao"))
        if not named and (timed := TIME_FIRST.match(folded, offset)) and not find_mentions(segment[offset : timed.end()]):
            # "… yêu cầu: từ ngày 30/4 đến hết ngày 03/5, các đơn vị bố trí …": the time, then who acts.
            offset = timed.end()
            named, named_end = leading_subjects(segment[offset:])
        if named and all(m.catch_all for m in named) and DIRECTING.match(folded, end):
            return subjects, end  # "Đề nghị UBND tỉnh chỉ đạo các ngành chức năng …": the directing is its own work
        if named:
            return [replace(m, start=m.start + offset, end=m.end + offset) for m in named], named_end + offset
    return subjects, end


# "Chủ tịch UBND tỉnh có ý kiến (chỉ đạo) (như sau): Giao Sở X …": the one who speaks gives its view;
# the request after the colon names who acts.
ISSUER_VOICE = r"(?:co y kien(?:\s+chi dao)?(?:\s+nhu sau)?\s*:\s*)?"
LOWER_KINDS = ("district", "commune")
# "… yêu cầu chậm nhất đến ngày 7/8, Sở X phải …": the limit may be worded "chậm nhất (đến, là, vào) ngày".
TIME_FIRST = re.compile(r"(?:tu|trong|truoc|den|cham nhat(?:\s+(?:den|la|vao))?|ke tu)\s+(?:ngay|thang|nam|quy|thoi gian|dip)\b[^,;.:]{0,60},\s*")
DIRECTING = re.compile(r"\s*(?:quan tam\s+)?chi dao\b")
# "Chủ tịch UBND tỉnh cũng giao …", "UBND tỉnh đồng thời yêu cầu …": an adverb between who asks and the request.
ISSUER_REQUEST = re.compile(rf"\s*{ISSUER_VOICE}(?:(?:cung|dong thoi|tiep tuc)\s+)?(?:quan tam\s+)?(?:yeu cau|de nghi|giao(?: trach nhiem| nhiem vu)?(?: cho)?|chi dao)\s*:?\s+")
REQUEST_IN_SENTENCE = re.compile(
    r"(?:^|[,;:]\s*|(?:chu tich\s+)?(?:uy ban nhan dan|ubnd) (?:tinh|thanh pho|dac khu|xa|phuong)(?:\s+\S+){0,3}?\s+)"
    r"(?:yeu cau|de nghi|giao(?: trach nhiem| nhiem vu)?(?: cho)?)\s*:?\s+"
)
