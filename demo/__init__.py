"""The guided tour behind `nox -s demo`: the three facades against the built-in sandboxes, or the real APIs."""
