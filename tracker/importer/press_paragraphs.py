"""Paragraphs of a press page that only repeat or announce what its clauses say: the paragraph that sets the
letter out after its lead, a caption restating the lead."""

from __future__ import annotations

import re

from .doc_kinds import THIS_KINDS
from .vocabulary import ASK_WORDS, GIVE_WORDS, REQUEST_WORDS
from .text import UPPER, fold

# A paragraph that sets out the letter's content after a lead announced it: "Theo đó, …", "Theo công văn,
# …", "Cụ thể, …", "Nội dung văn bản nêu rõ: …".
# So does one in which the document itself speaks, with no number, the one the lead announced: "Chỉ thị yêu
# cầu Sở X rà soát …", "Công văn nêu rõ, …", "Văn bản đề nghị …" (a document cited by number is another one).
SETS_OUT = re.compile(rf"^(?:theo (?:do|{THIS_KINDS})\b|cu the\s*[,:]"
                      rf"|(?:{THIS_KINDS})\s+(?:(?:cung|con|da)\s+)?(?:yeu cau|neu ro|de nghi|giao|chi dao)\b)")


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text))


def restates_lead(paragraph: str, above: list[str]) -> bool:
    """A photo's caption printed without "Ảnh:" under a page's lead: one short sentence whose words are nearly all
    the lead's ("UBND tỉnh A vừa ban hành Chỉ thị … yêu cầu các sở, ngành, địa phương triển khai quyết liệt các giải
    pháp phòng, chống dịch …" / "A yêu cầu các sở, ngành và địa phương triển khai đồng bộ giải pháp phòng, chống
    dịch."). It repeats the request the page sets out, so it is no clause of its own."""
    words = _words(paragraph)
    if not 6 <= len(words) <= 30 or re.search(r"[.;:!?]\s+\S", paragraph.strip()):
        return False
    return any(sum(w in lead_words for w in words) >= 0.8 * len(words) for lead_words in map(set, map(_words, above)))


def province_states(paragraph: str) -> bool:
    """ "UBND tỉnh A nêu rõ, lễ kỷ niệm là sự kiện đặc biệt quan trọng, cần được bảo đảm tuyệt đối …": the issuer states
    why its letter asks and names no one to act; its "cần" is a need, no clause (the clauses follow it)."""
    from .names import find_mentions  # names read this module's neighbours; imported when used
    from .segment_subjects import STATES, leading_subjects

    mentions = find_mentions(paragraph[:300])
    if not mentions or mentions[0].start != 0 or mentions[0].kind != "province":
        return False
    states = STATES.match(fold(paragraph), mentions[0].end)
    return bool(states) and not leading_subjects(paragraph[states.end() :])[0]


def reported_by(lead: str, speaker) -> bool:
    """Whether the page's lead reports the letter's issue by the body now speaking (`speaker`, a mention):
    "Ủy ban nhân dân huyện A, tỉnh B đã ban hành văn bản, yêu cầu …" over "Ủy ban nhân dân huyện A yêu cầu
    …", "Sở X vừa có công văn đề nghị Y …" over "Để …, Sở X yêu cầu Y …". A district's or a commune's committee
    or a department speaking again below its own lead sets the letter out, as the province does (see
    page_labels): the lead only announced the request."""
    from .fragments import REPORTS_ISSUE
    from .names import find_mentions

    issue = REPORTS_ISSUE.search(fold(lead))
    return issue is not None and speaker.kind in ("district", "commune", "department") \
        and any(m.name == speaker.name and not m.group for m in find_mentions(lead[: issue.start()]))


# A sentence that goes on "Theo đó, giao …" / "Theo đó, yêu cầu …" after a full stop: a further request of the letter.
# So does "Đồng thời, yêu cầu / giao …", a second request made at once; not "Đồng thời, chỉ đạo …", which goes
# on with the first body's own work (it is to have its subordinates act). So does "…; yêu cầu Chủ tịch UBND các
# xã …" after a semicolon: the speaker asks again, other bodies.
NEXT_REQUEST = re.compile(r"(?<=\.)\s+(?=(?:theo do\s*,\s*(?:" + REQUEST_WORDS + r")"
                          r"|dong thoi\s*,\s*(?:" + ASK_WORDS + "|" + GIVE_WORDS + r"))\s)|(?<=;)\s*(?=yeu cau\s)")


# The speaker, once named, called again by the address alone and asking after a full stop ("… . Đồng chí yêu cầu các tổ
# bầu cử …", "Ông cũng đề nghị …"): a second request of the same speech, to other bodies than those it first told
# what they must do ("… vì vậy các bộ phận liên quan cần rà soát …").
ASKS_AGAIN = re.compile(rf"(?<=\.)\s+(?=(?:dong chi|ong|ba)\s+(?:(?:cung|dong thoi|tiep tuc)\s+)*{ASK_WORDS}\s)")
MUST_AFTER = re.compile(r"(?:\s+(?:co\s+)?lien quan)?\s+(?:(?:cung|deu)\s+)?(?:can|phai)\b")


