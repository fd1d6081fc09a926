"""claimmap: who claims what across a corpus of news articles."""

__version__ = "0.1.0"
