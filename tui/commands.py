"""What each `newsline` subcommand does; the parser lives in cli.py."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from rich.console import Console

from store import exchange, model
from store.database import Store, quick_add
from store.days import MAX_SHIFT, DisplayZone, display_zone
from store.errors import ConflictError, DuplicateError, NewslineError, UsageError
from store.lastseen import LastSeen
from store.manual import manual_event, parse_actors, parse_quantities, resolve_when, when_zone
from store.safetext import dump_json, safe_line


_opened: list[Store] = []
_quick_adds = 0  # events `add` appended without opening a Store


def saved_anything() -> bool:
    """Whether this command has committed a change (so a later failure must not claim it did nothing)."""
    return bool(_quick_adds) or any(store.commits for store in _opened)


def open_store(path: Path) -> Store:
    """The store a command works on; its warnings are printed when the command ends."""
    store = Store(path)
    _opened.append(store)
    return store


def report_warnings() -> None:
    """One line on stderr per thing the store wants the person to know (damage skipped, compaction failed)."""
    for store in _opened:
        for warning in store.take_warnings():
            print(f"newsline: warning: {warning}", file=sys.stderr)


def count(number: int, noun: str) -> str:
    """'1 event', '2 events'."""
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


def _console() -> Console:
    # Stored text is data: no markup ([/b], [@click=...]), no :emoji: codes, no highlighting.
    return Console(width=None if sys.stdout.isatty() else 160, highlight=False, markup=False, emoji=False,
                   soft_wrap=not sys.stdout.isatty())


def cmd_ingest(path: Path, args: argparse.Namespace) -> int:
    from store.corroborate import summary
    from store.ingest import ingest, read_article
    from store.published import published_option

    if args.published:
        published_option(args.published)  # a bad date stops everything before any file is read
    store = open_store(path)
    failures = 0
    for name in args.files:
        try:
            article = read_article(name)
            if article.warning:
                print(f"newsline: warning: {safe_line(article.warning)}", file=sys.stderr)
            ingested = ingest(store, article, published=args.published, tz=args.tz,
                              title=args.title, outlet=args.outlet, url=args.url)
            record, events = ingested
        except DuplicateError as exc:
            print(f"{safe_line(name)}: skipped, {safe_line(str(exc).split(': ', 1)[-1])}")
            continue
        except NewslineError as exc:
            if len(args.files) == 1:
                raise
            print(f"newsline: error: {safe_line(str(exc))}", file=sys.stderr)
            failures += 1
            continue
        kinds = {}
        for event in events:
            kinds[event["kind"]] = kinds.get(event["kind"], 0) + 1
        detail = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))
        print(f"{safe_line(name)}: {count(len(events), 'event')} ({detail or 'none found'}) from article {record['id'][:8]} "
              f"published {record['published'][:10]}: {summary(ingested.result)}")
    return 1 if failures else 0


def _zone(args: argparse.Namespace) -> DisplayZone:
    """The display zone: --tz (before or after the command), else NEWSLINE_TZ, else this machine's."""
    return display_zone(getattr(args, "display_tz", None))


def _typed_when(args: argparse.Namespace, location: str | None):
    """--when read in --tz, else the zone of the event's place, else the display zone: (window, how)."""
    read_in = when_zone(location, _zone(args), args.tz)
    window = resolve_when(args.when, read_in.tz)
    return window, read_in.describe(window)


def cmd_add(path: Path, args: argparse.Namespace) -> int:
    title = _title(args.title)
    window, read_in = _typed_when(args, args.location)
    event = manual_event(kind=args.kind, title=title, when=window, actors=args.actor or [],
                         location=args.location, quantities=args.quantity or [], status=args.status or "reported",
                         notes=args.note or "")
    global _quick_adds
    if quick_add(path, event):
        _quick_adds += 1
    else:
        open_store(path).add_event(event)
    remember_seen(path, event)
    print(f"added {event['kind']} \"{safe_line(event['title'])}\" at {event['start']} ({event['precision']}), "
          f"read in {read_in}")
    print(event["id"])
    return 0


def remember_seen(path: Path, event: dict | None, *, forget: str | None = None) -> None:
    """Note the version this person has now seen (or that the event is gone), for the next edit's check."""
    seen = LastSeen(path)
    if event is not None:
        seen.remember(event)
    if forget:
        seen.forget(forget)
    seen.save()


