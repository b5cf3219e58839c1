"""Texts without a header, as portal and newspaper pages print a directive: the headline over the
article is no clause of it."""

from __future__ import annotations

import re
from dataclasses import replace

from .reported import SPEAKER_ASKS
from .text import UPPER, fold


def _words(text: str) -> str:
    """The text's words, folded, without punctuation or dashes."""
    return " ".join(re.findall(r"\w+", fold(text)))


def restated_headline(paragraph: str, later: list[str]) -> bool:
    """A page's headline: its words ("Giao Sở X phê duyệt Kế hoạch …") come again, all or nearly all
    in a row, in a paragraph below it ("… ban hành văn bản số … về việc giao Sở X phê duyệt Kế hoạch
    …"). It only announces what the text goes on to say, so it is no clause of its own."""
    words = _words(paragraph).split()
    if len(words) < 6:
        return False
    needed = max(6, -(-len(words) * 7 // 10))  # at least seven tenths of its words, in a row
    runs = {" ".join(words[i : i + needed]) for i in range(len(words) - needed + 1)}
    return any(run in f" {_words(other)} " for other in later for run in runs)


def headline(paragraph: str, later: list[str]) -> bool:
    """The first line of a page without a header that is its headline: a short line with no closing
    punctuation over the article ("Tổ chức trực … trong dịp nghỉ Lễ"), or one the text restates."""
    words = paragraph.split()
    untitled = len(words) <= 40 and not paragraph.rstrip().endswith((".", ";", ":", "!", "?", "…"))
    return bool(later) and (untitled or restated_headline(paragraph, later))


def headline_apart(text: str) -> str:
    """A page's headline printed right over its first paragraph, with no blank line between them: set
    apart, so that it is not read as the opening words of that paragraph."""
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or first + 1 >= len(lines):
        return text
    title, below = lines[first].strip(), lines[first + 1].strip()
    if below and re.match(rf"[{UPPER}]", below) and headline(title, [below]) and len(title.split()) >= 5:
        lines.insert(first + 1, "")
    return "\n".join(lines)


# An account of the letter that goes on to say what it asks ("… vừa ban hành văn bản số …, chỉ đạo các
# sở, ngành khẩn trương kiểm tra …"), not only what it is about ("… về việc giao Sở X …").
DIRECTS = re.compile(r"(?<!ve viec )\b(?:chi dao|yeu cau|giao|de nghi)\b")


def directs(paragraph: str) -> bool:
    """Whether an account of a letter's issue also gives the letter's instruction."""
    return bool(DIRECTS.search(fold(paragraph)))


# A page's lead names whom the letter was sent to: "Ngày 16/4, UBND tỉnh ban hành công văn số … gửi các
# sở, ngành; UBND các huyện về việc …".
SENT_TO = re.compile(r"\bban hanh (?:cong van|van ban|cong dien|chi thi|ke hoach) so\s+\S+\s+gui\s+(.{5,300}?)\s+ve viec\b")


def lead_aliases(text: str) -> dict[str, list]:
    """In a page that reports a letter, "các đơn vị" of the instruction stands for those its lead says
    the letter was sent to (the letter's own "Kính gửi" is not on the page), as written there."""
    from .roles import recipient_mention  # roles read clause text; imported when used

    sent = SENT_TO.search(fold(text))
    if sent is None:
        return {}
    names = [n.strip(" ,") for n in text[sent.start(1) : sent.end(1)].split(";") if n.strip(" ,")]
    mentions = [recipient_mention(n[:1].upper() + n[1:]) for n in names]
    return {"cac don vi": mentions} if mentions and all(m.kind != "other" or m.group for m in mentions) else {}


# A page's lead that reports the letter's issue ("UBND tỉnh vừa có công văn số … gửi …", "… đã có chỉ đạo
# Sở X về việc …", "UBND tỉnh ban hành Chỉ thị về việc …"): the paragraphs below it say what it asks.
REPORTS_ISSUE = re.compile(r"\b(?:vua|da)\s+(?:co|ky|ban hanh|gui)\s+(?:\S+\s+){0,2}?(?:van ban|cong van|cong dien|"
                           r"chi thi|ke hoach|quyet dinh|thong bao|chi dao)\b|\bban hanh (?:van ban|cong van|cong dien|"
                           r"chi thi|ke hoach|quyet dinh|thong bao)\b(?:\s+so\s+\S+)?\s+ve viec\b")
# The words that assign work, where the parser found no doer ("Báo cáo tình hình …, trong đó cần phân
# tích rõ …", "Yêu cầu: UBND các huyện …"): weather, figures, what happened and captions have none.
ASSIGNS = re.compile(r"\b(?:[Yy]êu cầu|[Đđ]ề nghị|[Cc]hỉ đạo|[Pp]hải|[Cc]ó trách nhiệm|[Cc]hủ trì|[Kk]hẩn trương|(?<!hậu )(?<!Hậu )[Cc]ần(?! thiết)|"
                     r"[Gg]iao (?:cho |trách nhiệm |nhiệm vụ )?(?:các |[A-ZĐ]))")


# A paragraph that sets out the letter's content after a lead announced it: "Theo đó, …", "Theo công văn,
# …", "Cụ thể, …", "Nội dung văn bản nêu rõ: …".
SETS_OUT = re.compile(r"^(?:theo (?:do|van ban|cong van|cong dien|chi thi|ke hoach|thong bao)\b|cu the\s*[,:])")


def _detailed_below(clauses: list, position: int) -> bool:
    """Whether a paragraph shortly below the lead opens by setting out what the letter says ("Theo đó, …"):
    the lead then only announces the letter and names its addressees, and the work is that paragraph's
    and those after it (a caption or byline may stand between)."""
    return any(SETS_OUT.match(fold(clause.heading).lstrip()) for clause in clauses[position + 1 : position + 4])


# Those whose needs a page describes, no body of the state: "các đối tượng cần (tập trung) vận động …",
# "người dân cần …", "các hộ chăn nuôi cần …" (their duties are not tasks, rule 8).
CITIZENS = re.compile(r"\b(?:doi tuong|nguoi dan|nhan dan|ho (?:dan|gia dinh|chan nuoi|nuoi)|doanh nghiep|nguoi lao dong)"
                      r"(?:\s+[^\s,.;:]+){0,2}\s+$")


# A photo's caption on a page: "… Ảnh: NGUYỄN AN", "(Ảnh minh họa)", "Ảnh: T.L".
CAPTION = re.compile(r"(?:\(?\s*[Ảả]nh(?:\s*minh\s*họa)?\s*:\s*[^.;:()]{1,40}\)?|\(?[Ảả]nh minh họa\)?)\s*\.?\s*$")
# An assigning word used as a noun, naming a request rather than making it: "Đây là yêu cầu của UBND
# tỉnh đối với …", "theo chỉ đạo của Bộ …".
NOUN_USE = re.compile(r"\s+của\b")
# A paragraph whose only demand is to answer for a failure ("… phải trực tiếp chịu trách nhiệm trước
# UBND tỉnh nếu để xảy ra chậm trễ"): accountability with nothing to deliver (rule 8).
ANSWERS_FOR = re.compile(r"\b(?:phai\s+)?(?:truc tiep\s+)?chiu trach nhiem truoc\b[^.;]*\bneu\b[^.;]*[.;]?\s*$")


def _assigns(text: str) -> bool:
    """Whether a paragraph with no task drafted assigns work by its words: a "cần" said of citizens or
    of the groups a target counts does not, nor a "yêu cầu của …" that names a request, nor a demand
    to answer for a failure."""
    if CAPTION.search(text.rstrip()):
        return False
    hits = [m for m in ASSIGNS.finditer(text) if not NOUN_USE.match(text, m.end())
            and (m.group(0).lower() != "cần" or not CITIZENS.search(fold(text[: m.start()])))]
    accountable = ANSWERS_FOR.search(fold(text))
    if accountable and fold(text)[: accountable.start()].rstrip().endswith((" va", ",")):
        accountable = None  # answering for a failure besides a duty ("rà soát … và phải chịu trách nhiệm …")
    return bool(hits) and not (accountable and all(m.start() <= accountable.start() for m in hits)
                               and len(re.findall(r"[.;]\s", text.strip())) == 0
                               and len([m for m in hits if m.group(0).lower() != "phải"]) <= 1)


# A page's closing call, after the clauses, to carry out "seriously" with nothing named to deliver ("… cũng
# yêu cầu các sở, ngành nghiêm túc triển khai thực hiện, không chủ quan, lơ là./."): an orientation (rule 8).
EXHORTS = re.compile(r"\bnghiem tuc (?:trien khai |to chuc )?(?:thuc hien|trien khai)(?:\s+nghiem tuc)?"
                     r"(?:\s*[,;]\s*khong (?:duoc )?(?:chu quan|lo la)[^.;]*)?\s*[.;]?(?:/\.)?\s*$")


def _sapo_above_lead(clauses: list, drafted: set[str]) -> int:
    """How many paragraphs stand above a page's lead on the letter's issue ("Ngày 7/8, UBND tỉnh đã ban hành
    Công văn số … yêu cầu …") as its sapo and byline: none of them gave a task, so they only sum up what the
    lead and the paragraphs below it report. 0 when no such lead comes within the first four."""
    for position, clause in enumerate(clauses[:4]):
        if clause.ref in drafted:
            return 0
        if position and REPORTS_ISSUE.search(fold(clause.text)):
            return position
    return 0


def assigning_labels(clauses: list, drafted: set[str]) -> dict[str, str | None]:
    """On a page without a header, only the paragraphs that assign are its clauses "1", "2", … (round 34
    on): a paragraph that only reports or describes — a lead on the letter's issue, the weather, figures,
    a caption — is none. A paragraph some task was drafted from assigns, unless it is the lead and gives
    no instruction of its own or a paragraph below sets the letter out ("Theo đó, …": its tasks are then
    the addressees it names, dropped: None); one with no
    task assigns by its words. Returns each paragraph's new label."""
    labels: dict[str, str | None] = {}
    count, above = 0, _sapo_above_lead(clauses, drafted)
    for position, clause in enumerate(clauses):
        text = clause.text
        if position < above:
            labels[clause.ref] = None
            continue
        lead = not count and REPORTS_ISSUE.search(fold(text)) is not None
        if clause.ref in drafted:
            counted = (not lead or directs(text) and not _detailed_below(clauses, position)) \
                and not (count and EXHORTS.search(fold(text))) and not CAPTION.search(text.rstrip())
        else:
            counted = not lead and _assigns(text)
        count += counted
        labels[clause.ref] = str(count) if counted else None
    return labels


def relabel_page(body, tasks: list) -> list:
    """A headerless page's tasks labelled by its assigning paragraphs (see assigning_labels)."""
    if not body.page:
        return tasks
    labels = assigning_labels(body.clauses, {task.clause_number for task in tasks})
    kept = []
    for task in tasks:
        ref, _, part = task.clause.partition(" ý ")
        if ref not in labels:
            kept.append(task)
        elif labels[ref] is not None:
            task.clause = f"{labels[ref]} ý {part}" if part else labels[ref]
            kept.append(task)
    return timed_part_merged(kept)


def timed_part_merged(tasks: list) -> list:
    """On a page, one paragraph's duty and its report with a cycle or date ("… tổ chức triển khai Kế hoạch.
    Định kỳ hằng năm báo cáo kết quả …") are one task of the lead (one paragraph, one lead): the undated
    task takes the time of its one timed part."""
    kept = []
    for task in tasks:
        base = next((t for t in kept if t.clause == task.clause_number and t.lead_agency == task.lead_agency), None)
        parts = [t for t in tasks if t.clause_number == task.clause_number and t.lead_agency == task.lead_agency]
        names_lead = bool(task.lead_source) and task.lead_source in task.text  # "…; ngoài ra, UBND các huyện hàng tháng gửi …"
        if " ý " in task.clause and base is not None and len(parts) == 2 and not (base.due_on or base.recurrence) and not names_lead:
            base.due_on, base.recurrence, base.due_text = task.due_on, task.recurrence, task.due_text
            base.text = f"{base.text} {task.text}".strip()
            continue
        kept.append(task)
    return kept



def request_after_basis(paragraph: str) -> str | None:
    """A paragraph that opens with its legal basis ("Căn cứ Quyết định số …, các địa phương đã triển
    khai …") and goes on, in a sentence of its own, to ask ("Để …, Bộ X đề nghị các tỉnh báo cáo …"):
    that request is the letter's clause (the basis and what was done under it only its preamble)."""
    sentences = re.split(rf"(?<=[.;])\s+(?=[{UPPER}])", paragraph.strip(), maxsplit=1)
    return sentences[1] if len(sentences) == 2 and directs(sentences[1]) else None


def lead_as_intro(body, drafted: set[str]):
    """A page whose lead reports the letter and names whom it asks ("UBND tỉnh vừa có công văn yêu cầu các
    sở, ngành và UBND các huyện tập trung …"), over a paragraph that asks with no subject of its own ("UBND
    tỉnh yêu cầu nghiêm túc triển khai …, báo cáo trước ngày …"): the lead only announces the request and
    names its subjects, as a letter's introduction does; the paragraph is the first clause and theirs.
    Returns the body so read, or None."""
    from .addressees import intro_leads  # addressees read names; imported when used
    from .clauses import Body

    if not body.page or len(body.clauses) < 2:
        return None
    lead, below = body.clauses[0], body.clauses[1]
    text = lead.text
    if lead.ref not in drafted or below.ref in drafted or not REPORTS_ISSUE.search(fold(text)) \
            or not ASSIGNS.search(below.text) or not intro_leads(text):
        return None
    return Body([_unspoken(below), *body.clauses[2:]], text, body.closing, body.page)


def _unspoken(clause):
    """The paragraph without its speaker's "X yêu cầu" when it names no one after it: the work is then
    that of the subjects the lead names ("UBND tỉnh yêu cầu nghiêm túc …" → "Nghiêm túc …")."""
    from .segments import own_subjects  # segments read names; imported when used

    subjects, end = own_subjects(clause.heading)
    asks = SPEAKER_ASKS.match(fold(clause.heading), end) if subjects else None
    if asks is None or own_subjects(clause.heading[asks.end() :])[0]:
        return clause
    rest = clause.heading[asks.end() :]
    return replace(clause, heading=rest[:1].upper() + rest[1:])