def _bodies_told(text: str) -> set[str]:
    """The bodies a text names right before "cần" / "phải": those it tells what they must do."""
    from .names import find_mentions  # names read this module's neighbours; imported when used

    folded = fold(text)
    return {m.name for m in find_mentions(text) if MUST_AFTER.match(folded, m.end)}


def _asked_again_apart(paragraph: str) -> list[str] | None:
    """The paragraph cut before the speaker's second request, when both parts name bodies of their own."""
    from .segment_subjects import own_subjects  # reads names, which read this module's neighbours

    again = ASKS_AGAIN.search(fold(paragraph))
    if again is None:
        return None
    before, after = paragraph[: again.start()], paragraph[again.end() :]
    told, asked = _bodies_told(before), {m.name for m in own_subjects(after)[0]}
    return [before.strip(), after.strip()] if told and asked and not told & asked else None


def requests_apart(paragraphs: list[str]) -> list[str]:
    """A page's paragraph that sets out two of the letter's requests to different bodies, the second opening
    "Theo đó, …" ("UBND tỉnh yêu cầu Công an tỉnh chủ trì … . Theo đó, giao Sở X, Đài Y … tăng cường tuyên
    truyền …", or "… . Đồng thời, yêu cầu UBND huyện Y …"): each is a clause, as the page's readers count them when a
    paragraph holds one request; read as one, the second request's bodies would share the first's clause."""
    from .segment_subjects import own_subjects  # reads names, which read this module's neighbours

    result: list[str] = []
    for paragraph in paragraphs:
        if split := NEXT_REQUEST.search(fold(paragraph)):
            before, after = paragraph[: split.start()], paragraph[split.end() :]
            first, second = ({m.name for m in own_subjects(part)[0]} for part in (before, after))
            if first and second and not first & second:
                result += [before.strip(), after.strip()]
                continue
        if (parts := _asked_again_apart(paragraph)) is not None:
            result += parts
            continue
        result += items_apart(paragraph)
    return result


# A request that sets its items out after a colon ("UBND tỉnh yêu cầu: Sở X chủ trì …"), and a later sentence of
# the same paragraph opening with a capital (where another item may begin).
LISTED_REQUEST = re.compile(rf"\b(?:{REQUEST_WORDS})\s*:\s*")
SENTENCE_START = re.compile(r"(?<=\.)\s+(?=\S)")
# The letter's item heading kept by the page: the body's name, then a dash or a colon and the item's first word in
# a capital ("Sở Y – Chủ trì, phối hợp …", "Sở Y: Hướng dẫn …").
ITEM_HEAD = re.compile(rf"\s*[-–:]\s*(?=[{UPPER}])")


def items_apart(paragraph: str) -> list[str]:
    """A page's paragraph that prints a letter's list of items as running sentences after a request's colon
    ("UBND tỉnh yêu cầu: Sở X chủ trì … . Sở Y – Chủ trì, phối hợp …"): each sentence that opens with the item's
    heading, a body other than the one before it followed by a dash or a colon, is the next item (the page ran the
    letter's items together but kept their headings). Sentences that merely open with another body ("… . Phòng Y
    chỉ đạo …") stay in the paragraph's one clause, as pages' readers count them."""
    from .segment_subjects import own_subjects  # reads names, which read this module's neighbours

    request = LISTED_REQUEST.search(fold(paragraph))
    if request is None:
        return [paragraph]
    parts, start = [], 0
    previous = {m.name for m in own_subjects(paragraph[request.end() :])[0]}
    for cut in SENTENCE_START.finditer(paragraph, request.end()):
        if not paragraph[cut.end()].isupper():
            continue
        subjects = own_subjects(paragraph[cut.end() :])[0]
        named = {m.name for m in subjects}
        if previous and named and not named & previous and subjects[0].start == 0 and not any(m.group for m in subjects) \
                and ITEM_HEAD.match(paragraph, cut.end() + subjects[-1].end):
            parts.append(paragraph[start : cut.start()].strip())
            start, previous = cut.end(), named
    return [*parts, paragraph[start:].strip()]


def headless_items(clauses: list, drafted: set[str], position: int) -> bool:
    """An excerpt that opens in the middle of a list: its first paragraphs are bare items ("Chỉ đạo các cấp …",
    "Đẩy mạnh công tác tuyên truyền …") whose doer was named in the part the page left out, and a paragraph below
    names who is given work ("Ban Thường vụ Tỉnh ủy giao Đảng đoàn Hội X …"). Nobody in the text is asked to do
    those items, so none of them is a clause; the page's clauses start with the first that names its doer. `position`:
    the paragraph asked about."""
    from .segment_subjects import own_subjects  # it reads names, which import this module's neighbours
    from .vocabulary import DIRECTIVE_VERB

    first = next((i for i, c in enumerate(clauses) if c.ref in drafted), None)
    if first is None or position >= first:
        return False
    # Items of a list, several of them (one bare paragraph may be the letter's own first request, its doer the
    # recipient): all of them above the first paragraph that names its doer.
    return first >= 2 and all(DIRECTIVE_VERB.match(fold(c.text)) and not own_subjects(c.text)[0] for c in clauses[:first])


