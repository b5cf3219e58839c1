"""Configuration read from the environment, with embedded defaults for a fresh machine."""

import json
import os
from datetime import timedelta
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent
INSTANCE_DIR = Path(os.environ.get("TRACKER_INSTANCE_DIR", BASE_DIR / "instance"))


def _flag(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


class Config:
    """Settings for a running tracker; every value can be overridden by an environment variable."""

    SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-change-me")
    SQLALCHEMY_DATABASE_URI = os.environ.get(
        "DATABASE_URL", f"sqlite:///{INSTANCE_DIR / 'tracker.db'}"
    )
    TIMEZONE = os.environ.get("TIMEZONE", "Asia/Ho_Chi_Minh")
    # A task is "sắp đến hạn" when its deadline is at most this many days away.
    DUE_SOON_DAYS = int(os.environ.get("DUE_SOON_DAYS", "7"))
    # Civil Code 2015 art. 148: a period ending on a day off ends on the next working day.
    DEADLINE_ROLLS_TO_WORKING_DAY = _flag("DEADLINE_ROLLS_TO_WORKING_DAY", True)
    TASKS_PER_PAGE = int(os.environ.get("TASKS_PER_PAGE", "50"))
    DIRECTIVES_PER_PAGE = int(os.environ.get("DIRECTIVES_PER_PAGE", "50"))
    # Directive import: the largest file accepted, and the request size Flask allows.
    IMPORT_MAX_BYTES = int(os.environ.get("IMPORT_MAX_BYTES", str(10 * 1024 * 1024)))
    MAX_CONTENT_LENGTH = IMPORT_MAX_BYTES + 1024 * 1024
    # A pasted document and the review form carry the whole text as a form field.
    MAX_FORM_MEMORY_SIZE = 4 * 1024 * 1024

    # With no MAIL_SERVER, mail is kept in the local outbox table and shown in the web UI.
    MAIL_SERVER = os.environ.get("MAIL_SERVER") or None
    MAIL_PORT = int(os.environ.get("MAIL_PORT", "25"))
    MAIL_USE_TLS = _flag("MAIL_USE_TLS", False)
    MAIL_USE_SSL = _flag("MAIL_USE_SSL", False)
    MAIL_USERNAME = os.environ.get("MAIL_USERNAME") or None
    MAIL_PASSWORD = os.environ.get("MAIL_PASSWORD") or None
    MAIL_DEFAULT_SENDER = os.environ.get("MAIL_DEFAULT_SENDER", "theo-doi-nhiem-vu@localhost")
    MAIL_TIMEOUT = float(os.environ.get("MAIL_TIMEOUT", "30"))
    # A refused delivery is retried after 1, 2, 4 ... minutes (capped at an hour), then given up.
    MAIL_MAX_ATTEMPTS = int(os.environ.get("MAIL_MAX_ATTEMPTS", "8"))
    MAIL_RETRY_BASE_SECONDS = int(os.environ.get("MAIL_RETRY_BASE_SECONDS", "60"))
    # Links in mail point here (the address officials reach the tracker at).
    PUBLIC_BASE_URL = os.environ.get("PUBLIC_BASE_URL", "http://127.0.0.1:5000")

    # The default reminder policy; an admin can change it in the UI, a directive can override it.
    REMINDER_POLICY = json.loads(
        os.environ.get(
            "REMINDER_POLICY",
            '{"before_working_days": [7, 3, 1], "on_due_day": true, "office_after_working_days": 1,'
            ' "leader_after_working_days": 3, "repeat_every_days": 7}',
        )
    )
    # The daily run, local time; it is skipped on days off (stages fall on working days anyway).
    REMINDER_RUN_AT = os.environ.get("REMINDER_RUN_AT", "07:30")
    # After an outage, stages that fell due in this many days are still announced.
    REMINDER_CATCH_UP_DAYS = int(os.environ.get("REMINDER_CATCH_UP_DAYS", "30"))

    # "embedded": the web process runs the scheduler itself (one process only);
    # "off": run `flask scheduler` as its own process instead.
    SCHEDULER_MODE = os.environ.get("SCHEDULER_MODE", "embedded")

    # Report attachments: at most this size each; the whole request a little more.
    ATTACHMENT_MAX_BYTES = int(os.environ.get("ATTACHMENT_MAX_BYTES", str(10 * 1024 * 1024)))
    MAX_CONTENT_LENGTH = ATTACHMENT_MAX_BYTES + 1024 * 1024
    ATTACHMENT_DIR = os.environ.get("ATTACHMENT_DIR") or None  # default: instance/attachments

    # A session ends after this long without a request (each request renews it).
    PERMANENT_SESSION_LIFETIME = timedelta(minutes=int(os.environ.get("SESSION_LIFETIME_MINUTES", "480")))
    SESSION_REFRESH_EACH_REQUEST = True
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    SESSION_COOKIE_SECURE = _flag("SESSION_COOKIE_SECURE", False)
    # The app offers no "remember me"; these only matter if Flask-Login ever sets that cookie.
    REMEMBER_COOKIE_HTTPONLY = True
    REMEMBER_COOKIE_SAMESITE = "Lax"
    REMEMBER_COOKIE_SECURE = SESSION_COOKIE_SECURE

    # An account is locked for LOGIN_LOCKOUT_MINUTES after LOGIN_MAX_FAILURES wrong passwords in a row.
    LOGIN_MAX_FAILURES = int(os.environ.get("LOGIN_MAX_FAILURES", "5"))
    LOGIN_LOCKOUT_MINUTES = int(os.environ.get("LOGIN_LOCKOUT_MINUTES", "15"))
    # Per client address, on the sign-in and password-reset forms (Flask-Limiter syntax).
    SIGN_IN_RATE_LIMIT = os.environ.get("SIGN_IN_RATE_LIMIT", "10 per minute")
    # memory:// counts per process; use redis://... when several workers serve the app.
    RATELIMIT_STORAGE_URI = os.environ.get("RATELIMIT_STORAGE_URI", "memory://")
    RATELIMIT_ENABLED = _flag("RATELIMIT_ENABLED", True)
    RATELIMIT_HEADERS_ENABLED = True
    # Seconds a password-reset link stays valid; it also dies once the password changes.
    PASSWORD_RESET_MAX_AGE = int(os.environ.get("PASSWORD_RESET_MAX_AGE", "3600"))
    WTF_CSRF_TIME_LIMIT = None
