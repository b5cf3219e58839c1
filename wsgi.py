"""Entry point for web servers (gunicorn wsgi:app, flask --app wsgi run)."""

from tracker import create_app
from tracker.scheduler import start_embedded_scheduler

app = create_app()
start_embedded_scheduler(app)
