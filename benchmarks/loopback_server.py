"""A minimal keep-alive HTTP/1.1 server on 127.0.0.1, in its own process, serving canned JSON.

Fast enough that client-side costs dominate what the benchmarks measure, and identical for the
baseline (raw httpx) and the facade, so their ratio isolates the facade's overhead.

    python -m benchmarks.loopback_server ROUTES.json   # prints the port, then serves until killed
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path


def _response(body: bytes, status: str = "200 OK") -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


async def serve(routes: dict[str, bytes]) -> None:
    missing = _response(b'{"message": "no route"}', "404 Not Found")

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                target = lines[0].split(" ")[1]
                length = 0
                for line in lines[1:]:
                    if line.lower().startswith("content-length:"):
                        length = int(line.split(":", 1)[1])
                if length:
                    await reader.readexactly(length)
                path = target.split("?", 1)[0]
                writer.write(routes.get(path, missing))
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=512)
    port = server.sockets[0].getsockname()[1]
    print(port, flush=True)
    async with server:
        await server.serve_forever()


def main() -> None:
    raw = json.loads(Path(sys.argv[1]).read_text())
    routes = {path: _response(json.dumps(body).encode()) for path, body in raw.items()}
    asyncio.run(serve(routes))


if __name__ == "__main__":
    main()
