from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.search_result_result_type import SearchResultResultType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchResult")


@_attrs_define
class SearchResult:
    """A search hit. Placeholder users have an empty `Email` and the `/i/userplaceholder` image.

    Example:
        {'Id': 345678, 'Name': 'Jane Cooper', 'Description': 'VP of Sales', 'OrganizationId': 51234, 'Organization':
            'Acme Manufacturing', 'Email': 'jane.cooper@acme.example', 'ImageUrl':
            'https://app.bloomgrowth.com/i/userplaceholder', 'ResultType': 'User'}

    Attributes:
        id (int):
        name (None | str | Unset):
        description (None | str | Unset): For users: their position.
        organization_id (int | None | Unset):
        organization (None | str | Unset):
        email (None | str | Unset):
        image_url (None | str | Unset):
        alt_icon (None | str | Unset):
        result_type (SearchResultResultType | Unset):
        item_name (None | str | Unset):
        item_image_url (None | str | Unset):
        item_value (None | str | Unset):
        item_description (None | str | Unset):
    """

    id: int
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    organization_id: int | None | Unset = UNSET
    organization: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    image_url: None | str | Unset = UNSET
    alt_icon: None | str | Unset = UNSET
    result_type: SearchResultResultType | Unset = UNSET
    item_name: None | str | Unset = UNSET
    item_image_url: None | str | Unset = UNSET
    item_value: None | str | Unset = UNSET
    item_description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        organization_id: int | None | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id

        organization: None | str | Unset
        if isinstance(self.organization, Unset):
            organization = UNSET
        else:
            organization = self.organization

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        alt_icon: None | str | Unset
        if isinstance(self.alt_icon, Unset):
            alt_icon = UNSET
        else:
            alt_icon = self.alt_icon

        result_type: str | Unset = UNSET
        if not isinstance(self.result_type, Unset):
            result_type = self.result_type.value

        item_name: None | str | Unset
        if isinstance(self.item_name, Unset):
            item_name = UNSET
        else:
            item_name = self.item_name

        item_image_url: None | str | Unset
        if isinstance(self.item_image_url, Unset):
            item_image_url = UNSET
        else:
            item_image_url = self.item_image_url

        item_value: None | str | Unset
        if isinstance(self.item_value, Unset):
            item_value = UNSET
        else:
            item_value = self.item_value

        item_description: None | str | Unset
        if isinstance(self.item_description, Unset):
            item_description = UNSET
        else:
            item_description = self.item_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
            }
        )
        if name is not UNSET:
            field_dict["Name"] = name
        if description is not UNSET:
            field_dict["Description"] = description
        if organization_id is not UNSET:
            field_dict["OrganizationId"] = organization_id
        if organization is not UNSET:
            field_dict["Organization"] = organization
        if email is not UNSET:
            field_dict["Email"] = email
        if image_url is not UNSET:
            field_dict["ImageUrl"] = image_url
        if alt_icon is not UNSET:
            field_dict["AltIcon"] = alt_icon
        if result_type is not UNSET:
            field_dict["ResultType"] = result_type
        if item_name is not UNSET:
            field_dict["ItemName"] = item_name
        if item_image_url is not UNSET:
            field_dict["ItemImageUrl"] = item_image_url
        if item_value is not UNSET:
            field_dict["ItemValue"] = item_value
        if item_description is not UNSET:
            field_dict["ItemDescription"] = item_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("Id")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("Name", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("Description", UNSET))

        def _parse_organization_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        organization_id = _parse_organization_id(d.pop("OrganizationId", UNSET))

        def _parse_organization(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization = _parse_organization(d.pop("Organization", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("Email", UNSET))

        def _parse_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_url = _parse_image_url(d.pop("ImageUrl", UNSET))

        def _parse_alt_icon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alt_icon = _parse_alt_icon(d.pop("AltIcon", UNSET))

        _result_type = d.pop("ResultType", UNSET)
        result_type: SearchResultResultType | Unset
        if isinstance(_result_type, Unset):
            result_type = UNSET
        else:
            result_type = SearchResultResultType(_result_type)

        def _parse_item_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        item_name = _parse_item_name(d.pop("ItemName", UNSET))

        def _parse_item_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        item_image_url = _parse_item_image_url(d.pop("ItemImageUrl", UNSET))

        def _parse_item_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        item_value = _parse_item_value(d.pop("ItemValue", UNSET))

        def _parse_item_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        item_description = _parse_item_description(d.pop("ItemDescription", UNSET))

        search_result = cls(
            id=id,
            name=name,
            description=description,
            organization_id=organization_id,
            organization=organization,
            email=email,
            image_url=image_url,
            alt_icon=alt_icon,
            result_type=result_type,
            item_name=item_name,
            item_image_url=item_image_url,
            item_value=item_value,
            item_description=item_description,
        )

        search_result.additional_properties = d
        return search_result

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
