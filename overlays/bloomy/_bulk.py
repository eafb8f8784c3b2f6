"""Bulk operations: many independent calls, at most `max_concurrent` at a time, reported item by item.

The async client sends them concurrently; the sync client one after another. Nothing here retries or
classifies errors: each call goes through the shared request path, and a failed one gives its typed
error in its place (`Parallel(return_exceptions=True)`). An item that fails its own checks (a missing
required key, a bad id) is reported, as a `ValidationError`, without any request.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from overlay_runtime import APIError, Call, OperationFlow, Parallel

from ._exceptions import ERRORS, ValidationError
from .models import BulkCreateError, BulkCreateResult

__all__ = ["bulk_flow", "fill", "prepare", "refusal", "report", "run_all"]

T = TypeVar("T")
Outcome = Any  # a result, or the exception that stands in its place


def refusal(exc: Exception) -> APIError:
    """What an item's bad input is reported as: bloomy's `ValidationError`, never a bare ValueError."""
    return exc if isinstance(exc, APIError) else ERRORS.invalid_input(exc)


def prepare(
    items: Sequence[Mapping[str, Any]], required: Sequence[str], build: Callable[[Mapping[str, Any]], Call[T]]
) -> tuple[list[Call[T]], list[Outcome]]:
    """Check and build each item's call: (the calls, and per item its call's index or its refusal)."""
    calls: list[Call[T]] = []
    slots: list[Outcome] = []
    for item in items:
        try:
            missing = next((key for key in required if item.get(key) is None), None)
            if missing is not None:
                raise ValidationError(f"{missing} is required")
            calls.append(build(item))
            slots.append(len(calls) - 1)
        except (ValueError, TypeError, AttributeError) as exc:
            slots.append(refusal(exc))
    return calls, slots


def run_all(calls: Sequence[Call[T]], max_concurrent: int | None) -> OperationFlow[list[Outcome]]:
    """Run `calls` as one step; each gives its result or its exception, in order."""
    if max_concurrent is not None and max_concurrent < 1:
        raise ValidationError(f"max_concurrent must be at least 1, not {max_concurrent}")
    if not calls:
        return []
    answers: list[Outcome] = yield Parallel(calls, limit=max_concurrent, return_exceptions=True)
    return answers


def fill(slots: Sequence[Outcome], answers: Sequence[Outcome]) -> list[Outcome]:
    return [answers[slot] if isinstance(slot, int) else slot for slot in slots]


def report(items: Sequence[Any], outcomes: Sequence[Outcome]) -> BulkCreateResult[Any]:
    """One outcome per item -> the per-item report, in input order."""
    result: BulkCreateResult[Any] = BulkCreateResult()
    for index, (item, outcome) in enumerate(zip(items, outcomes, strict=True)):
        entry = _error(index, item, outcome) if isinstance(outcome, BaseException) else outcome
        (result.failed if isinstance(outcome, BaseException) else result.successful).append(entry)
        result.results.append(entry)
    return result


def _error(index: int, item: Any, exc: BaseException) -> BulkCreateError:
    data = dict(item) if isinstance(item, Mapping) else {"item": item}
    return BulkCreateError(index=index, input_data=data, error=str(exc) or type(exc).__name__, exception=exc)


def bulk_flow(
    items: Sequence[Mapping[str, Any]],
    required: Sequence[str],
    build: Callable[[Mapping[str, Any]], Call[T]],
    max_concurrent: int | None,
) -> OperationFlow[BulkCreateResult[T]]:
    """Check each item, send the valid ones (one bounded step), report every item."""
    calls, slots = prepare(items, required, build)
    answers = yield from run_all(calls, max_concurrent)
    return report(items, fill(slots, answers))
