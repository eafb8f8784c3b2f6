"""What rapidpro-python's own TembaClient reads from a server, ours reads too, attribute by attribute.

Both clients read the same sandbox: TembaClient in its own interpreter, dumping each object with its
`serialize()` (its own attribute names, datetimes in its ISO format); ours projected onto those names.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from enum import Enum
from itertools import zip_longest
from typing import Any

import pydantic
import pytest

from rapidpro.compat import TembaClient
from rapidpro.testing import RapidProSandbox

from ._peer import run_peer
from .conftest import NOW

LISTS = [
    "get_archives",
    "get_boundaries",
    "get_broadcasts",
    "get_campaign_events",
    "get_campaigns",
    "get_channels",
    "get_contacts",
    "get_fields",
    "get_flow_starts",
    "get_flows",
    "get_globals",
    "get_groups",
    "get_labels",
    "get_messages",
    "get_resthook_events",
    "get_resthook_subscribers",
    "get_resthooks",
    "get_runs",
]

READ = r"""
import json, sys
from temba_client.v2 import TembaClient
client = TembaClient(sys.argv[1], sys.argv[2])
out = {}
for name in json.loads(sys.argv[3]):
    try:
        out[name] = [item.serialize() for item in getattr(client, name)().all()]
    except Exception as exc:
        out[name] = type(exc).__name__
out["get_org"] = [client.get_org().serialize()]
flows = [flow.uuid for flow in client.get_flows().all()[:2]]
out["get_definitions"] = [client.get_definitions(flows=flows, dependencies="none").serialize()]
print(json.dumps(out))
"""

MISSING: Any = object()


@pytest.fixture(scope="module")
def sandbox() -> Iterator[RapidProSandbox]:
    """A small workspace (120 contacts, 50 to a page) that both clients read."""
    with RapidProSandbox(seed=4, now=NOW, contacts=120, page_size=50) as rapidpro:
        yield rapidpro


def project(ours: Any, theirs: Any) -> Any:
    """`ours` as TembaClient's `serialize()` shows the same object: its attribute names, its datetime format."""
    if isinstance(ours, pydantic.BaseModel) and isinstance(theirs, dict):
        return {name: project(getattr(ours, name, MISSING), value) for name, value in theirs.items()}
    if isinstance(ours, Mapping):
        others = theirs if isinstance(theirs, dict) else {}
        return {key: project(value, others.get(key)) for key, value in ours.items()}
    if isinstance(ours, list) and isinstance(theirs, list):
        return [project(a, b) for a, b in zip_longest(ours, theirs)]
    if isinstance(ours, datetime):
        return ours.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if isinstance(ours, Enum):
        return ours.value
    if isinstance(ours, pydantic.BaseModel):
        return ours.model_dump(mode="json")
    return "<missing>" if ours is MISSING else ours


def test_every_list_reads_the_same_objects_as_tembaclient(sandbox: RapidProSandbox) -> None:
    """Each `get_*` list: the same objects in the same order, every attribute TembaClient has equal."""
    theirs = run_peer(READ, sandbox.root_url, sandbox.token, json.dumps(LISTS))
    with TembaClient(sandbox.root_url, sandbox.token) as client:
        for name in LISTS:
            ours = getattr(client, name)().all()
            assert ours, name
            if isinstance(theirs[name], str):  # TembaClient itself failed to read it
                continue
            assert len(ours) == len(theirs[name]), name
            for index, (mine, peers) in enumerate(zip(ours, theirs[name], strict=True)):
                assert project(mine, peers) == peers, f"{name}[{index}]"
        assert project(client.get_org(), theirs["get_org"][0]) == theirs["get_org"][0]
        flows = [flow.uuid for flow in client.get_flows().all()[:2]]
        export = client.get_definitions(flows=flows, dependencies="none")
        assert project(export, theirs["get_definitions"][0]) == theirs["get_definitions"][0]
    # Where TembaClient fails, ours reads: flow starts whose `exclude_active` is `{}` (as the real server sends
    # for starts saved without exclusions) make its BooleanField raise.
    assert {name: error for name, error in theirs.items() if isinstance(error, str)} == {
        "get_flow_starts": "TembaSerializationException"
    }
