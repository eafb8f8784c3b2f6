"""Celery settings for tasks.py (`celery_app.config_from_object('celeryconfig')`).

Broker and result backend come from CELERY_BROKER_URL and CELERY_RESULT_BACKEND, e.g.
`redis://localhost:6379/0` for both. Unset, they default to kombu's filesystem broker and Celery's
file result backend under CELERY_DATA_DIR (default: <tmp>/monzo-celery-example), which need no
server and still let a worker, `celery beat` and your shell, each its own process, talk to each
other. Both are used through atomic_files.py, which writes each message and result whole before
it appears: as shipped, a worker can read a message still being written and lose the task.
(`memory://` and `cache+memory://` only work when the worker runs in the same process as the code
that calls `.delay()`, as in the tests.)
"""

import os
import tempfile
from pathlib import Path

from celery.schedules import crontab

broker_url = os.environ.get("CELERY_BROKER_URL", "filesystem://")
result_backend = os.environ.get("CELERY_RESULT_BACKEND", "")

_data_dir = Path(os.environ.get("CELERY_DATA_DIR") or Path(tempfile.gettempdir()) / "monzo-celery-example")
if broker_url == "filesystem://":
    broker_transport = "atomic_files:Transport"
    for _folder in ("queue", "processed", "control"):
        (_data_dir / _folder).mkdir(parents=True, exist_ok=True)
    broker_transport_options = {
        "data_folder_in": str(_data_dir / "queue"),
        "data_folder_out": str(_data_dir / "queue"),
        "processed_folder": str(_data_dir / "processed"),
        "control_folder": str(_data_dir / "control"),
        "polling_interval": 0.1,
    }
if not result_backend:
    (_data_dir / "results").mkdir(parents=True, exist_ok=True)
    result_backend = f"atomic_files:FilesystemBackend+file://{_data_dir / 'results'}"

task_serializer = "json"
result_serializer = "json"
accept_content = ["json"]
timezone = "UTC"
broker_connection_retry_on_startup = True

beat_schedule_filename = str(_data_dir / "celerybeat-schedule")

# Schedule periodic sync (`celery -A tasks beat`, or `celery -A tasks worker --beat`)
beat_schedule = {
    "sync-accounts-hourly": {
        "task": "tasks.sync_all_accounts",
        "schedule": crontab(minute=0),  # Every hour
    },
}
