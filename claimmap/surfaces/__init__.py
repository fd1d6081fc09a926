"""Read-side queries shared by the CLI, the web UI and the report."""
