"""Texts without a header, as portal and newspaper pages print a directive: the headline over the
article is no clause of it."""

from __future__ import annotations

import re
from dataclasses import replace

from .continued import directs_subordinates
from .doc_kinds import NUMBERED, TERM_KINDS, THIS_KINDS, WORD_KINDS
from .reported import SPEAKER_ASKS
from .segment_subjects import own_subjects
from .subjects import leading_subjects
from .text import UPPER, fold, repeated_label
from .vocabulary import DIRECTIVE_VERB, REQUEST_WORDS


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
    unpunctuated = not paragraph.rstrip().endswith((".", ";", ":", "!", "?", "…"))
    untitled = len(words) <= 40 and unpunctuated
    return bool(later) and (untitled or restated_headline(paragraph, later) or unpunctuated and _lead_opens_alike(paragraph, later[0]))


def _lead_opens_alike(paragraph: str, below: str) -> bool:
    """A long unpunctuated line whose first ten words open the paragraph below ("UBND tỉnh Y chỉ đạo thực hiện
    Quyết định số … về …" over "UBND tỉnh Y chỉ đạo thực hiện Quyết định số … ban hành … về …"): the headline,
    which the lead repeats with more words in it."""
    opening = _words(paragraph).split()[:10]
    return len(opening) == 10 and _words(below).split()[:10] == opening


def headline_apart(text: str) -> str:
    """A page's headline printed right over its first paragraph, with no blank line between them: set
    apart, so that it is not read as the opening words of that paragraph."""
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or first + 1 >= len(lines):
        return text
    title, below = lines[first].strip(), lines[first + 1].strip()
    while first + 2 < len(lines) and repeated_label(f"{title} {below}"):
        first, title, below = first + 1, f"{title} {below}", lines[first + 2].strip()  # a label said again: one line
    if below and re.match(rf"[{UPPER}]", below) and headline(title, [below]) and len(title.split()) >= 5:
        lines.insert(first + 1, "")
    return "\n".join(lines)


# An account of the letter that goes on to say what it asks ("… vừa ban hành văn bản số …, chỉ đạo các
# sở, ngành khẩn trương kiểm tra …"), not only what it is about ("… về việc giao Sở X …"); "chỉ đạo của UBND tỉnh"
# is the direction it acts on, a noun.
DIRECTS = re.compile(r"(?<!ve viec )\b(?:chi dao(?!\s+cua\b)|yeu cau|giao(?! duc)|de nghi)\b")  # "giáo dục" is no "giao"


def directs(paragraph: str) -> bool:
    """Whether an account of a letter's issue also gives the letter's instruction."""
    return bool(DIRECTS.search(fold(paragraph)))


# "… chỉ đạo (triển khai) thực hiện Quyết định số …": the letter's subject, a document to carry out, and no one
# named after the word that directs.
IMPLEMENTING = re.compile(rf"\s*(?:trien khai\s+)?(?:thuc hien\s+)?(?:(?:{TERM_KINDS})\b|(?:{WORD_KINDS}){NUMBERED})")


def implements_document(paragraph: str) -> bool:
    """Whether every word of a lead that directs only names a document to carry out ("UBND tỉnh chỉ đạo triển
    khai thực hiện Quyết định số … (Công văn số …)"): the lead says what the letter is about; whom it asks and
    for what, the paragraphs below say."""
    folded = fold(paragraph)
    hits = list(DIRECTS.finditer(folded))
    return bool(hits) and all(IMPLEMENTING.match(folded, hit.end()) for hit in hits)


# A page's lead names whom the letter was sent to: "Ngày 16/4, UBND tỉnh ban hành công văn số … gửi các
# sở, ngành; UBND các huyện về việc …".
SENT_TO = re.compile(rf"\bban hanh (?:{THIS_KINDS}) so\s+\S+\s+gui\s+(.{{5,300}}?)\s+ve viec\b")


