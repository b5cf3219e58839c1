"""A clause's text in parts: sentences, and the parts after ';' that open with their own time or subject."""

from __future__ import annotations

import re

from .date_shapes import DEADLINE_FIRST
from .inline_items import TOPIC
from .names import find_mentions
from .reported import asks_again
from .segment_subjects import own_subjects
from .subjects import cooperating_in, leading_subjects
from .text import UPPER, fold
from .timing import Timing, best_timing, find_timings

# Not after a level written short before a place's name ("UBND TP. Vinh", "Thị ủy TX. Cửa Lò", "Tp. Huế").
SENTENCE_BREAK = re.compile(rf"(?<=[.!?…])(?<!\bTP\.)(?<!\bTp\.)(?<!\bTX\.)(?<!\bTx\.)\s+(?=[{UPPER}])")
# "…; hoàn thành trước ngày X": the date closes the work just described, not a new duty.
COMPLETION = re.compile(r"\s*(?:hoan thanh|xong|ket thuc|thoi han hoan thanh)\b")


# A sentence with no subject that only says when to deliver the work just described.
# It may open with what is delivered: "Báo cáo yêu cầu gửi về … trước ngày X", "Kết quả báo cáo Bộ X trước …",
# or with its label: "Thời hạn hoàn thành: trước ngày X". What must be done by then may open it, the work just
# described named again: "Kết quả thực hiện phải được hoàn thành trước ngày X", "Việc bàn giao và tiếp nhận phải
# hoàn thành trước …", "Thời gian thực hiện kê khai phải hoàn thành trước …".
FOLLOW_UP = re.compile(r"(?:(?:bao cao|ket qua(?: thuc hien)?|van ban|y kien(?: tham gia)?)\s+"
                       r"|(?:thoi gian|viec)(?:\s+[^\s.;:,]+){1,6}?\s+(?=phai\b))?(?:yeu cau\s+|de nghi\s+)?"
                       r"(?:phai\s+(?:duoc\s+)?)?(?:hoan thanh|hoan thien|gui|nop|bao cao|thoi han)\b")
# "…, riêng năm 2020 hoàn thành trong quý II": the exception has its own time.
EXCEPTION = re.compile(r"rieng\b")
# Events a clause may list with a time each: "sơ kết hằng năm, sơ kết giữa kỳ vào năm 2008 và tổng kết vào năm 2010".
# A listed event may open with its own cycle: "Hàng tháng có báo cáo nhanh, 3 tháng một lần có báo cáo định kỳ".
# A listed report may also open with its day ("… và trước ngày 10 tháng 6 hàng năm định kỳ 6 tháng") or
# name its cycle after a word or two ("… và tổng thể hàng năm trước ngày 30 tháng 01").
EVENT_CUT = re.compile(r"(?:[,;]|\bva)\s+(?=(?:\S+\s+){0,2}?(?:so ket|tong ket|bao cao|danh gia|kiem tra|giao ban|trinh|gui)\b"
                       r"|(?:\S+\s+){0,2}?(?:hang|moi)\s+(?:thang|quy|nam)\b|(?:\d+|ba|sau)\s+thang\s+(?:mot|1)\s+lan\b"
                       r"|(?:truoc|cham nhat(?: la)?)\s+ngay\s+\d)")


# A piece that ends by steering a unit with no work of its own yet ("… chỉ đạo bộ phận thường trực giúp việc của
# Ban Chỉ đạo; Đoàn kiểm tra liên ngành … có kế hoạch tăng cường …", "chỉ đạo lực lượng Công an; Quân sự xã tuần
# tra …"): the ';' lists one more unit steered, whose work follows; one piece of the steering body's work.
STEERED_UNIT = re.compile(r"\bchi dao\s+(?:cac\s+)?(?:bo phan|luc luong|don vi|co quan)\b[^;:.]*;?\s*$")


# "…, yêu cầu đến 30/5/2016 Sở X phải có báo cáo …": a second request of the sentence, with its own day and those
# it asks after that day, is a piece of work of its own.
DATED_REQUEST = re.compile(rf"(?:yeu cau|de nghi|giao)\s+{DEADLINE_FIRST}")
INLINE_ITEM = re.compile(r"\s*\(\d{1,2}\)\s")
DAY_FIRST = re.compile(r"(?:truoc|cham nhat(?: la)?)\s+ngay\s+\d")


