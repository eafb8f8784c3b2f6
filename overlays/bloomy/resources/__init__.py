"""Resource groups of bloomy clients (`client.user`, `client.meeting`, ...)."""
