"""Cross-document comparison: claims grouped into clusters (:mod:`.grouping`), each cluster
compared (:mod:`.status`, :mod:`.values`), its independent sources counted
(:mod:`.independence`), and the events put on a timeline (:mod:`.timeline`);
:func:`claimmap.compare.pipeline.compare_claims` runs them all."""
