"""The `newsline` command line: one parser, one place where errors become a line on stderr and an exit code."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from store.errors import NewslineError, UsageError
from store.safetext import safe_line

EXAMPLES = """\
examples:
  newsline                                   open the timeline app
  newsline ingest article.txt --published 2025-07-04
  newsline add --kind call --when "yesterday 21:00" --title "Leaders speak by phone"
  newsline --db team.json list --kind strike --since "last week"
  newsline --tz Asia/Tokyo list --until 2025-07-03  days and times in Tokyo
  newsline list --min-sources 2                events reported by two outlets or more
  newsline export --format md -o timeline.md
  newsline times article.txt --published 2025-07-04 --tz Europe/Kyiv
"""


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr and exit 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message} (see `{self.prog} --help`)")


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("newsline")
    except PackageNotFoundError:  # run from a checkout that was never installed
        return "unknown (not installed)"


class _VersionAction(argparse.Action):
    """--version, looked up only when asked for: reading the installed metadata costs every start ~15 ms."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None) -> None:
        super().__init__(option_strings, dest=dest, default=default, nargs=0,
                         help=help or "show program's version number and exit")

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        print(f"newsline {_version()}")
        parser.exit()


def _event_options(parser: argparse.ArgumentParser, *, required: bool) -> None:
    from store.kinds import NAMES as KINDS
    from store.model import STATUSES

    parser.add_argument("--kind", choices=KINDS, required=required, help="what happened")
    parser.add_argument("--when", required=required, help='when, in words: "yesterday 21:00", "3 July 2025", "last week"')
    parser.add_argument("--title", required=required, help="one line an analyst would write")
    parser.add_argument("--actor", action="append", default=None,
                        help="a person or party (repeat for more)" + ("; replaces all actors" if not required else ""))
    parser.add_argument("--location", help="city, region or village" + ("; replaces it" if not required else ""))
    parser.add_argument("--quantity", action="append", default=None, metavar="NAME=N",
                        help="a counted number, e.g. drones=40 (repeat for more)" + (
                            "; sets that one quantity, NAME= removes it, the others stay" if not required else ""))
    parser.add_argument("--status", choices=STATUSES, default=None if not required else "reported")
    parser.add_argument("--note", default=None, help="free text")
    parser.add_argument("--tz", default=None,
                        help="time zone --when is read in (default: the zone of --location when newsline knows "
                             "the place, else the display zone); a time typed with its offset keeps it")


DISPLAY_TZ_HELP = ("the display zone: days are grouped and times shown in it (default: $NEWSLINE_TZ, else this "
                   "machine's zone); also given after list, show and export")


def _display_zone_option(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: not given here, it must not undo a --tz given before the command.
    parser.add_argument("--tz", metavar="ZONE", dest="display_tz", default=argparse.SUPPRESS, help=DISPLAY_TZ_HELP)


def _conditional_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--if-updated", metavar="STAMP",
                       help="only if the event's `updated` time is still this one (as `show --json` printed it)")
    group.add_argument("--force", action="store_true",
                       help="change it even if it changed since you last saw it. Without --force or --if-updated, "
                            "the change is made only if the event is still the version `show`, `add`, `edit`, "
                            "`merge` or `split` last showed or wrote for you (when there is one), so a colleague's "
                            "newer change is never overwritten unseen")


