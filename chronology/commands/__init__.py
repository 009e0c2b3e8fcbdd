"""One module per CLI command; each is a thin orchestrator over the library."""
