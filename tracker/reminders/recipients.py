"""Who receives what: addresses from agency records and users, loaded in bulk for a run."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select

from ..accounts.models import Role, User
from ..agencies.models import Agency
from ..agencies.services import subtree_ids
from ..directives.models import Directive
from ..extensions import db
from .policy import Audience


def _clean(addresses) -> list[str]:
    return [address.strip().lower() for address in addresses if address and "@" in address]


@dataclass
class AddressBook:
    """Addresses per agency, per provincial office scope, per directive leader and per officer."""

    agency: dict[int, list[str]] = field(default_factory=dict)
    office: dict[int, list[str]] = field(default_factory=lambda: defaultdict(list))
    leader: dict[int, list[str]] = field(default_factory=dict)
    user: dict[int, str] = field(default_factory=dict)

    @classmethod
    def load(cls) -> AddressBook:
        """Read every address once; a run then resolves recipients without further queries."""
        book = cls()
        heads: dict[int, list[str]] = defaultdict(list)
        for user in db.session.scalars(select(User).where(User.active.is_(True), User.email.is_not(None))):
            book.user[user.id] = user.email.strip().lower()
            if user.role is Role.AGENCY_HEAD and user.agency_id is not None:
                heads[user.agency_id].append(user.email)
            if user.role is Role.PROVINCIAL_OFFICE and user.agency_id is not None:
                for agency_id in subtree_ids(user.agency_id):
                    book.office[agency_id].append(user.email.strip().lower())
        for agency in db.session.scalars(select(Agency)):
            book.agency[agency.id] = _agency_list(agency, heads[agency.id])
        issuer_heads = {agency_id: emails[:1] for agency_id, emails in book.agency.items()}
        rows = db.session.execute(select(Directive.id, Directive.supervisor_email, Directive.issuer_id))
        for directive_id, supervisor_email, issuer_id in rows:
            book.leader[directive_id] = _clean([supervisor_email]) or issuer_heads.get(issuer_id, [])
        return book

    def recipients(
        self,
        audience: Audience,
        *,
        lead_id: int,
        cooperating_ids: list[int],
        directive_id: int,
        officer_id: int | None,
    ) -> list[str]:
        """The addresses a stage with this audience goes to for one task."""
        addresses: list[str] = []
        if Audience.LEAD in audience:
            addresses += self.agency.get(lead_id, [])
            if officer_id in self.user:
                addresses.append(self.user[officer_id])
        if Audience.COOPERATING in audience:
            for agency_id in cooperating_ids:
                addresses += self.agency.get(agency_id, [])
        if Audience.OFFICE in audience:
            addresses += self.office.get(lead_id, [])
        if Audience.LEADER in audience:
            addresses += self.leader.get(directive_id, [])
        return _unique(addresses)


def agency_addresses(agency: Agency) -> list[str]:
    """One agency's addresses, read for it alone (the same rule as the address book's)."""
    heads = db.session.scalars(
        select(User.email).where(
            User.agency_id == agency.id, User.role == Role.AGENCY_HEAD, User.active.is_(True), User.email.is_not(None)
        )
    ).all()
    return _agency_list(agency, heads)


def lead_addresses(lead: Agency, officer: User | None) -> list[str]:
    """Where news of one task goes to its lead (the address book's LEAD audience, read for this
    task alone): the lead agency's addresses and the officer following the task."""
    addresses = agency_addresses(lead)
    if officer is not None and officer.active and officer.email:
        addresses.append(officer.email.strip().lower())
    return _unique(addresses)


def _agency_list(agency: Agency, head_user_emails: list[str]) -> list[str]:
    """An agency is reached at its head's and contact addresses and its heads' accounts."""
    return _unique(_clean([agency.head_email, *agency.contact_emails, *head_user_emails]))


def _unique(addresses: list[str]) -> list[str]:
    return list(dict.fromkeys(addresses))