def cmd_edit(path: Path, args: argparse.Namespace) -> int:
    """Change only what is named: --quantity and --add/--remove-actor adjust, the other options replace."""
    changes: dict = {}
    if args.kind:
        changes["kind"] = args.kind
    if args.title is not None:
        changes["title"] = _title(args.title)
    if args.location is not None:
        changes["location"] = args.location.strip() or None
    if args.status:
        changes["status"] = args.status
    if args.note is not None:
        changes["notes"] = args.note
    adjusts = args.actor is not None or args.add_actor or args.remove_actor or args.quantity is not None
    if not changes and not adjusts and not args.when:
        raise UsageError("nothing to change: give at least one option such as --title or --when")
    if args.when:  # read before the store is opened: a date that cannot be read changes nothing
        _typed_when(args, args.location)
    store = open_store(path)
    current = _as_last_seen(store, args, "saved")
    if args.when:  # in the zone of the place the event will have
        changes.update(_typed_when(args, changes.get("location", current["location"]))[0].as_fields())
    if adjusts:
        changes.update(_adjusted(current, args))
    event = store.update_event(current["id"], changes, expected=current)
    remember_seen(path, event)
    print(f"updated {safe_line(event['id'])}")
    return 0


def _as_last_seen(store: Store, args: argparse.Namespace, verb: str) -> dict:
    return as_last_seen(store, args.id, args.if_updated, args.force, verb)


def as_last_seen(store: Store, event_id: str, stamp: str | None, force: bool, verb: str) -> dict:
    """The event named by `event_id`, if it is still the version this person saw: the one `stamp`
    (--if-updated) names, else the one `show`, `add`, `edit`, `merge` or `split` last showed or wrote
    here; `force` takes it as it is."""
    current = store.get_event(event_id)
    if force:
        return current
    if stamp:
        if current["updated"] != stamp:
            raise ConflictError(f"event {current['id'][:8]} was changed at {current['updated']}, after "
                                f"{stamp}; nothing was {verb}; `show` it again", current)
        return current
    seen = LastSeen(store.path)
    last = seen.updated(current["id"])
    if last is not None and last != current["updated"]:
        what = ", ".join(key.replace("_", " ") for key in seen.changed_fields(current)) or "nothing visible"
        raise ConflictError(f"event {current['id'][:8]} was changed at {current['updated']} since you last saw "
                            f"it ({what} changed); nothing was {verb}; `show` it again or use --force", current)
    return current


def _title(text: str) -> str:
    if "\n" in text:  # (a bare CR is cleaned like any control character)
        raise UsageError("--title must be one line")
    if not text.strip():
        raise UsageError("title must not be empty")
    return text.strip()


def _adjusted(current: dict, args: argparse.Namespace) -> dict:
    """Actors and quantities after --actor (replace), --add-actor/--remove-actor and --quantity."""
    changes: dict = {}
    actors = parse_actors(args.actor) if args.actor is not None else list(current["actors"])
    for name in parse_actors(args.add_actor or []):
        if name not in actors:
            actors.append(name)
    for name in parse_actors(args.remove_actor or []):
        if name not in actors:
            raise UsageError(f"--remove-actor {name!r}: the event has no such actor "
                             f"({', '.join(current['actors']) or 'none'})")
        actors.remove(name)
    if actors != current["actors"]:
        changes["actors"] = actors
    if args.quantity is not None:
        quantities = dict(current["quantities"])
        removed = [item.split("=", 1)[0].strip() for item in args.quantity if item.rstrip().endswith("=")]
        given = parse_quantities([item for item in args.quantity if not item.rstrip().endswith("=")])
        for name in removed:
            key = name.lower().replace(" ", "_")
            if key not in quantities:
                raise UsageError(f"--quantity {name}=: the event has no quantity {key!r}")
            del quantities[key]
        quantities.update(given)
        changes["quantities"] = quantities
    return changes


def cmd_delete(path: Path, args: argparse.Namespace) -> int:
    store = open_store(path)
    current = _as_last_seen(store, args, "deleted")
    event = store.delete_event(current["id"], expected=current)
    remember_seen(path, None, forget=event["id"])
    print(f"deleted {safe_line(event['id'])} \"{safe_line(event['title'])}\"")
    return 0


def _date_bound(text: str, zone: DisplayZone, end: bool) -> float:
    """Where --since begins or --until ends: a typed time to the minute as typed, else whole days of
    the display zone (--until 3 July ends as 3 July ends there, not a day later anywhere)."""
    window = resolve_when(text, zone.tz)
    if window.precision in ("minute", "hour"):
        return window.start.timestamp()
    first_day = zone.day_bounds(window.start.astimezone(zone.tz).date())[0]
    return zone.day_bounds(window.end.astimezone(zone.tz).date())[1] if end else first_day


