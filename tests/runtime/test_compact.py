"""`compact()` (what `pager.all()` returns): the same models in less memory, and no change leaking between them;
and the collector pause around a body's one-pass validation."""

from __future__ import annotations

import copy
import gc
import json
import pickle
import threading
import tracemalloc
from typing import Any

import pydantic
import pytest

from benchmarks.loopback_server import contact
from overlay_runtime import validate_json
from overlay_runtime._compact import compact
from overlay_runtime._tolerant import PAUSE_FROM_BYTES
from rapidpro_api.model_base import CompactModel
from rapidpro_api.pydantic_models import Contact, ContactPage


def _contact(i: int, **changes: Any) -> dict[str, Any]:
    """Contact `i` as the real server sends it (the benchmarks' contact), with `changes`."""
    return {**contact(i), **changes}


def _parsed(n: int, **changes: Any) -> list[Contact]:
    body = json.dumps({"next": None, "previous": None, "results": [_contact(i, **changes) for i in range(n)]})
    return ContactPage.model_validate_json(body).results


def test_compacted_models_read_and_dump_as_before() -> None:
    plain, compacted = _parsed(20), compact(_parsed(20))
    assert compacted == plain
    for before, after in zip(plain, compacted, strict=True):
        assert type(after) is Contact
        assert after.model_dump() == before.model_dump()
        assert after.model_dump_json() == before.model_dump_json()
        assert after.model_dump(exclude_unset=True) == before.model_dump(exclude_unset=True)
        assert after.model_fields_set == before.model_fields_set
        assert after.model_extra == {} and after.groups[0].model_extra == {}
        assert pickle.loads(pickle.dumps(after)) == before
        assert copy.deepcopy(after) == before and copy.copy(after) == before


def test_state_is_shared_by_content() -> None:
    contacts = compact(_parsed(3))
    first, second, _ = contacts
    assert first.__pydantic_fields_set__ is second.__pydantic_fields_set__
    assert first.__pydantic_extra__ is None  # an empty extras dict is not kept
    assert first.groups[0] is not second.groups[0]  # own instances...
    assert first.groups[0].__dict__ is second.groups[0].__dict__  # ...holding one dict of the same values
    assert first.created_on is first.modified_on is first.last_seen_on  # equal stamps: one object


def test_a_change_never_reaches_another_model() -> None:
    first, second, third, fourth = compact(_parsed(4))
    first.groups[0].name = "Renamed"
    first.ref = "r-1"  # a field the server did not send: now set on this contact only
    second.model_extra["nickname"] = "Bo"  # type: ignore[index]
    third.nickname = "Cy"  # an extra field, by attribute
    del fourth.groups[0].name
    assert [c.groups[0].name for c in (second, third)] == ["Farmers", "Farmers"]
    assert "ref" in first.model_fields_set and "ref" not in second.model_fields_set
    assert "ref" not in third.model_dump(exclude_unset=True)
    assert second.model_extra == {"nickname": "Bo"} and third.model_extra == {"nickname": "Cy"}
    assert first.model_extra == {} and fourth.model_extra == {}
    copied = second.model_copy(update={"name": "Copy", "ref": "r-2"})
    assert copied.name == "Copy" and "ref" in copied.model_fields_set and "ref" not in second.model_fields_set
    copied.groups[0].name = "Deep"  # a shallow copy shares its nested models, as pydantic's do
    deep = second.model_copy(deep=True)
    deep.groups[0].name = "Deeper"
    assert third.groups[0].name == "Farmers"


def test_only_equal_values_of_the_same_types_are_shared() -> None:
    class Flag(CompactModel):
        value: int | bool | str | None

    flags = compact([Flag(value=1), Flag(value=True), Flag(value="1"), Flag(value=1)])
    assert [type(flag.value) for flag in flags] == [int, bool, str, int]
    assert flags[0].__dict__ is flags[3].__dict__ and flags[0].__dict__ is not flags[1].__dict__


def test_stamps_of_other_offsets_stay_apart() -> None:
    (contact,) = compact(_parsed(1, modified_on="2026-03-01T12:00:00+02:00", created_on="2026-03-01T10:00:00Z"))
    assert contact.created_on == contact.modified_on
    assert contact.created_on is not contact.modified_on
    assert contact.modified_on.isoformat() == "2026-03-01T12:00:00+02:00"


def test_items_kept_as_received_and_other_models_are_left_alone() -> None:
    class Other(pydantic.BaseModel):
        name: str

    other, raw = Other(name="x"), {"not": "a model"}
    items: list[Any] = [other, raw, *_parsed(2)]
    compact(items)
    assert type(other.__pydantic_fields_set__) is set and items[1] is raw


def _retained(make: Any) -> float:
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        kept = make()
        gc.collect()
        return (tracemalloc.get_traced_memory()[0] - before) / len(kept)
    finally:
        tracemalloc.stop()


def test_compacted_contacts_take_much_less_memory() -> None:
    """Without compaction a contact keeps, besides its values, a 700-byte fields set and an empty extras dict."""
    _parsed(10)  # pydantic's own caches warm
    plain = _retained(lambda: _parsed(500))
    compacted = _retained(lambda: compact(_parsed(500)))
    assert compacted < 0.7 * plain, (compacted, plain)


# -- the collector pause ------------------------------------------------------------------------


class Probe(pydantic.BaseModel):
    value: int

    @pydantic.model_validator(mode="after")
    def _record(self) -> Probe:
        SEEN.append(gc.isenabled())
        return self


SEEN: list[bool] = []


def big(body: str) -> bytes:
    """`body` padded with whitespace to the size from which the collector is paused."""
    return body.encode() + b" " * PAUSE_FROM_BYTES


@pytest.fixture
def seen() -> Any:
    SEEN.clear()
    enabled = gc.isenabled()
    yield SEEN
    gc.enable() if enabled else gc.disable()


def test_the_collector_is_paused_while_a_body_is_validated(seen: list[bool]) -> None:
    gc.enable()
    assert validate_json(Probe, big('{"value": 1}')).value == 1
    assert seen == [False] and gc.isenabled()
    with pytest.raises(pydantic.ValidationError):
        validate_json(Probe, big('{"value": "x"}'))  # no client, so strict: the error stands
    assert gc.isenabled()


def test_a_small_body_is_validated_without_a_pause(seen: list[bool]) -> None:
    gc.enable()
    assert validate_json(Probe, b'{"value": 1}').value == 1
    assert seen == [True] and gc.isenabled()


def test_a_disabled_collector_stays_disabled(seen: list[bool]) -> None:
    gc.disable()
    validate_json(Probe, big('{"value": 1}'))
    assert seen == [False] and not gc.isenabled()


def test_concurrent_pauses_end_with_the_last(seen: list[bool]) -> None:
    gc.enable()
    inside, release = threading.Event(), threading.Event()

    class Slow(pydantic.BaseModel):
        value: int

        @pydantic.model_validator(mode="after")
        def _wait(self) -> Slow:
            inside.set()
            release.wait(5)
            return self

    worker = threading.Thread(target=validate_json, args=(Slow, big('{"value": 1}')))
    worker.start()
    assert inside.wait(5)
    validate_json(Probe, big('{"value": 2}'))  # ends while the other thread's validation still runs
    assert not gc.isenabled()
    release.set()
    worker.join(5)
    assert gc.isenabled() and seen == [False]
