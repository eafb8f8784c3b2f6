"""The one loopback server every benchmark talks to: keep-alive HTTP/1.1 on 127.0.0.1, in its own process.

Fast enough that client-side costs dominate what the benchmarks measure, and identical for the
baseline (raw httpx) and the client measured, so their ratio isolates the client's costs.

    with serving({"routes": {"/accounts": {...}}, "delay": {"/api/v1/": 0.05}, "contacts": [400, 250]}) as url:
        ...

- `routes`: a path answers its JSON body whatever the query;
- `delay`: seconds before answering, by the longest matching path prefix;
- `contacts`: `/api/v2/contacts.json` pages through `pages` x `size` contacts shaped like the real
  RapidPro server's, following its `cursor`.

Every response is rendered once, before the port is printed (`python -m benchmarks.loopback_server CONFIG.json`).
"""

from __future__ import annotations

import asyncio
import base64
import json
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

ROOT = Path(__file__).resolve().parent.parent
CONTACTS = "/api/v2/contacts.json"
MISSING = b"HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"


def contact(i: int) -> dict[str, Any]:
    """Contact number `i`, with the fields and formats the real server sends."""
    stamp = f"2026-03-01T{(i // 3600) % 24:02d}:{(i // 60) % 60:02d}:{i % 60:02d}.{i % 1000000:06d}Z"
    return {
        "uuid": str(uuid.UUID(int=i + 1)),
        "name": f"Contact {i}",
        "status": "active",
        "language": "eng",
        "urns": [f"tel:+250788{i:06d}"],
        "groups": [{"uuid": "5a4eb79e-1b1f-4ae3-8700-09384cca385f", "name": "Farmers"}],
        "notes": [],
        "fields": {"age": str(20 + i % 50), "district": "Gasabo", "registered": stamp},
        "flow": None,
        "created_on": stamp,
        "modified_on": stamp,
        "last_seen_on": stamp,
        "blocked": False,
        "stopped": False,
    }


def _cursor(page: int) -> str:
    return base64.urlsafe_b64encode(f"p={page}".encode()).decode()


def _response(data: bytes) -> bytes:
    head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(data)}\r\n\r\n"
    return head.encode() + data


def contact_pages(port: int, pages: int, size: int) -> dict[str, bytes]:
    """Every contacts page's full HTTP response, keyed by its cursor ("" for the first)."""
    base = f"http://127.0.0.1:{port}{CONTACTS}"
    rendered: dict[str, bytes] = {}
    for page in range(pages):
        body = {
            "next": f"{base}?cursor={_cursor(page + 1)}" if page + 1 < pages else None,
            "previous": f"{base}?cursor={_cursor(page - 1)}" if page else None,
            "results": [contact(page * size + i) for i in range(size)],
        }
        rendered["" if page == 0 else _cursor(page)] = _response(json.dumps(body).encode())
    return rendered


async def serve(config: dict[str, Any]) -> None:
    routes = {path: _response(json.dumps(body).encode()) for path, body in config.get("routes", {}).items()}
    delays: dict[str, float] = config.get("delay", {})
    pages: dict[str, bytes] = {}

    def delay_of(path: str) -> float:
        best = max((prefix for prefix in delays if path.startswith(prefix)), key=len, default=None)
        return delays[best] if best is not None else 0.0

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                target = head.split(b" ", 2)[1].decode()
                path, _, query = target.partition("?")
                for line in head.split(b"\r\n")[1:]:
                    if line[:15].lower() == b"content-length:" and int(line[15:]):
                        await reader.readexactly(int(line[15:]))
                if path == CONTACTS:
                    response = pages.get(parse_qs(query).get("cursor", [""])[0], MISSING)
                else:
                    response = routes.get(path, MISSING)
                wait = delay_of(path)
                if wait:
                    await asyncio.sleep(wait)
                writer.write(response)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=512)
    port = server.sockets[0].getsockname()[1]
    if "contacts" in config:
        count, size = config["contacts"]
        pages.update(contact_pages(port, count, size))
    print(port, flush=True)
    async with server:
        await server.serve_forever()


@contextmanager
def serving(config: dict[str, Any]) -> Iterator[str]:
    """The base URL of a server process for `config` (see the module), until the block ends."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "config.json"
        path.write_text(json.dumps(config))
        command = [sys.executable, "-m", "benchmarks.loopback_server", str(path)]
        proc = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=ROOT)
        try:
            assert proc.stdout is not None
            yield f"http://127.0.0.1:{proc.stdout.readline().strip()}"
        finally:
            proc.kill()
            proc.wait()


if __name__ == "__main__":
    asyncio.run(serve(json.loads(Path(sys.argv[1]).read_text())))
