"""A department's own offices and units. Its offices are named by their head word and the department's name:
"Thanh tra Sở Giao thông vận tải" (its inspectorate), "Văn phòng Sở Y tế" (its office); each is a body of its
own, which a letter asks or names as a partner ("phối hợp với …, Thanh tra Sở GTVT và …"), not the department it
belongs to. Its units may be named by the department's bare word ("các đơn vị sự nghiệp trực thuộc sở"): a
department speaking of "the Sở" means itself, the department the text has named before."""

from __future__ import annotations

import re
from dataclasses import replace

from .name_shapes import Mention
from .text import UPPER

# The head written just before the department's name, capitalised as a name's head is ("thanh tra" in lower
# case is the work of inspecting: "tăng cường thanh tra Sở …" is not the inspectorate).
OFFICE_HEAD = re.compile(r"\b(?:thanh tra|van phong)\s+$")
# A group of units, then their owner by the bare word "sở" (no name after it in capitals).
BARE_OWNER = re.compile(r"\s+(?:truc\s+)?thuoc\s+so\b")
NAME_AFTER = re.compile(rf"\s+[{UPPER}]")


def with_department_offices(text: str, folded: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each department named after its office's head read as that office, and each group of
    units owned by "sở" read as the units of the department named before them."""
    result = []
    for mention in mentions:
        head = OFFICE_HEAD.search(folded, max(0, mention.start - 12), mention.start)
        if mention.kind == "department" and not mention.group and head and text[head.start()].isupper() \
                and not any(other.end > head.start() and other.start < mention.start for other in mentions):
            written = text[head.start() : mention.start]
            mention = replace(mention, start=head.start(), name=re.sub(r"\s+", " ", written) + mention.name, kind="other")
        result.append(_owned_by_speaker(text, folded, mention, result))
    return result


def _owned_by_speaker(text: str, folded: str, mention: Mention, before: list[Mention]) -> Mention:
    owner = BARE_OWNER.match(folded, mention.end) if mention.group else None
    if owner is None or text[owner.end() - 2 : owner.end()].lower() != "sở" or NAME_AFTER.match(text, owner.end()):
        return mention
    department = next((m for m in reversed(before) if m.kind == "department" and not m.group and m.name.startswith("Sở ")), None)
    written = re.sub(r"\s+", " ", text[mention.start : owner.end() - 2])
    # With no department named before in the words read (a part of a sentence), the owner stays the bare word,
    # still part of the name: "… yêu cầu các đơn vị sự nghiệp trực thuộc Sở; …" ends on the units' name.
    return replace(mention, end=owner.end(), name=written[:1].upper() + written[1:] + (department.name if department else "Sở"))


def with_owner_named(tasks: list, prose: str) -> list:
    """The tasks, each led by units of the bare "Sở" (read in a part of a sentence that did not name the
    department) given the department the whole text names before them, as find_mentions reads it there."""
    bare = [task for task in tasks if (task.lead_agency or "").endswith(" Sở")]
    if not bare:
        return tasks
    from .names import find_mentions  # names read this module's neighbours; imported when used

    named = [m.name for m in find_mentions(prose) if m.group and m.name.startswith(tuple(t.lead_agency + " " for t in bare))]
    for task in bare:
        owned = next((name for name in named if name.startswith(task.lead_agency + " ")), None)
        task.lead_agency = owned or task.lead_agency
    return tasks
