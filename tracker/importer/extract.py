"""Tasks from clauses, following ANNOTATION.md: one per clause and lead, parts with their own
deadline or cycle as tasks of their own, groups kept whole, catch-alls never a task."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from .answerable import nothing_to_deliver
from .article_owners import heading_leads
from .asked_items import asked_request
from .addressees import intro_leads
from .assembly import TaskBuilder
from .blocks import block_members, block_tasks
from .catch_all_addressees import GOES_ON
from .clauses import PAREN, Body, Clause
from .closing import closing_deadline, date_untimed, dated_work, is_aside
from .continued import continued_leads
from .draft import DraftTask
from .explicit_leads import explicit_leads
from .each_member import each_of_listed
from .headings import agency_heading as _agency_heading, inline_item, item_labels, lettered_items as _lettered_items, name_title, names_over_bullets
from .inheritance import inherited_leads, notified_province, requested_over_items
from .inline_items import after_title, without_marker
from .introduced import apply_introductions, lead_in
from .labelled import labelled_tasks
from .names import Mention
from .own_voice import designated, own_voice
from .own_funding import without_own_funding
from .remits import after_remit
from .repeats import without_repeats
from .restated_groups import members_for_groups
from .narration import consents, narrates, untold_sentences
from .roles import Reading, assigning, conditional_title, directed, leads_of, requested, speaker_only, told_to_act
from .sections import GENERAL_RULES, assigns_nothing, organisation_heading
from .segment_subjects import DIRECTING, LEADING_CYCLE, own_subjects
from .segments import segments
from .subjects import COOPERATION, leading_subjects
from .text import UPPER, fold
from .timing import best_timing
from .vocabulary import ASK_WORDS, DIRECTIVE_VERB, GIVE_WORDS

# A body named after an opening phrase and said to have done something ("Căn cứ đề xuất của các tỉnh, Bộ X
# đã ban hành …", "…, Sở Y vừa có văn bản …"): an account of what was done before the request.
RECOUNTED = re.compile(r",\s*(?:bo|so|uy ban nhan dan|ubnd|van phong)\s+[^,;.]{2,60}?\s(?:da|vua)\s+(?:co|xay dung|ban hanh|gui|to chuc|trien khai|hoan thanh)\b")
# Not "chỉ đạo": a clause that opens with it is its addressee's own work ("- Chỉ đạo Sở X …").
ASKS_OTHER = re.compile(rf"\s*(?:{ASK_WORDS}|{GIVE_WORDS})\s+")


def extract_tasks(body: Body, issued_on: date | None, issuer: str | None = None,
                  aliases: dict[str, list[Mention]] | None = None) -> list[DraftTask]:
    """Every task of the body, in document order."""
    reading = Reading(issued_on, issuer, aliases or {})
    defaults = intro_leads(body.intro, reading.aliases)
    notified = notified_province(body)
    has_organisation = any(organisation_heading(c) for c in body.clauses)
    tasks: list[DraftTask] = []
    previous: list[DraftTask] = []
    absorbed = {id(child) for clause in body.clauses for child in _lettered_items(clause)}
    # A section laid out as slots ("Cơ quan chủ trì", "Thời gian thực hiện") is read whole.
    absorbed |= {id(item) for clause in body.clauses for item in block_members(clause)}
    for clause in body.clauses:
        if id(clause) in absorbed:
            continue
        chain = clause.ancestors + [clause]
        # A letter's "Yêu cầu chung" states rules for all, yet may still ask bodies by name ("Đề nghị
        # UBND các xã …:", "Các sở: X, Y …:"): only those count; a plan's "Mục đích, yêu cầu" gives none.
        general = any(GENERAL_RULES.match(fold(c.heading)) for c in chain)
        if not general and assigns_nothing(chain):
            continue
        block = block_tasks(clause, reading.issued_on, reading.issuer)
        if block is not None:
            tasks.extend(block)
            continue
        in_organisation = any(organisation_heading(c) for c in chain)
        # Outside the organisation section only explicit assignments count ("X chủ trì …"), and a
        # clause headed by an agency ("1. Sở Y tế", then its items) is one.
        explicit_only = general or has_organisation and not in_organisation and not any(_agency_heading(c) for c in chain)
        inherited = continued_leads(body.page, clause.heading, previous) or inherited_leads(clause, [] if general else defaults, notified)
        # Outside an agency's heading, "Chỉ đạo X …" gives X's work (an addressee told to have it done).
        directing = not any(_agency_heading(c) for c in chain)
        own = _clause_tasks(clause, inherited, replace(reading, organising=in_organisation), explicit_only, directing)
        if not own and not clause.units and (closing := closing_deadline(clause.heading, reading.issued_on, whole=True)):
            tasks.extend(date_untimed(dated_work(tasks, previous, closing), closing))  # a paragraph of its own that only says when the one before ends
        tasks.extend(own)
        if own or clause.units or not is_aside(clause.heading):
            previous = own  # a note in brackets leaves the request a closing date after it belongs to
    if not tasks:
        tasks = _last_resort(body, replace(reading, strict=True), absorbed)
    return without_own_funding(without_repeats(apply_introductions(body, tasks, reading.issued_on)))


def _last_resort(body: Body, reading: Reading, absorbed: set[int]) -> list[DraftTask]:
    """No rule of layout found an assignment: every clause, whatever its section, is read for a body
    named and told to act ("Sở X có trách nhiệm …", "giao Sở X …")."""
    tasks: list[DraftTask] = []
    for clause in body.clauses:
        if id(clause) not in absorbed:
            tasks.extend(_clause_tasks(clause, [], reading, False))
    return tasks


def _clause_tasks(clause: Clause, inherited: list[Mention], reading: Reading, explicit_only: bool,
                  directing: bool = False) -> list[DraftTask]:
    opening = _clause_opening(clause, inherited, reading, directing)
    if opening is None:
        return []
    clause_leads, units, directing = opening
    heading = _agency_heading(clause)
    named, _ = own_subjects(clause.heading)
    if explicit_only and clause_leads and (heading or named and requested(clause.heading, named)):
        explicit_only = False  # the heading asks its bodies by name ("Đề nghị X, Y:"): the items are theirs
    letters = item_labels(clause, units)
    labelled = labelled_tasks(clause, units, reading.issued_on, reading.issuer)
    if labelled is not None:
        return labelled
    source = heading[0][0] if heading else None
    builder = TaskBuilder(clause.ref, reading.issued_on)
    builder.titled = {lead.name for lead in clause_leads} if heading else set()
    titled: list[Mention] = []  # bodies a "Chỉ đạo Sở X:" item directs, for the items under it
    named: list[Mention] = []  # the bodies the clause gave work so far, for a group that names them again
    for number, (unit, bulleted) in enumerate(units, start=1):
        title = leads_of(name_title(unit), reading) if names_over_bullets(units, number) else []
        if title:
            titled = title  # "- Bộ Xây dựng" alone, then "+ Ban hành …": the bullets below are its work
            continue
        carried = titled
        before: list[Mention] = []  # who the unit's last part named
        item = letters.get(number)
        # An item in brackets among a clause's items, each opening with its doer ("(ii) Chủ đầu tư …"
        # after "(i) Bộ X …"), is none of the clause's body's work when it names no body.
        own_leads = [] if clause.bracketed and PAREN.match(unit) else clause_leads
        for sentence_number, segment in enumerate(segments(assigning(unit)), start=1):
            titled_cut = after_title(segment) if sentence_number == 1 and not heading else 0
            segment = segment[titled_cut:]  # "2. Đẩy mạnh X: Các bộ …": the title is no work
            # Items run on inside the paragraph ("…: (1) Bộ X …; (2) Bộ Y chủ trì …"): the body opens the
            # item; a paragraph that opens with its bracket is a note or an item of its own, read as it is.
            marker, segment = without_marker(segment) if titled_cut or sentence_number > 1 else ("", segment)
            told, _ = own_subjects(segment)
            if not told and RECOUNTED.search(re.sub(r"\([^()]*\)", "", fold(segment))):  # not an aside
                continue  # "Trên cơ sở báo cáo của …, Bộ X đã xây dựng …": what the issuer did, no one's task
            if nothing_to_deliver(segment):
                continue  # "Nếu để dịch phát sinh, Chủ tịch UBND huyện phải chịu trách nhiệm trước …": no work
            leads, subjects, segment = _segment_leads(segment, own_leads, reading, explicit_only, directing,
                                                      opening=not (named or before))
            if not subjects and (each := each_of_listed(segment, clause.text)):
                leads = subjects = each  # "… các phòng: A; B. Mỗi phòng cử …": each office listed acts
            # "- X và Y cần tập trung các nhiệm vụ sau:" over bullets: a bullet naming its own bodies heads the rest.
            heads = bulleted and number < len(units) and unit.rstrip().endswith(":")
            if subjects and leads and (not told or heads):
                # "Chỉ đạo Sở X tham mưu … . Quan tâm bố trí …": the sentences after it are X's work too.
                carried = titled = leads
                if not unit.rstrip().endswith(":"):
                    titled = []
                elif not segment[leading_subjects(segment)[1] :].strip(" :;."):
                    continue  # "- Chỉ đạo Sở X:" only names who does the items under it
            elif not subjects and carried:
                leads = carried
            elif not subjects and before and not marker:
                leads = before  # "…; giao Ban X chủ động …; hàng tháng cập nhật …": the body named last goes on
            elif not subjects and not leads and not marker:
                # "X báo cáo … trước ngày 10/01 hàng năm và trước ngày 10/6 …": X still acts; a new item
                # in brackets ("…; (ii) Chủ đầu tư hoàn thành …") is another's work, not X's.
                leads = before
            before = leads
            if heading:
                leads = heading_leads(leads, subjects, clause_leads)  # the heading's bodies named again
            if not leads:
                continue
            leads = members_for_groups(leads, named, segment, clause.text)
            named += [lead for lead in leads if not lead.group]
            item = inline_item(clause.ref, marker + segment, item)
            timing = best_timing(segment, reading.issued_on)
            part = number if bulleted or len(units) > 1 else sentence_number
            for lead in leads:
                builder.add(lead, segment, timing, part, source_text=_source(segment, lead, subjects, source, clause),
                            unit=(number, bulleted), ref=item, named_item=bool(subjects and (marker or PAREN.match(unit))))
    tasks = builder.tasks()
    # After bullets, the statement closes the last bullet only: a part with its own deadline (rule 1).
    if units and not any(b for _, b in units) and (closing := closing_deadline(units[-1][0], reading.issued_on)):
        date_untimed(tasks, closing)
    return tasks


def _clause_opening(clause: Clause, inherited: list[Mention], reading: Reading,
                    directing: bool) -> tuple[list[Mention], list[tuple[str, bool]], bool] | None:
    """Who the clause's heading gives its work to, its units (heading and bullets, each with whether it
    is a bullet), and whether "Chỉ đạo X" still gives X the work; None when the clause assigns nothing."""
    heading = _agency_heading(clause)
    if conditional_title(clause.heading):
        return None
    units: list[tuple[str, bool]] = []
    if heading:
        clause_leads, rest = leads_of(heading[0], reading, labelled=bool(heading[1])), heading[1]
        if not clause_leads:
            return None
        units = [(rest, False)] if rest else []
        return clause_leads, [*units, *zip(clause.units, clause.bulleted)], directing
    if (asked := asked_request(clause)) is not None:  # lettered items asked of bodies by name: their bullets
        return leads_of(asked[0], reading, asked[1]), [], directing
    subjects, end = own_subjects(clause.heading)
    told = clause.heading
    if subjects and narrates(clause.heading, end):
        if not reading.strict:
            return None  # an account of past events opens the clause: it assigns nothing
        # Read strictly, as a page that drafted nothing else is, each sentence still names whom it tells to act.
        told = untold_sentences(clause.heading)
    # A clause with a subject of its own directs its own work, unless it asks that subject to direct
    # others ("Đề nghị UBND tỉnh chỉ đạo các ngành chức năng …:", then "- Chỉ đạo Sở X …").
    directing = directing and (not subjects or (requested(clause.heading, subjects)
                                                and bool(DIRECTING.match(fold(clause.heading), end))))
    if not subjects and directing:
        subjects, _ = directed(clause.heading)
    after = clause.heading[end:]
    if not subjects and ASKS_OTHER.match(fold(clause.heading)):
        inherited = []  # "Giao Phó Thủ tướng … chỉ đạo …": it asks someone not a body, not the addressees
    speaks_only = own_voice(clause.heading, end, subjects)  # "UBND tỉnh công bố …": its own act leads no sentence
    clause_leads = ([] if speaks_only else leads_of(subjects, reading, after)) if subjects else inherited
    if reading.strict:
        clause_leads = []  # each sentence must name who acts
    elif subjects and not clause_leads and speaker_only(clause.heading, subjects, reading.issuer, after):
        # It opens with a catch-all ("Các cơ quan liên quan …") or the issuer's own part: no work of
        # its own, yet a bullet under such a title may name its own body ("+ Sở X: hướng dẫn …").
        return ([], list(zip(clause.units, clause.bulleted)), directing) if _titles_bullets(clause) else None
    title = clause.heading.rstrip().endswith(":") or (clause.children and not clause.units)
    # "Đề nghị X chủ trì, phối hợp với Y:" then the work: the title says who helps.
    if not title or (subjects and COOPERATION.search(fold(clause.heading))):
        units.append((told, False))
    elif subjects and (last := LAST_SENTENCE.search(clause.heading)):
        # "X có Báo cáo … . Báo cáo bao gồm các nội dung sau:": only the last sentence is the items' title.
        units.append((clause.heading[: last.start()].strip(), False))
    own = list(zip(clause.units, clause.bulleted))
    if requested_over_items(lead_in(clause) or ""):
        own = own[:-1]  # the paragraph asking a body to do the items below is their title, no task
    return clause_leads, [*units, *own], directing


# The last sentence of a heading, after a full stop, when it alone ends on the colon over the items below.
LAST_SENTENCE = re.compile(rf"(?<=\.)\s+[{UPPER}][^.;]+:\s*$")


def _titles_bullets(clause: Clause) -> bool:
    """Whether the clause's heading is a title over bullets of its own."""
    return clause.heading.rstrip().endswith((":", ")")) and any(clause.bulleted)