def build_parser() -> argparse.ArgumentParser:
    from store.published import PUBLISHED_HELP

    parser = _Parser(prog="newsline", description="A terminal timeline browser for news events.",
                     epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument("--db", metavar="PATH", help="store file (default: $NEWSLINE_DB or the user data folder)")
    parser.add_argument("--no-seed", action="store_true", help="do not load the sample article into an empty store")
    parser.add_argument("--tz", metavar="ZONE", dest="display_tz", help=DISPLAY_TZ_HELP)
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    def command(name: str, help_text: str, example: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help_text, description=help_text, epilog=f"example:\n  {example}",
                              formatter_class=argparse.RawDescriptionHelpFormatter)

    ingest = command("ingest", "extract events from articles (.txt, .html, or - for stdin) and store them",
                     "newsline ingest article.txt --published 2025-07-04 --outlet Reuters")
    ingest.add_argument("files", nargs="+", metavar="FILE")
    ingest.add_argument("--published", help=PUBLISHED_HELP + " (needed when the file does not say)")
    ingest.add_argument("--title")
    ingest.add_argument("--outlet")
    ingest.add_argument("--url")
    ingest.add_argument("--tz", help="time zone the article's times are in (default: from metadata, else UTC)")

    add = command("add", "add an event by hand; prints its id on the last line",
                  'newsline add --kind strike --when "Thursday 21:00" --title "Drone strike on Odesa" --quantity drones=40')
    _event_options(add, required=True)

    listing = command("list", "list events in time order", 'newsline list --kind strike --since "1 July 2025" --search Kyiv')
    listing.add_argument("--kind", action="append", help="only this kind (repeat for more)")
    listing.add_argument("--since", help="from this date, in words or YYYY-MM-DD")
    listing.add_argument("--until", help="up to this date, in words or YYYY-MM-DD")
    listing.add_argument("--search", help="text in title, actors, location, notes or sources (literal)")
    listing.add_argument("--min-sources", type=int, metavar="N",
                         help="only events reported by at least N independent outlets (a wire copy counts once)")
    listing.add_argument("--single-source", action="store_true", help="only events reported by one outlet or none")
    _display_zone_option(listing)

    show = command("show", "show one event in full", "newsline show 3f2a")
    show.add_argument("id", help="event id, or a unique prefix of at least 4 characters")
    show.add_argument("--json", action="store_true", help="print the record as JSON")
    _display_zone_option(show)

    delete = command("delete", "delete an event, if it is still as you last saw it (see --force)",
                     "newsline delete 3f2a")
    delete.add_argument("id")
    _conditional_options(delete)

    edit = command("edit", "change fields of an event: only the fields named; --kind, --title, --when, --location, "
                   "--status, --note and --actor replace, --add-actor, --remove-actor and --quantity adjust; "
                   "only if the event is still as you last saw it (see --force)",
                   'newsline edit 3f2a --status disputed --quantity drones=52 --add-actor "Ukrainian air force"')
    edit.add_argument("id")
    _event_options(edit, required=False)
    edit.add_argument("--add-actor", action="append", default=None, metavar="NAME", help="add an actor (repeat)")
    edit.add_argument("--remove-actor", action="append", default=None, metavar="NAME", help="remove an actor (repeat)")
    _conditional_options(edit)

    _merge_commands(command)

    export = command("export", "write the store as json, csv, md or ics", "newsline export --format ics -o timeline.ics")
    export.add_argument("--format", choices=("json", "csv", "md", "ics"), default="json")
    export.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    export.add_argument("--bom", action="store_true",
                        help="csv: start with a UTF-8 byte-order mark, so spreadsheet programs read accents right")
    _display_zone_option(export)

    importing = command("import", "add the records of a JSON export (ids already stored are skipped)",
                        "newsline import backup.json")
    importing.add_argument("file")

    times = command("times", "print every time phrase of an article and the window it is read as",
                    "newsline times article.txt --published 2025-07-04 --tz Europe/Kyiv --json")
    times.add_argument("file", metavar="FILE", help="article text, or - for standard input")
    times.add_argument("--published", help=PUBLISHED_HELP + " (default: from the metadata file beside it)")
    times.add_argument("--tz", help="time zone the article's times are in (default: from metadata, else UTC)")
    times.add_argument("--json", action="store_true",
                       help='print a JSON list of {"text", "offset": [begin, end], "start", "end", "precision"}')

    doctor = command("doctor", "check the store and its permissions; repair it from its backup if it is damaged",
                     "newsline doctor --restore")
    doctor.add_argument("--restore", action="store_true",
                        help="repair without asking: restore from the backup, drop damaged journal lines (kept aside)")
    doctor.add_argument("--compact", action="store_true", help="fold the journal into the store file now")
    return parser


def _merge_commands(command) -> None:
    """`merge` and `split`: corroboration by hand (store/corroborate.py), conditional like `edit`."""
    merge = command("merge", "merge two events that report one occurrence, if both are still as you last saw "
                    "them (see --force): every source and report is kept (an event entered by hand survives, "
                    "else the first named); the `undo:` line it prints splits them again",
                    "newsline merge 3f2a 9c1e")
    merge.add_argument("ids", nargs=2, metavar="ID", help="event id or a unique prefix of at least 4 characters")
    group = merge.add_mutually_exclusive_group()
    group.add_argument("--if-updated", nargs=2, metavar=("STAMP", "STAMP"),
                       help="only if the two events' `updated` times are still these, in the order of the IDs (as "
                            "`show --json` printed them)")
    group.add_argument("--force", action="store_true", help="merge them even if they changed since you last saw them")
    split = command("split", "take what one or more articles contributed off an event into one event of its own, "
                    "if the event is still as you last saw it (see --force); undoes a merge",
                    "newsline split 3f2a 5a0a")
    split.add_argument("id", metavar="ID", help="the event: its id or a unique prefix of at least 4 characters")
    split.add_argument("articles", nargs="+", metavar="ARTICLE",
                       help="the article's id or a unique prefix (`show` names each outlet's article); several go "
                            "off together")
    _conditional_options(split)


def _refuse_unknown_leading_option(parser: argparse.ArgumentParser, argv: list[str]) -> None:
    """`newsline --store x list`: argparse would take x for the command and say "invalid choice: 'x'";
    name the option it does not know instead."""
    known = parser._option_string_actions  # argparse's own table of the options it was given
    at = 0
    while at < len(argv) and argv[at].startswith("-") and argv[at] != "-":
        name = argv[at].split("=", 1)[0]
        action = known.get(name)
        if action is None:
            raise UsageError(f"unknown option {name} (the store is chosen with --db or NEWSLINE_DB; "
                             "see `newsline --help`)")
        at += 1 if action.nargs == 0 or "=" in argv[at] else 2


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    if sys.stdout is None:  # started with its output closed (`>&-`): refuse before doing anything
        print("newsline: error: standard output is closed; nothing was done", file=sys.stderr)
        return 1
    stdout = sys.stdout
    try:
        _check_utf8(sys.argv[1:] if argv is None else argv)
        _refuse_unknown_leading_option(parser, sys.argv[1:] if argv is None else argv)
        args = parser.parse_args(argv)
        from store.locations import default_store_path

        if args.db == "":
            raise UsageError("--db needs the path of a store file; it is empty")
        path = Path(args.db).expanduser() if args.db is not None else default_store_path()
        from store.days import display_zone

        zone = display_zone(args.display_tz)  # a zone that does not exist stops every command, at once
        if args.command is None:
            return _run_app(path, seed=not args.no_seed, zone=zone)
        from . import commands

        sys.stdout = _Output(stdout)
        try:
            code = getattr(commands, f"cmd_{args.command}")(path, args)
        finally:
            commands.report_warnings()
        sys.stdout.flush()  # output that cannot be written fails this command, not Python's exit
        return code
    except NewslineError as exc:
        # Messages quote what was typed or stored (an id, a path): one line, no terminal control in it.
        print(f"newsline: error: {safe_line(str(exc))}", file=sys.stderr)
        return exc.exit_code
    except OutputFailed as failed:
        _drop_output(stdout)
        if isinstance(failed.error, BrokenPipeError):
            return 0  # the reader (head, less) has had enough: not an error
        from . import commands

        if commands.saved_anything():
            # The store changed: exit 0 so a retrying script does not store it twice.
            print(f"newsline: warning: the change was saved, but its report could not be written: "
                  f"{failed.error.strerror}", file=sys.stderr)
            return 0
        print(f"newsline: error: cannot write the output: {failed.error.strerror}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("newsline: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: still one line, and nothing half-written (writes are atomic)
        import os
        import traceback

        if os.environ.get("NEWSLINE_DEBUG"):
            traceback.print_exc()
        print(f"newsline: internal error: {type(exc).__name__}: {safe_line(str(exc))} "
              "(set NEWSLINE_DEBUG=1 for details)", file=sys.stderr)
        return 1
    finally:
        sys.stdout = stdout


def _check_utf8(arguments: list[str]) -> None:
    """Bytes that are not UTF-8 reach Python as lone surrogates, which no store, terminal or JSON
    file can hold; say which argument it is instead of failing later."""
    for argument in arguments:
        try:
            argument.encode("utf-8")
        except UnicodeEncodeError:
            raw = repr(argument.encode("utf-8", "surrogateescape"))[2:-1]
            shown = raw if len(raw) <= 60 else raw[:57] + "..."
            raise UsageError(f"argument '{shown}' is not valid UTF-8; newsline reads text and file names "
                             "as UTF-8") from None


class OutputFailed(Exception):
    """Standard output could not be written (a full disk, a closed pipe, a terminal gone)."""

    def __init__(self, error: OSError) -> None:
        super().__init__(str(error))
        self.error = error


class _Output:
    """Standard output while a command runs: a failed write is told apart from the store's own
    failures (both are OSError), everything else is the stream's."""

    def __init__(self, stream) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except OSError as exc:
            raise OutputFailed(exc) from exc

    def flush(self) -> None:
        try:
            self._stream.flush()
        except OSError as exc:
            raise OutputFailed(exc) from exc

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


def _drop_output(stream) -> None:
    """Point standard output at /dev/null, so that what is still buffered does not fail again when
    Python flushes it at exit (and print "Exception ignored")."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # not a real file (captured in tests): nothing flushes it at exit
        pass


def _run_app(path: Path, *, seed: bool, zone) -> int:
    import os

    from .app import NewslineApp

    if sys.stdout.isatty():
        # Textual asks shutil, which believes an exported COLUMNS/LINES over the terminal itself; a
        # stale value (left by a script, a CI runner) would draw the app at the wrong size.
        os.environ.pop("COLUMNS", None)
        os.environ.pop("LINES", None)
    NewslineApp(path, seed=seed, zone=zone).run()
    return 0
