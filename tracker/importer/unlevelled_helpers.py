"""A helper named after "phối hợp (với)" by a name the name finder does not read alone, because it carries no level.

Two forms recur in the letters and plans of every province:
- a unit's own name with no level word after it, or with its place's proper name instead ("phối hợp với Trạm Kiểm
  dịch động vật Lào Cai và các cơ quan liên quan …", "phối hợp Viện Nghiên cứu phát triển và …", "phối hợp với
  Trung tâm Văn hóa, Thể thao và Truyền thông huyện trong công tác …"): its head word and the capitalised word of
  its own name say that a body is named, and the helper's place after "phối hợp với" that it is one;
- a force named by the function it exercises, in lower case ("phối hợp với lực lượng quản lý thị trường kiểm tra
  …", "phối hợp với cơ quan quản lý thị trường", "phối hợp chặt chẽ với cơ quan thuế"): the body of that function
  at the level the work is done, a helper as written (rule 5).
Both are read only where the helpers are named, never as a sentence's subject, so no lead comes of them.
"""

from __future__ import annotations

import re

from .name_shapes import HEADS, LEVEL_WORD, NEXT_BODY, NOT_A_NAME, Mention
from .vocabulary import DIRECTIVE_VERB

HEAD = re.compile(rf"(?:{HEADS})\s+")
WORD = re.compile(r"\s*(\S+?)(?=[\s,;:.()“”\"]|$)")
# Words that end the name when they follow it: the sentence goes on with where, how, for what or with whom.
AFTER_NAME = re.compile(r"(?:trong|theo|de|tai|ve|cho|nham|co|thuc hien|va cac|cung)\b")
# A comma or "và" between the words of a name ("Trung tâm Văn hóa, Thể thao và …").
GAP = re.compile(r"\s*(,|\bva\b)?\s*")
FORCE = re.compile(r"(?:luc luong|co quan)\s+(?:quan ly thi truong|thue|kiem lam|hai quan|bien phong|thu y)\b")
MAX_WORDS = 12


def unlevelled_helper(text: str, folded: str, position: int) -> Mention | None:
    """The helper named at `position` by one of the two forms, if it is one."""
    force = FORCE.match(folded, position)
    if force is not None and text[position].islower():
        written = text[position : force.end()]
        return Mention(position, force.end(), written[:1].upper() + written[1:], "other")
    head = HEAD.match(folded, position)
    # Its own name's first word in capitals as official names are written, or not by a hasty hand ("Trạm kiểm dịch
    # động vật X"), unless the words are a verb or an event ("Hội nghị", "Phòng chống").
    if head is None or not text[position].isupper() or NOT_A_NAME.match(folded, position):
        return None
    end = _name_end(text, folded, head.end())
    name = re.sub(r"\s+", " ", text[position:end]).strip()
    if not 3 <= len(name.split()) <= MAX_WORDS:
        return None
    return Mention(position, position + len(text[position:end].rstrip()), name, "other")


def _name_end(text: str, folded: str, own: int) -> int:
    """Where the unit's name that starts its own name at `own` ends: at punctuation, at the sentence's verb or the
    words that go on after a name, at a comma or "và" not followed by another capitalised field of the name
    ("Trung tâm Văn hóa, Thể thao và …"), or after its level and the place's proper name."""
    end = WORD.match(text, own).end()
    for _ in range(MAX_WORDS):
        gap = GAP.match(folded, end)
        after = gap.end()
        joined = gap.group(1)
        if after >= len(text) or text[after] in ";:.()“”\"\n" or DIRECTIVE_VERB.match(folded, end) \
                or AFTER_NAME.match(folded, after) and not joined:
            return end
        if joined and (not text[after].isupper() or NEXT_BODY.match(folded, after) or folded.startswith("cac ", after)):
            return end
        level = LEVEL_WORD.match(folded, after)
        end = WORD.match(text, after).end()
        if level is not None and not joined and not folded.startswith(("quan ly", "quan tri"), after):
            return _place_after(text, level.end())
    return end


def _place_after(text: str, end: int) -> int:
    """After a level, the place's capitalised name, if any ("huyện Hữu Lũng")."""
    while (word := WORD.match(text, end)) is not None and word.group(1)[:1].isupper() and text[end : word.start(1)].strip() == "":
        end = word.end()
    return end
