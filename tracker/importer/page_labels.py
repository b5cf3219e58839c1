"""Which paragraphs of a page without a header are its clauses "1", "2", …: those that assign, not the lead
that reports the letter's issue, the weather, figures or captions."""

from __future__ import annotations

import re

from .accountability import in_answering_sentence, only_answers_for
from .awareness import only_aware
from .catch_all_addressees import readers_named
from .citizens_asked import asks_citizens
from .date_shapes import STROKE_OR_DASH, by_number
from .doc_kinds import THIS_KINDS
from .fragments import ASSIGNS, REPORTS_ISSUE, directs, implements_document
from .issuer_voice import issuer_asking
from .localities_back import localities_continued, right_under
from .names import find_mentions
from .news_events import CEREMONY, reports_event
from .nominal_requests import lists_contents, nominal_use, only_announces_measures, standards_only
from .own_voice import designated
from .press_paragraphs import (SETS_OUT, directs_no_one, headless_items, press_sapo, province_states, reported_by,
                               requests_apart, restates_lead, sapo_restated, sums_up_letter_below)
from .press_speakers import person_request
from .reported import asks_by_title, spoken_request
from .segment_subjects import own_subjects
from .text import fold
from .vocabulary import PRESIDES_MEETING


# Where, inside one paragraph, the letter's content begins after the sentence that reports its issue: a
# sentence that opens "Theo đó, …" / "Cụ thể, …" after a full stop.
# Read on the folded paragraph (one character for one), with its capital checked on the paragraph itself.
CONTENT_SENTENCE = re.compile(rf"(?<=[.;])\s+(?=(?:theo (?:do|{THIS_KINDS})\b|cu the\s*[,:]))")


def issue_apart(paragraphs: list[str]) -> list[str]:
    """A page's paragraphs with the lead on the letter's issue set apart from the content it goes on to set
    out in the same paragraph ("Ngày 18/9, UBND huyện A vừa ban hành Công văn số … về … . Theo đó, UBND huyện
    yêu cầu …"). District and commune portals often print the two as one paragraph; most pages print them
    as two, the lead naming the letter and the next paragraph its work (see _detailed_below), and read as
    one the whole paragraph is taken for an account of the letter's issue. So are two requests (requests_apart)."""
    result: list[str] = []
    for paragraph in paragraphs:
        split = next((m for m in CONTENT_SENTENCE.finditer(fold(paragraph)) if paragraph[m.end()].isupper()), None)
        if split and REPORTS_ISSUE.search(fold(paragraph[: split.start()])) and directs(paragraph[split.end() :]):
            result += [paragraph[: split.start()].strip(), paragraph[split.end() :].strip()]
        else:
            result.append(paragraph)
    return requests_apart(result)


def _detailed_below(clauses: list, position: int) -> bool:
    """Whether a paragraph shortly below the lead opens by setting out what the letter says ("Theo đó, …"):
    the lead then only announces the letter and names its addressees, and the work is that paragraph's
    and those after it (a caption or byline may stand between). So is a lead that only names the document to carry
    out, or directs naming no one (directs_no_one), over paragraphs that ask."""
    return any(SETS_OUT.match(fold(clause.heading).lstrip()) or _speaker_asks_again(clause.heading, clauses[position].text)
               for clause in clauses[position + 1 : position + 4]) \
        or (implements_document(clauses[position].text) or directs_no_one(clauses[position].text)) \
        and any(directs(c.text) for c in clauses[position + 1 :])


def _titled_request(clauses: list, position: int) -> bool:
    """A lead that tells whom the letter was sent and, by its title, what they are to do ("Sở X vừa có văn bản gửi
    UBND các xã về việc kiểm tra …") asks them as plainly as a request would, unless a paragraph below makes the
    letter's requests ("Theo đó, Sở đề nghị …", "Để có cơ sở …, Sở X đề nghị UBND các xã …"): the lead then only
    announces it. One below that only gives figures ("Theo đó, Sở đã tổng hợp danh sách …") makes none."""
    return asks_by_title(clauses[position].text) and not any(directs(clause.text) for clause in clauses[position + 1 :])


