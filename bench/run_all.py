"""newsline benchmarks: time to real event rows, memory and key latencies at 1k, 100k and 1M events,
side by side with an empty store and with Toolong and lnav (when installed) on the same events.

Run with `make bench` (or `python bench/run_all.py`). BENCH_SIZES=1000,100000 and BENCH_RUNS=5 override
the defaults. The events of each size are generated once and kept in bench/cache/ (one JSON line per
event, which is what the log viewers read); the store is built from them afresh by each run, with the
store's own import and compaction. Each round measures every size, so a busy machine slows all alike. Toolong is looked for in bench/cache/toolong-venv/ (make it with
`python3 -m venv bench/cache/toolong-venv && bench/cache/toolong-venv/bin/pip install toolong`) and on
PATH; lnav on PATH. Prints a Markdown table and writes it to bench/results/latest.md.
"""

from __future__ import annotations

import atexit
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.extraction import ingest_rate  # noqa: E402
from bench.pty_session import PtySession  # noqa: E402

NEWSLINE = str(Path(sys.executable).with_name("newsline"))
SIZES = [int(n) for n in os.environ.get("BENCH_SIZES", "1000,100000,1000000").split(",")]
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
CACHE = ROOT / "bench" / "cache"
STARTUP_TIMEOUT = 240.0
# One day of the synthetic data, for `list --since/--until` (the events span July 2024 to July 2026).
NARROW_RANGE = ("2 March 2025", "2 March 2025")

PAGE_DOWN = b"\x1b[6~"


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def spread(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:.0f} ms ({min(values) * 1000:.0f}–{max(values) * 1000:.0f})"


def run_measured(args: list[str], **kwargs) -> tuple[float, int]:
    """(wall seconds, peak RSS in MB) of one child process."""
    started = time.perf_counter()
    child = subprocess.Popen(args, **kwargs)
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    return time.perf_counter() - started, usage.ru_maxrss // 1024


STORE_ADD = """
import sys, time
from store.database import Store
from store.manual import manual_event
store = Store(sys.argv[1])
for n in range(int(sys.argv[2])):
    event = manual_event(kind="claim", title=f"in-process {n}", when="yesterday 21:00")
    started = time.perf_counter()
    store.add_event(event)
    print(time.perf_counter() - started)
"""


def compile_bytecode() -> None:
    """newsline's modules compiled to bytecode before anything is timed, as installing a package does (pip
    writes the .pyc files of a wheel; Python writes them at the first run of a checkout). Without them,
    under PYTHONDONTWRITEBYTECODE=1 (set on the machine the README's table comes from), every start
    compiled newsline's source again: about 0.1 s that no installed newsline pays."""
    import compileall

    for package in ("store", "tui"):
        compileall.compile_dir(ROOT / package, quiet=1)


# ----- the events and the store ------------------------------------------------------------------

def events_file(size: int) -> Path:
    """The cached JSON lines of `size` events, generated (in a child process) the first time."""
    from store.migrations import SCHEMA_VERSION

    # Written with the model of its schema version: a new version generates them again.
    target = CACHE / f"events-{size}-schema{SCHEMA_VERSION}.jsonl"
    if not target.exists():
        CACHE.mkdir(exist_ok=True)
        print(f"bench: generating {size:,} events once into {target.relative_to(ROOT)}", file=sys.stderr)
        subprocess.run([sys.executable, str(ROOT / "bench" / "synthetic.py"), "events", str(target), str(size)],
                       check=True)
    return target


def newest_title(events: Path) -> bytes:
    """The title of the newest event, the file's last line: the row a log viewer opens on."""
    import orjson

    with open(events, "rb") as handle:
        handle.seek(max(0, events.stat().st_size - 65536))
        last = handle.read().rstrip(b"\n").rsplit(b"\n", 1)[-1]
    return orjson.loads(last)["title"].encode()