def lead_aliases(text: str) -> dict[str, list]:
    """In a page that reports a letter, "các đơn vị" of the instruction stands for those its lead says
    the letter was sent to (the letter's own "Kính gửi" is not on the page), as written there."""
    from .roles import recipient_mention  # roles read clause text; imported when used

    sent = SENT_TO.search(fold(text))
    if sent is None:
        return _pointed_back(text)
    names = [n.strip(" ,") for n in text[sent.start(1) : sent.end(1)].split(";") if n.strip(" ,")]
    mentions = [recipient_mention(n[:1].upper() + n[1:]) for n in names]
    return {"cac don vi": mentions} if mentions and all(m.kind != "other" or m.group for m in mentions) else {}


def _pointed_back(text: str) -> dict[str, list]:
    """A page whose lead reports the letter and names whom it directs ("Ngày 3/5, UBND tỉnh ban hành Công văn số …
    chỉ đạo các sở, ngành và UBND các huyện rà soát …"), then asks "các đơn vị, địa phương" below it: the general
    words point back to those the lead names, no group of their own (catch_all_addressees)."""
    from .addressees import intro_leads  # addressees read names; imported when used
    from .catch_all_addressees import POINTED_BACK, READERS, REPORTED
    from .names import find_mentions

    opening = [p for p in text.split("\n") if p.strip()][:4]
    if (met := _bodies_met(opening[:1])):
        words = {fold(m.name).strip() for m in find_mentions(text) if m.catch_all}
        return {POINTED_BACK + word: met for word in words if MET_WORDS.fullmatch(word)}
    for paragraph in opening:
        # Not when the lead also names the bodies concerned, whom no list holds ("… chỉ đạo các sở, ngành, đơn vị liên
        # quan; UBND các huyện …"): those named are only part of whom the general words below stand for, kept as written.
        if REPORTS_ISSUE.search(fold(paragraph)) and (named := intro_leads(paragraph)) \
                and not any(m.catch_all and "lien quan" in fold(m.name) for m in find_mentions(paragraph)):
            words = {fold(m.name).strip() for m in find_mentions(text) if m.catch_all}
            return {POINTED_BACK + word: named for word in words if READERS.fullmatch(word)}
    # A page that reports a letter and sets it out ("Theo đó, Sở X yêu cầu các đơn vị …") does not print whom it was
    # sent to: its general words can stand for no recipients and are kept as written. A text that may be the letter
    # itself keeps them pointing at its recipients (no lead of their own).
    reports = any(REPORTS_ISSUE.search(fold(p)) for p in opening) or SETS_OUT_LETTER.search(fold(text))
    return {POINTED_BACK + REPORTED: []} if reports else {}


# A page headed by a working session ("Thường trực Thành ủy làm việc cùng lãnh đạo các ban xây dựng Đảng, Trung tâm …,
# Mặt trận Tổ quốc và các đoàn thể thành phố"), whose leader then asks "các cơ quan", "các đơn vị": the general words
# stand for the bodies met, the ones the session was held with (not "các sở, ngành", a group of its own).
MEETS = re.compile(r"\blam viec (?:cung|voi)\s+(?:(?:dai dien\s+)?lanh dao\s+)?")
MET_WORDS = re.compile(r"cac (?:co quan|don vi)(?:\s*,\s*(?:co quan|don vi))?")


def _bodies_met(title: list[str]) -> list:
    from .names import find_mentions

    meets = MEETS.search(fold(title[0])) if title else None
    if meets is None:
        return []
    met = [m for m in find_mentions(title[0]) if m.start >= meets.end() and not m.catch_all]
    return met if len(met) > 1 else []


# "Theo đó, …", "Cụ thể, …" opening a paragraph or a sentence: the page sets out the letter it reports.
SETS_OUT_LETTER = re.compile(rf"(?:^|\n|[.;]\s+)\s*(?:theo (?:do|{THIS_KINDS})|cu the)\s*[,:]")


