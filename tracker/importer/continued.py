"""A page's paragraph that goes on with the request of the paragraph above: "Đồng thời, …", "Cùng với
đó, …", "Bên cạnh đó, …" then the work, no body named. The press breaks one letter's request to a body
into several paragraphs; the later ones add work to the body the one above asked."""

from __future__ import annotations

import re

from .draft import DraftTask
from .local_offices import OFFICES_TOGETHER
from .names import Mention, find_mentions
from .segment_subjects import own_subjects
from .text import fold
from .vocabulary import DIRECTIVE_VERB

# The connectors of addition that open a paragraph: "Đồng thời,", "Cùng với đó,", "Bên cạnh đó,", "Ngoài ra,".
ADDS = re.compile(r"\s*(?:dong thoi|cung voi do|ben canh do|ngoai ra|them vao do)\s*,\s*")


def continued_leads(page: bool, text: str, above: list[DraftTask]) -> list[Mention]:
    """The lead a page's paragraph takes from the paragraph just above when it only adds work to it
    ("Đồng thời, chủ động bố trí lực lượng …" after "UBND tỉnh yêu cầu UBND xã X cắm biển cảnh báo …"):
    the first body the paragraph above asked, the one the letter's request is to. None where the paragraph
    names its own doers ("Bên cạnh đó, các địa phương …"), where the paragraph above drafted nothing, or
    where the words after the connector are no work."""
    if not page or not above:
        return []
    opening = ADDS.match(fold(text))
    if opening is None or own_subjects(text[opening.end() :])[0] or not DIRECTIVE_VERB.match(fold(text), opening.end()):
        return []
    first = above[0]
    return [Mention(0, 0, first.lead_agency, first.lead_kind, group=first.group)]


# The bodies a body may direct, by kind: a province its departments and lower levels, a district its communes.
SUBORDINATES = {"province": ("department", "district", "commune"), "district": ("commune",)}
# A connective, then directing: "Đồng thời, chỉ đạo các phòng chuyên môn, UBND cấp xã tổ chức …".
DIRECTS = re.compile(r"\s*(?:dong thoi|cung voi do|ben canh do|ngoai ra)\s*,?\s+(?:tiep tuc\s+)?chi dao\s")


def directs_subordinates(paragraph: str, previous: str) -> bool:
    """A page's paragraph that adds, with no one named before it, that the body asked above directs its own
    subordinates ("Đồng thời, chỉ đạo các phòng, đơn vị chuyên môn, UBND cấp xã tổ chức …" after "UBND các huyện
    chủ động tổ chức …"): how that body carries out the work asked, the same request going on, not a new one
    nor the subordinates' task. Those directed must all be below the body asked (a district's communes, its own
    offices and units); a body of its own level or above is the letter's addressee, asked anew."""
    opening = DIRECTS.match(fold(paragraph))
    above, _ = own_subjects(previous)
    if opening is None or not above or own_subjects(paragraph)[0]:
        return False
    directed = [m for m in find_mentions(re.split(r"[.;]", paragraph[opening.end() :])[0]) if not m.catch_all]
    # A level's own offices as a group ("các phòng chuyên môn") are below whichever body directs them.
    offices = [m for m in directed if OFFICES_TOGETHER.match(fold(m.name))]
    return all(SUBORDINATES.get(body.kind) and all(m.kind in SUBORDINATES[body.kind] or m in offices for m in directed)
               for body in above)
