"""The directive tracker: directives become tasks for agencies, followed until done."""

from pathlib import Path

from flask import Flask

import config as config_module

from .extensions import csrf, db, login_manager, mail, migrate

PROJECT_DIR = Path(__file__).resolve().parent.parent


def create_app(config_object: object = config_module.Config, **overrides) -> Flask:
    """Build the application: configuration, extensions, blueprints, commands, filters."""
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
    register_blueprints(app)
    register_commands(app)
    register_template_helpers(app)
    register_error_handlers(app)
    return app


def register_extensions(app: Flask) -> None:
    """Bind the unbound extensions of extensions.py to this app."""
    db.init_app(app)
    migrate.init_app(app, db, directory=str(PROJECT_DIR / "migrations"), render_as_batch=True)
    mail.init_app(app)
    csrf.init_app(app)
    login_manager.init_app(app)


def register_blueprints(app: Flask) -> None:
    """One blueprint per feature."""
    from .accounts.views import bp as accounts_bp
    from .agencies.views import bp as agencies_bp
    from .dashboard.views import bp as dashboard_bp
    from .directives.views import bp as directives_bp
    from .outbox.views import bp as outbox_bp
    from .reports.views import bp as reports_bp
    from .tasks.views import bp as tasks_bp

    for blueprint in (accounts_bp, agencies_bp, dashboard_bp, directives_bp, outbox_bp, reports_bp, tasks_bp):
        app.register_blueprint(blueprint)


def register_commands(app: Flask) -> None:
    """The `flask ...` commands an operator needs."""
    from .cli import register
    from .dashboard.cli import register as register_dashboard

    register(app)
    register_dashboard(app)


def register_template_helpers(app: Flask) -> None:
    """Filters and globals shared by every template (dates as dd/mm/yyyy, state labels)."""
    from . import template_helpers

    template_helpers.register(app)


def register_error_handlers(app: Flask) -> None:
    """Vietnamese error pages."""
    from .errors import register

    register(app)
