"""`client.media`: upload a file, to attach its UUID to messages and broadcasts."""

from __future__ import annotations

import io
import mimetypes
from pathlib import Path
from typing import IO, BinaryIO, TypeAlias, cast

from overlay_runtime import Call, ClientT, Resource, model, operation
from rapidpro_api.api.media import upload_media
from rapidpro_api.models import MediaUpload
from rapidpro_api.pydantic_models import Media
from rapidpro_api.types import File

Upload: TypeAlias = bytes | IO[bytes] | Path


def upload_file(file: Upload, filename: str | None, content_type: str | None) -> File:
    """The multipart file: its name from `filename`, else the file's own; its type given, or guessed from the name."""
    if isinstance(file, Path):
        filename = filename or file.name
        content: bytes | IO[bytes] = file.read_bytes()
    else:
        content = file
        filename = filename or getattr(file, "name", None) or "upload"
    name = Path(str(filename)).name
    kind = content_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
    payload = io.BytesIO(content) if isinstance(content, bytes) else cast(BinaryIO, content)
    return File(payload=payload, file_name=name, mime_type=kind)


class MediaFiles(Resource[ClientT]):
    @operation
    def upload(self, file: Upload, *, filename: str | None = None, content_type: str | None = None) -> Call[Media]:
        """Upload an image, audio, video or PDF (up to 25 MB); the type is guessed from the name if not given."""
        body = MediaUpload(file=upload_file(file, filename, content_type))
        return Call(upload_media.build_request(body=body), parse=model(Media))
