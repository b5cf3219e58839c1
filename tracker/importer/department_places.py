"""A department named with its province's bare name, as the press writes another province's department: "Sở
GTVT Bình Dương" on a page that also writes "tỉnh Bình Dương". Written in full (rule 4): the department's known
name, then the place at the level the text gives it, "Sở Giao thông vận tải tỉnh Bình Dương"."""

from __future__ import annotations

import re

from .text import UPPER, fold

# "Sở <name> <Place>": the place is the name's last two or three capitalised words.
PLACE_AFTER = re.compile(rf"^(?P<body>Sở\s.+?)\s+(?P<place>(?:[{UPPER}]\w*\s?){{2,3}})$")
PLACE_LEVEL = r"(tinh|thanh pho)"


def department_places(tasks: list, prose: str) -> list:
    """The tasks, a lead "Sở X Place" written "Sở <X in full> tỉnh Place" when the text calls the place a province
    (or a city) elsewhere."""
    from .names import find_mentions  # names read this module's neighbours; imported when used

    folded = fold(prose)
    for task in tasks:
        written = PLACE_AFTER.match(task.lead_agency or "")
        if written is None or re.search(rf"\b{PLACE_LEVEL}\s*$", fold(written.group("body"))):
            continue
        place = written.group("place").strip()
        level = re.search(rf"\b{PLACE_LEVEL}\s+{re.escape(fold(place))}\b", folded)
        known = [m for m in find_mentions(written.group("body")) if m.kind == "department" and not m.group]
        if level and len(known) == 1 and known[0].start == 0 and known[0].end == len(written.group("body")):
            task.lead_agency = f"{known[0].name} {'tỉnh' if level.group(1) == 'tinh' else 'thành phố'} {place}"
    return tasks
