"""Tasks from clauses, following ANNOTATION.md: one per clause and lead, parts with their own
deadline or cycle as tasks of their own, groups kept whole, catch-alls never a task."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from .assembly import TaskBuilder
from .clauses import LEGAL_BASIS, Body, Clause
from .draft import DraftTask
from .names import COOPERATION, Mention, find_mentions, leading_subjects
from .segments import DIRECTIVE_VERB, SENTENCE_BREAK, own_subjects, segments
from .text import fold
from .timing import best_timing

NON_TASK_SECTIONS = ("muc dich", "yeu cau", "muc tieu", "quan diem", "thuc trang", "khai quat", "tinh hinh",
                     "ket qua", "can cu", "pham vi", "nguyen tac", "doi tuong ap dung", "chi tieu")
ORGANISATION_SECTIONS = ("to chuc thuc hien", "phan cong nhiem vu", "trach nhiem thuc hien", "phan cong thuc hien")
REQUEST = re.compile(r"\b(?:yeu cau|de nghi|giao|chi dao)\s+")
# The closing article of a decision names who carries it out; it assigns nothing of its own.
EXECUTION = re.compile(r"\b(?:chiu trach nhiem thi hanh|can cu (?:quyet dinh|chi thi) (?:nay )?thi hanh|thi hanh quyet dinh nay)\b"
                       # The sign-off: "X thông báo (có ý kiến) để Y biết, thực hiện./." names who is told.
                       r"|\bde\s+(?:\S+\s+){0,12}?(?:duoc\s+)?biet\b(?:\s*(?:,|va)\s*(?:thuc hien|phoi hop|chi dao|to chuc thuc hien)\b[^.]*)?\s*[./]*\s*$")


def _heading_kind(folded: str, words: tuple[str, ...]) -> bool:
    folded = folded.strip(" .:")
    if folded.startswith("can cu") and "can cu" in words and len(folded.split()) > 8:
        # "Căn cứ vào điều kiện thực tế, hình thành …" is a sentence that opens an item, not a
        # "Căn cứ" section (legal basis); only a short title is such a section.
        words = tuple(w for w in words if w != "can cu")
    return folded.startswith(words)


def intro_leads(intro: str) -> list[Mention]:
    """The addressees of the sentence that introduces the clauses ("... yêu cầu X, Y thực hiện:")."""
    folded = fold(intro)
    for m in REQUEST.finditer(folded):
        subjects, _ = leading_subjects(intro[m.end() :])
        if subjects:
            return [s for s in subjects if not s.catch_all]
    return []


def _organisation_heading(clause: Clause) -> bool:
    """A section title such as "Tổ chức thực hiện" or "Phân công nhiệm vụ" — a short heading, not
    a sentence that begins with those words ("Phân công nhiệm vụ và trách nhiệm cụ thể cho …")."""
    heading = fold(clause.heading).strip(" .:")
    return _heading_kind(heading, ORGANISATION_SECTIONS) and (len(heading.split()) <= 8 or bool(clause.children))


@dataclass
class Reading:
    """What the whole document tells the reading of each clause: its date, who issued it, the names
    it defines for its recipients ("(Sau đây gọi chung là các đơn vị)")."""

    issued_on: date | None = None
    issuer: str | None = None
    aliases: dict[str, list[Mention]] = field(default_factory=dict)
    strict: bool = False  # only a body named and told to act leads (the reading of last resort)


def extract_tasks(body: Body, issued_on: date | None, issuer: str | None = None,
                  aliases: dict[str, list[Mention]] | None = None) -> list[DraftTask]:
    """Every task of the body, in document order."""
    reading = Reading(issued_on, issuer, aliases or {})
    defaults = intro_leads(body.intro)
    has_organisation = any(_organisation_heading(c) for c in body.clauses)
    tasks: list[DraftTask] = []
    absorbed = {id(child) for clause in body.clauses for child in _lettered_items(clause)}
    for clause in body.clauses:
        if id(clause) in absorbed:
            continue
        chain = clause.ancestors + [clause]
        if any(_heading_kind(fold(c.heading), NON_TASK_SECTIONS) for c in chain):
            continue
        in_organisation = any(_organisation_heading(c) for c in chain)
        # Outside the organisation section only explicit assignments count ("X chủ trì …"), and a
        # clause headed by an agency ("1. Sở Y tế", then its items) is one.
        explicit_only = has_organisation and not in_organisation and not any(_agency_heading(c) for c in chain)
        inherited = _inherited(clause, defaults)
        # Outside an agency's heading, "Chỉ đạo X …" gives X's work (an addressee told to have it done).
        directing = not any(_agency_heading(c) for c in chain)
        tasks.extend(_clause_tasks(clause, inherited, reading, explicit_only, directing))
    if not tasks:
        tasks = _last_resort(body, replace(reading, strict=True), absorbed)
    return tasks


def _last_resort(body: Body, reading: Reading, absorbed: set[int]) -> list[DraftTask]:
    """No rule of layout found an assignment: every clause, whatever its section, is read for a body
    named and told to act ("Sở X có trách nhiệm …", "giao Sở X …")."""
    tasks: list[DraftTask] = []
    for clause in body.clauses:
        if id(clause) not in absorbed:
            tasks.extend(_clause_tasks(clause, [], reading, False))
    return tasks


REQUEST_BEFORE = re.compile(r"(?:giao|de nghi|yeu cau)(?: trach nhiem| nhiem vu)?(?: cho)?\s+(?:\S+\s+){0,2}$")


def _told_to_act(segment: str, subjects: list[Mention], end: int) -> bool:
    """Whether the segment tells its subjects to do something: work follows their names, or a request
    precedes them."""
    folded = fold(segment)
    if LEGAL_BASIS.match(folded):
        return False  # "Căn cứ Quyết định … giao Sở X …" cites the basis of this document
    return bool(DIRECTIVE_VERB.match(folded, end) or REQUEST_BEFORE.search(folded[: subjects[0].start]))


def _lettered_items(clause: Clause) -> list[Clause]:
    """The "a)", "b)" items of a clause headed by an agency ("1. Sở Y tế" then "a) Chủ trì …"): they
    are that agency's work, read as the clause's own bullets (one task, timed items apart)."""
    if not clause.children or not _agency_heading(clause):
        return []
    items = [c for c in clause.children if c.ref.startswith(f"{clause.ref}.") and not c.children]
    return items if len(items) == len(clause.children) else []


def _agency_heading(clause: Clause) -> tuple[list[Mention], str] | None:
    """The agencies a heading consists of ("5. Sở Giáo dục và Đào tạo:") and any text after ':'."""
    subjects, end = leading_subjects(clause.heading)
    remainder = clause.heading[end:].strip()
    if subjects and (not remainder or remainder[0] in ":."):
        return subjects, remainder[1:].strip()
    return None


def _inherited(clause: Clause, defaults: list[Mention]) -> list[Mention]:
    for ancestor in reversed(clause.ancestors):
        heading = _agency_heading(ancestor)
        if heading:
            return [m for m in heading[0] if not m.catch_all]
    return defaults if not clause.ancestors else []


def _explicit_leads(segment: str) -> list[Mention]:
    """Agencies named as "X chủ trì", "X có trách nhiệm" or after "chủ trì:" anywhere in the segment."""
    folded = fold(segment)
    leads = []
    for mention in find_mentions(segment):
        after, before = folded[mention.end : mention.end + 40], folded[max(0, mention.start - 20) : mention.start]
        # "X chủ trì", "X có (chịu) trách nhiệm chủ trì", or a list after "chủ trì:".
        # "X có trách nhiệm …" alone is as explicit ("chịu trách nhiệm" alone is liability, not work).
        if re.match(r"\s*,?\s*(?:(?:(?:co|chiu|duoc giao)\s+trach nhiem\s+)?chu tri|(?:co|duoc giao)\s+trach nhiem)\b", after) \
                or re.search(r"chu tri\s*:\s*$", before):
            leads.append(mention)
    return [m for m in leads if not m.catch_all]


# "Chỉ đạo Sở Y tế chủ trì …", "Tiếp tục chỉ đạo, hướng dẫn X …": the one told to direct has X do it.
DIRECTED = re.compile(r"\s*(?:tiep tuc\s+)?chi dao(?:\s*,\s*(?:huong dan|don doc))*\s+")
# A subject that tells of a past event: "Báo X ngày 26/3 đưa tin", "UBND tỉnh đã chỉ đạo", "Bộ Y tế có Công văn số …".
NARRATION = re.compile(r"\s*,?\s*(?:(?:\S+\s+){0,2}?ngay\s+\d|da\b|vua\b|nhan duoc\b"
                       r"|co (?:cong van|to trinh|van ban|bao cao|thong bao|quyet dinh|ke hoach) so\b)")


def _directed(segment: str) -> tuple[list[Mention], str]:
    """The bodies a segment tells its addressee to direct ("Chỉ đạo Sở Tư pháp kết hợp với …"), and
    the segment without those first words (their work, as the bodies' own)."""
    m = DIRECTED.match(fold(segment))
    if not m:
        return [], segment
    subjects, _ = leading_subjects(segment[m.end() :])
    if all(s.catch_all for s in subjects):
        return [], segment  # "Chỉ đạo các cơ quan, đơn vị …": the addressee's own work of directing
    return subjects, segment[m.end() :]


def _leads(subjects: list[Mention], reading: Reading) -> list[Mention]:
    """The subjects that lead: a name the document defined for its recipients stands for them; a
    catch-all is no lead, nor a group "… liên quan" after a named body ("Sở Y tế và các sở, ngành
    liên quan"), nor the issuer speaking of its own part ("Bộ Y tế sẽ phối hợp kiểm tra")."""
    leads: list[Mention] = []
    for mention in subjects:
        if mention.catch_all:
            leads.extend(_alias(mention, reading))
        elif mention.group and leads and fold(mention.name).endswith("lien quan"):
            continue
        elif not _is_issuer(mention, reading.issuer):
            leads.append(mention)
    return leads


def _alias(mention: Mention, reading: Reading) -> list[Mention]:
    written = re.sub(r"^(?:thu truong|lanh dao)\s+", "", fold(mention.name).strip())
    names = reading.aliases.get(written, [])
    return [replace(n, start=mention.start, end=mention.end) for n in names]


def _is_issuer(mention: Mention, issuer: str | None) -> bool:
    if not issuer:
        return False
    if mention.kind == "province" and not mention.group:
        return fold(issuer).startswith("uy ban nhan dan tinh")
    return fold(mention.name) == fold(issuer)


def _narrates(segment: str, end: int) -> bool:
    return bool(NARRATION.match(fold(segment), end))


def _clause_tasks(clause: Clause, inherited: list[Mention], reading: Reading, explicit_only: bool,
                  directing: bool = False) -> list[DraftTask]:
    issued_on = reading.issued_on
    heading = _agency_heading(clause)
    units: list[tuple[str, bool]] = []
    if heading:
        clause_leads, rest = _leads(heading[0], reading), heading[1]
        if not clause_leads:
            return []
        if rest:
            units.append((rest, False))
    else:
        subjects, end = own_subjects(clause.heading)
        if subjects and _narrates(clause.heading, end):
            return []  # an account of past events opens the clause: it assigns nothing
        directing = directing and not subjects  # a clause with a subject of its own directs its own work
        if not subjects and directing:
            subjects, _ = _directed(clause.heading)
        clause_leads = _leads(subjects, reading) if subjects else inherited
        if reading.strict:
            clause_leads = []  # each sentence must name who acts
        elif subjects and not clause_leads and (subjects == leading_subjects(clause.heading)[0]
                                              or any(_is_issuer(m, reading.issuer) for m in subjects)):
            return []  # it opens with a catch-all ("Các cơ quan liên quan …") or the issuer's own part
        title = clause.heading.rstrip().endswith(":") or (clause.children and not clause.units)
        # "Đề nghị X chủ trì, phối hợp với Y:" then the work: the title says who helps.
        if not title or (subjects and COOPERATION.search(fold(clause.heading))):
            units.append((clause.heading, False))
    units.extend(zip(clause.units, clause.bulleted))
    letters: dict[int, str] = {}
    for item in _lettered_items(clause):
        letters[len(units) + 1] = item.ref
        units.append((" ".join([item.heading, *item.units]), True))
    labelled = _labelled_tasks(clause, units, issued_on)
    if labelled is not None:
        return labelled
    source = heading[0][0] if heading else None
    builder = TaskBuilder(clause.ref, issued_on)
    for number, (unit, bulleted) in enumerate(units, start=1):
        unit = _assigning(unit)
        for sentence_number, segment in enumerate(segments(unit), start=1):
            subjects, end = own_subjects(segment)
            if subjects and _narrates(segment, end):
                continue  # an account of what happened ("Báo X ngày … đưa tin"), not an assignment
            if not subjects and directing:
                subjects, segment = _directed(segment)
            if reading.strict:
                leads = _leads(subjects, reading) if subjects and _told_to_act(segment, subjects, end) else []
            elif explicit_only:
                leads = _explicit_leads(segment)
            elif subjects:
                leads = _leads(subjects, reading)
            else:
                leads = clause_leads
            if not leads:
                continue
            timing = best_timing(segment, issued_on)
            part = number if bulleted or len(units) > 1 else sentence_number
            for lead in leads:
                builder.add(lead, segment, timing, part, source_text=_source(segment, lead, subjects, source, clause),
                            unit=(number, bulleted), ref=letters.get(number))
    return builder.tasks()


# "Nếu có khó khăn, vướng mắc, báo cáo …": work only if problems arise (ANNOTATION.md rule 8).
IF_PROBLEMS = re.compile(r"[,;]?\s*\bneu (?:co\s+)?(?:phat sinh\s+)?(?:kho khan|vuong mac)")
# Beside it, "Đề nghị X chủ động phối hợp … triển khai thực hiện (theo hướng dẫn nêu trên)." closes a
# letter: it asks for nothing the letter has not already asked.
JUST_IMPLEMENT = re.compile(r"\b(?:trien khai|to chuc) thuc hien(?:\s+(?:theo|dung)(?:\s+\S+){0,4}?\s+(?:nay|neu tren|tren))?"
                            r"\s*[./]*\s*$")


def _assigning(unit: str) -> str:
    """The unit without what assigns nothing: who carries out the decision ("A; B chịu trách nhiệm
    thi hành …"), what to do if problems arise, and a letter's closing request to implement it."""
    sentences = [s for s in SENTENCE_BREAK.split(unit) if not EXECUTION.search(fold(s))]
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


def _source(segment: str, lead: Mention, subjects: list[Mention], heading: Mention | None, clause: Clause) -> str:
    if lead in subjects:
        return segment[lead.start : lead.end]
    if heading is not None:
        return clause.heading[lead.start : lead.end] if lead.end <= len(clause.heading) else lead.name
    return lead.name




# Plans give each item's agencies and time on labelled lines: "- Cơ quan thực hiện: Sở X chủ trì,
# phối hợp với Y.", "- Cơ quan phối hợp: Z", "- Thời gian thực hiện: Quý II/2026".
LABEL = re.compile(
    r"(?P<label>(?:co quan|don vi)\s+(?:chu tri|thuc hien|chiu trach nhiem|tham muu)|chu tri(?: thuc hien)?"
    r"|(?:co quan|don vi)\s+phoi hop|phoi hop(?: thuc hien)?"
    r"|thoi gian(?: thuc hien| hoan thanh| trien khai)?|thoi han(?: hoan thanh| thuc hien)?|tien do(?: thuc hien| hoan thanh)?)"
    r"\s*:\s*"
)
LABEL_START = re.compile(rf"^\s*(?:[-+•–]\s*)?{LABEL.pattern}")
LABEL_INSIDE = re.compile(rf"\s[-+•–]\s*(?={LABEL.pattern})")


def _label_kind(label: str) -> str:
    if "phoi hop" in label:
        return "cooperating"
    if label.startswith(("thoi", "tien do")):
        return "time"
    return "lead"


def _labelled_tasks(clause: Clause, units: list[tuple[str, bool]], issued_on: date | None) -> list[DraftTask] | None:
    """Tasks of an item whose agencies are given on a labelled line, or None if it has no such line."""
    work: list[str] = []
    fields: dict[str, list[str]] = {"lead": [], "cooperating": [], "time": []}
    for unit, _ in units:
        starts = [0] + [m.end() for m in LABEL_INSIDE.finditer(fold(unit))]
        for begin, end in zip(starts, starts[1:] + [len(unit)]):
            piece = unit[begin:end].strip(" -")
            m = LABEL_START.match(fold(piece))
            if m:
                fields[_label_kind(m.group("label"))].append(piece[m.end() :].strip())
            elif piece:
                work.append(piece)
    if not fields["lead"]:
        return None
    lead_text = " ".join(fields["lead"])
    subjects, _ = leading_subjects(lead_text)
    leads = [m for m in subjects if not m.catch_all]
    if not leads:
        return None
    text = " ".join(work)
    helpers = " ".join([lead_text] + [f"phối hợp với {c}" for c in fields["cooperating"]])
    times = [part for t in fields["time"] for part in segments(t)] or [text]
    timings = [best_timing(part, issued_on) for part in times]
    builder = TaskBuilder(clause.ref, issued_on)
    for lead in leads:
        if not any(timings):
            builder.add(lead, f"{text} {helpers}", None, 1, source_text=lead_text[lead.start : lead.end], unit=(1, False))
            continue
        for number, (part, timing) in enumerate(zip(times, timings), start=1):
            body = f"{text} {helpers}" if timing is None else f"{text} {helpers} {part}"
            builder.add(lead, body, timing, number, source_text=lead_text[lead.start : lead.end], unit=(number, False))
    return builder.tasks()
