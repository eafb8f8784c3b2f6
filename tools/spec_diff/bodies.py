"""Body rules: the request body and the responses of one operation: presence, required or not,
statuses, response headers, content types, and each content type's schema."""

from __future__ import annotations

from typing import Any

from .base import Where, media_schemas
from .schema import join
from .schemas import SchemaRules


class BodyRules(SchemaRules):
    """The request body and the responses of one operation."""

    def _request_body(self, old_op: dict[str, Any], old_ptr: str, new_op: dict[str, Any], new_ptr: str) -> None:
        old_body, old_bp = self.old.resolve(old_op.get("requestBody"), join(old_ptr, "requestBody"))
        new_body, new_bp = self.new.resolve(new_op.get("requestBody"), join(new_ptr, "requestBody"))
        if not isinstance(old_body, dict) and not isinstance(new_body, dict):
            return
        if not isinstance(new_body, dict):
            self.emit("request_body_removed", True, old_bp, "request body removed: the old client still sends one")
            return
        if not isinstance(old_body, dict):
            if new_body.get("required") and not self.webhook:
                self.emit("required_request_body_added", True, new_bp, "required request body added")
            else:
                self.emit("request_body_added", False, new_bp, "optional request body added")
            return
        was, now = bool(old_body.get("required")), bool(new_body.get("required"))
        if was != now:
            if now:
                self.emit("request_body_became_required", not self.webhook, new_bp, "request body became required")
            else:
                self.emit("request_body_became_optional", False, new_bp, "request body became optional")
        old_c, new_c = media_schemas(old_body, old_bp), media_schemas(new_body, new_bp)
        for media in sorted(old_c.keys() - new_c.keys()):
            self.emit(
                "request_content_type_removed",
                True,
                join(old_bp, "content", media),
                f"request content type {media} removed: the old client may still send it",
            )
        for media in sorted(new_c.keys() - old_c.keys()):
            self.emit(
                "request_content_type_added",
                False,
                join(new_bp, "content", media),
                f"request content type {media} added",
            )
        for media in sorted(old_c.keys() & new_c.keys()):
            label = "webhook payload" if self.webhook else "request body"
            where = Where("request", label, f"request {media}", outgoing=not self.webhook)
            self.schema(*old_c[media], *new_c[media], where)

    def _responses(self, old_op: dict[str, Any], old_ptr: str, new_op: dict[str, Any], new_ptr: str) -> None:
        old_rs = {str(k): v for k, v in (old_op.get("responses") or {}).items()}
        new_rs = {str(k): v for k, v in (new_op.get("responses") or {}).items()}
        for status in sorted(old_rs.keys() - new_rs.keys()):
            success = status.startswith("2")
            self.emit(
                "response_status_removed",
                success,
                join(old_ptr, "responses", status),
                f"response status {status} removed"
                + (": the old client expects this success status" if success else ""),
            )
        for status in sorted(new_rs.keys() - old_rs.keys()):
            self.emit(
                "response_status_added", False, join(new_ptr, "responses", status), f"response status {status} added"
            )
        for status in sorted(old_rs.keys() & new_rs.keys()):
            old_r, old_rp = self.old.resolve(old_rs[status], join(old_ptr, "responses", status))
            new_r, new_rp = self.new.resolve(new_rs[status], join(new_ptr, "responses", status))
            if not isinstance(old_r, dict) or not isinstance(new_r, dict):
                continue
            route = f"response {status}"
            old_h = {str(k).lower(): k for k in (old_r.get("headers") or {})}
            new_h = {str(k).lower(): k for k in (new_r.get("headers") or {})}
            for h in sorted(old_h.keys() - new_h.keys()):
                self.emit(
                    "response_header_removed",
                    True,
                    join(old_rp, "headers", old_h[h]),
                    f"response header `{old_h[h]}` removed",
                    route=route,
                )
            for h in sorted(new_h.keys() - old_h.keys()):
                self.emit(
                    "response_header_added",
                    False,
                    join(new_rp, "headers", new_h[h]),
                    f"response header `{new_h[h]}` added",
                    route=route,
                )
            old_c, new_c = media_schemas(old_r, old_rp), media_schemas(new_r, new_rp)
            for media in sorted(old_c.keys() - new_c.keys()):
                self.emit(
                    "response_content_type_removed",
                    True,
                    join(old_rp, "content", media),
                    f"response content type {media} removed",
                    route=route,
                )
            for media in sorted(new_c.keys() - old_c.keys()):
                self.emit(
                    "response_content_type_added",
                    False,
                    join(new_rp, "content", media),
                    f"response content type {media} added",
                    route=route,
                )
            for media in sorted(old_c.keys() & new_c.keys()):
                where = Where("response", "response body", f"{route} {media}", outgoing=self.webhook)
                self.schema(*old_c[media], *new_c[media], where)
