"""The Alembic chain builds exactly the schema the models describe, on SQLite and PostgreSQL."""

import warnings

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from flask_migrate import upgrade
from sqlalchemy.schema import CreateIndex

from tracker.extensions import db


def _expression_indexes():
    return [index for table in db.metadata.tables.values() for index in table.indexes
            if any(not isinstance(part, sa.Column) for part in index.expressions)]


def _unbracketed(ddl: str) -> str:
    """DDL without brackets or spacing, which SQLite keeps as the migration wrote them."""
    return "".join(ddl.replace("(", "").replace(")", "").split())


def test_migrations_match_models(make_app):
    app = make_app()
    with app.app_context():
        upgrade()
        with db.engine.connect() as connection, warnings.catch_warnings():
            if connection.dialect.name == "sqlite":
                # SQLite's indexes on expressions cannot be reflected, so Alembic leaves them out of
                # the comparison; the test below compares them by their DDL instead.
                warnings.filterwarnings("ignore", message=".*expression-based index", category=sa.exc.SAWarning)
                warnings.filterwarnings("ignore", message=".*expression-based index", category=UserWarning)
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            differences = compare_metadata(context, db.metadata)
    assert differences == []


def test_expression_indexes_built_as_the_models_declare(make_app):
    app = make_app()
    with app.app_context():
        upgrade()
        indexes = _expression_indexes()
        assert {index.name for index in indexes} >= {"ix_task_occurrences_list", "ix_task_occurrences_lead_agency_list"}
        with db.engine.connect() as connection:
            if connection.dialect.name == "sqlite":
                built = dict(connection.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'index'").all())
                for index in indexes:
                    declared = str(CreateIndex(index).compile(dialect=connection.dialect))
                    assert _unbracketed(built[index.name]) == _unbracketed(declared)
            else:
                built = dict(connection.exec_driver_sql("SELECT indexname, indexdef FROM pg_indexes").all())
                for index in indexes:
                    assert "(due_on IS NULL)" in built[index.name]


def test_one_head(make_app):
    app = make_app()
    with app.app_context():
        config = app.extensions["migrate"].migrate.get_config()
        assert len(ScriptDirectory.from_config(config).get_heads()) == 1


def test_directives_stored_before_the_search_column_are_found_after(make_app):
    app = make_app()
    with app.app_context():
        upgrade(revision="0010")
        with db.engine.begin() as connection:
            connection.exec_driver_sql(
                "INSERT INTO agencies (id, code, kind, name, short_name, aliases, contact_emails) "
                "VALUES (1, 'ubnd', 'province', 'Ủy ban nhân dân tỉnh Long An', 'UBND tỉnh', '[]', '[]')")
            connection.exec_driver_sql(
                "INSERT INTO directives (id, kind, symbol, issuer_id, subject, full_text, \"references\", recipients) "
                "VALUES (1, 'công văn', '6880/UBND-VHXH', 1, 'Triển khai Đề án BẢO HIỂM y tế', '', '[]', '[]')")
        upgrade()
        with db.engine.connect() as connection:
            folded = connection.exec_driver_sql("SELECT search_text FROM directives WHERE id = 1").scalar()
    assert folded == "6880/ubnd-vhxh trien khai de an bao hiem y te"