# A page's lead that reports the letter's issue ("UBND tỉnh vừa có công văn số … gửi …", "… đã có chỉ đạo
# Sở X về việc …", "UBND tỉnh ban hành Chỉ thị về việc …"): the paragraphs below it say what it asks.
# An order is also "phát (đi) lệnh khẩn cấp"; a dated lead ("Ngày 25-11, UBND tỉnh ban hành văn bản chỉ đạo …")
# reports the issue without "đã", "vừa", as does one that "phát đi" (sends out) the letter ("Chiều 4-11, UBND tỉnh
# phát đi văn bản chỉ đạo khẩn …"); "vừa mới ban hành" is "vừa ban hành". A lead may name the letter it reports
# only in brackets at its end ("UBND tỉnh chỉ đạo thực hiện Quyết định số … (Công văn số 25/UBND-VX ngày 3/4/2024).").
REPORTS_ISSUE = re.compile(rf"\((?:{THIS_KINDS}) so\s+\d+[^()]{{0,60}}\)\s*\.?\s*$"
                           rf"|\b(?:vua|da)\s+(?:moi\s+)?(?:co|ky|ban hanh|gui|phat(?: di)?)\s+(?:\S+\s+){{0,2}}?(?:{THIS_KINDS}|chi dao|lenh)\b"
                           rf"|\bphat di\s+(?:{THIS_KINDS})\b"
                           # "Ngày 11/9/2012, Thống đốc NHNN có văn bản gửi …": the page dates the letter it reports.
                           rf"|^\s*ngay\s+\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\s*,[^.;:]{{0,80}}?\b(?:co|ky|ban hanh|gui)\s+(?:\S+\s+){{0,2}}?(?:{THIS_KINDS})\b"
                           rf"|\bban hanh (?:{THIS_KINDS})\b(?:\s+so\s+\S+)?(?:\s+hoa toc)?\s*,?\s+(?:ve viec|{REQUEST_WORDS})\b")
# The words that assign work, where the parser found no doer ("Báo cáo tình hình …, trong đó cần phân
# tích rõ …", "Yêu cầu: UBND các huyện …"): weather, figures, what happened and captions have none.
# "Cần" before a capital begins a place's name ("xã Cần Nông", "Cần Giờ", "Cần Đước"), no need.
ASSIGNS = re.compile(r"\b(?:[Yy]êu cầu|[Đđ]ề nghị|[Cc]hỉ đạo|[Pp]hải|[Cc]ó trách nhiệm|[Cc]hủ trì|[Kk]hẩn trương|"
                     rf"(?<!hậu )(?<!Hậu )[Cc]ần(?! thiết)(?!\s+[{UPPER}])|"
                     r"[Gg]iao (?:cho |trách nhiệm |nhiệm vụ )?(?:các |[A-ZĐ]))")


# Work opening a paragraph with no one named: "Thường xuyên kiểm tra …", "Bố trí trực …", "Tiếp tục hướng dẫn …".
BARE_DUTY_OPENING = re.compile(r"\s*(?:thuong xuyen|kip thoi)?")
# Work of making known, opening a paragraph: "Thông báo cập nhật kịp thời thông tin trên trang website …"; not a
# notice cited by its number, whose conclusions or author follow ("Thông báo số 12/TB-UBND", "Thông báo kết luận của …").
NOTICE_WORK = re.compile(r"\s*thong bao\b(?!\s+(?:so|ket luan|cua|y kien)\b)")
# A connective adding to the work above ("Đồng thời, chịu trách nhiệm …; tăng cường kiểm tra …;"): the same body's
# duties go on when the paragraph is an item of a list run on with semicolons; one closed with a full stop is a
# duty of its own ("Đồng thời, chủ động bố trí lực lượng … ."), a clause as the pages' readers count them.
CONNECTIVE = re.compile(r"\s*(?:dong thoi|ngoai ra|ben canh do)\s*,")
# "Trong đó, tập trung báo cáo …": the work singled out within the request above, never a request of its own.
WITHIN_ABOVE = re.compile(r"\s*trong do\s*,\s*")


