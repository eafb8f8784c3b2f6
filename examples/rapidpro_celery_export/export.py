"""Export every RapidPro contact to a JSON Lines file, the work split across Celery workers (see tasks.py).

    python export.py --windows 16 --out contacts.jsonl

Plans the windows, sends one `export_window` task per window in a chord whose body is the catch-up
pass, waits for it, then writes the merged contacts and deletes the export's state from Redis. If
it fails or is interrupted, the state stays (for a week): run it again with the `--export-id` it
printed and every window goes on from its last cursor.
"""

from __future__ import annotations

import argparse
import sys
import uuid
from pathlib import Path

import tasks
from celery import chord


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--windows", type=int, default=8, help="time windows, one task each (default 8)")
    parser.add_argument("--out", type=Path, required=True, help="the JSON Lines file to write")
    parser.add_argument("--export-id", help="resume this export instead of starting one")
    parser.add_argument("--timeout", type=float, default=24 * 3600, help="seconds to wait for the workers")
    args = parser.parse_args(argv)
    if args.windows < 1:
        parser.error("--windows must be at least 1")

    export_id = args.export_id or uuid.uuid4().hex[:12]
    plan = tasks.plan_export(export_id, args.windows)
    windows = [part for part in plan["parts"] if part != tasks.CATCH_UP]
    print(f"export {export_id}: {len(windows)} windows", flush=True)

    result = chord(tasks.export_window.si(export_id, part) for part in windows)(tasks.catch_up.s(export_id))
    try:
        summaries = result.get(timeout=args.timeout)
    except Exception as exc:
        print(f"export {export_id} failed: {exc!r}; run again with --export-id {export_id} to resume", file=sys.stderr)
        return 1

    count = 0
    partial = args.out.with_name(args.out.name + ".partial")
    with partial.open("w", encoding="utf-8") as out:
        for line in tasks.merged_contacts(export_id):
            out.write(line + "\n")
            count += 1
    partial.replace(args.out)
    tasks.forget_export(export_id)
    pages = sum(s["pages"] for s in summaries)
    print(f"export {export_id}: {count} contacts in {pages} pages to {args.out}", flush=True)
    for summary in summaries:
        print(f"  {summary}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
