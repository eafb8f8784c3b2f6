from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.archive_period import ArchivePeriod
from ..models.archive_type import ArchiveType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Archive")


@_attrs_define
class Archive:
    """An archive of messages or runs for one day or month.

    Attributes:
        type_ (ArchiveType):
        start_date (datetime.date):
        period (ArchivePeriod):
        record_count (int):
        size (int): Size of the gzipped content in bytes.
        hash_ (None | str): MD5 of the gzipped content, null for an empty archive.
        download_url (None | str): Temporary download link, null for an empty archive.
        archive_type (str | Unset): Same as `type`.
    """

    type_: ArchiveType
    start_date: datetime.date
    period: ArchivePeriod
    record_count: int
    size: int
    hash_: None | str
    download_url: None | str
    archive_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        start_date = self.start_date.isoformat()

        period = self.period.value

        record_count = self.record_count

        size = self.size

        hash_: None | str
        hash_ = self.hash_

        download_url: None | str
        download_url = self.download_url

        archive_type = self.archive_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "start_date": start_date,
                "period": period,
                "record_count": record_count,
                "size": size,
                "hash": hash_,
                "download_url": download_url,
            }
        )
        if archive_type is not UNSET:
            field_dict["archive_type"] = archive_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = ArchiveType(d.pop("type"))

        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        period = ArchivePeriod(d.pop("period"))

        record_count = d.pop("record_count")

        size = d.pop("size")

        def _parse_hash_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        hash_ = _parse_hash_(d.pop("hash"))

        def _parse_download_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        download_url = _parse_download_url(d.pop("download_url"))

        archive_type = d.pop("archive_type", UNSET)

        archive = cls(
            type_=type_,
            start_date=start_date,
            period=period,
            record_count=record_count,
            size=size,
            hash_=hash_,
            download_url=download_url,
            archive_type=archive_type,
        )

        archive.additional_properties = d
        return archive

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
