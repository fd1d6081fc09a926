"""Entities, aliases and labels: who is named how, and who calls whom what.

Pure functions over plain records (see ``records``); the stage that reads and writes the
store lives in ``stage``. Entry points:

* ``analyze(docs, config, outlets=…)`` -> ``EntityResult`` (mentions, entities, aliases,
  labels with voice and attribution)
* ``apply_decisions(entities, decisions)`` -> entities after the user's curation
* ``load_rules(path)`` -> the merges and never-merges of a YAML alias file
"""

from claimmap.analyze.entities.curation import (
    Applied,
    Decision,
    Merge,
    MoveMention,
    RejectMention,
    Rename,
    Split,
    apply_decisions,
    decision_from_dict,
    decision_to_dict,
    remap_labels,
)
from claimmap.analyze.entities.pipeline import EntityConfig, analyze
from claimmap.analyze.entities.records import (
    Alias,
    DocInput,
    Entity,
    EntityResult,
    Label,
    Mention,
)
from claimmap.analyze.entities.rules import AliasRules, load_rules, parse_rules

__all__ = [
    "Alias", "AliasRules", "Applied", "Decision", "DocInput", "Entity", "EntityConfig",
    "EntityResult", "Label", "Merge", "Mention", "MoveMention", "RejectMention", "Rename",
    "Split", "analyze", "apply_decisions", "decision_from_dict", "decision_to_dict",
    "load_rules", "parse_rules", "remap_labels",
]  # fmt: skip
