"""The authorisation matrix: every route of the app, from the URL map, against every role."""

from datetime import date

import pytest
from flask import url_for
from werkzeug.routing import Rule

from tracker.accounts.models import Role
from tracker.accounts.permissions import Action, PERMISSIONS, permission_table
from tracker.extensions import db
from tracker.outbox.services import queue_mail
from tracker.workdays.models import CalendarDay
from tracker.workflows.models import Attachment
from tracker.workflows.services import report, request_extension

from .factories import make_agency, make_directive, make_task, make_user

ALL = set(Role)
OFFICE = {Role.ADMIN, Role.PROVINCIAL_OFFICE}
ADMIN = {Role.ADMIN}
LEAD = {Role.ADMIN, Role.AGENCY_HEAD, Role.AGENCY_OFFICER}
PUBLIC = "public"

# Who may reach each endpoint, for a task of the user's province led by the agency users' agency.
# Written out by hand, independently of the permission table, so that the two check each other.
EXPECTED = {
    "accounts.login": PUBLIC,
    "accounts.logout": PUBLIC,
    "dashboard.index": ALL,
    "directives.index": ALL,
    "directives.detail": ALL,
    "directives.new": OFFICE,
    "directives.edit": OFFICE,
    "agencies.index": ALL,
    "agencies.detail": ALL,
    "tasks.index": ALL,
    "tasks.detail": ALL,
    "tasks.report_progress": LEAD,
    "tasks.edit": OFFICE,
    "tasks.new": OFFICE,
    "workflows.add_contribution": ADMIN,  # the agency users lead this task; they do not cooperate on it
    "workflows.ask_extension": {Role.ADMIN, Role.AGENCY_HEAD},
    "workflows.decide_extension_request": OFFICE,
    "workflows.decide_completion": OFFICE,
    "workflows.download": ALL,
    "reminders.index": OFFICE,
    "reminders.policy": ADMIN,
    "reminders.urge_task": OFFICE,
    "reminders.urge_agency": OFFICE,
    "reminders.calendar_days": ADMIN,
    "reminders.delete_calendar_day": ADMIN,
    "outbox.index": OFFICE,
    "outbox.detail": OFFICE,
    "audit.index": ADMIN,
    "importer.start": OFFICE,
    "importer.review": OFFICE,
    "accounts.forgot_password": PUBLIC,
    "accounts.reset_password": PUBLIC,
    "accounts.change_own_password": PUBLIC,  # any signed-in user, for their own password
    "account_admin.index": ADMIN,
    "account_admin.create": ADMIN,
    "account_admin.edit": ADMIN,
    "account_admin.unlock": ADMIN,
    "account_admin.send_reset": ADMIN,
    "dashboard.overdue": ALL,
    "dashboard.league": ALL,
    "dashboard.directives": ALL,
    "reports.export_tasks": ALL,
    "reports.export_league": ALL,
    "reports.periodic": ALL,
    "reports.periodic_xlsx": ALL,
    "reports.feeds": ALL,
    "reports.revoke_feed": ALL,
    "reports.feed": PUBLIC,
}


@pytest.fixture
def scene(app, frozen_day, tmp_path):
    frozen_day(date(2020, 11, 13))
    province = make_agency("Ủy ban nhân dân tỉnh Long An")
    lead = make_agency("Bảo hiểm xã hội tỉnh Long An", parent=province, head_email="bhxh@longan.gov.vn")
    partner = make_agency("Sở Y tế tỉnh Long An", parent=province)
    directive = make_directive(province, issued_on=date(2020, 11, 12))
    task = make_task(directive, lead, cooperating_agencies=(partner,), due_on=date(2020, 11, 17), today=date(2020, 11, 13))
    occurrence = task.occurrences[0]
    users = {role: make_user(role, None if role is Role.ADMIN else (province if role in (Role.PROVINCIAL_OFFICE, Role.VIEWER) else lead))
             for role in Role}
    update = report(occurrence, author=users[Role.AGENCY_OFFICER], done=False, percent=10, reported_on=date(2020, 11, 13),
                    note="Đang làm", today=date(2020, 11, 13))
    db.session.flush()
    attachment = Attachment(update=update, original_name="bao-cao.pdf", stored_name="x.pdf", content_type="application/pdf",
                            size=1, sha256="0" * 64)
    db.session.add(attachment)
    extension = request_extension(occurrence, author=users[Role.AGENCY_HEAD], proposed_due_on=date(2020, 11, 30),
                                  reason="Chờ số liệu", today=date(2020, 11, 13))
    day = CalendarDay(day=date(2020, 12, 31), is_day_off=True, note="")
    message = queue_mail(["a@b.vn"], "Thử", "Nội dung")
    db.session.add(day)
    db.session.commit()
    values = {
        "task_id": task.id, "occurrence_id": occurrence.id, "directive_id": directive.id, "agency_id": lead.id,
        "request_id": extension.id, "attachment_id": attachment.id, "day_id": day.id, "message_id": message.id,
        "user_id": users[Role.VIEWER].id, "token": "not-a-token", "fmt": "xlsx", "token_id": 999, "secret": "x",
    }
    return users, values


def _routes(app) -> list[Rule]:
    return [rule for rule in app.url_map.iter_rules() if rule.endpoint != "static"]


def _url(app, rule: Rule, values: dict) -> str:
    with app.test_request_context():
        return url_for(rule.endpoint, **{name: values[name] for name in rule.arguments})


def test_every_route_has_a_rule(app):
    for rule in _routes(app):
        view = app.view_functions[rule.endpoint]
        assert getattr(view, "required_action", None) or getattr(view, "public", False), (
            f"{rule.endpoint} declares no permission: decorate it with requires(...) or public"
        )
        assert rule.endpoint in EXPECTED, f"{rule.endpoint} is missing from the authorisation matrix test"


@pytest.mark.parametrize("role", list(Role), ids=lambda role: role.value)
def test_authorisation_matrix(app, client, login, scene, role):
    users, values = scene
    login(users[role])
    for rule in _routes(app):
        expected = EXPECTED[rule.endpoint]
        url = _url(app, rule, values)
        method = "GET" if "GET" in rule.methods else "POST"
        if rule.endpoint == "accounts.logout":
            continue  # signing out would end the loop's session
        status = client.open(url, method=method, data={}).status_code
        if expected == PUBLIC or role in expected:
            assert status not in (401, 403), (role.value, rule.endpoint, status)
        else:
            assert status == 403, (role.value, rule.endpoint, status)


def test_signed_out_visitors_reach_only_public_routes(app, client, scene):
    _users, values = scene
    for rule in _routes(app):
        if EXPECTED[rule.endpoint] == PUBLIC:
            continue  # reachable signed out (or, for one's own password, signed in as anyone)
        url = _url(app, rule, values)
        method = "GET" if "GET" in rule.methods else "POST"
        response = client.open(url, method=method)
        assert response.status_code == 302 and "/dang-nhap" in response.headers["Location"], rule.endpoint


def test_the_table_in_the_readme_is_the_table_in_code():
    readme = (__import__("pathlib").Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    for action, scopes in permission_table():
        assert f"| {action} | " + " | ".join(scopes) + " |" in readme, action
    assert set(PERMISSIONS) == set(Action)
