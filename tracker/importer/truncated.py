"""A page cut short: its last clause broken off after a few words ("2. Tiếp tục tăng cường đoàn kết,
thống nhất trong") holds nothing to deliver in what the text keeps (ANNOTATION.md rule 8)."""

from __future__ import annotations

import re
from dataclasses import replace

from .clauses import Body
from .names import find_mentions
from .text import UPPER, fold
from .vocabulary import DIRECTIVE_VERB, HOLDERS, REQUEST_WORDS

CLOSED = (".", ";", ":", "!", "?", ")", '"', "”", "…", "/")
FEW_WORDS = 10
# A sentence that opens with its purpose ("Để chào mừng kỷ niệm … Quốc khánh 2 - 9, Thủ trưởng các cơ quan, ban")
# says why before it says who does what: the words after the purpose are those that count as said.
PURPOSE = re.compile(r"^(?:de|nham)\s[^,;:.]{3,160},\s*")


def _said(heading: str) -> str:
    """The words of a clause's heading after an opening purpose, if any."""
    purpose = PURPOSE.match(fold(heading))
    return heading[purpose.end() :] if purpose else heading


def without_cut_clause(body: Body, text: str) -> Body:
    """The body without its last clause when the text ends inside that clause's first few words."""
    if not body.clauses or body.closing:
        return body
    last = body.clauses[-1]
    heading = last.heading.strip()
    if last.units or last.children or heading.endswith(CLOSED) or len(_said(heading).split()) >= FEW_WORDS \
            and not cut_among_addressees(heading) and not cut_in_role(heading) and not cut_among_subjects(heading) \
            or not text.rstrip().endswith(heading.split()[-1] if heading else "\0"):
        return body
    if last.parent is not None:
        last.parent.children = [c for c in last.parent.children if c is not last]
    return replace(body, clauses=body.clauses[:-1])


# A request's word, after which its addressees are listed: "… giao Sở X, UBND các huyện …".
ASKED_LIST = re.compile(rf"\b{REQUEST_WORDS}\s+")


def cut_among_addressees(heading: str, comma: bool = True) -> bool:
    """A page cut while it lists whom the request asks ("Đồng chí X giao Sở Y, UBND các huyện,"): the
    text keeps the addressees, never their work, so it holds nothing to deliver (ANNOTATION.md rule 8).
    `comma`: the cut must fall after a comma (a whole clause of few words); a sentence the text's end breaks
    off inside a name ("… giao Phó Chủ tịch UBND tỉnh A và Giám đốc Sở Nô") needs none."""
    folded = fold(heading.rstrip())
    asked = list(ASKED_LIST.finditer(folded))
    if not asked or comma and not folded.endswith(","):
        return False
    rest = heading[asked[-1].end() :]
    for mention in reversed(find_mentions(rest)):
        rest = rest[: mention.start] + " " + rest[mention.end :]
    # Left between the names: "và", "các", and the place a name ends with ("… tỉnh Bình Lâm"); the holders'
    # titles, their bodies named after them ("Giám đốc Sở Y").
    for title in reversed(list(re.finditer(rf"\b{HOLDERS}\b", fold(rest)))):  # fold keeps one character for one
        rest = rest[: title.start()] + " " + rest[title.end() :]
    left = [w for w in re.findall(r"[^\s,;]+", rest) if not w[:1].isupper() and fold(w) not in ("va", "cac", "tinh", "thanh", "pho")]
    return bool(find_mentions(heading[asked[-1].end() :])) and not left


# Where a paragraph's last sentence begins: after a full stop, a capital.
SENTENCE_START = re.compile(rf"(?<=[.;])\s+(?=[{UPPER}])")


def without_cut_request(body: Body, text: str) -> Body:
    """The body with the last sentence of its last paragraph dropped when the text's end breaks that sentence off
    while it names whom the request asks ("… . Chủ tịch UBND tỉnh giao Phó Chủ tịch UBND tỉnh A và Giám đốc
    Sở Nô"): those named are given nothing in what the text keeps (ANNOTATION.md rule 8), while the sentences
    before it keep their work."""
    if not body.clauses or body.closing:
        return body
    last = body.clauses[-1]
    paragraph = last.units[-1] if last.units else last.heading
    if not paragraph.strip() or paragraph.rstrip().endswith(CLOSED) or not text.rstrip().endswith(paragraph.split()[-1]):
        return body
    starts = list(SENTENCE_START.finditer(paragraph))
    if not starts or not cut_among_addressees(paragraph[starts[-1].end() :], comma=False):
        return body
    kept = paragraph[: starts[-1].start()].rstrip()
    if last.units:
        last.units[-1] = kept
    else:
        last.heading = kept
    return body


def cut_among_subjects(heading: str) -> bool:
    """A page cut while it lists the bodies its last paragraph is about, before any work ("Các sở, ban, ngành
    của tỉnh, cơ quan trung ương trên địa bàn tỉnh, UBMTTQVN và các hội, đoàn thể t"): the text keeps who,
    never what to do, so it holds nothing to deliver (ANNOTATION.md rule 8). The last name ends within a word
    or two of the cut, and no word of work or request stands anywhere after the first."""
    from .segment_subjects import own_subjects  # reads clauses, which this module's callers read first

    subjects, _ = own_subjects(heading)
    mentions = find_mentions(heading)
    if not subjects or not mentions or len(heading[mentions[-1].end :].split()) > 2:
        return False
    folded = fold(heading)
    return not re.search(rf"\b{REQUEST_WORDS}\b", folded) and not any(
        DIRECTIVE_VERB.match(folded, space.start()) for space in re.finditer(r"\s+", folded) if space.start() >= subjects[0].end)


# The role a body's work is given in ("Phòng X với vai trò là cơ quan thường trực …, tổng hợp …", "Sở Y, là cơ
# quan đầu mối, …"), told before the work itself.
ROLE = re.compile(r"\s*,?\s*(?:voi vai tro|trong vai tro|la)\s+(?:la\s+)?(?:co quan|thuong truc|dau moi|thanh vien|don vi)\b")


def cut_in_role(heading: str) -> bool:
    """A page cut while it tells the role of the body its last clause names, before any work ("Phòng Nông nghiệp
    với vai trò là Cơ quan thường trực Ban Chỉ huy … huy"): the text keeps who and in what role, never what
    to do, so it holds nothing to deliver (ANNOTATION.md rule 8)."""
    from .segment_subjects import own_subjects  # reads clauses, which this module's callers read first

    subjects, end = own_subjects(heading)
    folded = fold(heading)
    role = ROLE.match(folded, end) if subjects else None
    return role is not None and not any(DIRECTIVE_VERB.match(folded, space.start())
                                        for space in re.finditer(r"\s+", folded) if space.start() >= role.end())