def segments(unit: str) -> list[str]:
    """Sentences, and within them parts after ';' that open with their own time or subject.

    A sentence that gives two or more times is cut before each event it lists ("tổ chức sơ kết
    hằng năm, tổng kết vào năm 2010"), and an exception ("…, riêng năm 2020 …") is a part of its
    own, so that each time goes with its own work.
    """
    segments: list[str] = []
    exceptions: dict[int, str] = {}
    for sentence in SENTENCE_BREAK.split(unit):
        if segments and (FOLLOW_UP.match(fold(sentence)) or _asks_again(sentence)) and not own_subjects(sentence)[0] \
                and (best_timing(segments[-1]) is None or best_timing(sentence) is None) \
                and not _periodic_report(segments[-1], sentence):
            # "Giao X báo cáo tình hình … . Yêu cầu gửi báo cáo trước ngày 23/5." : the time of that work;
            # "… trước ngày 5/12. Gửi kèm tệp vào hộp thư …": how to deliver it.
            segments[-1] = f"{segments[-1]} {sentence}"
            continue
        if segments and _exception_in_cycle(segments[-1], sentence):
            # Kept out of the events' cut (its cycle would read as another time): it closes the duty's text.
            exceptions[len(segments) - 1] = f"{exceptions.get(len(segments) - 1, '')} {sentence}"
            continue
        pieces = _names_kept_together([p for p in _split_outside_brackets(sentence) if p.strip()])
        for index, piece in enumerate(pieces):
            folded = fold(piece)
            # "… trong Quý 4/2017; công trình Y hoàn thành trong tháng 3/2018": a piece with a time of its
            # own after one already timed is another piece of work.
            # "…; (3) Khẩn trương trình …": an item numbered in brackets is a piece of work of its own.
            if (index == 0 or (_opens_with_time(piece) and not COMPLETION.match(folded))
                    or own_subjects(piece)[0] and not STEERED_UNIT.search(fold(segments[-1]))
                    and not _partners_go_on(segments[-1])
                    or INLINE_ITEM.match(piece)
                    or (EXCEPTION.match(folded) and best_timing(piece))
                    or (best_timing(piece) and best_timing(segments[-1]))):
                segments.append(piece)
            else:
                segments[-1] = f"{segments[-1]} {piece}"
    result = []
    for index, segment in enumerate(segments):
        parts = [event for piece in _periodic_report_cut(segment) for event in _events(piece)]
        result += [*parts[:-1], f"{parts[-1]}{exceptions[index]}"] if index in exceptions and parts else parts
    return result


def _partners_go_on(previous: str) -> bool:
    """ "Sở X chủ trì, phối hợp các sở, ngành; UBND các xã và các đơn vị liên quan triển khai …": a piece that
    ends on the helpers of its "phối hợp" has given its lead no work yet, so the ';' goes on listing helpers."""
    helpers = cooperating_in(previous)
    return bool(helpers) and not previous[helpers[-1].end :].strip(" ;,")


def _asks_again(sentence: str) -> bool:
    """ "UBND tỉnh cũng yêu cầu kiểm điểm … trước ngày 31/3.": the speaker adds to the work just given."""
    subjects, end = leading_subjects(sentence)
    return bool(subjects) and asks_again(fold(sentence), end) is not None


def _exception_in_cycle(previous: str, sentence: str) -> bool:
    """ "… gửi về trước ngày 28 hàng tháng. Riêng báo cáo tháng 12 hàng năm, chốt số liệu đến ngày 31/12 …": an
    exception that singles out one period of the cycle just given ("tháng 12 hàng năm", the December report) and
    gives no day of its own is part of the same periodic duty, not a yearly duty beside it."""
    if not EXCEPTION.match(fold(sentence).lstrip()):
        return False
    above, timings = best_timing(previous), [t for t in find_timings(sentence) if t.due_on or t.recurrence]
    return bool(above and above.recurrence and timings) and all(t.recurrence and t.rank != 0 for t in timings)


def _periodic_report(previous: str, sentence: str) -> bool:
    """ "… theo dõi, đôn đốc việc thực hiện. Báo cáo Thủ tướng kết quả trước ngày 20 hằng tháng.": a report
    on a cycle after untimed work is a duty of its own, not the time of the work before it."""
    timing = best_timing(sentence)
    return bool(timing and timing.recurrence and best_timing(previous) is None
                and re.match(r"(?:dinh ky\s+)?bao cao\b", fold(sentence)))


# "…, tăng cường kiểm tra, đôn đốc …, định kỳ hằng năm báo cáo kết quả về Bộ X trước ngày 31 tháng 12": a report on
# a cycle of its own, after a comma; or the cycle after the report ("…, định kỳ báo cáo Sở X trước ngày 20 hằng tháng").
PERIODIC_REPORT = re.compile(r",\s*(?=dinh ky\s+(?:(?:(?:hang|moi)\s+(?:nam|quy|thang)|(?:6|sau|3|ba)\s+thang)\b[^.;,]{0,20}?\s)?"
                             r"bao cao\b)")


def _periodic_report_cut(segment: str) -> list[str]:
    """The segment cut before a report on a cycle that closes untimed work: a duty of its own (rule 1),
    as such a report in a sentence of its own is (_periodic_report)."""
    cut = next(reversed(list(PERIODIC_REPORT.finditer(fold(segment)))), None)
    if cut is None:
        return [segment]
    before, after = segment[: cut.start()].strip(), segment[cut.end() :].strip()
    timing = best_timing(after)
    if best_timing(before) is not None or timing is None or not timing.recurrence:
        return [segment]
    return [before, after[:1].upper() + after[1:]]


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
    # A conclusion's topic before its colon ("Về số vốn không giải ngân được trong năm 2025: …") dates the matter, not the work.
    topic = TOPIC.match(segment)
    after = topic.end() if topic else 0
    timed = {(t.due_on, t.recurrence) for t in find_timings(segment) if (t.due_on or t.recurrence) and t.start >= after}
    if len(timed) < 2:
        return [segment]
    folded = fold(segment)
    bounds = [0]
    for m in EVENT_CUT.finditer(folded, after):
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
        exception = char == "," and (EXCEPTION.match(folded, _next_word(folded, index + 1))
                                     or DATED_REQUEST.match(folded, _next_word(folded, index + 1)))
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