def directs_no_one(lead: str) -> bool:
    """A lead whose every word that directs names no one after it ("Thực hiện Công văn số … của UBND tỉnh; UBND
    huyện chỉ đạo tăng cường truyền thông, kiểm tra … (Công văn số …)"): it gives the letter's subject, as one
    naming a document to carry out does; whom the letter asks, the paragraphs below say."""
    from .fragments import DIRECTS  # fragments import this module's neighbours; imported when used
    from .subjects import leading_subjects

    hits = list(DIRECTS.finditer(fold(lead)))
    return bool(hits) and all(not leading_subjects(lead[hit.end() :], asked=True)[0] for hit in hits)


def sums_up_in_general_words(text: str) -> bool:
    """ "UBND tỉnh chỉ đạo các cấp, các ngành, địa phương khẩn trương …" over a paragraph that asks bodies by name: the
    page's sapo sums the letter up in general words; whom it asks, the next paragraph says."""
    from .subjects import leading_subjects  # reads names, which read this module's neighbours

    request = re.search(rf"\b{REQUEST_WORDS}\s+", fold(text))
    asked = leading_subjects(text[request.end() :], asked=True)[0] if request else []
    return bool(asked) and all(m.catch_all for m in asked)


def sums_up_letter_below(clauses: list, position: int, drafted: set[str]) -> bool:
    """The page's first paragraph with no task of its own when the next sets the letter out ("Theo đó, …"), is drafted
    and sums it up in general words, or reports the letter's issue above paragraphs drafted from it ("NHNN yêu cầu báo
    cáo trước 20/9 về việc …" / "Ngày 11/9, Thống đốc NHNN có văn bản gửi …" / "Theo đó, …"): the page's summary."""
    from .fragments import REPORTS_ISSUE  # fragments read names, which read this module's neighbours

    if position + 1 >= len(clauses):
        return False
    following = clauses[position + 1]
    return bool(re.match(r"\s*theo do\s*,", fold(following.heading))) \
        or following.ref in drafted and sums_up_in_general_words(clauses[position].text) \
        or REPORTS_ISSUE.search(fold(following.text)) is not None and any(c.ref in drafted for c in clauses[position + 2 :])


# The paper's tag that opens a page's sapo: "TPO - …", "(PLO)- …", "ĐBP - …", "(Baoquangngai.vn)- …".
PRESS_TAG = re.compile(r"\s*(?:\([^()\n]{2,30}\)|[A-ZĐ]{2,6})\s*[-–]\s*(?=[" + UPPER + r"])")


def press_sapo(paragraph: str) -> bool:
    """ "TPO - Trước diễn biến …, Chủ tịch UBND tỉnh A yêu cầu các sở, ngành, địa phương triển khai …" above the
    paragraph that reports the letter's issue: the paper's sapo sums up the article in its own words; whom the letter
    asks and what, the lead below says (its request to the same bodies is the letter's, the sapo's a restatement)."""
    return PRESS_TAG.match(paragraph) is not None


def sapo_restated(body, tasks: list) -> set[str]:
    """The page's sapo when it sums up the request the paragraphs below set out: the first paragraph with tasks,
    just above (a byline and a caption between at most) the paragraph that reports the letter's issue ("TP. A yêu cầu Chủ tịch UBND cấp xã phải chịu trách nhiệm …"
    / "Ngày 7/8, Chủ tịch UBND TP. A đã ban hành Công văn số … yêu cầu …" / "Theo công văn, … yêu cầu Chủ tịch UBND
    cấp xã khẩn trương …"), every lead of it led again by the paragraphs that set the letter out below its report: a
    summary in the page's words, no clause of its own. Not a request renewed above an earlier letter it recalls ("Nay,
    UBND tỉnh tiếp tục đề nghị Sở X …" / "Ngày 5/3/2021, UBND tỉnh ban hành Công văn số … giao Sở X …"): the renewal
    is the page's request, the letter its background."""
    from .fragments import REPORTS_ISSUE  # fragments read names, which read this module's neighbours

    leads: dict[str, set[str]] = {}
    for task in tasks:
        leads.setdefault(task.clause_number, set()).add(task.lead_agency)
    refs = [clause.ref for clause in body.clauses]
    first = next((position for position, ref in enumerate(refs) if ref in leads), None)
    report = next((position for position, clause in enumerate(body.clauses) if REPORTS_ISSUE.search(fold(clause.text))), None)
    if first is None or report is None or report <= first or report > first + 3:
        return set()
    below = set().union(*(leads.get(ref, set()) for ref in refs[report + 1 :]))
    return {refs[first]} if leads[refs[first]] <= below else set()
