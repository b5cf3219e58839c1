"""The directive tracker: directives become tasks for agencies, followed until done."""

from pathlib import Path

from flask import Flask

import config as config_module

from .extensions import csrf, db, limiter, login_manager, mail, migrate

PROJECT_DIR = Path(__file__).resolve().parent.parent


def create_app(config_object: object = config_module.Config, **overrides) -> Flask:
    """Build the application: configuration, extensions, blueprints, commands, filters, security headers."""
    app = Flask(
        __name__,
        template_folder=str(PROJECT_DIR / "templates"),
        static_folder=str(PROJECT_DIR / "static"),
        instance_path=str(config_module.INSTANCE_DIR),
    )
    app.config.from_object(config_object)
    app.config.update(overrides)
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)

    register_extensions(app)
    register_audit(app)
    register_blueprints(app)
    register_commands(app)
    register_template_helpers(app)
    register_error_handlers(app)
    register_security(app)
    return app


def register_extensions(app: Flask) -> None:
    """Bind the unbound extensions of extensions.py to this app."""
    from . import models  # noqa: F401  (registers every table)

    db.init_app(app)
    migrate.init_app(app, db, directory=str(PROJECT_DIR / "migrations"), render_as_batch=True)
    mail.init_app(app)
    csrf.init_app(app)
    login_manager.init_app(app)
    limiter.init_app(app)


def register_audit(app: Flask) -> None:
    """Every change is recorded with who made it and from which address."""
    from flask import request
    from flask_login import current_user

    from .audit import recorder

    recorder.install()

    @app.before_request
    def remember_actor():
        recorder.set_actor(current_user, request.remote_addr)


def register_blueprints(app: Flask) -> None:
    """One blueprint per feature."""
    from .accounts.admin import bp as account_admin_bp
    from .accounts.views import bp as accounts_bp
    from .agencies.views import bp as agencies_bp
    from .audit.views import bp as audit_bp
    from .dashboard.views import bp as dashboard_bp
    from .directives.views import bp as directives_bp
    from .importer.views import bp as importer_bp
    from .outbox.views import bp as outbox_bp
    from .reminders.views import bp as reminders_bp
    from .reports.views import bp as reports_bp
    from .tasks.views import bp as tasks_bp
    from .workflows.views import bp as workflows_bp

    blueprints = (
        accounts_bp, account_admin_bp, agencies_bp, audit_bp, dashboard_bp, directives_bp, importer_bp, outbox_bp,
        reminders_bp, reports_bp, tasks_bp, workflows_bp,
    )
    for blueprint in blueprints:
        app.register_blueprint(blueprint)


def register_commands(app: Flask) -> None:
    """The `flask ...` commands an operator needs."""
    from .cli import register
    from .dashboard.cli import register as register_dashboard
    from .importer.cli import register as register_importer

    register(app)
    register_importer(app)
    register_dashboard(app)


def register_template_helpers(app: Flask) -> None:
    """Filters and globals shared by every template (dates as dd/mm/yyyy, state labels)."""
    from . import template_helpers

    template_helpers.register(app)


def register_error_handlers(app: Flask) -> None:
    """Vietnamese error pages."""
    from .errors import register

    register(app)


def register_security(app: Flask) -> None:
    """Security headers on every response, and sessions that end after inactivity."""
    from .security import register

    register(app)
