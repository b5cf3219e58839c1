"""Which groups named after "phối hợp (với)" or "cùng" help as a whole, and the localities named beside them."""

from __future__ import annotations

import re
from dataclasses import replace

from .names import Mention
from .text import fold

# Groups that help as a whole when named after "phối hợp (với)": the provinces (in a Government plan,
# "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"), the districts, the communes, and groups
# bounded by what they are ("các địa phương", "các trường mầm non", "các trung tâm y tế"), and the mass
# organisations by their kind ("phối hợp với các tổ chức chính trị - xã hội", "… và các đoàn thể"): the Front's
# members a plan's lead works with, a set the reader knows, as the golds of Government, provincial and commune
# plans take them; and the press ("phối hợp với các cơ quan báo chí, …", "… báo, đài"), the outlets a plan's
# lead works with to spread the word.
GROUP_COOPERATORS = {"province", "district", "commune", "school", "other", "mass_organisation", "press"}
# The sectors of a level of government: the ministries ("các bộ, ngành") and the province's departments
# ("các sở, ban, ngành"). Named after "phối hợp với" they help as a group the officer expands ("Sở X chủ
# trì, phối hợp với các sở, ban, ngành xây dựng …"), as "các bộ, ngành liên quan" do in a Government
# plan: the ministries concerned with the matter, a set the reader knows.
SECTORS = {"department", "central"}
# Left open, the sectors are whoever the matter concerns, a catch-all, not a group to expand: "khác" and
# "có liên quan" for either ("các sở, ngành khác", "các bộ, ngành, địa phương có liên quan"), and a bare
# "liên quan" for the departments ("các sở, ngành liên quan").
OPEN = re.compile(r"\s*(?:(?:,|\bva\b)\s*(?:cac\s+)?dia phuong\s*)?(?P<word>khac\b|(?:co\s+)?lien quan\b)")
OPEN_NAME = re.compile(r"\b(?P<word>khac|(?:co\s+)?lien quan)$")
# "Các bộ, ngành, địa phương" / "các sở, ngành và địa phương" after "phối hợp với": the sectors, and the
# localities as a group of their own.
LOCALITIES = re.compile(r"\s*(?:,|\bva\b)\s*(?:cac\s+)?dia phuong\b(?!\s+(?:lien quan|co lien quan|khac)\b)")
NAMED_LOCALITIES = re.compile(r"\s*(?:,|\bva\b)\s*(?:cac\s+)?dia phuong$")
# Beside the ministries, "liên quan" bounds the localities as it bounds the ministries ("các bộ, ngành, địa
# phương liên quan": the provinces the matter concerns, a set a Government plan's lead knows), and a comma may be
# left out ("các bộ, ngành địa phương liên quan"); "có liên quan" leaves either open.
CENTRAL_LOCALITIES = re.compile(r"\s*(?:,|\bva\b)?\s*(?:cac\s+)?dia phuong\b(?!\s+(?:co lien quan|khac)\b)")
NAMED_CENTRAL_LOCALITIES = re.compile(r"\s*(?:,|\bva\b)\s*(?:cac\s+)?dia phuong(?:\s+lien quan)?$")
# A ministry's helpers "(các) địa phương liên quan" alone ("phối hợp với Bộ Tài chính và các địa phương liên
# quan"): the provinces concerned, the localities' group.
LOCALITIES_CONCERNED = re.compile(r"(?:cac\s+)?dia phuong\s+lien quan")
# "phối hợp với các cơ quan, địa phương" (or "… và địa phương"), not left open by "liên quan" or "khác": the
# bodies in general words are a catch-all, yet the localities are named outright, the group "các địa phương" is.
AGENCIES_AND_LOCALITIES = re.compile(r"(?:cac\s+)?co quan" + LOCALITIES.pattern)


def group_cooperates(mention: Mention, folded: str) -> bool:
    """Whether a group named as helping (`folded` the folded text it stands in) is kept as a group."""
    if mention.kind in SECTORS:
        left_open = OPEN_NAME.search(fold(mention.name)) or OPEN.match(folded, mention.end)
        if left_open is None:
            return True
        return mention.kind == "central" and left_open.group("word") == "lien quan"
    # Local government in general words ("phối hợp chính quyền các địa phương") is the local tiers too.
    return mention.kind in GROUP_COOPERATORS or fold(mention.name).startswith("chinh quyen")


def with_localities(mention: Mention, folded: str) -> list[Mention]:
    """A sectors' group and the localities written with it ("các sở, ngành, địa phương") as two groups."""
    if mention.kind not in SECTORS or not mention.group:
        return [mention]
    central = mention.kind == "central"
    inside = (NAMED_CENTRAL_LOCALITIES if central else NAMED_LOCALITIES).search(fold(mention.name))
    if inside is None and not (CENTRAL_LOCALITIES if central else LOCALITIES).match(folded, mention.end):
        return [mention]
    sectors = replace(mention, name=mention.name[: inside.start()]) if inside else mention
    return [sectors, Mention(mention.start, mention.end, "Các địa phương", "other", group=True)]


def localities_concerned(mention: Mention, lead_kind: str, folded: str = "") -> Mention | None:
    """The localities' group for a ministry's catch-all "các địa phương liên quan", or for the localities a
    catch-all names beside "các cơ quan" (`folded` the folded text it stands in), else None."""
    if not mention.catch_all:
        return None
    beside = AGENCIES_AND_LOCALITIES.match(folded, mention.start)
    if beside is not None and beside.end() >= mention.end:
        return Mention(mention.start, beside.end(), "Các địa phương", "other", group=True)
    if lead_kind != "central" or not LOCALITIES_CONCERNED.fullmatch(fold(mention.name)):
        return None
    return Mention(mention.start, mention.end, "Các địa phương", "other", group=True)
