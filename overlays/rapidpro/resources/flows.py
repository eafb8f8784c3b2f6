"""`client.flows`, `client.flow_starts` (list, start), `client.runs` and `client.definitions` (export)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Unpack

from overlay_runtime import Call, ClientT, Pages, Resource, model, operation, paginated
from rapidpro_api.api.definitions import get_definitions
from rapidpro_api.api.flow_starts import create_flow_start, list_flow_starts
from rapidpro_api.api.flows import list_flows
from rapidpro_api.api.runs import list_runs
from rapidpro_api.models import FlowStartParams, FlowStartWrite
from rapidpro_api.pydantic_models import Definitions, Flow, FlowPage, FlowStart, FlowStartPage, Run, RunPage
from rapidpro_api.types import or_unset

from .._paging import pages
from .._params import Ref, free_form, ref, refs


def flow_start_body(
    flow: Ref,
    urns: Sequence[str] | None,
    contacts: Sequence[Ref] | None,
    groups: Sequence[Ref] | None,
    restart_participants: bool | None,
    exclude_active: bool | None,
    params: Mapping[str, Any] | None,
) -> FlowStartWrite:
    return FlowStartWrite(
        flow=ref(flow),
        urns=or_unset(None if urns is None else list(urns)),
        contacts=or_unset(refs(contacts)),
        groups=or_unset(refs(groups)),
        restart_participants=or_unset(restart_participants),
        exclude_active=or_unset(exclude_active),
        params=or_unset(None if params is None else FlowStartParams.from_dict(free_form(params))),
    )


class Flows(Resource[ClientT]):
    @paginated
    def list(self, **filters: Unpack[list_flows.QueryParams]) -> Pages[Flow]:
        """Flows matching `filters` (`uuid`, `type`, `archived`, `before`/`after` on modified_on)."""
        return pages(list_flows.build_request, FlowPage, Flow, filters)


class FlowStarts(Resource[ClientT]):
    @paginated
    def list(self, **filters: Unpack[list_flow_starts.QueryParams]) -> Pages[FlowStart]:
        """Flow starts made by hand or through the API, last modified first."""
        return pages(list_flow_starts.build_request, FlowStartPage, FlowStart, filters)

    @operation
    def create(
        self,
        flow: Ref,
        urns: Sequence[str] | None = None,
        contacts: Sequence[Ref] | None = None,
        groups: Sequence[Ref] | None = None,
        restart_participants: bool | None = None,
        exclude_active: bool | None = None,
        params: Mapping[str, Any] | None = None,
    ) -> Call[FlowStart]:
        """Start `flow` for URNs, contacts and groups (100 each); contacts start asynchronously (see `runs`)."""
        body = flow_start_body(flow, urns, contacts, groups, restart_participants, exclude_active, params)
        return Call(create_flow_start.build_request(body=body), parse=model(FlowStart))


class Runs(Resource[ClientT]):
    @paginated
    def list(self, **filters: Unpack[list_runs.QueryParams]) -> Pages[Run]:
        """Runs matching `filters`, last modified first (`paths=False` leaves out each run's path)."""
        return pages(list_runs.build_request, RunPage, Run, filters)


class DefinitionsExport(Resource[ClientT]):
    @operation
    def get(
        self, flows: Sequence[Ref] = (), campaigns: Sequence[Ref] = (), dependencies: str | None = None
    ) -> Call[Definitions]:
        """Export flows and campaigns (`dependencies`: "none", "flows" or "all", the default). Deprecated."""
        request = get_definitions.build_request(
            flow=refs(flows) or None, campaign=refs(campaigns) or None, dependencies=dependencies
        )
        return Call(request, parse=model(Definitions))
