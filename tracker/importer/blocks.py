"""Work given in labelled slots: "- Cơ quan chủ trì: Sở X", "- Cơ quan phối hợp: Y", "- Thời gian
thực hiện: Quý II/2026" under an item name its lead, cooperating agencies and time."""

from __future__ import annotations

import re
from datetime import date

from .clauses import Clause
from .draft import DraftTask
from .headings import agency_heading
from .labelled import slot_timing
from .names import Mention, expand_abbreviations, find_mentions
from .roles import is_issuer
from .text import fold
from .vocabulary import HOLDERS, HONORIFIC


# A block's slot titles, alone on their line or before ':': "2. Cơ quan chủ trì, phối hợp", "a) Cơ quan
# chủ trì", "Chủ trì thực hiện", "Đơn vị phối hợp", "3. Thời gian thực hiện: …", "Tiến độ", "1. Nội dung".
SLOT_WORDS = r"(?:chu tri|thuc hien|phoi hop|chiu trach nhiem|tham muu)"
SLOT = re.compile(
    rf"(?P<agencies>(?:(?:co quan|don vi|bo phan)\s+)?{SLOT_WORDS}(?:\s*(?:,|va|-)\s*{SLOT_WORDS})*(?:\s+thuc hien)?)"
    r"|(?P<time>thoi gian(?: thuc hien| hoan thanh| trien khai)?|thoi han(?: hoan thanh| thuc hien)?|tien do(?: thuc hien| hoan thanh)?)"
    r"|(?P<work>(?:noi dung|nhiem vu|bien phap|giai phap|cong viec)(?:\s*(?:,|va)\s*(?:noi dung|nhiem vu|bien phap|giai phap))*"
    r"(?:\s+(?:thuc hien|cong viec|chu yeu|cu the))?)"
)


def slot_kind(heading: str) -> tuple[str, str] | None:
    """The kind of slot a heading opens ("lead", "cooperating", "both", "executing", "time", "work")
    and the text after its ':', or None for a heading that is no slot title."""
    title, colon, rest = heading.partition(":")
    m = SLOT.fullmatch(fold(title).strip(" .-"))
    if m is None or (m.group("work") and colon and len(title.split()) > 4):
        return None
    if m.group("time"):
        return "time", heading.strip()  # the label stays: "Thời gian thực hiện: Tháng 12" is read whole
    if m.group("work"):
        return "work", rest.strip()
    words = m.group("agencies")
    if "chu tri" in words or "chiu trach nhiem" in words or "tham muu" in words:
        kind = "both" if "phoi hop" in words else "lead"
    elif "phoi hop" in words:
        kind = "cooperating" if "thuc hien" not in words.split("phoi hop")[0] else "both"
    else:
        kind = "executing"  # "Cơ quan (Đơn vị) thực hiện": the lead where no body chairs
    return kind, rest.strip()


def _slots(clause: Clause, nested: bool = False, required: bool = True) -> dict[str, list[str]] | None:
    """The slots among a clause's items, each kind with its texts; None unless one names who leads
    (`required`), or when the clause is itself a slot (not `nested` in the reading of its section)."""
    found: dict[str, list[str]] = {}
    if slot_kind(clause.heading) is not None and not nested:
        return None  # a slot is part of the section above it
    if required and agency_heading(clause):
        # "3. Công an tỉnh" then "a) Chủ trì …", "b) Chủ trì, phối hợp" over bullets: the heading names the
        # lead; an item worded like a slot is the lead's own lead-in (`helper_lists`), no slot of a block.
        return None
    for child in clause.children:
        kind = slot_kind(child.heading)
        if kind is None:
            continue
        name, rest = kind
        texts = [rest, *child.units] if rest else list(child.units)
        if name != "work" and any(slot_kind(c.heading) for c in child.children):
            # "2. Cơ quan chủ trì, phối hợp" then "a) Cơ quan chủ trì", "b) Cơ quan phối hợp".
            for key, values in _slots(child, nested=True, required=False).items():
                found.setdefault(key, []).extend(values)
            continue
        if name == "work":
            texts += [c.text for c in _subtree(child)]
        for key, text in _labelled_lines(name, texts):
            found.setdefault("lead" if key == "both" else key, []).append(text)
    if required and not (found.get("lead") or found.get("executing")):
        return None
    return found


def _labelled_lines(name: str, texts: list[str]) -> list[tuple[str, str]]:
    """A slot's texts with the kind each belongs to: "Cơ quan thực hiện:" over the lines "- Đơn vị
    chủ trì: X" and "- Đơn vị phối hợp: Y" gives X to lead and Y to cooperate."""
    if name not in ("executing", "both"):
        return [(name, text) for text in texts]
    routed = []
    for text in texts:
        kind = slot_kind(text.lstrip("-+•– ")) if ":" in text else None
        if kind is not None and kind[0] in ("lead", "both", "cooperating", "executing"):
            routed.append((kind[0] if kind[0] != "executing" else name, kind[1]))
        else:
            routed.append((name, text))
    return routed


def _subtree(clause: Clause) -> list[Clause]:
    return [d for child in clause.children for d in (child, *_subtree(child))]


def block_members(clause: Clause) -> list[Clause]:
    """The items of a block (a section laid out as slots), which are read with it, not on their own."""
    return _subtree(clause) if _slots(clause) is not None else []


