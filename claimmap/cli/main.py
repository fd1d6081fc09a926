"""The ``claimmap`` command line: one verb per task, a consistent ``--db``, ``--json`` where a
table is printed."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from claimmap import __version__
from claimmap.config import Settings, load_settings
from claimmap.store.sqlite import SQLiteStore, StoreError, open_store

console = Console(highlight=False)
err = Console(stderr=True, highlight=False, soft_wrap=True)

db_option = click.option(
    "--db",
    default="claimmap.db",
    show_default=True,
    envvar="CLAIMMAP_DB",
    help="Database file (SQLite).",
)
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")


def _open(db: str) -> SQLiteStore:
    try:
        return open_store(db)
    except StoreError as e:
        raise click.ClickException(str(e)) from e


def _settings(ctx: click.Context) -> Settings:
    obj = ctx.find_root().obj or {}
    return obj.get("settings") or Settings()


def _print_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _progress() -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    )


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="claimmap")
@click.option("--config", type=click.Path(dir_okay=False), help="Settings file (claimmap.toml).")
@click.option(
    "--languages", help="Comma-separated ISO 639-1 codes for language ID (e.g. en,it,sq)."
)
@click.pass_context
def cli(ctx: click.Context, config: str | None, languages: str | None) -> None:
    """Map who claims what across a corpus of news articles.

    Start with `claimmap demo`, or `claimmap ingest FOLDER` then `claimmap docs`.
    """
    try:
        settings = load_settings(config)
    except (OSError, ValueError) as e:
        raise click.ClickException(str(e)) from e
    if languages:
        settings.languages = tuple(x.strip() for x in languages.split(",") if x.strip())
    ctx.obj = {"settings": settings}


# -- ingest / analyze ----------------------------------------------------------------------
def run_ingest(
    store: SQLiteStore,
    settings: Settings,
    paths: list[str],
    *,
    meta: str | None = None,
    analyze: bool = True,
    quiet: bool = False,
) -> Any:
    from claimmap.analyze.registry import mark_ingested
    from claimmap.ingest.pipeline import ingest_paths

    def report(f: Any) -> None:
        err.print(f"[red]error[/red]: {escape(f.source)}: {escape(f.reason)}")

    with _progress() as prog:
        task = prog.add_task("ingest", total=None)
        summary = ingest_paths(
            paths,
            store,
            settings,
            meta_csv=meta,
            report=report,
            progress=lambda n: prog.advance(task, n),
            on_start=lambda total: prog.update(task, total=total or 1),
        )
    mark_ingested(store, settings, summary.stored)
    if analyze and summary.stored:
        run_analysis(store, settings, None, False, quiet=True)
    if not quiet:
        console.print(
            f"stored [green]{len(summary.stored)}[/green], "
            f"unchanged {len(set(summary.unchanged))}, "
            f"failed [red]{len(summary.failed)}[/red]"
            + (f", skipped {summary.skipped} (unsupported types)" if summary.skipped else "")
            + f"  ->  {escape(store.path)} ({store.count_documents()} documents)",
            soft_wrap=True,
        )
    return summary


def run_analysis(
    store: SQLiteStore, settings: Settings, only: list[str] | None, force: bool, quiet: bool = False
) -> dict[str, int]:
    from claimmap.analyze.registry import Progress as Advance
    from claimmap.analyze.registry import plan, run_plan

    try:
        plans = plan(store, settings, only, force)
    except KeyError as e:
        raise click.UsageError(str(e.args[0])) from e
    with _progress() as prog:

        def factory(name: str, total: int) -> Advance:
            task = prog.add_task(name, total=total)

            def advance(n: int, new_total: int | None = None, /) -> None:
                if new_total is not None:
                    prog.update(task, total=new_total)
                prog.advance(task, n)

            return advance

        try:
            counts = run_plan(store, settings, plans, factory)
        except ValueError as e:  # a bad setting (claimmap.toml), said in one line
            raise click.ClickException(str(e)) from e
    if not quiet:
        for name, n in counts.items():
            console.print(f"{name}: {n} document(s) analysed" if n else f"{name}: up to date")
    return counts


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option(
    "--meta",
    type=click.Path(exists=True, dir_okay=False),
    help="CSV of metadata (columns: path or id, title, outlet, author, published, …).",
)
@click.option("--max-bytes", type=int, help="Refuse files larger than this (default 50 MB).")
@click.option("--encoding", help="Decode non-UTF-8 text files that declare nothing with this.")
@click.option("--no-analyze", is_flag=True, help="Only store; run `claimmap analyze` later.")
@click.pass_context
def ingest(
    ctx: click.Context,
    paths: tuple[str, ...],
    db: str,
    meta: str | None,
    max_bytes: int | None,
    encoding: str | None,
    no_analyze: bool,
) -> None:
    """Ingest files, folders (recursively) and globs.

    Formats: .txt .md .html/.htm .pdf .jsonl .warc/.warc.gz and .zip of these. A sidecar
    NAME.meta.json beside a file overrides its metadata. Re-ingesting is a no-op.
    """
    settings = _settings(ctx)
    if max_bytes:
        settings.max_bytes = max_bytes
    if encoding:
        settings.encoding = encoding
    with _open(db) as store:
        summary = run_ingest(store, settings, list(paths), meta=meta, analyze=not no_analyze)
    if not summary.ok:
        sys.exit(1)


@cli.command()
@db_option
@click.option("--only", multiple=True, help="Run just this stage (repeatable).")
@click.option("--force", is_flag=True, help="Re-run even where results are up to date.")
@click.option("--list", "list_stages", is_flag=True, help="List the stages and exit.")
@click.pass_context
def analyze(
    ctx: click.Context, db: str, only: tuple[str, ...], force: bool, list_stages: bool
) -> None:
    """Bring analyses up to date (all stages, or --only STAGE) after new documents or settings."""
    from claimmap.analyze.registry import load_builtin

    if list_stages:
        for st in load_builtin().values():
            console.print(f"[bold]{st.name}[/bold]  {escape(st.help)}")
        return
    with _open(db) as store:
        run_analysis(store, _settings(ctx), list(only) or None, force)


# -- looking at documents ------------------------------------------------------------------
@cli.command()
@db_option
@json_option
def docs(db: str, as_json: bool) -> None:
    """List documents: id, title, outlet, date, language, words."""
    with _open(db) as store:
        rows = store.list_documents()
    if as_json:
        _print_json([r.__dict__ if hasattr(r, "__dict__") else _slots(r) for r in rows])
        return
    t = Table(show_lines=False)
    t.add_column("id", no_wrap=True, min_width=16)
    for col in ("title", "outlet", "date", "lang", "words"):
        t.add_column(col, overflow="fold", justify="right" if col == "words" else "left")
    for r in rows:
        t.add_row(
            r.id,
            escape(_cut(r.title, 60)),
            escape(r.outlet or ""),
            r.published or "",
            r.language or "",
            str(r.words),
        )
    console.print(t)
    console.print(f"{len(rows)} document(s)")


def _table(*columns: str, title: str | None = None) -> Table:
    """A table whose cells wrap rather than truncate (names and sentences are long)."""
    t = Table(title=title, title_justify="left")
    for col in columns:
        t.add_column(col, overflow="fold")
    return t


def _slots(obj: Any) -> dict[str, Any]:
    return {k: getattr(obj, k) for k in obj.__slots__}


def _cut(s: str | None, n: int) -> str:
    s = s or ""
    return s if len(s) <= n else s[: n - 1] + "…"


def _one_doc(store: SQLiteStore, ref: str) -> str:
    ids = store.resolve_doc(ref)
    if not ids:
        raise click.ClickException(f"no document matches {ref!r} (try `claimmap docs`)")
    if len(ids) > 1:
        raise click.ClickException(f"{ref!r} matches {len(ids)} documents: {', '.join(ids[:5])}")
    return ids[0]


@cli.command()
@click.argument("doc")
@db_option
@json_option
@click.option("--sentences", is_flag=True, help="Show sentence boundaries too.")
def show(doc: str, db: str, as_json: bool, sentences: bool) -> None:
    """Show a document (id, id prefix, source path or external id): metadata, the articles
    it carries (reposts, translations, with their bylines), then its paragraphs with their
    languages; furniture (teasers, "Also read", share prompts…) is marked."""
    with _open(db) as store:
        d = store.get_document(_one_doc(store, doc))
        assert d is not None
        srcs = store.sources_of(d.id)
        structure = store.get_structure(d.id)
    if as_json:
        _print_json(
            {
                **{k: v for k, v in d.to_dict().items() if k != "segments"},
                "sources": srcs,
                "segments": [_slots(s) for s in d.segments],
                "structure": structure,
            }
        )
        return
    for label, value in (
        ("id", d.id),
        ("title", d.title),
        ("outlet", d.outlet),
        ("author", d.author),
        ("published", f"{d.published} ({d.published_granularity})" if d.published else None),
        ("language", d.language),
        ("format", d.fmt),
        ("source", "\n           ".join(srcs)),
    ):
        console.print(f"[bold]{label:>9}[/bold]  {escape(str(value or '—'))}")
    console.print()
    furniture = structure["furniture"] if structure else []
    if structure:
        _print_articles(structure, d.text)
    sents = d.sentences()
    for i, p in enumerate(d.paragraphs()):
        kinds = sorted({f["kind"] for f in furniture if f["start"] < p.end and p.start < f["end"]})
        mark = f" [yellow]furniture: {', '.join(kinds)}[/yellow]" if kinds else ""
        console.print(f"[dim]¶{i} {p.start}-{p.end}[/dim] [cyan]{p.lang or '?'}[/cyan]{mark}")
        body = d.text[p.start : p.end]
        if sentences:
            for s in (s for s in sents if s.parent == i):
                console.print(f"   [dim]{s.start}-{s.end}[/dim] {escape(d.text[s.start : s.end])}")
        else:
            console.print(f"[dim]{escape(body)}[/dim]" if kinds else escape(body))
        console.print()


def _print_articles(structure: dict[str, Any], text: str) -> None:
    arts = structure["articles"]
    t = _table(
        "#", "span", "role", "title", "author", "outlet", "published", "lang",
        title=f"{len(arts)} article(s) on this page",
    )  # fmt: skip
    for i, a in enumerate(arts):
        role = a["role"]
        if a.get("reposted_by"):
            role += f" (by {a['reposted_by']})"
        if a.get("translation_of") is not None:
            role += f" of #{a['translation_of']}"
        t.add_row(
            str(i),
            f"{a['start']}-{a['end']}",
            escape(role),
            escape(_cut(a.get("title"), 40)),
            escape(a.get("author") or ""),
            escape(a.get("outlet") or ""),
            a.get("published") or "",
            a.get("language") or "",
        )
    console.print(t)
    console.print()


@cli.command()
@click.argument("query")
@db_option
@json_option
@click.option("--limit", default=20, show_default=True)
def search(query: str, db: str, as_json: bool, limit: int) -> None:
    """Full-text search over titles and texts (SQLite FTS5 syntax: "exact phrase", OR, NEAR)."""
    with _open(db) as store:
        hits = store.search(query, limit)
    if as_json:
        _print_json(hits)
        return
    t = Table()
    t.add_column("id", no_wrap=True, min_width=16)
    for col in ("title", "outlet", "date", "snippet"):
        t.add_column(col, overflow="fold")
    for h in hits:
        t.add_row(
            h["id"],
            escape(_cut(h["title"], 40)),
            escape(h["outlet"] or ""),
            h["published"] or "",
            escape(h["snippet"] or ""),
        )
    console.print(t)
    console.print(f"{len(hits)} hit(s)")


@cli.command()
@db_option
@json_option
def failures(db: str, as_json: bool) -> None:
    """Files (or archive members, jsonl lines) that could not be ingested, and why."""
    with _open(db) as store:
        rows = store.failures()
    if as_json:
        _print_json([_slots(r) for r in rows])
        return
    t = _table("source", "reason", "when")
    for r in rows:
        t.add_row(escape(r.source), escape(r.reason), r.at)
    console.print(t)
    console.print(f"{len(rows)} failure(s)")


@cli.command()
@click.argument("doc", required=False)
@db_option
@json_option
@click.option("--boilerplate", is_flag=True, help="Include passages flagged as boilerplate.")
@click.option("--limit", default=50, show_default=True, help="Clusters to list.")
def reuse(doc: str | None, db: str, as_json: bool, boilerplate: bool, limit: int) -> None:
    """Reused text: clusters of copied, edited, paraphrased or translated passages.

    Without DOC: one row per cluster (size, outlets, earliest appearance, sample text).
    With DOC: that document's passages, each with its twin elsewhere.
    """
    from claimmap.surfaces.reuse import cluster_rows, doc_passages

    with _open(db) as store:
        if doc:
            rows = doc_passages(store, _one_doc(store, doc), boilerplate)
        else:
            rows = cluster_rows(store, boilerplate)[:limit]
    if as_json:
        _print_json(rows)
        return
    if doc:
        t = _table("kind", "here", "text", "twin", "score")
        for r in rows:
            twin = f"{r['twin']['doc']} {r['twin']['start']}-{r['twin']['end']}"
            if r["twin_outlet"]:
                twin += f"\n{r['twin_outlet']}"
            t.add_row(
                r["kind"] + (" (boilerplate)" if r["boilerplate"] else ""),
                f"{r['here']['start']}-{r['here']['end']}",
                escape(_cut(r["text"], 120)),
                escape(twin),
                f"{r['score']:.2f}",
            )
    else:
        t = _table("cluster", "docs", "outlets", "kinds", "earliest", "sample")
        for r in rows:
            t.add_row(
                str(r["id"]),
                str(len(r["docs"])),
                escape(", ".join(r["outlets"])),
                ", ".join(r["kinds"]),
                escape(r["earliest_label"]),
                escape(_cut(r["sample"], 90)),
            )
    console.print(t)
    console.print(f"{len(rows)} {'passage' if doc else 'cluster'}(s)")


@cli.command()
@db_option
@json_option
@click.pass_context
def outlets(ctx: click.Context, db: str, as_json: bool) -> None:
    """Outlets with their aliases, the documents they published and the articles of theirs
    that other pages carry (reposts, translations). Edit the outlet table (the CSV named
    at the bottom) to merge spellings or correct a name, then `claimmap analyze`."""
    from claimmap.analyze.structure.stage import load_outlets, outlet_table_path
    from claimmap.surfaces.outlets import outlet_rows

    settings = _settings(ctx)
    with _open(db) as store:
        table = load_outlets(store, settings)
        rows = outlet_rows(store, table)
        path = outlet_table_path(store, settings)
    if as_json:
        _print_json(rows)
        return
    t = _table("outlet", "aliases", "documents", "articles", "reposted by")
    for r in rows:
        t.add_row(
            escape(r["outlet"]),
            escape(", ".join(r["aliases"])),
            str(len(r["documents"])),
            str(r["articles"]),
            escape(", ".join(r["reposted_by"])),
        )
    console.print(t)
    console.print(f"{len(rows)} outlet(s); outlet table: {escape(str(path))}", soft_wrap=True)


@cli.command()
@db_option
@json_option
@click.option("--type", "etype", help="Only this kind: PERSON, ORG, PLACE, OUTLET.")
@click.option("--limit", default=50, show_default=True)
def entities(db: str, as_json: bool, etype: str | None, limit: int) -> None:
    """Entities: name, kind, aliases (spellings, acronyms, translations), mentions, documents."""
    with _open(db) as store:
        rows = [e for e in store.entities() if not etype or e["type"] == etype.upper()]
    rows = rows[:limit]
    if as_json:
        _print_json(rows)
        return
    t = _table("name", "kind", "aliases", "mentions", "docs")
    for e in rows:
        others = [a for a in e["aliases"] if a != e["name"]]
        t.add_row(
            escape(e["name"]), e["type"], escape(", ".join(others)),
            str(e["mention_count"]), str(e["document_count"]),
        )  # fmt: skip
    console.print(t)
    console.print(f"{len(rows)} entit{'y' if len(rows) == 1 else 'ies'}")


@cli.command()
@click.argument("name")
@db_option
@json_option
@click.option("--context", default=60, show_default=True, help="Characters around a mention.")
def entity(name: str, db: str, as_json: bool, context: int) -> None:
    """One entity (by name, alias or id): its aliases, mentions in context, labels by outlet."""
    from claimmap.surfaces.entities import find_entity, label_matrix

    with _open(db) as store:
        e = find_entity(store, name)
        if e is None:
            raise click.ClickException(f"no entity named {name!r} (try `claimmap entities`)")
        mentions = store.mentions(e["id"])
        texts = {m["doc"]: store.get_document(m["doc"], with_segments=False) for m in mentions}
        labels = label_matrix(store, e["id"])
    for m in mentions:
        doc = texts[m["doc"]]
        text = doc.text if doc else ""
        m["context"] = " ".join(text[max(0, m["start"] - context) : m["end"] + context].split())
        m["outlet"] = doc.outlet if doc else None
    if as_json:
        _print_json({**e, "mentions": mentions, "labels": labels})
        return
    console.print(f"[bold]{escape(e['name'])}[/bold]  {e['type']}  ({e['id']})")
    console.print("aliases: " + escape(", ".join(e["aliases"])), soft_wrap=True)
    _print_labels(labels)
    t = _table("doc", "at", "outlet", "context", title="mentions")
    for m in mentions:
        t.add_row(m["doc"], f"{m['start']}-{m['end']}", escape(m["outlet"] or ""),
                  escape(m["context"]))  # fmt: skip
    console.print(t)


def _print_labels(rows: list[dict[str, Any]]) -> None:
    t = _table(
        "entity",
        "outlet",
        "own voice",
        "attributed to others",
        title="labels by outlet: own voice vs attributed",
    )
    for r in rows:
        own = "; ".join(f"{k} ×{len(v)}" if len(v) > 1 else k for k, v in r["own"].items())
        att = "; ".join(f"{k} ×{len(v)}" if len(v) > 1 else k for k, v in r["attributed"].items())
        t.add_row(escape(r["entity"]), escape(r["outlet"]), escape(own), escape(att))
    console.print(t)


@cli.command()
@click.argument("entity_name", required=False)
@db_option
@json_option
def labels(entity_name: str | None, db: str, as_json: bool) -> None:
    """Outlet × label matrix: how each outlet labels an entity in its own voice, apart from
    the labels it attributes to others ("according to…", quotes, "critics call it…")."""
    from claimmap.surfaces.entities import find_entity, label_matrix

    with _open(db) as store:
        eid = None
        if entity_name:
            e = find_entity(store, entity_name)
            if e is None:
                raise click.ClickException(f"no entity named {entity_name!r}")
            eid = e["id"]
        rows = label_matrix(store, eid)
    if as_json:
        _print_json(rows)
        return
    _print_labels(rows)


def _decide(db: str, decision: Any) -> None:
    from claimmap.analyze.entities.stage import record_decision

    with _open(db) as store:
        n = record_decision(store, decision)
    console.print(f"decision #{n} stored; it applies now and after every re-analysis")


def _reapply(ctx: click.Context, db: str) -> None:
    with _open(db) as store:
        # claims name their actors by entity, so they follow the curation
        run_analysis(store, _settings(ctx), ["entities", "claims"], True, quiet=True)


@cli.command("entity-merge")
@click.argument("names", nargs=-1, required=True)
@db_option
@click.pass_context
def entity_merge(ctx: click.Context, names: tuple[str, ...], db: str) -> None:
    """Merge entities (named by any of their names) into one."""
    from claimmap.analyze.entities import Merge

    if len(names) < 2:
        raise click.UsageError("name at least two entities")
    _decide(db, Merge(tuple(names)))
    _reapply(ctx, db)


@cli.command("entity-split")
@click.argument("names", nargs=-1, required=True)
@click.option("--as", "new_name", help="Name of the entity the split-off names form.")
@db_option
@click.pass_context
def entity_split(ctx: click.Context, names: tuple[str, ...], new_name: str | None, db: str) -> None:
    """Split the mentions written as NAMES off their entity into a new one."""
    from claimmap.analyze.entities import Split

    _decide(db, Split(tuple(names), new_name))
    _reapply(ctx, db)


@cli.command("entity-rename")
@click.argument("name")
@click.argument("new_name")
@db_option
@click.pass_context
def entity_rename(ctx: click.Context, name: str, new_name: str, db: str) -> None:
    """Give an entity the name you want shown."""
    from claimmap.analyze.entities import Rename

    _decide(db, Rename(name, new_name))
    _reapply(ctx, db)


@cli.command("mention-reject")
@click.argument("doc")
@click.argument("start", type=int)
@click.argument("end", type=int)
@db_option
@click.pass_context
def mention_reject(ctx: click.Context, doc: str, start: int, end: int, db: str) -> None:
    """Mark the mention at DOC START END as wrong (not a name, or not that entity)."""
    from claimmap.analyze.entities import RejectMention

    with _open(db) as store:
        doc_id = _one_doc(store, doc)
    _decide(db, RejectMention(doc_id, start, end))
    _reapply(ctx, db)


@cli.command()
@db_option
@json_option
@click.option("--undo", type=int, help="Remove decision number N (then re-analyse).")
@click.pass_context
def decisions(ctx: click.Context, db: str, as_json: bool, undo: int | None) -> None:
    """Your decisions: entity curation (merges, splits, renames, rejected mentions) and claim
    grouping (`claimmap same`). Every analysis replays them."""
    # decision scope -> stages it steers (claims name their actors by entity)
    scopes = {"entities": ["entities", "claims"], "claims": ["claims"]}
    with _open(db) as store:
        rows = [{"scope": sc, **r} for sc in scopes for r in store.decisions(sc)]
        if undo is not None:
            hit = next((r for r in rows if r["id"] == undo), None)
            if hit is None or not store.delete_decision(undo):
                raise click.ClickException(f"no decision #{undo}")
            run_analysis(store, _settings(ctx), scopes[hit["scope"]], True, quiet=True)
            rows = [r for r in rows if r["id"] != undo]
    rows.sort(key=lambda r: r["id"])
    if as_json:
        _print_json(rows)
        return
    for r in rows:
        detail = {k: v for k, v in r.items() if k not in ("id", "at", "scope")}
        console.print(
            f"#{r['id']}  {r['at']}  {r['scope']}  {escape(json.dumps(detail, ensure_ascii=False))}"
        )
    console.print(f"{len(rows)} decision(s)")


@cli.command()
@db_option
@json_option
@click.option("--kind", type=click.Choice(["quantity", "event", "quote", "citation"]))
@click.option("--doc", "doc_ref", help="Only this document.")
@click.option("--limit", default=100, show_default=True)
def claims(db: str, as_json: bool, kind: str | None, doc_ref: str | None, limit: int) -> None:
    """Claims: quantities, dated events, quotes and citations, each at its sentence."""
    from claimmap.surfaces.claims import claim_rows, fmt_value

    with _open(db) as store:
        doc_id = _one_doc(store, doc_ref) if doc_ref else None
        rows = claim_rows(store, kind, doc_id)
    if as_json:
        _print_json(rows[:limit])
        return
    t = _table("kind", "value", "about", "who", "where", "text")
    for c in rows[:limit]:
        value = c.get("date") if c["kind"] == "event" else c.get("value")
        about = " ".join(x for x in (c.get("subject"), c.get("property"), c.get("unit")) if x)
        who = (
            c.get("speaker")
            or ", ".join(c.get("cites") or [])
            or (c["article"] or {}).get("outlet")
        )
        t.add_row(
            c["kind"],
            escape(fmt_value(value) if value is not None else ""),
            escape(about),
            escape(who or ""),
            f"{c['doc']} {c['start']}-{c['end']}",
            escape(_cut(" ".join(c["text"].split()), 100)),
        )
    console.print(t)
    console.print(f"{min(len(rows), limit)} of {len(rows)} claim(s)")


@cli.command()
@db_option
@json_option
@click.option("--all", "show_all", is_flag=True, help="Also clusters whose sources agree.")
def disputes(db: str, as_json: bool, show_all: bool) -> None:
    """Where sources disagree: claim clusters, conflicts first, by how many independent
    sources take part. `claimmap cluster ID` shows who asserts each value and why sources
    collapse into one."""
    from claimmap.surfaces.claims import dispute_rows, fmt_value

    with _open(db) as store:
        rows = dispute_rows(store)
    if not show_all:
        rows = [r for r in rows if r["status"] in ("conflict", "series")]
    if as_json:
        _print_json(rows)
        return
    t = _table("cluster", "status", "about", "values (independent sources)", "sources")
    for r in rows:
        vals = "; ".join(
            f"{v.get('qualifier') + ' ' if v.get('qualifier') not in (None, 'exact') else ''}"
            f"{fmt_value(v['value'])}"
            + (f" in {v['period']}" if v.get("period") else "")
            + f" ({v.get('independent_sources', '?')})"
            for v in r.get("values", [])
        )
        t.add_row(
            r["id"], r["status"], escape(r["about"]), escape(vals), str(r["independent_sources"])
        )
    console.print(t)
    console.print(f"{len(rows)} cluster(s)")


@cli.command()
@click.argument("cluster_id")
@db_option
@json_option
def cluster(cluster_id: str, db: str, as_json: bool) -> None:
    """One claim cluster: each value, who asserts it, and which documents collapse into
    which origin, and why."""
    from claimmap.surfaces.claims import cluster_detail, fmt_value

    with _open(db) as store:
        c = cluster_detail(store, cluster_id)
    if c is None:
        raise click.ClickException(f"no cluster {cluster_id!r} (try `claimmap disputes --all`)")
    if as_json:
        _print_json(c)
        return
    console.print(
        f"[bold]{escape(c['about'])}[/bold]  {c['kind']}  status [bold]{c['status']}[/bold]  "
        f"independent sources: [bold]{c['independent_sources']}[/bold]",
        soft_wrap=True,
    )
    t = _table("value", "said by", "on page", "sentence", title="claims")
    for r in c["claim_records"]:
        value = r.get("date") if r["kind"] == "event" else r.get("value")
        art = r.get("article") or {}
        said_by = ", ".join(
            str(x) for x in (art.get("outlet") or r.get("outlet"), art.get("author"),
                             art.get("published")) if x
        )  # fmt: skip
        page = r.get("outlet") or ""
        t.add_row(
            escape(fmt_value(value) if value is not None else ""),
            escape(said_by),
            escape(f"{page} {r['doc']} {r['start']}-{r['end']}".strip()),
            escape(_cut(" ".join((r.get("sentence_text") or r["text"]).split()), 160)),
        )
    console.print(t)
    g = _table(
        "source", "member claim", "outlet", "credited to", "why",
        title="independent sources (who collapses into whom, and why)",
    )  # fmt: skip
    for grp in c.get("groups", []):
        for m in grp["members"]:
            g.add_row(
                escape(grp["source"]), m["claim"], escape(m.get("outlet") or ""),
                escape(m.get("credited_to") or ""), escape(m.get("reason") or ""),
            )  # fmt: skip
    console.print(g)


@cli.command()
@db_option
@json_option
def timeline(db: str, as_json: bool) -> None:
    """Events the corpus reports, by date; an event given different dates by different
    sources is flagged."""
    with _open(db) as store:
        rows = store.records("event")
    rows.sort(key=lambda e: (e.get("date") or "9999", e["id"]))
    if as_json:
        _print_json(rows)
        return
    t = _table("date", "event", "claims", "dates given")
    for e in rows:
        given = "; ".join(
            f"{d['date']} ({len(d.get('sources') or d['claims'])})" for d in e["dates"]
        )
        flag = " [red]DISPUTED[/red]" if e.get("conflict") else ""
        t.add_row((e.get("date") or "?") + flag, escape(e["about"]), str(len(e["claims"])),
                  escape(given))  # fmt: skip
    console.print(t)


@cli.command("same")
@click.argument("claim_a")
@click.argument("claim_b")
@click.option(
    "--different", is_flag=True, help="Record that the two claims are NOT about the same thing."
)
@db_option
@click.pass_context
def same(ctx: click.Context, claim_a: str, claim_b: str, different: bool, db: str) -> None:
    """Record that two claims (by id) are about the same thing (or, with --different, not);
    the grouping keeps your decision through every re-analysis."""
    from claimmap.analyze.claims.stage import record_decision

    with _open(db) as store:
        n = record_decision(store, "different" if different else "same", claim_a, claim_b)
        run_analysis(store, _settings(ctx), ["claims"], True, quiet=True)
    console.print(f"decision #{n} stored and applied")


@cli.command()
@db_option
@click.option(
    "--format", "fmt", type=click.Choice(["json", "jsonl"]), default="json", show_default=True
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    help="File to write ('-' = stdout).",
    default="-",
)
def export(db: str, fmt: str, output: str) -> None:
    """Export everything found, every record anchored to (doc, start, end)."""
    from claimmap.export.writer import write_json, write_jsonl

    writer = write_json if fmt == "json" else write_jsonl
    with _open(db) as store:
        if output == "-":
            writer(store, sys.stdout)
            return
        tmp = Path(output + ".part")
        with open(tmp, "w", encoding="utf-8") as fh:
            counts = writer(store, fh)
        tmp.replace(output)  # a crash never leaves a half-written export under the real name
    parts = ", ".join(f"{n} {k}" for k, n in counts.items())
    err.print(f"wrote {escape(output)}: {parts}")


@cli.command()
@db_option
@click.option(
    "--fresh/--keep",
    default=True,
    show_default=True,
    help="Start from an empty database (the default) or add to an existing one.",
)
@click.pass_context
def demo(ctx: click.Context, db: str, fresh: bool) -> None:
    """Ingest the bundled fictional demo corpus and show where to look next."""
    from claimmap.demo import corpus_path

    if fresh:
        for suffix in ("", "-wal", "-shm"):
            Path(db + suffix).unlink(missing_ok=True)
    with _open(db) as store:
        console.print(f"Ingesting the demo corpus from {escape(str(corpus_path()))} …")
        run_ingest(store, _settings(ctx), [str(corpus_path())])
    dbflag = "" if db == "claimmap.db" else f" --db {db}"
    console.print(
        "\nNext:\n"
        f"  claimmap disputes{dbflag}                where the outlets disagree, with sources\n"
        f"  claimmap timeline{dbflag}                dated events, disputed dates flagged\n"
        f'  claimmap labels "Azure Front"{dbflag}    what each outlet calls the movement\n'
        f"  claimmap reuse{dbflag}                   reposted, copied and translated text\n"
        f"  claimmap docs{dbflag}                    the articles, outlets and dates\n"
        f"  claimmap show DOC_ID{dbflag}             one article, with the articles it carries\n"
        f"  claimmap export -o demo.json{dbflag}     everything as JSON"
    )


def main() -> None:
    cli(prog_name="claimmap")


if __name__ == "__main__":
    main()
