"""`client.flows`, `client.flow_starts` (list, start), `client.runs` and `client.definitions` (export)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Unpack

from overlay_runtime import AsyncResource, Call, SyncResource
from rapidpro_api.pydantic_models import Definitions, Flow, FlowPage, FlowStart, FlowStartPage, Run, RunPage

from .._filters import FlowFilters, FlowStartFilters, RunFilters
from .._paging import AsyncPager, PageCall, SyncPager, pages
from .._params import Ref, body, ref, refs
from ._calls import create, fetch

FLOWS = "flows.json"
STARTS = "flow_starts.json"
RUNS = "runs.json"
DEFINITIONS = "definitions.json"


def flow_pages(filters: Mapping[str, Any]) -> PageCall[Flow]:
    return pages(FLOWS, FlowPage, Flow, filters)


def start_pages(filters: Mapping[str, Any]) -> PageCall[FlowStart]:
    return pages(STARTS, FlowStartPage, FlowStart, filters)


def run_pages(filters: Mapping[str, Any]) -> PageCall[Run]:
    return pages(RUNS, RunPage, Run, filters)


def start_flow(
    flow: Ref,
    urns: Sequence[str] | None,
    contacts: Sequence[Ref] | None,
    groups: Sequence[Ref] | None,
    restart_participants: bool | None,
    exclude_active: bool | None,
    params: Mapping[str, Any] | None,
) -> Call[FlowStart]:
    payload = body(
        flow=ref(flow),
        urns=urns,
        contacts=refs(contacts),
        groups=refs(groups),
        restart_participants=restart_participants,
        exclude_active=exclude_active,
        params=params,
    )
    return create(STARTS, FlowStart, payload)


def export_definitions(flows: Sequence[Ref], campaigns: Sequence[Ref], dependencies: str | None) -> Call[Definitions]:
    return fetch(
        DEFINITIONS, Definitions, {"flow": refs(flows), "campaign": refs(campaigns), "dependencies": dependencies}
    )


class Flows(SyncResource):
    def list(self, *, cursor: str | None = None, **filters: Unpack[FlowFilters]) -> SyncPager[Flow]:
        """Flows matching `filters` (`uuid`, `type`, `archived`, `before`/`after` on modified_on)."""
        return SyncPager(self._client, flow_pages(filters), cursor)


class AsyncFlows(AsyncResource):
    def list(self, *, cursor: str | None = None, **filters: Unpack[FlowFilters]) -> AsyncPager[Flow]:
        """Flows matching `filters` (`uuid`, `type`, `archived`, `before`/`after` on modified_on)."""
        return AsyncPager(self._client, flow_pages(filters), cursor)


class FlowStarts(SyncResource):
    def list(self, *, cursor: str | None = None, **filters: Unpack[FlowStartFilters]) -> SyncPager[FlowStart]:
        """Flow starts made by hand or through the API, last modified first."""
        return SyncPager(self._client, start_pages(filters), cursor)

    def create(
        self,
        flow: Ref,
        urns: Sequence[str] | None = None,
        contacts: Sequence[Ref] | None = None,
        groups: Sequence[Ref] | None = None,
        restart_participants: bool | None = None,
        exclude_active: bool | None = None,
        params: Mapping[str, Any] | None = None,
    ) -> FlowStart:
        """Start `flow` for URNs, contacts and groups (100 each); contacts start asynchronously (see `runs`)."""
        call = start_flow(flow, urns, contacts, groups, restart_participants, exclude_active, params)
        return self._client.run(call)


class AsyncFlowStarts(AsyncResource):
    def list(self, *, cursor: str | None = None, **filters: Unpack[FlowStartFilters]) -> AsyncPager[FlowStart]:
        """Flow starts made by hand or through the API, last modified first."""
        return AsyncPager(self._client, start_pages(filters), cursor)

    async def create(
        self,
        flow: Ref,
        urns: Sequence[str] | None = None,
        contacts: Sequence[Ref] | None = None,
        groups: Sequence[Ref] | None = None,
        restart_participants: bool | None = None,
        exclude_active: bool | None = None,
        params: Mapping[str, Any] | None = None,
    ) -> FlowStart:
        """Start `flow` for URNs, contacts and groups (100 each); contacts start asynchronously (see `runs`)."""
        call = start_flow(flow, urns, contacts, groups, restart_participants, exclude_active, params)
        return await self._client.run(call)


class Runs(SyncResource):
    def list(self, *, cursor: str | None = None, **filters: Unpack[RunFilters]) -> SyncPager[Run]:
        """Runs matching `filters`, last modified first (`paths=False` leaves out each run's path)."""
        return SyncPager(self._client, run_pages(filters), cursor)


class AsyncRuns(AsyncResource):
    def list(self, *, cursor: str | None = None, **filters: Unpack[RunFilters]) -> AsyncPager[Run]:
        """Runs matching `filters`, last modified first (`paths=False` leaves out each run's path)."""
        return AsyncPager(self._client, run_pages(filters), cursor)


class DefinitionsExport(SyncResource):
    def get(
        self, flows: Sequence[Ref] = (), campaigns: Sequence[Ref] = (), dependencies: str | None = None
    ) -> Definitions:
        """Export flows and campaigns (`dependencies`: "none", "flows" or "all", the default). Deprecated."""
        return self._client.run(export_definitions(flows, campaigns, dependencies))


class AsyncDefinitionsExport(AsyncResource):
    async def get(
        self, flows: Sequence[Ref] = (), campaigns: Sequence[Ref] = (), dependencies: str | None = None
    ) -> Definitions:
        """Export flows and campaigns (`dependencies`: "none", "flows" or "all", the default). Deprecated."""
        return await self._client.run(export_definitions(flows, campaigns, dependencies))