def filter_events(store: Store, kinds: list[str] | None, since: str | None, until: str | None,
                  search: str | None, zone: DisplayZone) -> list[dict]:
    """The events to list, in display order (store/days.py), --since and --until meaning days of the
    display zone; with a range, only the records that can fall in it are read (the time index)."""
    from store.search import matches

    if kinds:
        for kind in kinds:
            if kind not in model.KINDS:
                raise UsageError(f"--kind must be one of {', '.join(model.KINDS)}, got {kind!r}")
    low = _date_bound(since, zone, False) if since else None
    high = _date_bound(until, zone, True) if until else None
    chosen = []
    timeline = store.timeline()
    if low is not None or high is not None:  # a whole-day event sits up to MAX_SHIFT from its instants
        timeline = timeline.between(None if low is None else low - MAX_SHIFT, None if high is None else high + MAX_SHIFT)
    for first, event in zone.ordered(timeline):
        if kinds and event["kind"] not in kinds:
            continue
        if low is not None or high is not None:
            first, last = zone.span(event)
            if (low is not None and last < low) or (high is not None and first >= high):
                continue
        if search and not matches(event, search):
            continue
        chosen.append(event)
    return chosen


def by_outlets(events: list[dict], articles: dict[str, dict], at_least: int | None, single: bool) -> list[dict]:
    """--min-sources N (independent outlets, a wire copy counting once) and --single-source."""
    from store.corroborate import outlet_count

    if at_least is not None and at_least < 1:
        raise UsageError(f"--min-sources must be 1 or more, got {at_least}")
    if at_least is not None and single:
        raise UsageError("--min-sources and --single-source exclude each other; give one")
    if single:
        return [e for e in events if outlet_count(e, articles) <= 1]
    return [e for e in events if outlet_count(e, articles) >= at_least]


RICH_TABLE_LIMIT = 2000  # a rich Table lays out every row first: a minute for 100k rows
WHERE_WIDTH = 24
TITLE_MIN_WIDTH = 20


def _print_table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    from rich.table import Table
    from rich.text import Text

    table = Table(header_style="bold", expand=False)
    for column in header:
        # A long place must not squeeze the title out: the place is cut as in the plain listing.
        table.add_column(column.title(), overflow="fold" if column == "TITLE" else "ellipsis",
                         no_wrap=column != "TITLE", max_width=WHERE_WIDTH if column == "WHERE" else None,
                         min_width=TITLE_MIN_WIDTH if column == "TITLE" else None)
    for row in rows:
        table.add_row(*(Text(cell) for cell in row))  # Text, not str: a str cell would be read as markup
    console = _console()
    console.print(table)
    console.print(count(len(rows), "event"))


def cmd_list(path: Path, args: argparse.Namespace) -> int:
    from store.corroborate import outlet_count

    from .formatting import when_label

    zone = _zone(args)
    store = open_store(path)
    events = filter_events(store, args.kind, args.since, args.until, args.search, zone)
    if args.min_sources is not None or args.single_source:
        events = by_outlets(events, store.articles_by_id, args.min_sources, args.single_source)
    rows = [(when_label(e, zone), e["kind"], e["status"], str(outlet_count(e, store.articles_by_id)),
             safe_line(e["location"]), safe_line(e["id"][:8]), safe_line(e["title"])) for e in events]
    header = ("WHEN", "KIND", "STATUS", "SRC", "WHERE", "ID", "TITLE")
    if sys.stdout.isatty() and len(rows) <= RICH_TABLE_LIMIT:
        _print_table(header, rows)
        return 0
    _write_columns(header, rows, {4: WHERE_WIDTH})
    sys.stdout.write(f"{count(len(rows), 'event')}\n")
    return 0


def _write_columns(header: tuple[str, ...], rows: list[tuple[str, ...]], caps: dict[int, int]) -> None:
    """Plain aligned columns, the last one free, written line by line (a rich Table of 100,000 rows takes
    a minute); caps bound some columns. Widths in terminal cells, not characters: 東京 takes four, a
    combining accent none."""
    from rich.cells import cell_len, set_cell_size

    last = len(header) - 1
    widths = [max([cell_len(header[i])] + [cell_len(r[i]) for r in rows]) for i in range(last)]
    for column, cap in caps.items():
        widths[column] = min(widths[column], cap)
    out = sys.stdout
    bold = out.isatty() and "NO_COLOR" not in os.environ

    def line(row) -> str:
        return "  ".join([set_cell_size(row[i], widths[i]) for i in range(last)] + [row[last]])

    out.write(("\x1b[1m" + line(header) + "\x1b[0m" if bold else line(header)) + "\n")
    out.write("".join(line(row) + "\n" for row in rows))


def cmd_show(path: Path, args: argparse.Namespace) -> int:
    from .formatting import event_as_text

    store = open_store(path)
    event = store.get_event(args.id)
    if args.json:
        sys.stdout.write(dump_json(event) + "\n")
    else:
        _console().print(event_as_text(event, store.articles_by_id, _zone(args)), markup=False)
    remember_seen(path, event)
    return 0