def _speaker_asks_again(paragraph: str, lead: str = "") -> bool:
    """A paragraph below the lead in which the issuer speaks again and asks ("Trước tình hình …, Chủ tịch UBND
    tỉnh yêu cầu các huyện …"): the page now sets the letter out in its speaker's voice, so the lead only
    announced it. A paragraph that goes on with no speaker ("Đặc biệt, các địa phương …") leaves the lead the
    letter's first instruction."""
    mentions = find_mentions(paragraph[:400])
    if not mentions or mentions[0].kind != "province" and not reported_by(lead, mentions[0]) or mentions[0].group:
        return False
    opening = re.sub(r"(?:pho\s+)?chu tich\s*$", "", fold(paragraph[: mentions[0].start]).strip()).strip()
    # Asking only to be aware ("… yêu cầu các đơn vị cần nhận thức đầy đủ …") gives no work: the lead's request stands.
    return (not opening or opening.endswith(",")) and not only_aware(paragraph) \
        and spoken_request(paragraph, fold(paragraph), mentions[0].end, None) is not None


# Those whose needs a page describes, no body of the state: "các đối tượng cần (tập trung) vận động …",
# "người dân cần …", "các hộ chăn nuôi cần …" (their duties are not tasks, rule 8).
CITIZENS = re.compile(r"\b(?:doi tuong|nguoi dan|nhan dan|ho (?:dan|gia dinh|chan nuoi|nuoi)|doanh nghiep|nguoi lao dong)"
                      r"(?:\s+[^\s,.;:]+){0,2}\s+$")


# A photo's caption on a page: "… Ảnh: NGUYỄN AN", "(Ảnh minh họa)", "Ảnh: T.L".
CAPTION = re.compile(r"(?:\(?\s*[Ảả]nh(?:\s*minh\s*họa)?\s*:\s*[^.;:()]{1,40}\)?|\(?[Ảả]nh minh họa\)?)\s*\.?\s*$")
# An assigning word used as a noun, naming a request rather than making it: "Đây là yêu cầu của UBND
# tỉnh đối với …", "theo chỉ đạo của Bộ …".
NOUN_USE = re.compile(r"\s+của\b")


# An assigning word that is part of a name or of presiding, no assignment: "Ban chỉ đạo …" (a steering
# committee), "… chủ trì cuộc họp" (chairs a meeting).
IN_NAME = re.compile(r"\bban\s+(?:chi dao|chu tri)$")
PRESIDES = re.compile(PRESIDES_MEETING)
# "Chỉ đạo tại hội nghị, Thiếu tướng A biểu dương …": where the leader spoke, an opening phrase, no assignment.
AT_MEETING = re.compile(r"chi dao\s+(?:tai|trong)\s+(?:hoi nghi|cuoc hop|buoi lam viec|phien hop|buoi)\b")


def _assigning_use(text: str, match: re.Match) -> bool:
    """Whether one ASSIGNS hit assigns: not in a committee's name nor for chairing a meeting."""
    folded = fold(text)
    return not IN_NAME.search(folded[: match.end()]) and not PRESIDES.match(folded, match.start()) \
        and not AT_MEETING.match(folded, match.start())


def _assigns(text: str) -> bool:
    """Whether a paragraph with no task drafted assigns work by its words: a "cần" said of citizens or
    of the groups a target counts does not, nor a "yêu cầu của …" that names a request, nor a demand
    to answer for a failure."""
    if CAPTION.search(text.rstrip()):
        return False
    hits = [m for m in ASSIGNS.finditer(text) if not NOUN_USE.match(text, m.end()) and _assigning_use(text, m)
            and not asks_citizens(text, m) and not nominal_use(text, m) and not in_answering_sentence(text, m.start())
            and (m.group(0).lower() != "cần" or not CITIZENS.search(fold(text[: m.start()])))]
    return bool(hits) and not only_announces_measures(text, hits) and not lists_contents(text, hits) \
        and not only_answers_for(text, hits) and not standards_only(text, hits)


