"""A letter sent to committees listed by name ("Sở X vừa có văn bản gửi UBND các huyện, thị xã: Ninh Hòa, Vạn
Ninh, Diên Khánh về việc …"), which then asks the group by its words alone ("đề nghị UBND các huyện, thị xã chỉ
đạo …"): the group is the letter's addressees just listed, not every district of the province, so each listed
committee is given the work (rule 2; rule 3 keeps a group whole only where it is not listed out)."""

from __future__ import annotations

import re
from dataclasses import replace

from .named_members import LEVEL_NAMES, LISTED, group_levels, members_of
from .text import fold

# The list is whom the letter was sent to: "gửi (đến) UBND các xã: …".
SENT_BEFORE = re.compile(r"\bgui\s+(?:den\s+|toi\s+)?$")


def _addressee_lists(prose: str) -> dict[frozenset[str], list]:
    """The committees of each list the letter was sent to, by the set of the list's levels."""
    folded = fold(prose)
    lists: dict[frozenset[str], list] = {}
    for m in LISTED.finditer(folded):
        if (m.group("mixed_head") or m.group("head")) and SENT_BEFORE.search(folded[: m.start()]):
            levels = frozenset(LEVEL_NAMES.findall(m.group("levels") or m.group("level")))
            members = list(members_of(prose, folded, m))
            if len(members) >= 2:
                lists.setdefault(levels, members)
    return lists


def addressed_members(tasks: list, prose: str) -> list:
    """The tasks, each whose lead is a committee group the letter was sent to by its members' names given to
    each member instead (same clause and work)."""
    from .names import find_mentions  # names read this module's neighbours; imported when used

    lists = _addressee_lists(prose)
    if not lists:
        return tasks
    result = []
    for task in tasks:
        named = [m for m in find_mentions(task.lead_agency or "") if not m.catch_all]
        group = named[0] if len(named) == 1 and named[0].group and named[0].kind in ("district", "commune") else None
        levels = group_levels(group.name) if group else None
        members = lists.get(levels, []) if fold(task.lead_agency).startswith("uy ban nhan dan") else []
        result += [replace(task, lead_agency=m.name, lead_kind=m.kind, group=False, lead_source=task.lead_source,
                           cooperating_agencies=list(task.cooperating_agencies)) for m in members] or [task]
    return result
