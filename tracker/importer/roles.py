"""Who a sentence tells to act: its subjects as leads, the bodies an addressee is told to direct, the
names a document defines for its recipients; and what tells no one to act: the issuer's own part, who
carries out a decision, what to do if problems arise, a letter's closing (an account of events and a
speaker the press names: `narration`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from .addressees_by_kind import addressees_by_kind
from .catch_all_addressees import RECIPIENTS, asked_readers
from .clauses import LEGAL_BASIS
from .doc_kinds import THIS_KINDS
from .general_groups import tiers_apart
from .localities import named_locality
from .names import Mention, expand_abbreviations, find_mentions
from .plan_readers import with_enterprises
from .segment_subjects import own_subjects
from .repeats import ONLY_IMPLEMENT
from .segments import SENTENCE_BREAK, segments
from .subjects import leading_subjects
from .text import fold
from .vocabulary import DIRECTIVE_VERB, REQUEST_WORDS

# The closing article of a decision names who carries it out; it assigns nothing of its own.
EXECUTION = re.compile(r"\b(?:chiu trach nhiem thi hanh|can cu (?:quyet dinh|chi thi) (?:nay )?thi hanh|thi hanh quyet dinh nay)\b"
                       # The same closing article of the rules a decision issues: "Giám đốc Sở, …; Chủ tịch UBND xã …
                       # chịu trách nhiệm triển khai thực hiện Quy chế này." names who applies them, no work of its own.
                       rf"|\bchiu trach nhiem\s+(?:trien khai\s+|to chuc\s+)?thuc hien\s+(?:{THIS_KINDS}|quy che|quy dinh)\s+nay\s*[./]*\s*$"
                       # The sign-off: "X thông báo (có ý kiến) để Y biết, thực hiện./." names who is told.
                       # (Not "… để (toàn thể) nhân dân biết": the people are no body told; it is the work's purpose.)
                       r"|\bde\s+(?!(?:toan the\s+|moi\s+)?(?:nhan dan|nguoi dan)\b)(?:\S+\s+){0,12}?(?:duoc\s+)?biet\b(?:\s*(?:,|va)\s*(?:thuc hien|phoi hop|chi dao|to chuc thuc hien)\b[^.]*)?\s*[./]*\s*$"
                       # An office forwarding the view of its head: "Văn phòng UBND tỉnh thông báo để Sở X, các
                       # cơ quan liên quan thực hiện./." tells again who the letter above already told.
                       r"|\bthong bao\s+(?:\S+\s+){0,12}?de\s+(?!(?:toan the\s+|moi\s+)?(?:nhan dan|nguoi dan)\b)(?:\S+\s+){1,15}?(?:trien khai\s+)?thuc hien\s*[./]*\s*$")


@dataclass
class Reading:
    """What the whole document tells the reading of each clause: its date, who issued it, the names
    it defines for its recipients ("(Sau đây gọi chung là các đơn vị)")."""

    issued_on: date | None = None
    issuer: str | None = None
    aliases: dict[str, list[Mention]] = field(default_factory=dict)
    strict: bool = False  # only a body named and told to act leads (the reading of last resort)
    organising: bool = False  # the clause sits in the organisation section, where a plan's general words may lead


REQUEST_BEFORE = re.compile(rf"{REQUEST_WORDS}\s+(?:\S+\s+){{0,2}}$")
# The kind of the bodies asked, then their names after "gồm:" ("Giao các cơ sở đào tạo trọng điểm gồm: Trường X,
# Viện Y …"): they are asked by name as much as right after the request.
REQUEST_OVER_LIST = re.compile(rf"{REQUEST_WORDS}\s+[^.;:]{{0,80}}?\b(?:bao\s+)?gom(?:\s+co)?\s*:\s*$")


def told_to_act(segment: str, subjects: list[Mention], end: int) -> bool:
    """Whether the segment tells its subjects to do something: work follows their names, or a request
    precedes them."""
    folded = fold(segment)
    if LEGAL_BASIS.match(folded):
        return False  # "Căn cứ Quyết định … giao Sở X …" cites the basis of this document
    return bool(DIRECTIVE_VERB.match(folded, end) or requested(segment, subjects))


def requested(segment: str, subjects: list[Mention]) -> bool:
    """Whether the subjects are asked by name: "Giao Sở X …", "…, đề nghị Hội Y …"."""
    before = fold(segment)[: subjects[0].start]
    return bool(REQUEST_BEFORE.search(before) or REQUEST_OVER_LIST.search(before))


# "Chỉ đạo Sở Y tế chủ trì …", "Tiếp tục chỉ đạo, hướng dẫn X …": the one told to direct has X do it.
# A connective may open it: "Đồng thời, chỉ đạo xã Tân An …" goes on to the next instruction.
DIRECTED = re.compile(r"\s*(?:(?:dong thoi|ben canh do|ngoai ra)\s*,?\s+)?(?:tiep tuc\s+)?chi dao(?:\s*,\s*(?:huong dan|don doc))*\s+")
def directed(segment: str) -> tuple[list[Mention], str]:
    """The bodies a segment tells its addressee to direct ("Chỉ đạo Sở Tư pháp kết hợp với …"), and
    the segment without those first words (their work, as the bodies' own)."""
    m = DIRECTED.match(fold(segment))
    if not m:
        return [], segment
    subjects, _ = leading_subjects(segment[m.end() :])
    if not subjects:
        subjects, _ = named_locality(segment[m.end() :])  # "chỉ đạo xã Tân An thực hiện …": the commune's UBND
    if not subjects or subjects[0].catch_all:
        # "Chỉ đạo các cơ quan, đơn vị …", "Chỉ đạo các bộ phận chuyên môn, Công an xã …": its own units,
        # the addressee's own work of directing.
        return [], segment
    return subjects, segment[m.end() :]


def leads_of(subjects: list[Mention], reading: Reading, after: str = "", opening: bool = True,
             labelled: bool = False) -> list[Mention]:
    """The subjects that lead: a name the document defined for its recipients stands for them; a
    catch-all is no lead, nor a group "… liên quan" after a named body ("Sở Y tế và các sở, ngành
    liên quan"), nor the issuer speaking of its own part ("Bộ Y tế sẽ phối hợp kiểm tra"); `after`
    is the text that follows the subjects; `opening` False when the clause named its leads before them;
    `labelled` when the subjects are a clause's label ("1. Sở X: …"), where the issuer lists its own share."""
    if addressed := addressees_by_kind(subjects, reading.aliases, after):
        return addressed  # "đề nghị các Sở, ngành và các địa phương …" in a letter to such bodies: its addressees
    leads: list[Mention] = []
    for mention in subjects:
        if mention.catch_all and not _alias(mention, reading) and (readers := asked_readers(mention, after, reading.aliases, opening, labelled, reading.organising)):
            leads.extend(readers)  # "Sở X yêu cầu các đơn vị …" with no recipients to stand for
        elif mention.catch_all or (mention.group and _alias(mention, reading)):
            leads.extend(_alias(mention, reading))
        elif mention.group and leads and fold(mention.name).endswith("lien quan"):
            continue
        elif not own_part(mention, reading.issuer, after, labelled):
            leads.extend(tiers_apart(mention, after if mention is subjects[-1] else None))
    return with_enterprises(leads, subjects) if reading.organising else leads


def _alias(mention: Mention, reading: Reading) -> list[Mention]:
    written = re.sub(r"^(?:thu truong|lanh dao)\s+", "", fold(mention.name).strip())
    names = reading.aliases.get(written, [])
    return [replace(n, start=mention.start, end=mention.end) for n in names]


def own_part(mention: Mention, issuer: str | None, after: str = "", labelled: bool = False) -> bool:
    """Whether the issuer speaks of its own part: a provincial People's Committee in its own
    directive, or any issuer that says what it will do ("Bộ Y tế sẽ phối hợp …"); an office that
    issues a notice can still be given work in it ("Giao Văn phòng UBND tỉnh theo dõi …")."""
    if not issuer:
        return False
    if mention.kind == "province" and not mention.group:
        return fold(issuer).startswith("uy ban nhan dan tinh")
    if is_issuer(mention.name, issuer) and len(fold(mention.name).split()) > 3 and not fold(issuer).startswith("van phong") \
            and not (labelled and ISSUING_DEPARTMENT.match(fold(issuer))):
        # "Ban Thường trực Ủy ban MTTQ Việt Nam xã" in its own plan: its own undertaking. An office
        # issues for its head ("Chủ tịch UBND tỉnh kết luận …"), so it can be given work there.
        return True
    return fold(mention.name) == fold(issuer) and bool(re.match(r"\s*(?:cung\s+)?se\b", fold(after)))


def speaker_only(heading: str, subjects: list[Mention], issuer: str | None, after: str) -> bool:
    """Whether a clause opening with no lead (a catch-all, or the issuer speaking of its own part) has no work
    of its own: not when a later part of it asks a body by name ("UBND tỉnh đã gửi văn bản đến Sở X …; UBND
    tỉnh đề nghị Sở X khẩn trương …": the speaker recounts, then asks)."""
    if not (subjects == leading_subjects(heading)[0] or any(own_part(m, issuer, after) for m in subjects)):
        return False
    return not any((named := own_subjects(part))[0] and requested(part, named[0])
                   and not all(own_part(m, issuer) or m.catch_all for m in named[0])
                   for part in segments(assigning(heading))[1:])


# A department issuing guidance to its units and localities: its "Tổ chức thực hiện" lists its own share
# beside theirs ("1. Sở Giáo dục và Đào tạo: Hướng dẫn …; 2. UBND các xã: …").
ISSUING_DEPARTMENT = re.compile(r"(?:so|phong|chi cuc)\s")


def is_issuer(name: str, issuer: str | None) -> bool:
    """The issuer by its name or its short form ("Ban Chỉ đạo quốc gia 1237" for the "Ban Chỉ đạo quốc
    gia về …", "Ban Thường trực Ủy ban MTTQ Việt Nam" for the one "… xã Lương Minh")."""
    if not issuer:
        return False
    short = re.sub(r"(?:\s+[0-9][\w/-]*)+$", "", fold(expand_abbreviations(name))).strip()
    own = fold(expand_abbreviations(issuer))
    own = re.sub(r"\bviet nam viet nam\b", "viet nam", own)
    short = re.sub(r"\bviet nam viet nam\b", "viet nam", short)
    return len(short.split()) >= 2 and (own == short or own.startswith(short + " "))


# "Nếu có khó khăn, vướng mắc, báo cáo …", "Trong quá trình thực hiện (Kế hoạch này), có khó khăn …, báo cáo …": work
# only if problems arise (ANNOTATION.md rule 8); the time they may arise in, with what is carried out, is the condition's.
# So is a report of the problems "(nếu có)": "… kịp thời báo cáo các khó khăn, vướng mắc phát sinh (nếu có) về Sở X".
IF_PROBLEMS = re.compile(r"[,;]?\s*\b(?:trong qua trinh (?:to chuc\s+)?(?:thuc hien|trien khai)(?:\s+[^.;:,]{1,60}?)?\s*,?\s*(?:neu\s+)?(?:co\s+)?|neu (?:co\s+)?)(?:phat sinh\s+)?(?:kho khan|vuong mac)|(?:\bkip thoi\s+)?\b(?:bao cao|phan anh)\s+"
                         r"(?:cac\s+|nhung\s+)?(?:noi dung\s+)?(?:kho khan|vuong mac)\b(?=[^.;]{0,150}\(neu co\))")
# Work that applies only if a condition arises: "Trong thời gian …, nếu các quy định … khác với … thì
# Giám đốc Sở X có trách nhiệm …", "Trường hợp hộ gia đình không tự làm được thì UBND xã …" (rule 8).
ONLY_IF = re.compile(r"^(?:\S+\s+){0,14}?(?:neu|truong hop)\b[^;]{0,400}?\bthi\b"
                     # The condition set off by a comma or colon instead of "thì": "Trường hợp vượt thẩm quyền, Sở X
                     # tổng hợp, báo cáo …", "Trường hợp cơ quan Y đề xuất …: cơ quan Y xác định …"; also a need to
                     # amend, after the time it may arise in: "Trong quá trình (tổ chức) thực hiện, nếu thấy cần sửa
                     # đổi …, các bộ … gửi …" (problems that arise there are IF_PROBLEMS').
                     r"|^(?:trong\s+)?(?:truong hop|neu)\b[^;.]{0,200}?[,:]\s"
                     r"|^trong qua trinh\s+(?:to chuc\s+)?(?:thuc hien|trien khai)\s*,\s*neu\s+(?:thay\s+)?can\b[^;.]{0,200}?[,:]\s")
# A paragraph titled by its condition ("Trường hợp cơ quan Y đề xuất …:", then the steps): work for that case only.
CONDITION_TITLE = re.compile(r"^(?:trong\s+)?(?:truong hop|neu)\b[^.;]*:$")


def conditional_title(heading: str) -> bool:
    """Whether a clause's heading is the condition its paragraphs apply under (rule 8)."""
    return bool(CONDITION_TITLE.match(fold(heading).strip()))


# Beside it, "Đề nghị X chủ động phối hợp … triển khai thực hiện (theo hướng dẫn nêu trên)." closes a
# letter: it asks for nothing the letter has not already asked.
JUST_IMPLEMENT = re.compile(rf"\b{ONLY_IMPLEMENT}\s*$")

# "Quyết định này có hiệu lực (thi hành) kể từ ngày ký.": when the act takes effect, which asks no one
# to do anything (the article that says it often also names who carries the act out).
IN_FORCE = re.compile(rf"^(?:{THIS_KINDS}|quy dinh|quy che) nay co hieu luc\b")


# "UBND cấp xã: Thành phần dự hội nghị gồm …": who attends or makes up a meeting, nothing to deliver (rule 8).
COMPOSITION = re.compile(r"^(?:[^.;:]{0,80}:\s*)?thanh phan(?:\s+(?:du|tham du|tham gia))?(?:\s+hoi nghi)?\s+gom\b")

# "Đối tượng giám sát: Ban Thường vụ các Huyện ủy …; Đảng ủy các sở …": those a supervision or inspection covers,
# named as its scope; the team examines them, and their own work is asked elsewhere, if at all.
COVERED = re.compile(r"^doi tuong (?:duoc\s+)?(?:giam sat|kiem tra|khao sat)\b")


def assigning(unit: str) -> str:
    """The unit without what assigns nothing: who carries out the decision ("A; B chịu trách nhiệm
    thi hành …"), what to do if problems arise, and a letter's closing request to implement it."""
    sentences = [s for s in SENTENCE_BREAK.split(unit)
                 if not EXECUTION.search(fold(s)) and not ONLY_IF.match(fold(s).strip()) and not IN_FORCE.match(fold(s).strip())
                 and not COMPOSITION.match(fold(s).strip()) and not COVERED.match(fold(s).strip())]
    closing = any(IF_PROBLEMS.search(fold(s)) for s in sentences)
    kept = []
    for sentence in sentences:
        problems = IF_PROBLEMS.search(fold(sentence))
        if problems:
            sentence = sentence[: problems.start()]
            if len(sentence.split()) < 6:
                continue
        if closing and JUST_IMPLEMENT.search(fold(sentence)):
            continue
        kept.append(sentence)
    return " ".join(kept)


# "(Sau đây gọi chung là các đơn vị)", "(sau đây viết tắt là BHXH các tỉnh)": a short name the
# document gives the list of recipients just above it.
DEFINED_NAME = re.compile(r"\(\s*(?:sau day|duoi day)\s+(?:duoc\s+)?(?:goi chung|goi tat|viet tat|goi)\s+la\s+([^)]+?)\s*\)")


def defined_aliases(text: str, recipients: list[str]) -> dict[str, list[Mention]]:
    """The short names a document defines for its recipients, each standing for all of them, when
    the short name is not a body's name of its own ("các đơn vị", not "BHXH các tỉnh"), and the
    polite address of a letter's recipients ("Quý cơ quan")."""
    if not recipients:
        return {}
    aliases: dict[str, list[Mention]] = {}
    for m in DEFINED_NAME.finditer(fold(text)):
        written = text[m.start(1) : m.end(1)]
        named = [x for x in find_mentions(written) if not x.catch_all]
        if named:
            continue
        aliases[fold(written).strip()] = [recipient_mention(name) for name in recipients]
    # The polite address ("Quý cơ quan") and, in a letter to the provinces or districts, "các địa
    # phương": the recipients themselves.
    localities = all(m.kind in ("province", "district", "commune") and m.group
                     for name in recipients for m in find_mentions(name) if not m.catch_all)
    for polite in (RECIPIENTS, "quy don vi", "quy so", "quy bo", "quy uy ban") + (("cac dia phuong",) if localities else ()):
        aliases.setdefault(polite, [recipient_mention(name) for name in recipients])
    return aliases


def recipient_mention(name: str) -> Mention:
    mentions = [m for m in find_mentions(name) if not m.catch_all]
    kind = mentions[0].kind if len(mentions) == 1 else "other"
    return Mention(0, len(name), name, kind, group=fold(name).startswith("cac "))
