"""The one error type ingest raises: a short reason that names no stack trace."""


class IngestError(Exception):
    """A file (or archive member, or jsonl line) that cannot be ingested, and why."""
