"""Celery settings for tasks.py (`celery_app.config_from_object('celeryconfig')`).

Everything lives in one Redis by default, `redis://localhost:6379/0`: the broker (CELERY_BROKER_URL),
the result backend (CELERY_RESULT_BACKEND, default: the broker's URL), and, read by tasks.py, the
export's checkpoints (EXPORT_STATE_URL, default: the result backend's URL) and the shared rate limiter's
buckets (RAPIDPRO_RATE_STORE, default: the broker's URL). Workers on several machines point at the same one.
"""

import os

broker_url = os.environ.get("CELERY_BROKER_URL") or "redis://localhost:6379/0"
result_backend = os.environ.get("CELERY_RESULT_BACKEND") or broker_url

task_serializer = "json"
result_serializer = "json"
accept_content = ["json"]
timezone = "UTC"
broker_connection_retry_on_startup = True

# A window task is acknowledged when it ends, not when it starts: if its worker dies, the broker
# hands it to another worker, which goes on from the window's last checkpoint.
task_acks_late = True
task_reject_on_worker_lost = True
# One window at a time per worker process: a process does not hold windows that an idle one could run.
worker_prefetch_multiplier = 1
# Redis redelivers a message whose worker vanished (machine lost, not just a child process) after
# this many seconds; a window must finish within it, or it runs twice at once (harmless: see tasks.py).
broker_transport_options = {"visibility_timeout": int(os.environ.get("EXPORT_VISIBILITY_TIMEOUT", "3600"))}
