"""Plain-text tables and a progress bar (no dependencies; degrades to plain lines off a terminal)."""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence


def heading(text: str) -> None:
    print(f"\n{text}\n{'=' * len(text)}")


def table(header: Sequence[str], rows: Sequence[Sequence[object]], *, right: Sequence[int] = ()) -> None:
    """Print `rows` under `header`, columns sized to fit; column indexes in `right` are right-aligned."""
    cells = [[str(c) for c in header], *[[str(c) for c in row] for row in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]

    def line(row: Sequence[str]) -> str:
        return "  ".join(
            c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))
        )

    print(line(cells[0]))
    print("  ".join("-" * w for w in widths))
    for row in cells[1:]:
        print(line(row))


def money(pence: int, currency: str = "GBP") -> str:
    symbol = {"GBP": "£", "EUR": "€", "USD": "$"}.get(currency, f"{currency} ")
    sign = "-" if pence < 0 else ""
    return f"{sign}{symbol}{abs(pence) / 100:,.2f}"


class Progress:
    """`with Progress("contacts") as bar: bar.update(n)`: a bar on a terminal, a few lines elsewhere."""

    def __init__(self, label: str, total: int | None = None, width: int = 30) -> None:
        self.label, self.total, self.width = label, total, width
        self.count = 0
        self._tty = sys.stdout.isatty()
        self._started = time.monotonic()
        self._last_line = 0.0

    def __enter__(self) -> Progress:
        return self

    def update(self, n: int = 1) -> None:
        self.count += n
        now = time.monotonic()
        if self._tty:
            self._draw()
        elif now - self._last_line >= 1.0:
            self._last_line = now
            print(f"  {self.label}: {self.count:,}" + (f" / {self.total:,}" if self.total else ""), flush=True)

    def _draw(self) -> None:
        rate = self.count / max(time.monotonic() - self._started, 1e-9)
        if self.total:
            filled = int(self.width * min(self.count / self.total, 1.0))
            bar = "#" * filled + "." * (self.width - filled)
            text = f"\r  {self.label} [{bar}] {self.count:,}/{self.total:,} ({rate:,.0f}/s)"
        else:
            text = f"\r  {self.label}: {self.count:,} ({rate:,.0f}/s)"
        sys.stdout.write(text)
        sys.stdout.flush()

    def __exit__(self, *exc: object) -> None:
        if self._tty:
            self._draw()
            sys.stdout.write("\n")
        elapsed = time.monotonic() - self._started
        print(f"  {self.label}: {self.count:,} in {elapsed:.2f}s")