def cmd_export(path: Path, args: argparse.Namespace) -> int:
    store = open_store(path)
    if args.output and store.files.owns(args.output):
        raise UsageError(f"-o {args.output}: is one of the store's own files; choose another name")
    text = exchange.export(store, args.format, _zone(args))
    if args.bom:
        if args.format != "csv":
            raise UsageError("--bom is for --format csv")
        text = "\ufeff" + text
    if args.output:
        from store.userfiles import write_output

        write_output(args.output, text.encode())
        print(f"wrote {args.format} to {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def cmd_import(path: Path, args: argparse.Namespace) -> int:
    records = exchange.read_export(args.file)
    new_articles, new_events, skipped = open_store(path).import_records(records.articles, records.events)
    print(f"imported {count(new_events, 'event')} and {count(new_articles, 'article')}; skipped {skipped} already in the store")
    if records.cleaned:
        print(f"replaced control characters (terminal escapes, bidi overrides) with visible marks "
              f"in {count(records.cleaned, 'record')}")
    return 0


def cmd_times(path: Path, args: argparse.Namespace) -> int:
    """Every time phrase of an article as read against its publication date; touches no store."""
    from store.published import parse_published
    from store.sidecar import sidecar_metadata
    from store.textimes import publication_moment, read_text, time_phrases

    meta = sidecar_metadata(args.file)  # as ingest reads it: the options first, then the file beside it
    if args.published:
        base = publication_moment(args.published, args.tz or meta.get("timezone"))
    elif meta.get("published"):
        day = parse_published(meta["published"], f"{args.file}: the publication date")
        base = publication_moment(day.isoformat(), args.tz or meta.get("timezone"))
    else:
        raise UsageError(f"{args.file}: give --published (no metadata file beside it names the publication date)")
    phrases = time_phrases(read_text(args.file), base)
    if args.json:
        sys.stdout.write(dump_json([p.as_json() for p in phrases]) + "\n")
        return 0
    header = ("PHRASE", "OFFSET", "START", "END", "PRECISION", "RULE")
    rows = [(safe_line(p.text), f"{p.begin}-{p.end}", p.window.start.isoformat() if p.window else "-",
             p.window.end.isoformat() if p.window else "-", p.window.precision if p.window else "no time",
             p.rule + (f" (after {p.edge!r}: a bound)" if p.edge else "")) for p in phrases]
    _write_columns(header, rows, {0: 40})
    sys.stdout.write(f"{len(rows)} time phrases, read against {base.date().isoformat()} ({base.tzinfo})\n")
    return 0


def cmd_doctor(path: Path, args: argparse.Namespace) -> int:
    from store.doctor import diagnose, repair_journal, restore_backup

    report = diagnose(path)
    for problem in report.permissions:
        print(f"{path}: permissions: {problem}")
    if not report.healthy:
        print(f"{path}: {report.problem}")
        if report.newer:
            return 1  # not damage: nothing to restore, and a restore would roll the store back
        if report.backup is None:
            print("no usable backup beside it; the file was left untouched", file=sys.stderr)
            return 1
        print(f"backup {report.backup} opens and holds {count(report.backup_events, 'event')}; the journal beside it "
              "is replayed over it")
        if not _confirmed(args, "restore the store from this backup?"):
            return 1
        kept = restore_backup(path)
        restored = open_store(path)
        print(f"restored from backup: {count(len(restored), 'event')}"
              + (f"; the damaged file was kept as {kept.name}" if kept else ""))
        return 0
    if report.damaged_lines:
        print(f"{path}: the journal has {report.damaged_lines} damaged line(s) that every reader skips")
        if not _confirmed(args, "drop them from the store (they are kept in a file beside it)?"):
            return 1
        dropped, aside = repair_journal(path)
        print(f"repaired: dropped {dropped} damaged line(s), kept in {aside.name}")
    backup_events = report.backup_events
    store = open_store(path)
    if args.compact:
        store.compact()
        backup_events = len(store)
        print(f"{path}: compacted; backup written to {store.backup_path.name} ({count(backup_events, 'event')})")
    print(f"{path}: healthy, {count(len(store), 'event')}"
          + (f"; backup {store.backup_path.name} holds {backup_events}" if store.backup_path.exists() else ""))
    return 1 if report.permissions else 0


def _confirmed(args: argparse.Namespace, question: str) -> bool:
    if args.restore:
        return True
    if not sys.stdin.isatty():
        print("run `newsline doctor --restore` to repair it (nothing is deleted: damaged parts are kept aside)")
        return False
    answer = input(f"{question} [y/N] ").strip().lower()
    if answer not in ("y", "yes"):
        print("left untouched")
        return False
    return True


def cmd_merge(path: Path, args: argparse.Namespace) -> int:
    from .merge_commands import merge

    return merge(path, open_store(path), args)


def cmd_split(path: Path, args: argparse.Namespace) -> int:
    from .merge_commands import split

    return split(path, open_store(path), args)
