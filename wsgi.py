"""Entry point for web servers (gunicorn wsgi:app, flask --app wsgi run)."""

import gc

from tracker import create_app
from tracker.scheduler import start_embedded_scheduler

app = create_app()
start_embedded_scheduler(app)

# What start-up built (modules, the mapped models, compiled templates) lives as long as the
# process: leave it out of the garbage collector's full passes, which otherwise walk it
# during requests and made one dashboard request in twenty twice as slow (flask bench).
gc.collect()
gc.freeze()