def _segment_leads(segment: str, clause_leads: list[Mention], reading: Reading, explicit_only: bool,
                   directing: bool, opening: bool = True) -> tuple[list[Mention], list[Mention], str]:
    """Who leads the work of one segment, the subjects it names, and its text (without a leading
    "Chỉ đạo" when the bodies it directs take the work); `opening` False once the clause named a body."""
    subjects, end = own_subjects(segment)
    if subjects and (narrates(segment, end) or consents(segment, end, subjects) or own_voice(segment, end, subjects)
                     or designated(segment, end)):
        return [], subjects, segment  # an account of what happened ("Báo X ngày … đưa tin")
    if not subjects and directing:
        subjects, segment = directed(segment)
    after = segment[end:]
    if reading.strict:
        leads = leads_of(subjects, reading, after) if subjects and told_to_act(segment, subjects, end) else []
    elif explicit_only:
        # Outside the organisation section: "X chủ trì", "X có trách nhiệm", or a body asked by name
        # ("giao Sở X …", "đề nghị Hội Y …").
        # A body named first and told what to do ("- Hội Phụ nữ hỗ trợ người dân …") is as explicit.
        asked = subjects and (requested(segment, subjects) or _acts_first(segment))
        leads = explicit_leads(segment) or (leads_of(subjects, reading, after) if asked else [])
    elif subjects:
        leads = leads_of(subjects, reading, after, opening and not GOES_ON.match(fold(segment)))
    else:
        leads = clause_leads
    return leads, subjects, segment


