"""One module per group of RapidPro endpoints: a resource class per endpoint, serving both clients.

Method names follow TembaClient's, with the endpoint moved to the resource: `get_contacts` is
`contacts.list`, `create_contact` is `contacts.create`, `bulk_add_contacts` is `contacts.bulk_add`,
`bulk_label_messages` is `messages.bulk_label`, `get_org` is `workspace.get`. Endpoints TembaClient
does not cover get the same verbs (`tickets.bulk_close`, `topics.create`, `media.upload`, ...).
Every request is built by the generated `build_request()` of its operation (`rapidpro_api.api`).
"""