def joined_to_request(clause, paragraph: str) -> bool:
    """Whether a page's paragraph goes on with the request of the clause above, joined to it if so: as a
    paragraph of the clause's own, or, when the body asked above directs its subordinates to do the work
    ("Đồng thời, chỉ đạo … UBND cấp xã …"), as more of the same paragraph (its work, with its deadline)."""
    if not clause.units and directs_subordinates(paragraph, clause.heading):
        clause.heading = f"{clause.heading} {paragraph}"
        return True
    if goes_on_with_request(paragraph, clause.heading):
        clause.units.append(paragraph)
        clause.bulleted.append(False)
        return True
    return False


def goes_on_with_request(paragraph: str, previous: str) -> bool:
    """On a page, a paragraph that opens with the work itself, naming no one, right after a paragraph that
    asks named bodies ("UBND tỉnh giao UBND các xã vận động …" / "Bố trí trực vào ngày nghỉ …"): the same
    request goes on, its addressees do this work too. Not after the lead on the letter's issue, whose
    addressees the paragraphs below may each be given (see lead_as_intro)."""
    folded = fold(paragraph)
    if (connective := CONNECTIVE.match(folded)) and paragraph.rstrip().endswith(";"):
        folded = folded[connective.end() :]
    elif within := WITHIN_ABOVE.match(folded):
        folded = folded[within.end() :]
    if len(paragraph.split()) < 8:
        return False  # a few words ("Báo cáo và dự thảo …") are a caption or a heading, not work
    opening = BARE_DUTY_OPENING.match(folded).end()
    return bool(DIRECTIVE_VERB.match(folded, opening) or NOTICE_WORK.match(folded, opening)) \
        and not own_subjects(paragraph)[0] and bool(own_subjects(previous)[0]) \
        and not REPORTS_ISSUE.search(fold(previous)) and not previous.rstrip().endswith(":")


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
    from .page_labels import CAPTION  # a photo's caption below the lead is no paragraph of the letter

    if not body.page or len(body.clauses) < 2:
        return None
    lead, below = body.clauses[0], body.clauses[1]
    text = lead.text
    if lead.ref not in drafted or below.ref in drafted or not REPORTS_ISSUE.search(fold(text)) \
            or not ASSIGNS.search(below.text) or not intro_leads(text) or CAPTION.search(below.text.rstrip()):
        return None
    return Body([_unspoken(below), *body.clauses[2:]], text, body.closing, body.page)


def _unspoken(clause):
    """The paragraph without its speaker's "X yêu cầu" when it names no one after it: the work is then
    that of the subjects the lead names ("UBND tỉnh yêu cầu nghiêm túc …" → "Nghiêm túc …")."""
    subjects, end = own_subjects(clause.heading)
    if subjects and all(m.catch_all for m in subjects):
        # "Theo đó, UBND tỉnh yêu cầu các đơn vị, địa phương chỉ đạo …": those words only point back to the
        # bodies the lead names; the work is theirs.
        rest = clause.heading[end:].lstrip(" ,:")
        return replace(clause, heading=rest[:1].upper() + rest[1:])
    asks = SPEAKER_ASKS.match(fold(clause.heading), end) if subjects else None
    if asks is None or own_subjects(clause.heading[asks.end() :])[0]:
        return clause
    rest = clause.heading[asks.end() :]
    return replace(clause, heading=rest[:1].upper() + rest[1:])


def bodies_act_at_once(paragraph: str) -> bool:
    """Whether a paragraph opens with the bodies it tells to act, their work right after their names ("Trưởng thôn,
    tổ trưởng TDP … chịu trách nhiệm …", "Trạm Y tế xã hướng dẫn …"); not one that recounts a request ("Theo đó, …
    giao …"), as a page's background goes on."""
    subjects, end = leading_subjects(paragraph)
    return bool(subjects) and subjects[0].start == 0 and bool(DIRECTIVE_VERB.match(fold(paragraph), end))
