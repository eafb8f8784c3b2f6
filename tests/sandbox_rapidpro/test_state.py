"""The RapidPro sandbox is stateful, and its seeded data is realistic, consistent and deterministic."""

from __future__ import annotations

from typing import Any

import httpx

from rapidpro.testing import RapidProSandbox

from .conftest import NOW


def everything(http: httpx.Client, endpoint: str, **params: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    url: str | None = f"{endpoint}.json"
    query: dict[str, Any] | None = params
    while url:
        page = http.get(url, params=query)
        assert page.status_code == 200, page.text
        found += page.json()["results"]
        url, query = page.json()["next"], None
    return found


def one(http: httpx.Client, endpoint: str, **params: Any) -> dict[str, Any]:
    results = http.get(f"{endpoint}.json", params=params).json()["results"]
    assert len(results) == 1, results
    found: dict[str, Any] = results[0]
    return found


def group_count(http: httpx.Client, name: str) -> int:
    count: int = one(http, "groups", name=name)["count"]
    return count


# -- seeded data ------------------------------------------------------------------------------
def test_seeded_workspace_looks_real(rapidpro: RapidProSandbox, http: httpx.Client) -> None:
    contacts = everything(http, "contacts")
    deleted = everything(http, "contacts", deleted="true")
    assert len(contacts) + len(deleted) == 600 and 0 < len(deleted) < 20
    assert all(c["name"] is None and c["urns"] == [] and c["fields"] == {} for c in deleted)
    assert {c["status"] for c in contacts} == {"active", "blocked", "stopped", "archived"}
    assert {c["language"] for c in contacts} >= {"eng", "kin", "fra", None}
    assert any(len(c["urns"]) > 1 for c in contacts) and any(c["notes"] for c in contacts)
    assert all(c["urns"][0].startswith(("tel:+2507", "whatsapp:2507")) for c in contacts)
    assert any(c["flow"] for c in contacts) and any(c["fields"]["age"] for c in contacts)
    stamps = [c["modified_on"] for c in contacts]
    assert stamps == sorted(stamps, reverse=True) and stamps[0] < "2026-03-14T15:09:26"
    groups = {g["name"]: g for g in everything(http, "groups")}
    system = sum(groups[name]["count"] for name in ("Active", "Blocked", "Stopped", "Archived"))
    assert system == len(contacts)
    assert groups["Adults"]["query"] == "age >= 18" and groups["Adults"]["count"] > 300
    assert sum(1 for c in contacts if any(g["name"] == "Farmers" for g in c["groups"])) == groups["Farmers"]["count"]
    flows = everything(http, "flows")
    assert {f["type"] for f in flows} == {"message", "voice", "survey", "background"} and any(
        f["archived"] for f in flows
    )
    assert sum(sum(f["runs"].values()) for f in flows) == 1200 == len(everything(http, "runs", paths="false"))
    messages = everything(http, "messages")
    assert len(messages) > 2000 and {m["direction"] for m in messages} == {"in", "out"}
    assert {m["visibility"] for m in messages} == {"visible", "archived"}
    assert any(m["attachments"] for m in messages) and any(m["labels"] for m in messages)
    labels = everything(http, "labels")
    visible = [m for m in messages if m["visibility"] == "visible"]
    assert all(lb["count"] == sum(lb["uuid"] in {x["uuid"] for x in m["labels"]} for m in visible) for lb in labels)


def test_same_seed_same_data_other_seed_other_data() -> None:
    pages = []
    for seed in (0, 0, 1):
        with RapidProSandbox(seed=seed, now=NOW, contacts=300) as sandbox:
            headers = sandbox.auth_headers
            pages.append(
                [
                    httpx.get(f"{sandbox.url}/{ep}.json", headers=headers).json()
                    for ep in ("contacts", "runs", "messages")
                ]
            )
            contact = pages[-1][0]["results"][0]
            update = httpx.post(f"{sandbox.url}/contacts.json", params={"uuid": contact["uuid"]}, json={"name": "X"}, headers=headers)  # fmt: skip
            pages[-1].append(update.json())
    strip = [[{k: v for k, v in p.items() if k not in ("next", "previous")} for p in run] for run in pages]
    assert strip[0] == strip[1]
    assert strip[0][0] != strip[2][0]


# -- contacts ---------------------------------------------------------------------------------
def test_contact_writes_are_visible_on_the_next_read(rapidpro: RapidProSandbox, http: httpx.Client) -> None:
    farmers = group_count(http, "Farmers")
    created = http.post("contacts.json", json={"name": "Ada", "urns": ["tel:0788 123 456"], "groups": ["farmers"]})
    assert created.status_code == 201
    contact = created.json()
    assert contact["urns"] == ["tel:+250788123456"] and contact["groups"][0]["name"] == "Farmers"
    assert http.get("contacts.json").json()["results"][0]["uuid"] == contact["uuid"], "newest modified first"
    assert group_count(http, "Farmers") == farmers + 1
    updated = http.post(
        "contacts.json", params={"urn": "tel:+250788123456"}, json={"fields": {"age": "41", "district": "gasabo"}}
    )
    assert updated.status_code == 200 and updated.json()["name"] == "Ada"
    read = one(http, "contacts", uuid=contact["uuid"])
    assert read["fields"]["age"] == "41" and read["fields"]["district"] == "Gasabo"
    assert {"Adults", "Gasabo Residents", "Farmers"} <= {g["name"] for g in read["groups"]}, (
        "smart groups follow fields"
    )
    assert read["modified_on"] > contact["modified_on"]
    clash = http.post("contacts.json", json={"urns": ["tel:+250788123456"]})
    assert clash.status_code == 400 and clash.json() == {"urns": {"0": ["URN is in use by another contact."]}}
    upsert = http.post("contacts.json", params={"urn": "tel:+250788000777"}, json={"name": "New"})
    assert upsert.status_code == 201 and upsert.json()["urns"] == ["tel:+250788000777"]
    assert http.delete("contacts.json", params={"uuid": contact["uuid"]}).status_code == 204
    assert http.get("contacts.json", params={"uuid": contact["uuid"]}).json()["results"] == []
    gone = one(http, "contacts", uuid=contact["uuid"], deleted="true")
    assert gone["name"] is None and gone["status"] is None and gone["urns"] == []
    assert http.delete("contacts.json", params={"uuid": contact["uuid"]}).status_code == 404
    assert http.post("contacts.json", json={"urns": ["tel:+250788123456"]}).status_code == 201, "the URN is free again"
    assert group_count(http, "Farmers") == farmers


def test_contact_bulk_actions(rapidpro: RapidProSandbox, http: httpx.Client) -> None:
    members = everything(http, "contacts", group="Active")[:3]
    uuids = [c["uuid"] for c in members]
    testers = group_count(http, "Testers")
    already = {c["uuid"] for c in everything(http, "contacts", group="Testers")}
    add = http.post("contact_actions.json", json={"contacts": [*uuids[:2], members[2]["urns"][0]], "action": "add", "group": "Testers"})  # fmt: skip
    assert add.status_code == 204 and add.content == b""
    assert group_count(http, "Testers") == testers + len(set(uuids) - already)
    in_group = {c["uuid"] for c in everything(http, "contacts", group="Testers")}
    assert set(uuids) <= in_group
    http.post("contact_actions.json", json={"contacts": uuids[:1], "action": "remove", "group": "Testers"})
    assert uuids[0] not in {c["uuid"] for c in everything(http, "contacts", group="Testers")}
    inbox_before = [m for m in everything(http, "messages", contact=uuids[1]) if m["direction"] == "in"]
    assert (
        http.post("contact_actions.json", json={"contacts": [uuids[1]], "action": "archive_messages"}).status_code
        == 204
    )
    after = [m for m in everything(http, "messages", contact=uuids[1]) if m["direction"] == "in"]
    assert len(after) == len(inbox_before) and all(m["visibility"] == "archived" for m in after)
    http.post("contact_actions.json", json={"contacts": [uuids[2]], "action": "block"})
    blocked = one(http, "contacts", uuid=uuids[2])
    assert blocked["status"] == "blocked" and blocked["groups"] == [] and blocked["blocked"] is True
    refused = http.post("contact_actions.json", json={"contacts": [uuids[2]], "action": "add", "group": "Testers"})
    assert refused.status_code == 400 and "Non-active contacts" in refused.json()["contacts"][0]
    http.post("contact_actions.json", json={"contacts": [uuids[2]], "action": "unblock"})
    assert one(http, "contacts", uuid=uuids[2])["status"] == "active"
    http.post("contact_actions.json", json={"contacts": [uuids[2]], "action": "delete"})
    assert http.get("contacts.json", params={"uuid": uuids[2]}).json()["results"] == []
    bad = http.post("contact_actions.json", json={"contacts": [uuids[0]], "action": "block", "group": "Testers"})
    assert bad.json() == {"group": ['For action "block" you should not specify a group']}


# -- flows ------------------------------------------------------------------------------------
def test_flow_start_creates_runs_and_messages(rapidpro: RapidProSandbox, http: httpx.Client) -> None:
    flow = next(f for f in everything(http, "flows") if f["name"] == "Favorite Color")
    testers = everything(http, "contacts", group="Testers")
    waiting = flow["runs"]["waiting"]
    outbox = len(everything(http, "messages", folder="outbox"))
    created = http.post(
        "flow_starts.json",
        json={"flow": flow["uuid"], "groups": ["Testers"], "urns": ["tel:+250788444555"], "params": {"week": 12}},
    )
    assert created.status_code == 201
    start = created.json()
    assert start["status"] == "pending" and start["progress"] == {"total": -1, "started": 0}
    listed = one(http, "flow_starts", uuid=start["uuid"])
    assert listed["status"] == "completed" and listed["progress"]["started"] == len(testers) + 1
    assert listed["params"] == {"week": 12} and listed["modified_on"] > start["modified_on"]
    runs = [r for r in everything(http, "runs", flow=flow["uuid"]) if r["start"] == {"uuid": start["uuid"]}]
    assert len(runs) == len(testers) + 1
    assert all(r["exit_type"] is None and r["responded"] is False and len(r["path"]) == 1 for r in runs)
    assert one(http, "flows", uuid=flow["uuid"])["runs"]["waiting"] == waiting + len(runs)
    assert one(http, "contacts", urn="tel:+250788444555")["flow"]["uuid"] == flow["uuid"], "a new contact, started"
    assert len(everything(http, "messages", folder="outbox")) == outbox + len(runs)
    again = http.post(
        "flow_starts.json", json={"flow": flow["uuid"], "groups": ["Testers"], "restart_participants": False}
    )
    assert one(http, "flow_starts", uuid=again.json()["uuid"])["progress"]["started"] == 0
    http.post("contact_actions.json", json={"contacts": [runs[0]["contact"]["uuid"]], "action": "interrupt"})
    interrupted = one(http, "runs", uuid=runs[0]["uuid"])
    assert interrupted["exit_type"] == "interrupted" and interrupted["exited_on"]
    assert http.get("runs.json").json()["results"][0]["uuid"] == runs[0]["uuid"], "runs order by modified_on"


def test_campaigns_and_events(rapidpro: RapidProSandbox, http: httpx.Client) -> None:
    campaign = http.post("campaigns.json", json={"name": "Harvest", "group": "Farmers"}).json()
    body = {"campaign": campaign["uuid"], "relative_to": "registration_date", "offset": 3, "unit": "days",
            "delivery_hour": 10, "message": "Harvest season starts soon!"}  # fmt: skip
    event = http.post("campaign_events.json", json=body).json()
    assert (
        event["message"] == {"eng": "Harvest season starts soon!"}
        and event["relative_to"]["name"] == "Registration Date"
    )
    assert [e["uuid"] for e in everything(http, "campaign_events", campaign="harvest")] == [event["uuid"]]
    other = everything(http, "campaigns")[-1]
    moved = http.post("campaign_events.json", params={"uuid": event["uuid"]}, json={**body, "campaign": other["uuid"]})
    assert moved.json() == {"campaign": ["Cannot change campaign for existing events"]}
    used = http.delete("groups.json", params={"uuid": one(http, "groups", name="Farmers")["uuid"]})
    assert used.status_code == 400 and "campaigns" in used.json()["detail"]
    assert http.delete("campaign_events.json", params={"uuid": event["uuid"]}).status_code == 204
    assert http.get("campaign_events.json", params={"uuid": event["uuid"]}).json()["results"] == []
    field = one(http, "fields", key="registration_date")
    changed = http.post(
        "fields.json", params={"key": "registration_date"}, json={"name": field["name"], "type": "text"}
    )
    assert changed.json() == {"type": ["Can't change type of date field being used by campaign events."]}


# -- messages ---------------------------------------------------------------------------------
def test_messages_broadcasts_and_message_actions(rapidpro: RapidProSandbox, http: httpx.Client) -> None:
    testers = everything(http, "contacts", group="Testers")
    broadcast = http.post(
        "broadcasts.json",
        json={"groups": ["Testers"], "text": {"eng": "Hello!", "kin": "Muraho!"}, "base_language": "eng"},
    ).json()
    assert broadcast["status"] == "pending"
    listed = one(http, "broadcasts", uuid=broadcast["uuid"])
    assert listed["status"] == "completed" and listed["progress"]["started"] == len(testers)
    sent = everything(http, "messages", broadcast=listed["id"])
    assert len(sent) == len(testers)
    by_contact = {c["uuid"]: c for c in testers}
    for message in sent:
        language = by_contact[message["contact"]["uuid"]]["language"]
        assert message["text"] == ("Muraho!" if language == "kin" else "Hello!")
        assert message["status"] == "queued" and message["direction"] == "out"
    incoming = everything(http, "messages", folder="inbox")[:2]
    ids = [m["id"] for m in incoming]
    spam = one(http, "labels", name="Spam")["count"]
    assert (
        http.post("message_actions.json", json={"messages": ids, "action": "label", "label": "spam"}).status_code == 204
    )
    assert one(http, "labels", name="Spam")["count"] == spam + sum("Spam" not in {x["name"] for x in m["labels"]} for m in incoming)  # fmt: skip
    assert ids[0] in {m["id"] for m in everything(http, "messages", label="Spam")}
    new_label = http.post("message_actions.json", json={"messages": ids[:1], "action": "label", "label_name": "Urgent"})
    assert new_label.status_code == 204 and one(http, "labels", name="Urgent")["count"] == 1
    failures = http.post("message_actions.json", json={"messages": [ids[0], 987654321], "action": "archive"})
    assert failures.status_code == 200 and failures.json() == {"failures": [987654321]}
    assert one(http, "messages", uuid=incoming[0]["uuid"])["visibility"] == "archived"
    http.post("message_actions.json", json={"messages": ids[:1], "action": "restore"})
    http.post("message_actions.json", json={"messages": ids[1:], "action": "delete"})
    assert http.get("messages.json", params={"uuid": incoming[1]["uuid"]}).json()["results"] == []
    outgoing = http.post("messages.json", json={"contact": testers[0]["uuid"], "text": "Hi"}).json()
    refused = http.post("message_actions.json", json={"messages": [outgoing["id"]], "action": "archive"})
    assert refused.json() == {"messages": [f"Not an incoming message: {outgoing['id']}"]}
    assert http.get("messages.json").json()["results"][0]["uuid"] == outgoing["uuid"]


def test_media_upload_is_served_and_usable(rapidpro: RapidProSandbox, http: httpx.Client) -> None:
    data = b"%PDF-1.4 a leaflet"
    media = http.post("media.json", files={"file": ("leaflet.pdf", data, "application/pdf")}).json()
    assert media["size"] == len(data) and media["content_type"] == "application/pdf"
    assert httpx.get(media["url"]).content == data
    contact = everything(http, "contacts", group="Active")[0]
    message = http.post("messages.json", json={"contact": contact["uuid"], "attachments": [media["uuid"]]}).json()
    assert message["attachments"] == [{"content_type": "application/pdf", "url": media["url"]}]
    bad = http.post("media.json", files={"file": ("run.exe", b"MZ", "application/x-msdownload")})
    assert bad.status_code == 400 and bad.json() == {"file": ["Unsupported file type."]}


# -- the rest ---------------------------------------------------------------------------------
def test_fields_groups_labels_globals_topics(rapidpro: RapidProSandbox, http: httpx.Client) -> None:
    field = http.post("fields.json", json={"name": "Blood Type", "type": "text"}).json()
    assert field["key"] == "blood_type" and field["value_type"] == "text"
    assert http.get("contacts.json").json()["results"][0]["fields"]["blood_type"] is None
    reserved = http.post("fields.json", json={"name": "Name", "type": "text"})
    assert reserved.json() == {"name": ['Generated key "name" is invalid or a reserved name.']}
    group = http.post("groups.json", json={"name": "Clinic A"}).json()
    assert group["count"] == 0 and group["query"] is None
    assert http.post("groups.json", json={"name": "clinic a"}).json() == {"name": ["This field must be unique."]}
    http.post("groups.json", params={"uuid": group["uuid"]}, json={"name": "Clinic B"})
    assert one(http, "groups", uuid=group["uuid"])["name"] == "Clinic B"
    assert http.delete("groups.json", params={"uuid": group["uuid"]}).status_code == 204
    assert http.get("groups.json", params={"uuid": group["uuid"]}).json()["results"] == []
    hours = http.post("globals.json", json={"name": "Clinic Hours", "value": "8-5"}).json()
    http.post("globals.json", params={"key": hours["key"]}, json={"value": "9-6"})
    assert http.get("globals.json").json()["results"][0] == {**hours, "value": "9-6", "modified_on": one(http, "globals", key=hours["key"])["modified_on"]}  # fmt: skip
    topic = http.post("topics.json", json={"name": "Deliveries"}).json()
    assert topic["counts"] == {"open": 0, "closed": 0} and not topic["system"]


def test_ticket_actions_change_tickets_and_topic_counts(rapidpro: RapidProSandbox, http: httpx.Client) -> None:
    tickets = [t for t in everything(http, "tickets") if t["status"] == "open"][:2]
    uuids = [t["uuid"] for t in tickets]
    topic = next(t for t in everything(http, "topics") if t["name"] == "Billing")
    assert http.post("ticket_actions.json", json={"tickets": uuids, "action": "change_topic", "topic": topic["uuid"]}).status_code == 204  # fmt: skip
    assert (
        next(t for t in everything(http, "topics") if t["name"] == "Billing")["counts"]["open"]
        >= topic["counts"]["open"] + 1
    )
    assert http.post("ticket_actions.json", json={"tickets": uuids, "action": "close"}).status_code == 204
    closed = one(http, "tickets", uuid=uuids[0])
    assert closed["status"] == "closed" and closed["closed_on"] and closed["topic"]["name"] == "Billing"
    assert http.get("tickets.json").json()["results"][0]["uuid"] in uuids, "tickets order by modified_on"
    agent = rapidpro.user("agent")
    http.post("ticket_actions.json", json={"tickets": uuids[:1], "action": "assign", "assignee": agent.email})
    assert one(http, "tickets", uuid=uuids[0])["assignee"] == {"email": agent.email, "name": agent.name}
    http.post("ticket_actions.json", json={"tickets": uuids[:1], "action": "assign", "assignee": None})
    assert one(http, "tickets", uuid=uuids[0])["assignee"] is None


def test_resthook_subscribers(rapidpro: RapidProSandbox, http: httpx.Client) -> None:
    body = {"resthook": "payment-received", "target_url": "https://example.com/paid"}
    sub = http.post("resthook_subscribers.json", json=body).json()
    assert one(http, "resthook_subscribers", id=sub["id"]) == sub
    twice = http.post("resthook_subscribers.json", json=body)
    assert twice.json() == {"non_field_errors": ["URL is already subscribed to this event."]}
    assert http.delete("resthook_subscribers.json", params={"id": sub["id"]}).status_code == 204
    assert http.delete("resthook_subscribers.json", params={"id": sub["id"]}).json() == {"detail": "Not found."}


def test_statistics_count_the_messages(rapidpro: RapidProSandbox, http: httpx.Client) -> None:
    contact = everything(http, "contacts", group="Testers")[0]
    http.post("messages.json", json={"contact": contact["uuid"], "text": "Counted today"})
    for day, following in (("2026-03-10", "2026-03-11"), ("2026-03-14", "2026-03-15")):
        stats = http.get("statistics.json", params={"since": day, "until": following}).json()["results"]
        assert [s["date"] for s in stats] == [day]
        messages = everything(http, "messages", after=f"{day}T00:00:00Z", before=f"{following}T00:00:00Z")
        messages = [m for m in messages if m["created_on"] < following]
        expected: dict[str, dict[str, int]] = {}
        for m in messages:
            slot = expected.setdefault(m["channel"]["uuid"], {})
            scope = f"{m['type']}:{m['direction']}"
            slot[scope] = slot.get(scope, 0) + 1
        assert {
            uuid: {k: v for k, v in c.items() if k != "type"} for uuid, c in stats[0]["channels"].items()
        } == expected
