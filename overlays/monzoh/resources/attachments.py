"""`client.attachments`: attach images to transactions (uploaded to Monzo, or hosted by you)."""

from __future__ import annotations

import mimetypes
from pathlib import Path

from monzo_api.api.attachments import deregister_attachment, register_attachment, upload_attachment
from monzo_api.models import AttachmentDeregisterRequest, AttachmentRegisterRequest, AttachmentUploadRequest
from monzo_api.pydantic_models import Attachment, AttachmentResponse, AttachmentUpload
from overlay_runtime import Call, ClientT, ExternalRequest, OperationFlow, Resource, field_of, model, nothing, operation

from .._exceptions import MonzoValidationError
from .._params import required


def register_call(transaction_id: str, file_url: str, file_type: str) -> Call[Attachment]:
    body = AttachmentRegisterRequest(
        external_id=required(transaction_id, "transaction_id"),
        file_url=required(file_url, "file_url"),
        file_type=required(file_type, "file_type"),
    )
    return Call(register_attachment.build_request(body=body), parse=field_of(AttachmentResponse, "attachment"))


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


class Attachments(Resource[ClientT]):
    @operation
    def upload(
        self,
        transaction_id: str,
        file_path: str | Path | None = None,
        file_name: str | None = None,
        file_type: str | None = None,
        file_data: bytes | None = None,
    ) -> OperationFlow[Attachment]:
        """Upload an image (from `file_path` or `file_data`) and attach it to the transaction.

        Monzo hands out an upload URL, the bytes go there (with no Monzo credentials), then the
        file is registered against the transaction.
        """
        required(transaction_id, "transaction_id")
        name, kind, data = _file(file_path, file_name, file_type, file_data)
        body = AttachmentUploadRequest(file_name=name, file_type=kind, content_length=len(data))
        upload: AttachmentUpload = yield Call(upload_attachment.build_request(body=body), parse=model(AttachmentUpload))
        put = ExternalRequest("PUT", upload.upload_url, content=data, headers={"Content-Type": kind})
        yield Call(put, parse=nothing, authenticated=False)
        attachment: Attachment = yield register_call(transaction_id, upload.file_url, kind)
        return attachment

    @operation
    def register(self, transaction_id: str, file_url: str, file_type: str) -> Call[Attachment]:
        """Attach an image you host at `file_url`."""
        return register_call(transaction_id, file_url, file_type)

    @operation
    def deregister(self, attachment_id: str) -> Call[None]:
        body = AttachmentDeregisterRequest(id=required(attachment_id, "attachment_id"))
        return Call(deregister_attachment.build_request(body=body), parse=nothing)