def _asks_no_one(text: str) -> bool:
    """ "Ở lĩnh vực y tế, Chủ tịch UBND tỉnh cũng yêu cầu đẩy nhanh …": the issuer asks and names no one; the
    paragraph opens a topic whose doers the next one names, no clause of its own."""
    # So is a person the press names asking no body ("Ông A đề nghị các cán bộ mới được bổ nhiệm nắm chắc …").
    return (_speaker_asks_again(text) or person_request(text) is not None) and not own_subjects(text)[0]


def _doers_first(text: str) -> bool:
    """A paragraph that opens with the bodies who act, in the present ("Các cơ quan, trường học … treo cờ
    trong ngày …"): it assigns even if no lead was drafted from it; "Các địa phương đã …" only reports."""
    subjects, end = own_subjects(text)
    # The bodies are the paragraph's first words (a holder's title at most before them), not those a speaker
    # or a dated account names later ("Ngày 7/2, UBND tỉnh có công văn …", "Công điện yêu cầu …").
    first = bool(subjects) and len(text[: subjects[0].start].split()) <= 2 and "," not in text[: subjects[0].start]
    # "Văn phòng UBND tỉnh truyền đạt ý kiến chỉ đạo của …" conveys a leader's letter: the page's lead, no doer.
    # "Các cơ quan, đơn vị chủ động …" alone points back to those a paragraph above asked; at the head of a
    # longer list ("Các cơ quan, đơn vị, trường học, bệnh viện … treo cờ") it names doers of its own.
    listed = not all(m.catch_all for m in subjects) or re.match(r"\s*(?:,|va\b)", fold(text)[end:])
    return first and bool(listed) and all(m.kind != "province" for m in subjects) \
        and not re.match(r"\s*,?\s*(?:cung\s+)?(?:da|dang|vua|se|truyen dat)\b", fold(text)[end:]) and not CEREMONY.match(fold(text), end)


# A page's closing call, after the clauses, to carry out "seriously" with nothing named to deliver ("… cũng
# yêu cầu các sở, ngành nghiêm túc triển khai thực hiện, không chủ quan, lơ là./."): an orientation (rule 8).
EXHORTS = re.compile(r"\bnghiem tuc (?:trien khai |to chuc )?(?:thuc hien|trien khai)(?:\s+nghiem tuc)?"
                     r"(?:\s*[,;]\s*khong (?:duoc )?(?:chu quan|lo la)[^.;]*)?\s*[.;]?(?:/\.)?\s*$")


def _sapo_above_lead(clauses: list, drafted: set[str]) -> int:
    """How many paragraphs stand above a page's lead on the letter's issue ("Ngày 7/8, UBND tỉnh đã ban hành
    Công văn số … yêu cầu …") as its sapo and byline: none gave a task, or it opens with the paper's tag (press_sapo),
    so they only sum up what the lead and the paragraphs below report. 0 when no such lead is among the first four."""
    for position, clause in enumerate(clauses[:4]):
        if position and REPORTS_ISSUE.search(fold(clause.text)) and (clause.ref not in drafted or press_sapo(clauses[0].text)):
            return position
        if clause.ref in drafted and not press_sapo(clause.text):
            return 0
    return 0


