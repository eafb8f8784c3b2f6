"""`client.attachments`: attach images to transactions (uploaded to Monzo, or hosted by you)."""

from __future__ import annotations

import mimetypes
from collections.abc import Generator
from pathlib import Path
from typing import Any

from monzo_api.pydantic_models import Attachment, AttachmentResponse, AttachmentUpload
from overlay_runtime import AsyncResource, Call, SyncResource, field_of, model, nothing

from .._exceptions import MonzoValidationError
from .._params import required


def register_attachment(transaction_id: str, file_url: str, file_type: str) -> Call[Attachment]:
    form = {
        "external_id": required(transaction_id, "transaction_id"),
        "file_url": required(file_url, "file_url"),
        "file_type": required(file_type, "file_type"),
    }
    return Call("POST", "/attachment/register", data=form, parse=field_of(AttachmentResponse, "attachment"))


def deregister_attachment(attachment_id: str) -> Call[None]:
    return Call("POST", "/attachment/deregister", data={"id": required(attachment_id, "attachment_id")}, parse=nothing)


def _file(
    file_path: str | Path | None, file_name: str | None, file_type: str | None, file_data: bytes | None
) -> tuple[str, str, bytes]:
    if file_data is None:
        if file_path is None:
            raise MonzoValidationError("attachments.upload() needs file_path or file_data")
        file_data = Path(file_path).read_bytes()
    name = file_name or (Path(file_path).name if file_path is not None else None)
    if not name:
        raise MonzoValidationError("attachments.upload() with file_data needs file_name")
    kind = file_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
    return name, kind, file_data


def upload_attachment(
    transaction_id: str,
    file_path: str | Path | None = None,
    file_name: str | None = None,
    file_type: str | None = None,
    file_data: bytes | None = None,
) -> Generator[Any, Any, Attachment]:
    """Ask Monzo for an upload URL, PUT the bytes there (no Monzo credentials), then register the file."""
    name, kind, data = _file(file_path, file_name, file_type, file_data)
    form = {"file_name": name, "file_type": kind, "content_length": str(len(data))}
    upload: AttachmentUpload = yield Call("POST", "/attachment/upload", data=form, parse=model(AttachmentUpload))
    yield Call(
        "PUT", upload.upload_url, content=data, headers={"Content-Type": kind}, parse=nothing, authenticated=False
    )
    attachment: Attachment = yield register_attachment(transaction_id, upload.file_url, kind)
    return attachment


class Attachments(SyncResource):
    def upload(
        self,
        transaction_id: str,
        file_path: str | Path | None = None,
        file_name: str | None = None,
        file_type: str | None = None,
        file_data: bytes | None = None,
    ) -> Attachment:
        """Upload an image (from `file_path` or `file_data`) and attach it to the transaction."""
        return self._client.run(upload_attachment(transaction_id, file_path, file_name, file_type, file_data))

    def register(self, transaction_id: str, file_url: str, file_type: str) -> Attachment:
        """Attach an image you host at `file_url`."""
        return self._client.run(register_attachment(transaction_id, file_url, file_type))

    def deregister(self, attachment_id: str) -> None:
        self._client.run(deregister_attachment(attachment_id))


class AsyncAttachments(AsyncResource):
    async def upload(
        self,
        transaction_id: str,
        file_path: str | Path | None = None,
        file_name: str | None = None,
        file_type: str | None = None,
        file_data: bytes | None = None,
    ) -> Attachment:
        """Upload an image (from `file_path` or `file_data`) and attach it to the transaction."""
        return await self._client.run(upload_attachment(transaction_id, file_path, file_name, file_type, file_data))

    async def register(self, transaction_id: str, file_url: str, file_type: str) -> Attachment:
        """Attach an image you host at `file_url`."""
        return await self._client.run(register_attachment(transaction_id, file_url, file_type))

    async def deregister(self, attachment_id: str) -> None:
        await self._client.run(deregister_attachment(attachment_id))
