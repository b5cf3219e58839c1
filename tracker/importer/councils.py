"""The elected bodies below the province and those that serve them: the People's Councils of districts and
communes ("Hội đồng nhân dân các xã, phường và đặc khu", "Thường trực HĐND xã X"), the election committees
the election law sets up at each level ("Ủy ban bầu cử xã X"), the military service councils the
conscription law sets up at each level ("Hội đồng nghĩa vụ quân sự huyện"), and the province's office of its National
Assembly delegation and council ("Văn phòng Đoàn ĐBQH và HĐND tỉnh")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .name_shapes import Mention, capitalised_words, written_name

LOWER = r"(?:cap huyen|cap xa|cac cap|thi xa|thi tran|dac khu|huyen|quan|phuong|xa(?!\s+hoi))"
# A council of a lower level; not its deputies ("đại biểu HĐND xã", "ứng cử … HĐND các cấp"), persons.
COUNCIL = re.compile(rf"(?<!dai bieu )\b(?:thuong truc\s+)?(?:hoi dong nhan dan|hdnd)\s+(?P<cac>cac\s+)?"
                     rf"(?P<levels>{LOWER}(?:\s*(?:,|va|-|/)\s*{LOWER}\b)*)\b")
# An election committee of a level ("Ủy ban bầu cử tỉnh", "Ủy ban bầu cử xã X"): the body the election law
# sets up at the province and the commune to run an election there; the lower levels' as one group, their levels
# listed ("Ủy ban bầu cử các xã, phường").
ELECTION_LEVEL = r"(?:tinh|thanh pho|dac khu|thi tran|thi xa|huyen|quan|phuong|xa(?!\s+hoi))"
ELECTION = re.compile(rf"\buy ban bau cu\s+(?P<cac>cac\s+)?(?P<levels>{ELECTION_LEVEL}(?:\s*(?:,|va|-|/)\s*{ELECTION_LEVEL}\b)*)\b")
# "Ban Chỉ đạo và Ủy ban bầu cử các xã, phường": the steering board of the same election and levels, named before
# the committee with their field and levels shared ("Ban Chỉ đạo bầu cử các xã, phường").
STEERING_AND_ELECTION = re.compile(r"\b(?P<board>ban chi dao)\s+va\s+(?=uy ban bau cu\s)")
# The military service council of a level (Law on Military Service, art. 37: province, district, commune),
# which runs each year's call-up there; documents write its field in lower case as often as not ("Hội đồng
# nghĩa vụ quân sự tỉnh", "Hội đồng Nghĩa vụ quân sự phường", "HĐ NVQS xã"): the level ends the name.
MILITARY_SERVICE = re.compile(r"\b(?:hoi dong|hd)\s*(?:nghia vu quan su|nvqs)\s+(?P<cac>cac\s+)?"
                              rf"(?P<levels>{LOWER}(?:\s*(?:,|va|-|/)\s*{LOWER}\b)*|tinh|thanh pho)\b")
# Named bare ("Ủy ban bầu cử có trách nhiệm …"), the committee of the level whose document names it.
BARE_ELECTION = re.compile(r"\buy ban bau cu\b(?!\s+(?:cac\s+)?(?:tinh|thanh pho|dac khu|thi tran|thi xa|huyen|quan|phuong|xa)\b)")
# The office that serves a province's National Assembly delegation and its council (since 2016 one office;
# in some provinces the committee's office too): one body, whatever "và" or commas join its parts.
DELEGATION_OFFICE = re.compile(r"\bvan phong doan (?:dai bieu quoc hoi|dbqh)\s*(?:,|va)\s*(?:hoi dong nhan dan|hdnd)"
                               r"(?:\s*(?:,|va)\s*(?:uy ban nhan dan|ubnd))?\s+(?:tinh|thanh pho)\b")


def _levelled(text: str, folded: str, pattern: re.Pattern[str], kind: str, field: str = "") -> Iterator[Mention]:
    for m in pattern.finditer(folded):
        if not field and not text[m.start()].isupper():
            continue  # "hội đồng nhân dân" in lower case is the institution in general, no body named
        levels = [x for x in re.split(r",|-|/|\bva\b", m.group("levels")) if x.strip()]
        group = bool(m.group("cac")) or len(levels) > 1 or m.group("levels").startswith(("cap", "cac"))
        # One named place after a single level: "HĐND xã Tân Phú", "Ủy ban bầu cử tỉnh Lào Cai".
        end = m.end() if group else capitalised_words(text, m.end(), limit=3)
        # A body whose field is the law's, in any case: written as its name is ("Hội đồng Nghĩa vụ quân sự xã").
        name = f"{field} {text[m.start('levels') - len(m.group('cac') or '') : end]}" if field else text[m.start() : end]
        yield Mention(m.start(), end, written_name(name), kind, group=group)


def councils(text: str, folded: str) -> Iterator[Mention]:
    """Each lower council, election committee and delegation office named in the text."""
    yield from _levelled(text, folded, COUNCIL, "other")
    for election in _levelled(text, folded, ELECTION, "other"):
        yield election
        board = STEERING_AND_ELECTION.search(folded, max(0, election.start - 20))
        if board is not None and board.end() == election.start and text[board.start()].isupper():
            shared = re.sub(r"^Ủy ban bầu cử", "", election.name)
            yield Mention(board.start(), board.end("board"), f"Ban Chỉ đạo bầu cử{shared}", "other", group=election.group)
    yield from _levelled(text, folded, MILITARY_SERVICE, "other", field="Hội đồng Nghĩa vụ quân sự")
    for m in BARE_ELECTION.finditer(folded):
        if text[m.start()].isupper():
            yield Mention(m.start(), m.end(), "Ủy ban bầu cử", "other")  # its level the document's own
    for m in DELEGATION_OFFICE.finditer(folded):
        if text[m.start()].isupper():
            end = capitalised_words(text, m.end(), limit=3)
            yield Mention(m.start(), end, written_name(text[m.start() : end]), "department")
