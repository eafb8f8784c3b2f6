"""Tests of the bloomy facade, against a local server that answers with the spec's examples."""