def block_tasks(clause: Clause, issued_on: date | None, issuer: str | None) -> list[DraftTask] | None:
    """A section whose items are slots ("1. Nội dung: …", "2. Cơ quan chủ trì: a) Bộ X b) …",
    "3. Cơ quan phối hợp: …", "4. Thời gian thực hiện: …") is one task per body in its lead slot,
    labelled by the section, with the cooperating bodies and the time of the other slots; None when
    the clause is no such section."""
    slots = _slots(clause)
    if slots is None:
        return None
    leads = slot_bodies(slots.get("lead") or slots.get("executing", []), issuer, leads=True)
    helpers = slot_bodies(slots.get("cooperating", []), issuer, leads=False)
    timing = slot_timing(" ".join(slots.get("time", [])), issued_on)
    work = " ".join([clause.heading, *clause.units, *slots.get("work", [])])
    tasks = []
    for lead in leads:
        task = DraftTask(clause=clause.ref, lead_agency=lead.name, lead_kind=lead.kind, group=lead.group,
                         informational=lead.central, lead_source=lead.name, text=work,
                         cooperating_agencies=[h.name for h in helpers if h.name != lead.name])
        if timing is not None:
            task.due_on, task.recurrence, task.due_text = timing.due_on, timing.recurrence, timing.text
        tasks.append(task)
    return tasks


# Between the bodies of a slot's list: ';', or ',' and 'và' before another name (a capital, "các",
# "cơ quan"); "Các cơ quan báo chí Trung ương, địa phương" and "các tỉnh, thành phố" stay whole.
PIECE_BREAK = re.compile(r"\s*(?:,\s*(?:va\s+)?|\s+va\s+)")
HOLDER_FIRST = re.compile(rf"(?:{HONORIFIC}\s+)?(?:{HOLDERS})\s+")
# "các tỉnh", "các tỉnh, thành phố (trực thuộc Trung ương)" alone: their People's Committees.
BARE_PROVINCES = re.compile(r"cac tinh(?:\s*,\s*thanh pho)?(?:\s+truc thuoc\s+(?:trung uong|tw))?")


def slot_bodies(texts: list[str], issuer: str | None, leads: bool) -> list[Mention]:
    """The bodies a slot lists, each as written ("Ban Chỉ đạo các tỉnh", "Các cơ quan báo chí Trung ương,
    địa phương"): not the issuer, not prose; a catch-all is no lead, and "… có liên quan" does
    not cooperate."""
    bodies: list[Mention] = []
    for text in texts:
        text = re.sub(r"\s+", " ", text).strip(" .;:-")
        if not text or text.startswith("("):
            continue  # a remark in brackets under the list, no body of it
        for group in re.split(r"\s*;\s*", text):
            for piece in _every_level(_pieces(group)):
                body = _slot_body(piece, issuer, leads)
                if body is not None and all(b.name != body.name for b in bodies):
                    bodies.append(body)
    return bodies


def _every_level(pieces: list[str]) -> list[str]:
    """ "Mặt trận Tổ quốc Việt Nam, Hội Cựu chiến binh, Đoàn Thanh niên … các cấp": the level after the
    last of a list of mass organisations is each one's (they stand at every level)."""
    if not pieces or not fold(pieces[-1]).endswith(" cac cap"):
        return pieces
    def organisation(piece: str) -> bool:
        return any(m.kind == "mass_organisation" and m.start == 0 for m in find_mentions(piece))
    return [f"{p} các cấp" if organisation(p) and not fold(p).endswith("cac cap") else p for p in pieces]


def _pieces(text: str) -> list[str]:
    folded = fold(text)
    names = find_mentions(text)
    bounds = [0]
    for m in PIECE_BREAK.finditer(folded):
        if any(n.start < m.start() < n.end for n in names):
            continue  # "và" inside a name: "Bộ Thông tin và Truyền thông"
        after = ("cac ", "co quan ") if m.group(0).strip() == "va" else ("cac ",)
        if text[m.end() : m.end() + 1].isupper() or folded.startswith(after, m.end()):
            bounds += [m.start(), m.end()]
    bounds.append(len(text))
    return [text[a:b].strip(" .,") for a, b in zip(bounds[::2], bounds[1::2]) if text[a:b].strip(" .,")]


def _slot_body(piece: str, issuer: str | None, leads: bool) -> Mention | None:
    holder = HOLDER_FIRST.match(fold(piece))
    if holder and (piece[holder.end() : holder.end() + 1].isupper() or fold(piece).startswith("cac ", holder.end())):
        piece = piece[holder.end() :]  # "Tư lệnh các quân khu": the body, not its head
    folded = fold(piece)
    if len(piece.split()) > 14 or not piece[:1].isupper() and not folded.startswith(("cac ", "co quan ")):
        return None  # a sentence, not a name
    if is_issuer(piece, issuer):
        return None
    if BARE_PROVINCES.fullmatch(folded):
        piece = f"Ủy ban nhân dân {piece[:1].lower()}{piece[1:]}"
        folded = fold(piece)
    mentions = find_mentions(piece)
    whole = next((m for m in mentions if m.start == 0 and m.end >= len(piece) - 1), None)
    if whole is not None and whole.catch_all and leads:
        return None
    if not leads and re.search(r"\blien quan$", folded):
        return None
    first = next((m for m in mentions if m.start == 0 and not m.catch_all), None)
    name = expand_abbreviations(piece)
    name = name[:1].upper() + name[1:]
    group = folded.startswith("cac ") or folded.endswith("cac cap") or bool(first and first.group)
    return Mention(0, len(piece), name, first.kind if first else "other", group=group)
