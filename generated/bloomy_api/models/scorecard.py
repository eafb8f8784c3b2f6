from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scorecard_scorecard_week_day import ScorecardScorecardWeekDay
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.measurable import Measurable
    from ..models.measurable_order import MeasurableOrder
    from ..models.score import Score
    from ..models.scorecard_week import ScorecardWeek


T = TypeVar("T", bound="Scorecard")


@_attrs_define
class Scorecard:
    """A scorecard (of a user or a meeting). Score-only responses carry just `Scores`.

    Attributes:
        id (int | None | Unset):
        type_ (None | str | Unset): Entity kind tag that many v1 objects carry (for example `NameId`, `TodoModel`).
        key (None | str | Unset): `<Type>_<Id>` key that many v1 objects carry.
        measurable_order (list[MeasurableOrder] | None | Unset):
        measurables (list[Measurable] | None | Unset):
        scores (list[Score] | None | Unset):
        weeks (list[ScorecardWeek] | None | Unset):
        reverse_scorecard (bool | None | Unset):
        scorecard_week_day (ScorecardScorecardWeekDay | Unset):
        period (None | str | Unset):
        date_format_1 (None | str | Unset):
        date_format_2 (None | str | Unset):
    """

    id: int | None | Unset = UNSET
    type_: None | str | Unset = UNSET
    key: None | str | Unset = UNSET
    measurable_order: list[MeasurableOrder] | None | Unset = UNSET
    measurables: list[Measurable] | None | Unset = UNSET
    scores: list[Score] | None | Unset = UNSET
    weeks: list[ScorecardWeek] | None | Unset = UNSET
    reverse_scorecard: bool | None | Unset = UNSET
    scorecard_week_day: ScorecardScorecardWeekDay | Unset = UNSET
    period: None | str | Unset = UNSET
    date_format_1: None | str | Unset = UNSET
    date_format_2: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        key: None | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        else:
            key = self.key

        measurable_order: list[dict[str, Any]] | None | Unset
        if isinstance(self.measurable_order, Unset):
            measurable_order = UNSET
        elif isinstance(self.measurable_order, list):
            measurable_order = []
            for measurable_order_type_0_item_data in self.measurable_order:
                measurable_order_type_0_item = measurable_order_type_0_item_data.to_dict()
                measurable_order.append(measurable_order_type_0_item)

        else:
            measurable_order = self.measurable_order

        measurables: list[dict[str, Any]] | None | Unset
        if isinstance(self.measurables, Unset):
            measurables = UNSET
        elif isinstance(self.measurables, list):
            measurables = []
            for measurables_type_0_item_data in self.measurables:
                measurables_type_0_item = measurables_type_0_item_data.to_dict()
                measurables.append(measurables_type_0_item)

        else:
            measurables = self.measurables

        scores: list[dict[str, Any]] | None | Unset
        if isinstance(self.scores, Unset):
            scores = UNSET
        elif isinstance(self.scores, list):
            scores = []
            for scores_type_0_item_data in self.scores:
                scores_type_0_item = scores_type_0_item_data.to_dict()
                scores.append(scores_type_0_item)

        else:
            scores = self.scores

        weeks: list[dict[str, Any]] | None | Unset
        if isinstance(self.weeks, Unset):
            weeks = UNSET
        elif isinstance(self.weeks, list):
            weeks = []
            for weeks_type_0_item_data in self.weeks:
                weeks_type_0_item = weeks_type_0_item_data.to_dict()
                weeks.append(weeks_type_0_item)

        else:
            weeks = self.weeks

        reverse_scorecard: bool | None | Unset
        if isinstance(self.reverse_scorecard, Unset):
            reverse_scorecard = UNSET
        else:
            reverse_scorecard = self.reverse_scorecard

        scorecard_week_day: str | Unset = UNSET
        if not isinstance(self.scorecard_week_day, Unset):
            scorecard_week_day = self.scorecard_week_day.value

        period: None | str | Unset
        if isinstance(self.period, Unset):
            period = UNSET
        else:
            period = self.period

        date_format_1: None | str | Unset
        if isinstance(self.date_format_1, Unset):
            date_format_1 = UNSET
        else:
            date_format_1 = self.date_format_1

        date_format_2: None | str | Unset
        if isinstance(self.date_format_2, Unset):
            date_format_2 = UNSET
        else:
            date_format_2 = self.date_format_2

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["Id"] = id
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if key is not UNSET:
            field_dict["Key"] = key
        if measurable_order is not UNSET:
            field_dict["MeasurableOrder"] = measurable_order
        if measurables is not UNSET:
            field_dict["Measurables"] = measurables
        if scores is not UNSET:
            field_dict["Scores"] = scores
        if weeks is not UNSET:
            field_dict["Weeks"] = weeks
        if reverse_scorecard is not UNSET:
            field_dict["ReverseScorecard"] = reverse_scorecard
        if scorecard_week_day is not UNSET:
            field_dict["ScorecardWeekDay"] = scorecard_week_day
        if period is not UNSET:
            field_dict["Period"] = period
        if date_format_1 is not UNSET:
            field_dict["DateFormat1"] = date_format_1
        if date_format_2 is not UNSET:
            field_dict["DateFormat2"] = date_format_2

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.measurable import Measurable  # noqa: PLC0415
        from ..models.measurable_order import MeasurableOrder  # noqa: PLC0415
        from ..models.score import Score  # noqa: PLC0415
        from ..models.scorecard_week import ScorecardWeek  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("Id", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("Type", UNSET))

        def _parse_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        key = _parse_key(d.pop("Key", UNSET))

        def _parse_measurable_order(data: object) -> list[MeasurableOrder] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                measurable_order_type_0 = []
                _measurable_order_type_0 = data
                for measurable_order_type_0_item_data in _measurable_order_type_0:
                    measurable_order_type_0_item = MeasurableOrder.from_dict(measurable_order_type_0_item_data)

                    measurable_order_type_0.append(measurable_order_type_0_item)

                return measurable_order_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MeasurableOrder] | None | Unset, data)

        measurable_order = _parse_measurable_order(d.pop("MeasurableOrder", UNSET))

        def _parse_measurables(data: object) -> list[Measurable] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                measurables_type_0 = []
                _measurables_type_0 = data
                for measurables_type_0_item_data in _measurables_type_0:
                    measurables_type_0_item = Measurable.from_dict(measurables_type_0_item_data)

                    measurables_type_0.append(measurables_type_0_item)

                return measurables_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Measurable] | None | Unset, data)

        measurables = _parse_measurables(d.pop("Measurables", UNSET))

        def _parse_scores(data: object) -> list[Score] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                scores_type_0 = []
                _scores_type_0 = data
                for scores_type_0_item_data in _scores_type_0:
                    scores_type_0_item = Score.from_dict(scores_type_0_item_data)

                    scores_type_0.append(scores_type_0_item)

                return scores_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Score] | None | Unset, data)

        scores = _parse_scores(d.pop("Scores", UNSET))

        def _parse_weeks(data: object) -> list[ScorecardWeek] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                weeks_type_0 = []
                _weeks_type_0 = data
                for weeks_type_0_item_data in _weeks_type_0:
                    weeks_type_0_item = ScorecardWeek.from_dict(weeks_type_0_item_data)

                    weeks_type_0.append(weeks_type_0_item)

                return weeks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ScorecardWeek] | None | Unset, data)

        weeks = _parse_weeks(d.pop("Weeks", UNSET))

        def _parse_reverse_scorecard(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        reverse_scorecard = _parse_reverse_scorecard(d.pop("ReverseScorecard", UNSET))

        _scorecard_week_day = d.pop("ScorecardWeekDay", UNSET)
        scorecard_week_day: ScorecardScorecardWeekDay | Unset
        if isinstance(_scorecard_week_day, Unset):
            scorecard_week_day = UNSET
        else:
            scorecard_week_day = ScorecardScorecardWeekDay(_scorecard_week_day)

        def _parse_period(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        period = _parse_period(d.pop("Period", UNSET))

        def _parse_date_format_1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_format_1 = _parse_date_format_1(d.pop("DateFormat1", UNSET))

        def _parse_date_format_2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_format_2 = _parse_date_format_2(d.pop("DateFormat2", UNSET))

        scorecard = cls(
            id=id,
            type_=type_,
            key=key,
            measurable_order=measurable_order,
            measurables=measurables,
            scores=scores,
            weeks=weeks,
            reverse_scorecard=reverse_scorecard,
            scorecard_week_day=scorecard_week_day,
            period=period,
            date_format_1=date_format_1,
            date_format_2=date_format_2,
        )

        scorecard.additional_properties = d
        return scorecard

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
