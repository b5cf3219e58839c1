"""A demand to answer for a failure, with nothing to deliver (ANNOTATION.md rule 8): "… phải chịu trách nhiệm
trước UBND tỉnh nếu để xảy ra chậm trễ", or with the condition first, "Nếu đơn vị nào để dịch phát sinh, Chủ
tịch UBND cấp huyện phải chịu trách nhiệm trước UBND thành phố". It says who answers if the work fails, which
the work's own clause already assigns; no task."""

from __future__ import annotations

import re

from .text import fold

# The condition, then who answers, to whom, and nothing after: one sentence.
CONDITION_FIRST = re.compile(r"^\s*(?:neu|truong hop|khi)\b[^.;]*,\s*[^.;]*?\b(?:phai\s+)?(?:hoan toan\s+)?(?:truc tiep\s+)?"
                             r"chiu trach nhiem\s+(?:ca nhan\s+)?truoc\b[^.;]*[.;]?\s*$")


def answers_if_failed(sentence: str) -> bool:
    """Whether a sentence only says who answers for a failure, its condition first."""
    return CONDITION_FIRST.match(fold(sentence)) is not None


# A duty that opens by naming whom it answers to: "Chịu trách nhiệm trước UBND, Chủ tịch UBND cấp xã về …". The
# bodies after "trước" are those answered to, never who acts, however a comma splits their names.
ANSWERED_TO = re.compile(r"\s*(?:phai\s+)?(?:hoan toan\s+)?(?:truc tiep\s+)?chiu trach nhiem\s+(?:ca nhan\s+)?truoc\b")


# Answering to those the work serves: "Có trách nhiệm giải trình trước người học, phụ huynh … về từng khoản thu"
# (the duty to account, not work to deliver).
ACCOUNTS_FOR = re.compile(r"co trach nhiem giai trinh\b")


def in_answering_sentence(text: str, position: int) -> bool:
    """Whether the word at `position` of a paragraph stands in such a sentence, or is the duty to account."""
    if ACCOUNTS_FOR.match(fold(text[position : position + 40])):
        return True
    for sentence in re.finditer(r"[^.;!?]+[.;!?]?", text):
        if sentence.start() <= position < sentence.end():
            return answers_if_failed(sentence.group(0))
    return False


# A paragraph whose only demand is to answer for a failure, the condition last ("… phải trực tiếp chịu trách
# nhiệm trước UBND tỉnh nếu để xảy ra chậm trễ").
ANSWERS_FOR = re.compile(r"\b(?:phai\s+)?(?:truc tiep\s+)?chiu trach nhiem truoc\b[^.;]*\bneu\b[^.;]*[.;]?\s*$")


def only_answers_for(text: str, hits: list[re.Match]) -> bool:
    """Whether a one-sentence paragraph's assigning words (`hits`) all lead up to answering for a failure, with
    at most one of them besides "phải"; "rà soát … và phải chịu trách nhiệm …" answers besides a duty."""
    accountable = ANSWERS_FOR.search(fold(text))
    if not accountable or fold(text)[: accountable.start()].rstrip().endswith((" va", ",")):
        return False
    return all(m.start() <= accountable.start() for m in hits) and not re.search(r"[.;]\s", text.strip()) \
        and len([m for m in hits if m.group(0).lower() != "phải"]) <= 1
