"""The one loopback server every library in `nox -s bench -- peers` talks to, in its own process.

    python -m benchmarks.peers.server ROUTES.json   # prints the port, then serves until killed

ROUTES.json: `{"routes": {path: body}, "delay": {path prefix: seconds}, "contacts": [pages, size]}`.
A path answers its body whatever the query (a Monzo sandbox transaction list, a Bloom meeting's
parts, ...), after the delay of its longest matching prefix; `/api/v2/contacts.json` pages through
`pages` x `size` contacts shaped like the real RapidPro server's (benchmarks/rapidpro_export.py),
following its `cursor`. Every response is rendered once, before the port is printed.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from urllib.parse import parse_qs

from benchmarks.rapidpro_export import _pages

MISSING = b"HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"
CONTACTS = "/api/v2/contacts.json"


def _response(body: object) -> bytes:
    data = json.dumps(body).encode()
    return b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (len(data), data)


async def serve(config: dict[str, object]) -> None:
    routes = {path: _response(body) for path, body in dict(config.get("routes", {})).items()}  # type: ignore[call-overload]
    delays: dict[str, float] = dict(config.get("delay", {}))  # type: ignore[call-overload]
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
        count, size = config["contacts"]  # type: ignore[misc]
        pages.update(_pages(port, count, size))
    print(port, flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(serve(json.loads(Path(sys.argv[1]).read_text())))
