"""Claim extraction: quantities, dated events, quotes and citations, span-anchored.

Pure functions over one document's text and sentences (store integration lives in
``stage.py``). The entry point is :func:`extract_claims`; grouping, comparison,
independence and the timeline are in :mod:`claimmap.compare`.
"""

from claimmap.analyze.claims.dates import find_dates, infer_day_first, interval
from claimmap.analyze.claims.extract import extract_claims
from claimmap.analyze.claims.numbers import concept_of, find_numbers
from claimmap.analyze.claims.records import (
    CLAIM_KEYS,
    Claim,
    DateMention,
    DocInput,
    NumberMention,
    SentenceIn,
    claim_id,
)

__all__ = [
    "CLAIM_KEYS",
    "Claim",
    "DateMention",
    "DocInput",
    "NumberMention",
    "SentenceIn",
    "claim_id",
    "concept_of",
    "extract_claims",
    "find_dates",
    "find_numbers",
    "infer_day_first",
    "interval",
]
