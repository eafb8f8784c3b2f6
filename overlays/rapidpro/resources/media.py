"""`client.media`: upload a file, to attach its UUID to messages and broadcasts."""

from __future__ import annotations

import mimetypes
from pathlib import Path
from typing import IO

from overlay_runtime import AsyncResource, Call, SyncResource, model
from rapidpro_api.pydantic_models import Media

PATH = "media.json"
Upload = bytes | IO[bytes] | Path


def upload_media(file: Upload, filename: str | None, content_type: str | None) -> Call[Media]:
    if isinstance(file, Path):
        filename = filename or file.name
        content: bytes | IO[bytes] = file.read_bytes()
    else:
        content = file
        filename = filename or getattr(file, "name", None) or "upload"
    name = Path(str(filename)).name
    kind = content_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
    return Call("POST", PATH, files={"file": (name, content, kind)}, parse=model(Media))


class MediaFiles(SyncResource):
    def upload(self, file: Upload, *, filename: str | None = None, content_type: str | None = None) -> Media:
        """Upload an image, audio, video or PDF (up to 25 MB); the type is guessed from the name if not given."""
        return self._client.run(upload_media(file, filename, content_type))


class AsyncMediaFiles(AsyncResource):
    async def upload(self, file: Upload, *, filename: str | None = None, content_type: str | None = None) -> Media:
        """Upload an image, audio, video or PDF (up to 25 MB); the type is guessed from the name if not given."""
        return await self._client.run(upload_media(file, filename, content_type))
