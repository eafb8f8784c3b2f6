"""kombu's filesystem broker and Celery's file result backend, each file written whole before it appears.

Both create their file and then write it. A reader that comes in between (a worker polling the
queue folder, `.get()` polling for a result) reads it empty: kombu then fails to decode the
message after moving it out of the queue, so the task is lost; `.get()` fails to decode the
result. It happens rarely, and more often on a busy machine. Here each message and result is
written to a temporary name in the same folder and renamed into place (`os.replace`, atomic on
one filesystem), so a reader sees the whole file or none. Used by celeryconfig.py when no broker or
backend is configured.
"""

from __future__ import annotations

import os
import time
import uuid
from typing import Any

from celery.backends.filesystem import FilesystemBackend as _FilesystemBackend
from kombu.transport import filesystem
from kombu.utils.encoding import str_to_bytes
from kombu.utils.json import dumps

__all__ = ["FilesystemBackend", "Transport"]


def _write_whole(path: str | bytes, data: bytes) -> None:
    # ".partial" is never taken for a message (kombu reads `<stamp>_<uuid>.<queue>.msg` only) nor a result.
    path = os.fsdecode(path)
    partial = f"{path}.{uuid.uuid4().hex}.partial"
    try:
        with open(partial, "wb") as file:
            file.write(data)
        os.replace(partial, path)
    except BaseException:
        if os.path.exists(partial):
            os.unlink(partial)
        raise


class Channel(filesystem.Channel):
    def _put(self, queue: str, payload: Any, **kwargs: Any) -> None:
        # The name kombu gives a message (its queue order is the time stamp's).
        name = f"{round(time.monotonic() * 1000)}_{uuid.uuid4()}.{queue}.msg"
        try:
            _write_whole(os.path.join(self.data_folder_out, name), str_to_bytes(dumps(payload)))
        except OSError as exc:
            raise filesystem.ChannelError(f"Cannot add file {name!r} to directory") from exc


class Transport(filesystem.Transport):
    Channel = Channel


class FilesystemBackend(_FilesystemBackend):
    def set(self, key: bytes | str, value: bytes | str) -> None:
        _write_whole(self._filename(key), value.encode() if isinstance(value, str) else value)
