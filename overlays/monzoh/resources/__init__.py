"""One module per Monzo resource: the calls (written once) and their sync and async method groups."""
