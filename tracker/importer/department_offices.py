"""A department's own offices, named by their head word and the department's name: "Thanh tra Sở Giao thông
vận tải" (its inspectorate), "Văn phòng Sở Y tế" (its office). Each is a body of its own, which a letter asks
or names as a partner ("phối hợp với …, Thanh tra Sở GTVT và …"), not the department it belongs to."""

from __future__ import annotations

import re
from dataclasses import replace

from .name_shapes import Mention

# The head written just before the department's name, capitalised as a name's head is ("thanh tra" in lower
# case is the work of inspecting: "tăng cường thanh tra Sở …" is not the inspectorate).
OFFICE_HEAD = re.compile(r"\b(?:thanh tra|van phong)\s+$")


def with_department_offices(text: str, folded: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each department named after its office's head read as that office."""
    result = []
    for mention in mentions:
        head = OFFICE_HEAD.search(folded, max(0, mention.start - 12), mention.start)
        if mention.kind == "department" and not mention.group and head and text[head.start()].isupper() \
                and not any(other.end > head.start() and other.start < mention.start for other in mentions):
            written = text[head.start() : mention.start]
            mention = replace(mention, start=head.start(), name=re.sub(r"\s+", " ", written) + mention.name, kind="other")
        result.append(mention)
    return result
