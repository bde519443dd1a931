"""newsline benchmarks: time and memory at 1k, 10k and 100k events, medians of several runs.

Run with `make bench` (or `python bench/run_all.py`). BENCH_SIZES=1000,10000 and BENCH_RUNS=5 override
the defaults. Prints a Markdown table and writes it to bench/results/latest.md.
"""

from __future__ import annotations

import os
import platform
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
SIZES = [int(n) for n in os.environ.get("BENCH_SIZES", "1000,10000,100000").split(",")]
RUNS = int(os.environ.get("BENCH_RUNS", "3"))


def spread(values: list[float], unit: str = "ms", scale: float = 1000) -> str:
    values = [v * scale for v in values]
    return f"{statistics.median(values):.0f} {unit} ({min(values):.0f}–{max(values):.0f})"


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


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


def bench_list(path: Path) -> tuple[list[float], list[int]]:
    times, peaks = [], []
    for _ in range(RUNS):
        with open(os.devnull, "w") as sink:
            wall, peak = run_measured([NEWSLINE, "--db", str(path), "list"], stdout=sink)
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


class PtyApp(PtySession):
    """The real `newsline` in a pseudo-terminal (120x40): keys in as bytes, screen bytes out, timed."""

    def __init__(self, path: Path, seed: bool = False) -> None:
        args = [NEWSLINE, "--db", str(path)] + ([] if seed else ["--no-seed"])
        self.started = time.perf_counter()
        super().__init__(args, env={**os.environ, "TERM": "xterm-256color"})

    def wait_for(self, *needles: bytes, timeout: float = 60) -> float:
        """Seconds since start when one of needles first appeared."""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            if any(n in self.output for n in needles):
                return time.perf_counter() - self.started
            self._read(0.02)
        raise RuntimeError(f"{needles} never appeared")

    def settle(self, quiet: float = 0.3) -> None:
        while self._read(quiet):
            pass

    def key(self, data: bytes, quiet: float = 0.05) -> float:
        """Seconds from writing the key to the last byte of the screen update it caused."""
        self.output = b""
        sent = time.perf_counter()
        os.write(self.master, data)
        last = None
        deadline = sent + 5
        while time.perf_counter() < deadline:
            if self._read(quiet if last else 1.0):
                last = time.perf_counter()
            elif last is not None:
                break
        return (last or deadline) - sent

    def quit(self) -> int:
        """Press q; returns the app's peak RSS in MB (read when reaping it, so never poll() first)."""
        os.write(self.master, b"q")
        end = time.time() + 10
        usage = None
        while time.time() < end:
            self._read(0.05)
            pid, _, usage = os.wait4(self.child.pid, os.WNOHANG)
            if pid:
                break
        else:
            self.child.kill()
            _, _, usage = os.wait4(self.child.pid, 0)
        self.child.returncode = 0
        os.close(self.master)
        return usage.ru_maxrss // 1024


def first_paint(path: Path) -> tuple[float, float, int]:
    """Seconds to the first painted screen and to the loaded timeline, and the app's peak RSS (MB)."""
    app = PtyApp(path)
    painted = app.wait_for(b"Search")
    loaded = app.wait_for(b" events", b"No events")
    app.settle()
    return painted, loaded, app.quit()


def keypress_times(path: Path) -> dict[str, list[float]]:
    """Per-keypress latency in the real app: key written to the pty until the screen update is out."""
    app = PtyApp(path)
    app.wait_for(b" events")
    app.settle()
    results: dict[str, list[float]] = {"j": [], "G/g": [], "]": [], "search key": [], "kind filter": [],
                                       "form save": []}
    for _ in range(40):
        results["j"].append(app.key(b"j"))
    for n in range(10):
        results["G/g"].append(app.key(b"G" if n % 2 == 0 else b"g"))
    for _ in range(15):
        results["]"].append(app.key(b"]"))
    app.key(b"/")
    for letter in b"kyiv strike":
        results["search key"].append(app.key(bytes([letter])))
    app.key(b"\r")
    app.key(b"\x1b", quiet=0.3)
    for _ in range(6):
        results["kind filter"].append(app.key(b"2", quiet=0.1))
    for n in range(RUNS):
        app.key(b"a", quiet=0.2)
        for chunk in (f"bench form {n}".encode(), b"\t", b"\t", b"yesterday 21:00"):
            app.key(chunk, quiet=0.1)
        results["form save"].append(app.key(b"\x13", quiet=0.1))
        app.settle(0.3)
    app.quit()
    return results


def main() -> None:
    lines = [f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
             f"{platform.system()} {platform.release()}; {RUNS} runs, median (min–max).", ""]
    header = "| measure | " + " | ".join(f"{n:,} events" for n in SIZES) + " |"
    rows: dict[str, list[str]] = {}
    workdir = Path(tempfile.mkdtemp(prefix="newsline-bench-"))
    first_paint(workdir / "warm-up.json")  # the first start of a session pays for cold disk caches
    empty_paint = [first_paint(workdir / "empty.json") for _ in range(RUNS)]
    for size in SIZES:
        # Built (and written to) by child processes: a fork of a big benchmark process would report
        # the parent's memory as the child's peak.
        path = workdir / f"store-{size}.json"
        subprocess.run([sys.executable, str(ROOT / "bench" / "synthetic.py"), str(path), str(size)], check=True,
                       stdout=subprocess.DEVNULL)
        times, peaks = bench_list(path)
        rows.setdefault("`newsline list` to /dev/null", []).append(spread(times))
        rows.setdefault("`newsline list` peak memory", []).append(f"{max(peaks)} MB")
        paints = [first_paint(path) for _ in range(RUNS)]
        rows.setdefault("app: first painted screen (pty)", []).append(spread([p[0] for p in paints]))
        rows.setdefault("app: timeline loaded (pty)", []).append(spread([p[1] for p in paints]))
        rows.setdefault("app: peak memory", []).append(f"{max(p[2] for p in paints)} MB")
        keys = keypress_times(path)
        for name, values in keys.items():
            label = f"app key `{name}`: median / p95"
            rows.setdefault(label, []).append(f"{statistics.median(values) * 1000:.1f} / {p95(values) * 1000:.1f} ms")
        adds = subprocess.run([sys.executable, "-c", STORE_ADD, str(path), str(RUNS)], check=True,
                              capture_output=True, text=True, cwd=ROOT).stdout.split()
        rows.setdefault("add one event: store write (open store)", []).append(
            spread([float(a) for a in adds], unit="ms", scale=1000))
        rows.setdefault("add one event: `newsline add` process", []).append(spread(bench_cli_add(path)))
    empty_first = statistics.median(p[0] for p in empty_paint)
    rate, sample_ms, count = ingest_rate()
    lines += [header, "|---|" + "---|" * len(SIZES)]
    lines += [f"| {name} | " + " | ".join(values) + " |" for name, values in rows.items()]
    lines += ["", f"Empty store, first painted screen: {empty_first * 1000:.0f} ms.",
              f"Extraction: {rate:.1f} articles/s over {count} articles; the sample article in {sample_ms:.0f} ms "
              "(imports done)."]
    text = "\n".join(lines)
    print(text)
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "latest.md").write_text(text + "\n")


if __name__ == "__main__":
    main()
