"""examples/monzo_celery/atomic_files.py: a message or result file appears only once it is whole.

The stock filesystem broker creates `<stamp>_<uuid>.<queue>.msg` and then writes it, so a worker
listing the queue in between takes an empty message (and loses the task). Each test looks at the
folder at the moment the bytes are written: the final name must not be there yet.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from kombu import Connection

from tests.examples._support import EXAMPLES


@pytest.fixture
def atomic_files(monkeypatch: pytest.MonkeyPatch) -> Iterator[ModuleType]:
    monkeypatch.syspath_prepend(str(EXAMPLES / "monzo_celery"))
    import atomic_files

    yield atomic_files
    sys.modules.pop("atomic_files", None)


def _watch_writes(monkeypatch: pytest.MonkeyPatch, module: ModuleType, folder: Path) -> list[list[str]]:
    """What `folder` held each time the module wrote bytes to a file."""
    seen: list[list[str]] = []
    real_open = open

    class Watched(io.FileIO):
        def write(self, data: Any) -> int:
            seen.append(sorted(p.name for p in folder.iterdir()))
            return super().write(data)

    def watched_open(path: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        return Watched(path, "wb") if mode == "wb" else real_open(path, mode, *args, **kwargs)

    monkeypatch.setattr(module, "open", watched_open, raising=False)
    return seen


def test_a_message_is_in_the_queue_only_once_written_and_is_read_whole(
    atomic_files: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    queue = tmp_path / "queue"
    queue.mkdir()
    options = {"data_folder_in": str(queue), "data_folder_out": str(queue), "processed_folder": str(tmp_path)}
    seen = _watch_writes(monkeypatch, atomic_files, queue)
    with Connection("filesystem://", transport=atomic_files.Transport, transport_options=options) as connection:
        with connection.SimpleQueue("tasks") as simple:
            simple.put({"task": "sync_all_accounts", "n": 1})
            assert seen and not any(name.endswith(".msg") for name in seen[0])  # only the ".partial" file then
            assert [p.name for p in queue.iterdir() if p.name.endswith(".msg")] != []
            assert not any(p.name.endswith(".partial") for p in queue.iterdir())
            message = simple.get(timeout=1)
            assert message.payload == {"task": "sync_all_accounts", "n": 1}
            message.ack()


def test_a_result_file_appears_whole(atomic_files: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from celery import Celery

    backend = atomic_files.FilesystemBackend(app=Celery(set_as_current=False), url=f"file://{tmp_path}")
    seen = _watch_writes(monkeypatch, atomic_files, tmp_path)
    backend.set(b"celery-task-meta-1", b'{"status": "SUCCESS"}')
    assert seen and all("celery-task-meta-1" not in names for names in seen)  # not there while written
    assert backend.get(b"celery-task-meta-1") == b'{"status": "SUCCESS"}'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["celery-task-meta-1"]