def assigning_labels(clauses: list, drafted: set[str]) -> dict[str, str | None]:
    """On a page without a header, only the paragraphs that assign are its clauses "1", "2", … (round 34
    on): a paragraph that only reports or describes — a lead on the letter's issue, the weather, figures,
    a caption — is none. A paragraph some task was drafted from assigns, unless it is the lead and gives
    no instruction of its own or a paragraph below sets the letter out ("Theo đó, …": its tasks are then
    the addressees it names, dropped: None); one with no task assigns by its words. Returns each paragraph's new label."""
    from .narration import person_acts  # it imports clauses, which imports this module: imported when used

    labels: dict[str, str | None] = {}
    count, above = 0, _sapo_above_lead(clauses, drafted)
    # A photo's caption repeats what the page's paragraphs set out, so it is no clause; but a page whose only
    # paragraphs that drafted a task are captions ("Chủ tịch UBND tỉnh đề nghị Sở X, UBND huyện Y kiểm tra …
    # Ảnh: T.L", the article itself not stored) has no other account of the request: its caption is the clause.
    captions_only = all(CAPTION.search(clause.text.rstrip()) for clause in clauses if clause.ref in drafted)
    for position, clause in enumerate(clauses):
        text = clause.text
        if position < above:
            labels[clause.ref] = None
            continue
        lead = not count and REPORTS_ISSUE.search(fold(text)) is not None
        if clause.ref in drafted:
            counted = (not lead or directs(text) and not _detailed_below(clauses, position) or _titled_request(clauses, position)) \
                and not (count and EXHORTS.search(fold(text))) and (captions_only or not CAPTION.search(text.rstrip()))
        else:
            counted = not lead and (_assigns(text) or _doers_first(text)) and not _asks_no_one(text) and not person_acts(text)
            # "Đảng bộ xã A được … chọn làm điểm", "Ban Thường vụ … chọn Chi bộ B …": a choice told, no work (own_voice).
            counted = counted and not ((told := own_subjects(text))[0] and designated(text, told[1]))
            counted = counted and not restates_lead(text, [c.text for c in clauses[:position]]) and not province_states(text)
            # The page's first paragraph that asks no one by name, the next setting the letter out ("Theo đó, …"): a summary.
            counted = counted and not (not count and sums_up_letter_below(clauses, position, drafted))
        counted = counted and not reports_event(text)  # attendance, a meeting's minutes, the past year's results
        counted = counted and not (not count and headless_items(clauses, drafted, position))
        count += counted
        labels[clause.ref] = str(count) if counted else None
    return labels


# Bodies only a central document addresses: a ministry (not the province's "Bộ Chỉ huy Quân sự"), the
# provinces as a whole, the Government.
CENTRAL = re.compile(r"^(?:Bộ (?!Chỉ huy|đội)|(?:Ủy ban nhân dân|UBND) (?:các )?tỉnh, thành phố trực thuộc Trung ương"
                     r"|(?:Văn phòng )?Chính phủ|Thủ tướng)")
# A province's own bodies ("Sở Xây dựng", "Công an tỉnh", "UBND các xã, phường"): a page assigning to them
# is a local one ("UBND các địa phương" of a Government page is no sign).
LOCAL = re.compile(r"^Sở |\b(?:tỉnh|huyện|thị xã|xã|phường|thị trấn)\b")
# A higher body or its document speaking in a paragraph: "Thủ tướng Chính phủ yêu cầu …", "Công điện nêu rõ: …".
HIGHER_SPEAKS = re.compile(r"\b(?:thu tuong|chinh phu|cong dien|trung uong)\b")


def _quoted_above(body, tasks: list) -> set[str]:
    """The paragraphs of a local page that report what a higher body asked of central bodies or of all
    provinces ("Song song đó, Thủ tướng yêu cầu UBND các tỉnh, thành phố trực thuộc Trung ương …"): the
    background the issuer acts on, not its assignment; known when the page's other paragraphs assign to
    local bodies."""
    central = {task.clause_number for task in tasks if CENTRAL.match(task.lead_agency or "")}
    local = {task.clause_number for task in tasks if LOCAL.search(task.lead_agency or "")
             and not CENTRAL.match(task.lead_agency)}
    texts = {clause.ref: fold(clause.text) for clause in body.clauses}
    return {ref for ref in central - local if local and HIGHER_SPEAKS.search(texts.get(ref, ""))}


# A letter recalled with its full date and number: "Ngày 5/3/2021, UBND tỉnh ban hành Công văn số 123/UBND-KT giao …".
# A stroke or a dash between the numbers, as the rule was first written (a dotted date is not read here).
RECALLED_LETTER = re.compile(rf"ngay\s+{by_number(STROKE_OR_DASH)}\s*,[^.;]{{0,80}}?\bban hanh\s+"
                             rf"(?:{THIS_KINDS})\s+so\b")


