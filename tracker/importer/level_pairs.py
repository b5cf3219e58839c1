"""A People's Committee named once for two levels: "UBND cấp tỉnh, cấp xã", "Ủy ban nhân dân cấp huyện và
cấp xã". A central document gives one duty to the committees of two tiers at once; each tier's committee is a
body (and a lead) of its own, as if the name had been written twice."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .name_shapes import Mention

# The committee's head as written, then the first level, a comma or "và", and the second level.
PAIR = re.compile(r"(?P<head>(?:uy ban nhan dan|ubnd)\s+)(?P<first>cap (?:tinh|huyen|xa))\s*(?:,|va)\s*(?P<second>cap (?:tinh|huyen|xa))$")


def levels_apart(text: str, folded: str, mentions: list[Mention],
                 find: Callable[[str], list[Mention]]) -> list[Mention]:
    """The mentions with a committee of two levels split into the committee of each level, each spanning
    its own words ("UBND cấp tỉnh" up to the first level, "cấp xã" after it); `find` reads a name alone."""
    result: list[Mention] = []
    for mention in mentions:
        pair = PAIR.fullmatch(folded, mention.start, mention.end)
        if pair is None:
            result.append(mention)
            continue
        for level, end in (("first", pair.end("first")), ("second", mention.end)):
            start = mention.start if level == "first" else pair.start("second")
            alone = find("Ủy ban nhân dân " + text[pair.start(level) : pair.end(level)])
            result.append(replace(alone[0], start=start, end=end) if alone else replace(mention, start=start, end=end))
    return result
