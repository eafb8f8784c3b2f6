from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BloomError")


@_attrs_define
class BloomError:
    """Error body of the v1 API (ASP.NET Web API style). Usually only `Message` is present; server errors may add the
    exception fields. Some failures send a bare JSON string instead (see the shared error responses).

        Example:
            {'Message': 'Authorization has been denied for this request.'}

        Attributes:
            message (None | str | Unset): Human-readable error message.
            message_detail (None | str | Unset): Extra detail, sent for some routing and binding errors.
            exception_message (None | str | Unset): Message of the server-side exception (500s).
            exception_type (None | str | Unset): Type of the server-side exception (500s).
            stack_trace (None | str | Unset): Server stack trace, when the server includes it.
            inner_exception (BloomError | None | Unset):
    """

    message: None | str | Unset = UNSET
    message_detail: None | str | Unset = UNSET
    exception_message: None | str | Unset = UNSET
    exception_type: None | str | Unset = UNSET
    stack_trace: None | str | Unset = UNSET
    inner_exception: BloomError | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        message_detail: None | str | Unset
        if isinstance(self.message_detail, Unset):
            message_detail = UNSET
        else:
            message_detail = self.message_detail

        exception_message: None | str | Unset
        if isinstance(self.exception_message, Unset):
            exception_message = UNSET
        else:
            exception_message = self.exception_message

        exception_type: None | str | Unset
        if isinstance(self.exception_type, Unset):
            exception_type = UNSET
        else:
            exception_type = self.exception_type

        stack_trace: None | str | Unset
        if isinstance(self.stack_trace, Unset):
            stack_trace = UNSET
        else:
            stack_trace = self.stack_trace

        inner_exception: dict[str, Any] | None | Unset
        if isinstance(self.inner_exception, Unset):
            inner_exception = UNSET
        elif isinstance(self.inner_exception, BloomError):
            inner_exception = self.inner_exception.to_dict()
        else:
            inner_exception = self.inner_exception

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["Message"] = message
        if message_detail is not UNSET:
            field_dict["MessageDetail"] = message_detail
        if exception_message is not UNSET:
            field_dict["ExceptionMessage"] = exception_message
        if exception_type is not UNSET:
            field_dict["ExceptionType"] = exception_type
        if stack_trace is not UNSET:
            field_dict["StackTrace"] = stack_trace
        if inner_exception is not UNSET:
            field_dict["InnerException"] = inner_exception

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("Message", UNSET))

        def _parse_message_detail(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message_detail = _parse_message_detail(d.pop("MessageDetail", UNSET))

        def _parse_exception_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exception_message = _parse_exception_message(d.pop("ExceptionMessage", UNSET))

        def _parse_exception_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exception_type = _parse_exception_type(d.pop("ExceptionType", UNSET))

        def _parse_stack_trace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stack_trace = _parse_stack_trace(d.pop("StackTrace", UNSET))

        def _parse_inner_exception(data: object) -> BloomError | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                inner_exception_type_0 = BloomError.from_dict(data)

                return inner_exception_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BloomError | None | Unset, data)

        inner_exception = _parse_inner_exception(d.pop("InnerException", UNSET))

        bloom_error = cls(
            message=message,
            message_detail=message_detail,
            exception_message=exception_message,
            exception_type=exception_type,
            stack_trace=stack_trace,
            inner_exception=inner_exception,
        )

        bloom_error.additional_properties = d
        return bloom_error

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