LABEL_COLON = re.compile(r"\s*:?")
# Encouraged, not told: what the rules leave to the body ("Khuyến khích UBND cấp xã lập …"). In the organisation
# section the same word asks the bodies the issuer cannot order (the Front, the unions), as "Đề nghị" does.
ENCOURAGED = re.compile(r"\s*(?:[-+•]\s*)?khuyen khich\b")


def _acts_first(segment: str) -> bool:
    """Whether the segment opens with the bodies named (after a leading time or phrase) and, right
    after them, the work they do."""
    if LEADING_CYCLE.match(fold(segment)):
        return False  # "Hàng năm UBND các cấp xây dựng …" in a solutions section: a practice, not an assignment
    if ENCOURAGED.match(fold(segment)):
        return False  # "Khuyến khích UBND cấp xã lập …" outside the organisation section: left to the body's choice
    subjects, end = own_subjects(segment)  # after a leading time: "Trong năm 2013, UBND các tỉnh phải …"
    folded = fold(segment)
    # "+ Sở X: hướng dẫn …": the body set as the label of its own work.
    end += len(LABEL_COLON.match(folded, end).group())
    return bool(subjects) and not all(s.catch_all for s in subjects) and bool(DIRECTIVE_VERB.match(folded, after_remit(folded, end)))


def _source(segment: str, lead: Mention, subjects: list[Mention], heading: Mention | None, clause: Clause) -> str:
    if lead in subjects:
        return segment[lead.start : lead.end]
    if heading is not None:
        return clause.heading[lead.start : lead.end] if lead.end <= len(clause.heading) else lead.name
    return lead.name