def _recalled_below(body, tasks: list) -> set[str]:
    """The paragraphs of a page that renews a request and then recalls the letter that first made it, dated
    ("Nay, UBND tỉnh tiếp tục đề nghị Sở X khẩn trương …" / "Ngày 5/3/2021, UBND tỉnh ban hành Công văn số …
    giao Sở X chủ trì …"): the same bodies given the same work by the earlier letter, background, no clause."""
    leads: dict[str, set[str]] = {}
    for task in tasks:
        leads.setdefault(task.clause_number, set()).add(task.lead_agency)
    seen: set[str] = set()
    recalled = set()
    for clause in body.clauses:
        own = leads.get(clause.ref, set())
        if seen and own and own <= seen and RECALLED_LETTER.match(fold(clause.text)):
            recalled.add(clause.ref)
        seen |= own
    return recalled


def _summed_up(body, tasks: list) -> set[str]:
    """The page's first paragraph with tasks, when they are all the letter's readers in general words and the
    next paragraph sets the letter out ("UBND tỉnh yêu cầu các cơ quan, đơn vị, địa phương chủ động …" / "Theo
    đó, UBND tỉnh giao Sở X …"): a summary of what follows, no clause of its own."""
    readers: dict[str, list[bool]] = {}
    for task in tasks:
        readers.setdefault(task.clause_number, []).append(readers_named(task.lead_agency or ""))
    first = next((position for position, clause in enumerate(body.clauses) if clause.ref in readers), None)
    if first is None or first + 1 >= len(body.clauses) or not all(readers[body.clauses[first].ref]):
        return set()
    return {body.clauses[first].ref} if SETS_OUT.match(fold(body.clauses[first + 1].heading).lstrip()) else set()


def relabel_page(body, tasks: list) -> list:
    """A headerless page's tasks labelled by its assigning paragraphs (see assigning_labels)."""
    if not body.page:
        return tasks
    quoted = _quoted_above(body, tasks) | _recalled_below(body, tasks) | _summed_up(body, tasks) | issuer_asking(body, tasks) | sapo_restated(body, tasks)
    labels = assigning_labels([c for c in body.clauses if c.ref not in quoted],
                              {task.clause_number for task in tasks} - quoted)
    labels.update(dict.fromkeys(quoted))
    kept = []
    for task in tasks:
        ref, _, part = task.clause.partition(" ý ")
        if ref not in labels:
            kept.append(task)
        elif labels[ref] is not None:
            task.clause = f"{labels[ref]} ý {part}" if part else labels[ref]
            kept.append(task)
    return localities_continued(timed_part_merged(kept), right_under(body.clauses, labels))


def timed_part_merged(tasks: list) -> list:
    """On a page, one paragraph's duty and its report with a cycle or date ("… tổ chức triển khai Kế hoạch.
    Định kỳ hằng năm báo cáo kết quả …") are one task of the lead (one paragraph, one lead): the undated
    task takes the time of its one timed part."""
    kept = []
    for task in tasks:
        base = next((t for t in kept if t.clause == task.clause_number and t.lead_agency == task.lead_agency), None)
        parts = [t for t in tasks if t.clause_number == task.clause_number and t.lead_agency == task.lead_agency]
        names_lead = bool(task.lead_source) and task.lead_source in task.text  # "…; ngoài ra, UBND các huyện hàng tháng gửi …"
        # The base dated the same as its part took the part's date (the clause's one deadline): still one task.
        timed_alike = base is not None and (base.due_on, base.recurrence) in ((None, None), (task.due_on, task.recurrence))
        if " ý " in task.clause and base is not None and len(parts) == 2 and timed_alike and not names_lead:
            base.due_on, base.recurrence, base.due_text = task.due_on, task.recurrence, task.due_text
            base.text = f"{base.text} {task.text}".strip()
            continue
        kept.append(task)
    return kept