SEARCHED = "odesa"
SHOWN = """
import sys, orjson
from store.days import display_zone
from store.search import matches
zone, placed = display_zone(), []
with open(sys.argv[1], "rb") as lines:
    for number, line in enumerate(lines):
        event = orjson.loads(line)
        # Display order: place, then the store's (the file's) order.
        placed.append((zone.position(event), number, event["title"], matches(event, sys.argv[2])))
placed.sort()
print(placed[-1][2])
print(next(title for *_, title, match in placed if match))
"""


def shown_titles(events: Path) -> tuple[bytes, bytes]:
    """The titles of the event the app opens on (the last in display order in this machine's zone:
    whole-day events sit by their own date) and of the first match of SEARCHED, read event by event
    with store/days.py and store/search.py; kept in the cache."""
    from store.days import display_zone

    cached = CACHE / f"{events.name}.shown-{display_zone().name.replace('/', '_')}"
    if not cached.exists():
        found = subprocess.run([sys.executable, "-c", SHOWN, str(events), SEARCHED], check=True,
                               capture_output=True, cwd=ROOT).stdout
        cached.write_bytes(found)
    newest, first = cached.read_bytes().splitlines()
    return newest, first


def build_store(path: Path, events: Path) -> float:
    """Built by a child process: a fork of a big benchmark process would report the parent's memory."""
    started = time.perf_counter()
    subprocess.run([sys.executable, str(ROOT / "bench" / "synthetic.py"), "store", str(path), str(events)],
                   check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


# ----- programs in a pseudo-terminal --------------------------------------------------------------

class PtyProgram(PtySession):
    """A program in a pseudo-terminal (120x40): keys in as bytes, screen bytes out, timed."""

    def __init__(self, args: list[str], env: dict | None = None) -> None:
        self.started = time.perf_counter()
        super().__init__(args, env={**os.environ, "TERM": "xterm-256color", **(env or {})})
        atexit.register(self._kill)  # a measurement that fails must not leave the program running

    def _kill(self) -> None:
        if self.child.poll() is None:
            self.child.kill()
            self.child.wait()

    def wait_for(self, *needles: bytes, timeout: float = STARTUP_TIMEOUT) -> float:
        """Seconds since start when every one of needles has appeared."""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            if all(n in self.output for n in needles):
                return time.perf_counter() - self.started
            self._read(0.01)
        raise RuntimeError(f"{needles} never appeared")

    def wait_for_pattern(self, pattern: re.Pattern, timeout: float = STARTUP_TIMEOUT) -> float:
        """Seconds since start when pattern first matches the output."""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            if pattern.search(self.output):
                return time.perf_counter() - self.started
            self._read(0.01)
        raise RuntimeError(f"{pattern.pattern!r} never matched")

    def settle(self, quiet: float = 0.3) -> None:
        while self._read(quiet):
            pass

    def key(self, data: bytes, quiet: float = 0.05) -> float:
        """Seconds from writing the key to the last byte of the screen update it caused."""
        self.output = b""
        sent = time.perf_counter()
        os.write(self.master, data)
        last = None
        deadline = sent + 10
        while time.perf_counter() < deadline:
            if self._read(quiet if last else 2.0):
                last = time.perf_counter()
            elif last is not None:
                break
        return (last or deadline) - sent

    def stop(self, keys: bytes = b"") -> int:
        """Quit (keys, then SIGTERM, then SIGKILL); the peak RSS in MB, read when reaping it."""
        if keys:
            os.write(self.master, keys)
        usage = self._reap(10 if keys else 0)
        if usage is None:
            self.child.send_signal(signal.SIGTERM)
            usage = self._reap(5)
        if usage is None:
            self.child.kill()
            _, _, usage = os.wait4(self.child.pid, 0)
        self.child.returncode = 0
        os.close(self.master)
        return usage.ru_maxrss // 1024

    def _reap(self, seconds: float):
        """The child's resource usage once it has exited, or None if it is still running after seconds."""
        end = time.time() + seconds
        while True:
            pid, _, usage = os.wait4(self.child.pid, os.WNOHANG)
            if pid:
                return usage
            if time.time() >= end:
                return None
            self._read(0.05)


def newsline_app(path: Path) -> PtyProgram:
    return PtyProgram([NEWSLINE, "--db", str(path), "--no-seed"])


def under_cursor(title: bytes) -> re.Pattern:
    """The row under the cursor (▸) showing title: the title alone is also in the detail pane's heading."""
    return re.compile(re.escape("▸".encode()) + rb"[^\r\n]{0,400}?" + re.escape(title))


def time_to_rows(path: Path, title: bytes | None) -> tuple[float, float, int]:
    """Seconds to the first painted frame and to real rows (the newest event's row under the cursor and
    its detail pane, or the empty store's message), and the app's peak RSS (MB)."""
    app = newsline_app(path)
    painted = app.wait_for(b"Search")
    rows = max(app.wait_for_pattern(under_cursor(title)), app.wait_for(b"Precision")) if title \
        else app.wait_for(b"No events")
    app.settle()
    return painted, rows, app.stop(b"q")


def peer_time_to_rows(args: list[str], title: bytes, env: dict | None = None) -> tuple[float, int]:
    program = PtyProgram(args, env)
    rows = program.wait_for(title)
    program.settle()
    return rows, program.stop()


KEYS = ("j", "k", "G/g", "]", "PgDn", "search key", "kind toggle", "form save")
# Per size and round: enough that a p95 pooled over the rounds is not simply the slowest one.
KIND_TOGGLES = 20  # even: the kind ends shown
FORM_SAVES = 20
COUNTED = re.compile(rb"[0-9][0-9,]* match")


def search_times(path: Path, match: bytes) -> tuple[float, float]:
    """Seconds from SEARCHED typed at once (from the oldest event) to the cursor on its first match, and
    to the status bar's count of every match."""
    app = newsline_app(path)
    app.wait_for(b" events")
    app.settle()
    app.key(b"g")
    app.key(b"/")
    app.output = b""
    on_match = re.compile(re.escape("▸".encode()) + rb"[^\r\n]{0,300}?" + re.escape(match))
    sent = time.perf_counter()
    os.write(app.master, SEARCHED.encode())
    first = every = None
    deadline = sent + 60
    while time.perf_counter() < deadline and (first is None or every is None):
        app._read(0.005)
        if first is None and on_match.search(app.output):
            first = time.perf_counter() - sent
        if every is None and COUNTED.search(app.output):
            every = time.perf_counter() - sent
    app.stop(b"\x1bq")
    return first or deadline - sent, every or deadline - sent


def keypress_times(path: Path, results: dict[str, list[float]]) -> None:
    """Per-keypress latency in the real app: key written to the pty until the screen update is out."""
    app = newsline_app(path)
    app.wait_for(b" events")
    app.settle()
    for n in range(10):  # ends on g: the moves below start from the oldest event
        results["G/g"].append(app.key(b"G" if n % 2 == 0 else b"g"))
    for _ in range(15):
        results["PgDn"].append(app.key(PAGE_DOWN))
    for _ in range(20):
        results["j"].append(app.key(b"j"))
    for _ in range(20):
        results["k"].append(app.key(b"k"))
    for _ in range(15):
        results["]"].append(app.key(b"]"))
    app.key(b"/")
    for letter in b"kyiv strike":
        results["search key"].append(app.key(bytes([letter])))
    for _ in b"kyiv strike":  # and rubbed out again: each backspace is a new search too
        results["search key"].append(app.key(b"\x7f"))
    app.key(b"\r")
    app.key(b"\x1b", quiet=0.3)
    for _ in range(KIND_TOGGLES):
        results["kind toggle"].append(app.key(b"2", quiet=0.1))
    for n in range(FORM_SAVES):
        app.key(b"a", quiet=0.2)
        for chunk in (f"bench form {n}".encode(), b"\t", b"\t", b"yesterday 21:00"):
            app.key(chunk, quiet=0.1)
        results["form save"].append(app.key(b"\x13", quiet=0.1))
        app.settle(0.3)
    app.stop(b"q")


def bench_list(path: Path, *extra: str) -> tuple[list[float], list[int]]:
    times, peaks = [], []
    for _ in range(RUNS):
        with open(os.devnull, "w") as sink:
            wall, peak = run_measured([NEWSLINE, "--db", str(path), "list", *extra], stdout=sink)
        times.append(wall)
        peaks.append(peak)
    return times, peaks


def bench_cli_add(path: Path) -> list[float]:
    times = []
    for n in range(RUNS):
        with open(os.devnull, "w") as sink:
            wall, _ = run_measured([NEWSLINE, "--db", str(path), "add", "--kind", "claim", "--when",
                                    "yesterday 21:00", "--title", f"bench add {n}"], stdout=sink)
        times.append(wall)
    return times


# ----- peers ------------------------------------------------------------------------------------

def toolong() -> str | None:
    local = CACHE / "toolong-venv" / "bin" / "tl"
    return str(local) if local.exists() else shutil.which("tl")


def peers() -> dict[str, tuple[list[str], dict]]:
    """Log viewers installed here: name -> (command before the file, extra environment)."""
    found = {}
    if tl := toolong():
        found["Toolong"] = ([tl], {})
    if lnav := shutil.which("lnav"):
        home = CACHE / "lnav-home"  # lnav keeps its state in ~/.lnav: a private one, the same each run
        home.mkdir(parents=True, exist_ok=True)
        found["lnav"] = ([lnav], {"HOME": str(home)})
    return found


def version(args: list[str]) -> str:
    for flag in ("--version", "-V"):
        try:
            out = subprocess.run(args + [flag], capture_output=True, text=True, timeout=20).stdout.strip()
        except (OSError, subprocess.TimeoutExpired):
            continue
        if out:
            return out.splitlines()[0]
    return "?"


# ----- the table --------------------------------------------------------------------------------

def main() -> None:
    """Every size is measured in each round, and the empty store and the peers beside it, so that the
    load of a shared machine weighs on all of them alike and the ratios stay fair."""
    workdir = Path(tempfile.mkdtemp(prefix="newsline-bench-"))
    compile_bytecode()
    found_peers = peers()
    stores: dict[int, tuple[Path, Path, bytes, bytes, bytes]] = {}
    for size in SIZES:
        events = events_file(size)
        path = workdir / f"store-{size}.json"
        built = build_store(path, events)
        print(f"bench: {size:,} events, store built in {built:.1f} s", file=sys.stderr)
        stores[size] = (path, events, newest_title(events), *shown_titles(events))

    time_to_rows(workdir / "warm-up.json", None)  # the first start of a session pays for cold disk caches
    empty: list[tuple] = []
    shown: dict[int, list[tuple]] = {size: [] for size in SIZES}
    peer_runs: dict[tuple[int, str], list[tuple]] = {}
    for _ in range(RUNS):
        empty.append(time_to_rows(workdir / "empty.json", None))
        for size, (path, events, title, ours, _) in stores.items():
            shown[size].append(time_to_rows(path, ours))
            for name, (args, env) in found_peers.items():
                peer_runs.setdefault((size, name), []).append(peer_time_to_rows(args + [str(events)], title, env))
    keys: dict[int, dict[str, list[float]]] = {size: {name: [] for name in KEYS} for size in SIZES}
    counted: dict[int, list[tuple[float, float]]] = {size: [] for size in SIZES}
    for _ in range(RUNS):
        for size, (path, *_, match) in stores.items():
            keypress_times(path, keys[size])
            counted[size].append(search_times(path, match))

    rows: dict[str, list[str]] = {}

    def row(label: str, value: str) -> None:
        rows.setdefault(label, []).append(value)

    empty_rows = statistics.median(e[1] for e in empty)
    for size, (path, *_) in stores.items():
        rows_median = statistics.median(s[1] for s in shown[size])
        row("app: first painted frame", spread([s[0] for s in shown[size]]))
        row("app: newest rows and detail on screen", spread([s[1] for s in shown[size]]))
        row("app: peak memory", f"{max(s[2] for s in shown[size])} MB")
        row("app rows / empty store", f"{rows_median / empty_rows:.2f}x")
        for name in found_peers:
            runs = peer_runs[(size, name)]
            peer_rows = statistics.median(r[0] for r in runs)
            row(f"{name}: newest rows on screen", spread([r[0] for r in runs]))
            row(f"{name}: peak memory", f"{max(r[1] for r in runs)} MB")
            row(f"app rows / {name}", f"{rows_median / peer_rows:.2f}x")
        times, peaks = bench_list(path, "--since", NARROW_RANGE[0], "--until", NARROW_RANGE[1])
        row("`list --since/--until` one day", spread(times))
        row("`list --since/--until` peak memory", f"{max(peaks)} MB")
        times, peaks = bench_list(path)
        row("`list` everything to /dev/null", spread(times))
        row("`list` everything peak memory", f"{max(peaks)} MB")
        row("search: first match under the cursor", spread([c[0] for c in counted[size]]))
        row("search: every match counted", spread([c[1] for c in counted[size]]))
        for name in KEYS:
            values = keys[size][name]
            row(f"key `{name}`: median / p95", f"{statistics.median(values) * 1000:.0f} / {p95(values) * 1000:.0f} ms")
        adds = subprocess.run([sys.executable, "-c", STORE_ADD, str(path), str(RUNS)], check=True,
                              capture_output=True, text=True, cwd=ROOT).stdout.split()
        row("add one event: store write (open store)", spread([float(a) for a in adds]))
        row("add one event: `newsline add` process", spread(bench_cli_add(path)))
    base = SIZES[0]
    for size in SIZES[1:]:
        for name in KEYS:
            ratios = []
            for stat in (statistics.median, p95):
                ratios.append(stat(keys[size][name]) / max(1e-9, stat(keys[base][name])))
            label = f"key `{name}` vs {base:,} events: median / p95"
            rows.setdefault(label, ["–"] * SIZES.index(size)).append(f"{ratios[0]:.2f}x / {ratios[1]:.2f}x")

    lines = [f"Machine: {platform.machine()}, {os.cpu_count()} cores, {_memory()} RAM, Python "
             f"{platform.python_version()}, {platform.system()} {platform.release()}; {RUNS} rounds, median "
             "(min–max); keys pooled over the rounds.",
             "Peers: " + (", ".join(f"{name} ({version(args)})" for name, (args, _) in found_peers.items())
                          or "none installed") + ".", ""]
    lines += ["| measure | " + " | ".join(f"{n:,} events" for n in SIZES) + " |", "|---|" + "---|" * len(SIZES)]
    lines += [f"| {name} | " + " | ".join(values) + " |" for name, values in rows.items()]
    rate, sample_ms, count = ingest_rate()
    lines += ["", f"Empty store: the app shows its empty timeline in {ms(empty_rows)} "
              f"(first frame {ms(statistics.median(e[0] for e in empty))}), peak memory {max(e[2] for e in empty)} MB.",
              f"Extraction: {rate:.1f} articles/s over {count} articles; the sample article in {sample_ms:.0f} ms "
              "(imports done)."]
    text = "\n".join(lines)
    print(text)
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "latest.md").write_text(text + "\n")
    shutil.rmtree(workdir, ignore_errors=True)


def _memory() -> str:
    try:
        with open("/proc/meminfo") as info:
            kb = int(info.readline().split()[1])
        return f"{kb / 1024 / 1024:.0f} GB"
    except (OSError, ValueError, IndexError):
        return "?"


if __name__ == "__main__":
    main()
