"""What each `newsline` subcommand does; the parser lives in cli.py."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import datetime
from pathlib import Path

from rich.console import Console

from store import exchange, model
from store.database import Store, quick_add
from store.errors import DuplicateError, NewslineError, UsageError
from store.manual import manual_event, parse_actors, parse_quantities, resolve_when


def _console() -> Console:
    return Console(width=None if sys.stdout.isatty() else 160, highlight=False, soft_wrap=not sys.stdout.isatty())


def cmd_ingest(path: Path, args: argparse.Namespace) -> int:
    from store.ingest import ingest, parse_published, read_article

    if args.published:
        parse_published(args.published)  # a bad date stops everything before any file is read
    store = Store(path)
    failures = 0
    for name in args.files:
        try:
            article = read_article(name)
            if article.warning:
                print(f"newsline: warning: {article.warning}", file=sys.stderr)
            record, events = ingest(store, article, published=args.published, tz=args.tz,
                                    title=args.title, outlet=args.outlet, url=args.url)
        except DuplicateError as exc:
            print(f"{name}: skipped, {str(exc).split(': ', 1)[-1]}")
            continue
        except NewslineError as exc:
            if len(args.files) == 1:
                raise
            print(f"newsline: error: {exc}", file=sys.stderr)
            failures += 1
            continue
        kinds = {}
        for event in events:
            kinds[event["kind"]] = kinds.get(event["kind"], 0) + 1
        detail = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))
        print(f"{name}: {len(events)} events ({detail or 'none found'}) from article {record['id'][:8]} "
              f"published {record['published'][:10]}")
    return 1 if failures else 0


def cmd_add(path: Path, args: argparse.Namespace) -> int:
    event = manual_event(kind=args.kind, title=args.title, when=args.when, actors=args.actor or [],
                         location=args.location, quantities=args.quantity or [], status=args.status or "reported",
                         notes=args.note or "", tz_name=args.tz)
    if not quick_add(path, event):
        Store(path).add_event(event)
    print(f"added {event['kind']} \"{event['title']}\" at {event['start']} ({event['precision']})")
    print(event["id"])
    return 0


def cmd_edit(path: Path, args: argparse.Namespace) -> int:
    changes: dict = {}
    if args.kind:
        changes["kind"] = args.kind
    if args.title is not None:
        if not args.title.strip():
            raise UsageError("title must not be empty")
        changes["title"] = args.title.strip()
    if args.when:
        changes.update(resolve_when(args.when, args.tz).as_fields())
    if args.actor is not None:
        changes["actors"] = parse_actors(args.actor)
    if args.location is not None:
        changes["location"] = args.location.strip() or None
    if args.quantity is not None:
        changes["quantities"] = parse_quantities(args.quantity)
    if args.status:
        changes["status"] = args.status
    if args.note is not None:
        changes["notes"] = args.note
    if not changes:
        raise UsageError("nothing to change: give at least one option such as --title or --when")
    event = Store(path).update_event(args.id, changes)
    print(f"updated {event['id']}")
    return 0


def cmd_delete(path: Path, args: argparse.Namespace) -> int:
    event = Store(path).delete_event(args.id)
    print(f"deleted {event['id']} \"{event['title']}\"")
    return 0


def _date_bound(text: str, end: bool) -> datetime:
    window = resolve_when(text)
    return window.end if end else window.start


def filter_events(events: list[dict], kinds: list[str] | None, since: str | None, until: str | None,
                  search: str | None) -> list[dict]:
    from store.search import matches

    if kinds:
        for kind in kinds:
            if kind not in model.KINDS:
                raise UsageError(f"--kind must be one of {', '.join(model.KINDS)}, got {kind!r}")
    low = _date_bound(since, False) if since else None
    high = _date_bound(until, True) if until else None
    chosen = []
    for event in events:
        if kinds and event["kind"] not in kinds:
            continue
        if low or high:
            start, stop = datetime.fromisoformat(event["start"]), datetime.fromisoformat(event["end"])
            if (low and stop < low) or (high and start > high):
                continue
        if search and not matches(event, search):
            continue
        chosen.append(event)
    return chosen


RICH_TABLE_LIMIT = 2000  # a rich Table lays out every row first: a minute for 100k rows


def _print_table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    from rich.table import Table

    table = Table(header_style="bold", expand=False)
    for column in header:
        table.add_column(column.title(), overflow="fold" if column == "TITLE" else "ellipsis",
                         no_wrap=column != "TITLE")
    for row in rows:
        table.add_row(*row)
    console = _console()
    console.print(table)
    console.print(f"{len(rows)} events")


def cmd_list(path: Path, args: argparse.Namespace) -> int:
    from .formatting import when_label

    events = filter_events(Store(path).events(), args.kind, args.since, args.until, args.search)
    # Plain aligned columns, written line by line: a rich Table of 100,000 rows takes a minute.
    rows = [(when_label(e), e["kind"], e["status"], e["location"] or "", e["id"][:8], e["title"]) for e in events]
    header = ("WHEN", "KIND", "STATUS", "WHERE", "ID", "TITLE")
    widths = [max([len(header[i])] + [len(r[i]) for r in rows]) for i in range(5)]
    widths[3] = min(widths[3], 24)
    out = sys.stdout
    if out.isatty() and len(rows) <= RICH_TABLE_LIMIT:
        _print_table(header, rows)
        return 0
    bold = out.isatty() and "NO_COLOR" not in os.environ

    def line(row) -> str:
        cells = [row[i][: widths[i]].ljust(widths[i]) for i in range(5)]
        return "  ".join(cells + [row[5]])

    out.write(("\x1b[1m" + line(header) + "\x1b[0m" if bold else line(header)) + "\n")
    out.write("".join(line(row) + "\n" for row in rows))
    out.write(f"{len(rows)} events\n")
    return 0


def cmd_show(path: Path, args: argparse.Namespace) -> int:
    from .formatting import event_as_text

    store = Store(path)
    event = store.get_event(args.id)
    if args.json:
        import orjson

        sys.stdout.write(orjson.dumps(event, option=orjson.OPT_INDENT_2).decode() + "\n")
    else:
        _console().print(event_as_text(event, store.articles_by_id), markup=False)
    return 0


def cmd_export(path: Path, args: argparse.Namespace) -> int:
    text = exchange.export(Store(path), args.format)
    if args.output:
        from store.userfiles import write_output

        write_output(args.output, text.encode())
        print(f"wrote {args.format} to {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def cmd_import(path: Path, args: argparse.Namespace) -> int:
    articles, events = exchange.read_export(args.file)
    new_articles, new_events, skipped = Store(path).import_records(articles, events)
    print(f"imported {new_events} events and {new_articles} articles; skipped {skipped} already in the store")
    return 0


def cmd_doctor(path: Path, args: argparse.Namespace) -> int:
    from store.doctor import diagnose, restore_backup

    report = diagnose(path)
    if report.healthy:
        if args.compact and path.exists():
            Store(path).compact()
            print(f"{path}: compacted")
        print(f"{path}: healthy, {report.events} events"
              + (f"; backup {report.backup.name} holds {report.backup_events}" if report.backup else ""))
        return 0
    print(f"{path}: {report.problem}")
    if report.backup is None:
        print("no usable backup beside it; the file was left untouched", file=sys.stderr)
        return 1
    print(f"backup {report.backup} opens and holds {report.backup_events} events")
    if not args.restore:
        if not sys.stdin.isatty():
            print("run `newsline doctor --restore` to restore it (the damaged file is kept aside)")
            return 1
        answer = input("restore the store from this backup? [y/N] ").strip().lower()
        if answer not in ("y", "yes"):
            print("left untouched")
            return 1
    kept = restore_backup(path)
    print(f"restored from backup; the damaged file was kept as {kept.name}")
    return 0
