"""Every kind of change the spec rules report, and the severity policy behind them.

Severity is judged from the side of a client built from the OLD spec and still in use after the
server moved to the NEW one (and of a user upgrading our generated package):

* Request side (parameters, request bodies): whatever the old client could send must still be
  accepted. Removing an operation, a parameter, a body field, a content type or an accepted enum
  value, adding a required parameter/body field/body, making something required, narrowing a type,
  a format or a constraint, changing a parameter's location or serialisation style are breaking.
  Adding optional things, widening and relaxing are not.
* Response side: whatever the old client reads must still come back the way it parses it.
  Removing a response field, a success status, a content type or a response header, making a field
  optional or nullable, widening or changing its type or dropping its format are breaking. Adding
  fields, statuses, headers, content types, and narrowing are not (a tolerant client ignores them).
* Enums: our generated clients treat enums as OPEN (spec/templates make an unknown value a
  pseudo-member instead of an error; spec/CONVENTIONS.md). So in a response, a new enum value is
  tolerated by the old client (non-breaking), and a removed value is just a value it will no longer
  see (non-breaking). In a request, an added value is non-breaking and a removed value is breaking:
  the old client may still send it.
* Security: dropping a requirement the old client may be satisfying is breaking, unless the
  operation now allows anonymous access; adding an alternative is not. A changed security scheme
  definition (type, scheme, header name...) is breaking.
* Python surface: the `operationId` and first tag name the generated module
  (`<api>_api.api.<tag>.<operation_id>`), so changing either is breaking for package users even
  though the HTTP call is unchanged.
* A changed path is a removed operation plus an added one (breaking).
* A oneOf/anyOf of several object schemas (Monzo's token grants) is compared variant by variant
  (matched by schema name): a variant removed from what the client sends is breaking, any other
  variant addition/removal is not; a required field added to one variant is breaking.

Because `$ref`s are followed, a change inside a shared schema is reported at every operation (and
every parameter/body/response) where it appears; within one operation the routes it was reached by
are merged into one finding.
"""

# Every kind the spec rules can emit (the Python surface adds `python_api_*` kinds, see pysurface.py).
SPEC_KINDS = (
    "operation_added",
    "operation_removed",
    "operation_id_changed",
    "operation_tag_changed",
    "operation_deprecated",
    "parameter_added",
    "required_parameter_added",
    "parameter_removed",
    "parameter_became_required",
    "parameter_became_optional",
    "parameter_location_changed",
    "parameter_style_changed",
    "request_body_added",
    "required_request_body_added",
    "request_body_removed",
    "request_body_became_required",
    "request_body_became_optional",
    "request_content_type_added",
    "request_content_type_removed",
    "request_field_added",
    "required_request_field_added",
    "request_field_removed",
    "request_field_became_required",
    "request_field_became_optional",
    "parameter_field_added",
    "required_parameter_field_added",
    "parameter_field_removed",
    "parameter_field_became_required",
    "parameter_field_became_optional",
    "response_status_added",
    "response_status_removed",
    "response_content_type_added",
    "response_content_type_removed",
    "response_header_added",
    "response_header_removed",
    "response_field_added",
    "response_field_removed",
    "response_field_became_required",
    "response_field_became_optional",
    "schema_added",
    "schema_removed",
    "schema_variant_added",
    "schema_variant_removed",
    "schema_field_added",
    "schema_field_removed",
    "schema_field_became_required",
    "schema_field_became_optional",
    # `<subject>_type_changed`, `_format_changed`, `_became_nullable`, `_became_non_nullable`
    # for subject in parameter, parameter_field, request_body, request_field, response_body, response_field
    *(
        f"{subject}_{change}"
        for subject in (
            "parameter",
            "parameter_field",
            "request_body",
            "request_field",
            "response_body",
            "response_field",
            "schema",
            "schema_field",
        )
        for change in ("type_changed", "format_changed", "became_nullable", "became_non_nullable")
    ),
    "enum_value_added",
    "enum_value_removed",
    "enum_restriction_added",
    "enum_restriction_removed",
    "default_changed",
    "constraint_narrowed",
    "constraint_widened",
    "security_requirement_added",
    "security_requirement_removed",
    "security_scheme_changed",
)
