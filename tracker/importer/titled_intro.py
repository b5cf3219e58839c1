"""An introduction that is a heading of bodies over plain paragraphs: "Chủ tịch UBND tỉnh yêu cầu: Các Sở:
A, B; Công an tỉnh và UBND các huyện theo chức năng nhiệm vụ:" then paragraphs with no numbers. The
paragraphs are those bodies' duties, one clause as a numbered heading's bullets are (rule 1): one task
per body, the paragraphs merged; a paragraph naming a body of its own is still that body's."""

from __future__ import annotations

import re

from .clauses import Body, Clause
from .headings import agency_heading
from .inheritance import REQUEST
from .text import fold


def titled_intro(intro: str) -> str | None:
    """The heading of bodies after the introduction's request, if nothing but bodies and their remit
    follow it up to the closing ':'."""
    if not intro.rstrip().endswith(":"):
        return None
    for m in REQUEST.finditer(fold(intro)):
        # The bodies stand apart as a heading only when the request closes before them ("yêu cầu: Các Sở:
        # …"); "… yêu cầu Thủ trưởng các cơ quan, Chủ tịch UBND các xã:" is the request naming its addressees,
        # and the paragraphs below are its clauses, one each, as numbered ones would be.
        if ":" not in intro[m.start() : m.end()]:
            continue
        rest = intro[m.end() :].lstrip(" :")
        heading = agency_heading(Clause("", rest))
        if heading is not None and not heading[1] and any(not s.catch_all for s in heading[0]):
            return rest
    return None


def unnumbered(clause: Clause, prose: str) -> bool:
    """A paragraph printed with no number, letter or bullet before it."""
    return not clause.children and clause.parent is None \
        and re.search(r"(?m)^[ \t]*" + re.escape(clause.heading[:40]), prose) is not None


def under_titled_intro(body: Body, prose: str) -> Body:
    """The body with its plain paragraphs read as the items of its introduction's heading of bodies."""
    title = titled_intro(body.intro) if body.clauses else None
    if title is None or not all(unnumbered(c, prose) for c in body.clauses):
        return body
    units = [text for c in body.clauses for text in (c.heading, *c.units)]
    bulleted = [flag for c in body.clauses for flag in (False, *c.bulleted)]
    return Body([Clause(body.clauses[0].ref, title, units, bulleted)], body.intro, body.closing)
