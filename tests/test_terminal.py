"""End to end: the installed `newsline` command in a real terminal (tmux), and through `ssh localhost`."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from store.database import Store

NEWSLINE = str(Path(sys.executable).with_name("newsline"))
pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


class Terminal:
    """A tmux session running one command, on a tmux server of its own (`tmux -L`): the tests never
    touch the person's own tmux server, and closing kills only the server they started."""

    def __init__(self, name: str, command: str, width: int = 120, height: int = 40, env: dict | None = None):
        self.name = name
        self.server = f"{name}-{uuid.uuid4().hex[:8]}"
        environment = " ".join(f"{k}={v}" for k, v in (env or {}).items())
        self._tmux("new-session", "-d", "-s", name, "-x", str(width), "-y", str(height),
                   f"env -u COLUMNS -u LINES {environment} {command}; sleep 30", check=True)
        self._tmux("set-option", "-t", name, "window-size", "manual")
        self._tmux("resize-window", "-t", name, "-x", str(width), "-y", str(height))

    def _tmux(self, *args: str, check: bool = False) -> subprocess.CompletedProcess:
        return subprocess.run(["tmux", "-L", self.server, *args], capture_output=True, text=True, check=check)

    def screen(self) -> str:
        return self._tmux("capture-pane", "-t", self.name, "-p").stdout

    def wait_for(self, text: str, timeout: float = 20) -> str:
        deadline = time.time() + timeout
        while time.time() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.2)
        size = self._tmux("display", "-p", "-t", self.name, "#{window_width}x#{window_height}").stdout.strip()
        raise AssertionError(f"{text!r} never appeared in the {size} terminal; screen was:\n{self.screen()}")

    def keys(self, *keys: str, literal: bool = False) -> None:
        for key in keys:
            self._tmux("send-keys", "-t", self.name, *(["-l"] if literal else []), key, check=True)
            time.sleep(0.15)

    def close(self) -> None:
        self._tmux("kill-server")

    def __enter__(self) -> "Terminal":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def walk_through(term: Terminal, store_path: Path) -> None:
    """The new user's walk-through: sample timeline, find Poltava, add 'yesterday 21:00', undo, quit."""
    term.wait_for("strike on Kyiv")
    term.keys("/")
    term.keys("poltava", literal=True)
    term.keys("Enter")
    screen = term.wait_for("47")
    assert "Russian air strike on Poltava" in screen
    term.keys("a")
    term.wait_for("Add event")
    term.keys("Typed in tmux", literal=True)
    term.keys("Tab", "Tab")
    term.keys("yesterday 21:00", literal=True)
    term.wait_for("precision minute")
    term.keys("C-s")
    term.wait_for("Added")
    assert any(e["title"] == "Typed in tmux" for e in Store(store_path).events())
    term.keys("u")
    term.wait_for("Undid add")
    assert not any(e["title"] == "Typed in tmux" for e in Store(store_path).events())
    term.keys("q")
    deadline = time.time() + 10
    while "Russian air strike" in term.screen() and time.time() < deadline:
        time.sleep(0.2)
    assert "Russian air strike" not in term.screen(), "q did not quit the app"


@pytest.mark.parametrize("term_name", ["xterm-256color", "xterm"])
def test_walk_through_in_tmux(tmp_path, term_name):
    store_path = tmp_path / "store.json"
    with Terminal(f"newsline-test-{os.getpid()}", f"{NEWSLINE} --db {store_path}",
                    env={"TERM": term_name, "NEWSLINE_DB": "/nonexistent"}) as term:
        walk_through(term, store_path)


def test_keys_are_discoverable_at_80x24(tmp_path):
    store_path = tmp_path / "store.json"
    with Terminal(f"newsline-footer-{os.getpid()}", f"{NEWSLINE} --db {store_path}", width=80, height=24,
                  env={"TERM": "xterm-256color"}) as term:
        screen = term.wait_for("events")
        assert screen.rstrip().splitlines()[-1].lstrip().startswith("q Quit  ? Help")
        term.keys("a")
        screen = term.wait_for("Save")
        footer = screen.rstrip().splitlines()[-1]
        assert "^s Save" in footer and "esc Cancel" in footer and "Quit" not in footer
        term.keys("Escape")
        term.wait_for("q Quit")
        term.keys("q")


def test_narrow_terminal_in_tmux(tmp_path):
    store_path = tmp_path / "store.json"
    with Terminal(f"newsline-narrow-{os.getpid()}", f"{NEWSLINE} --db {store_path}", width=70, height=24,
                    env={"TERM": "xterm-256color", "NO_COLOR": "1"}) as term:
        screen = term.wait_for("events")
        assert "Kind " not in screen  # no detail pane beside the list
        term.keys("Enter")
        screen = term.wait_for("Precision")
        term.keys("Escape")
        term.wait_for("events")
        term.keys("q")


def _sshd_available() -> str | None:
    for candidate in ("/usr/sbin/sshd", shutil.which("sshd") or ""):
        if candidate and os.path.exists(candidate) and shutil.which("ssh") and shutil.which("ssh-keygen"):
            return candidate
    return None


def _free_port() -> int:
    """A port nobody listens on now (a port derived from the pid could be another checkout's sshd)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _listening(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


@pytest.fixture
def ssh_server(tmp_path):
    sshd = _sshd_available()
    if sshd is None:
        pytest.skip("no SSH server here (apt-get install openssh-server to run this test)")
    if os.geteuid() != 0:
        pytest.skip("the throwaway sshd runs as root only")
    keys = tmp_path / "ssh"
    keys.mkdir()
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(keys / "host")], check=True)
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(keys / "client")], check=True)
    (keys / "authorized_keys").write_text((keys / "client.pub").read_text())
    os.chmod(keys / "authorized_keys", 0o600)
    os.makedirs("/run/sshd", exist_ok=True)
    port = _free_port()
    config = keys / "sshd_config"
    config.write_text(f"Port {port}\nListenAddress 127.0.0.1\nHostKey {keys / 'host'}\n"
                      f"AuthorizedKeysFile {keys / 'authorized_keys'}\nPermitRootLogin yes\n"
                      "PasswordAuthentication no\nUsePAM no\nStrictModes no\nPidFile none\n")
    server = subprocess.Popen([sshd, "-D", "-e", "-f", str(config)], stderr=subprocess.PIPE)
    # Until it listens: a fixed half-second sleep is a guess a loaded machine can overrun.
    deadline = time.time() + 30
    while server.poll() is None and time.time() < deadline and not _listening(port):
        time.sleep(0.1)
    if server.poll() is not None or not _listening(port):
        server.kill()
        pytest.skip(f"sshd would not start: {server.stderr.read().decode()[:200]}")
    yield port, keys / "client"
    server.terminate()
    server.wait(5)


def test_walk_through_over_ssh(tmp_path, ssh_server):
    port, key = ssh_server
    store_path = tmp_path / "store.json"
    remote = f"cd {Path(__file__).resolve().parent.parent} && TERM=xterm {NEWSLINE} --db {store_path}"
    command = (f"ssh -t -p {port} -i {key} -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null "
               f"-o LogLevel=ERROR root@127.0.0.1 '{remote}'")
    with Terminal(f"newsline-ssh-{os.getpid()}", command, env={"TERM": "xterm-256color"}) as term:
        walk_through(term, store_path)


def test_list_on_a_terminal_is_a_table(tmp_path):
    store_path = tmp_path / "store.json"
    subprocess.run([NEWSLINE, "--db", str(store_path), "add", "--kind", "strike", "--when", "3 July 2025",
                    "--title", "Tabled strike"], check=True, capture_output=True)
    command = f"{NEWSLINE} --db {store_path} list"
    with Terminal(f"newsline-list-{os.getpid()}", command, env={"TERM": "xterm"}) as term:
        screen = term.wait_for("1 event\n")
        assert "┃ When" in screen and "Tabled strike" in screen


def _is_grey(code: int) -> bool:
    if code >= 232 or code in (0, 7, 8, 15):
        return True
    if 16 <= code <= 231:
        r, g, b = (code - 16) // 36, (code - 16) // 6 % 6, (code - 16) % 6
        return r == g == b
    return False


def _colours_on_screen(no_color: bool, tmp_path: Path) -> list[int]:
    import re

    store_path = tmp_path / f"store-{no_color}.json"
    env = {"TERM": "xterm-256color", **({"NO_COLOR": "1"} if no_color else {})}
    with Terminal(f"newsline-colour-{os.getpid()}-{no_color}", f"{NEWSLINE} --db {store_path}", env=env) as term:
        term.wait_for("strike on Kyiv")
        styled = term._tmux("capture-pane", "-e", "-p", "-t", term.name).stdout
    return [int(n) for n in re.findall(r"(?:38|48);5;(\d+)", styled)]


def test_no_color_sends_only_greys(tmp_path):
    assert not all(_is_grey(code) for code in _colours_on_screen(False, tmp_path)), "colours expected by default"
    assert all(_is_grey(code) for code in _colours_on_screen(True, tmp_path)), "NO_COLOR must leave only greys"


def test_a_whole_form_typed_in_one_burst_lands_field_by_field(tmp_path):
    """Keys in one write (a fast typist over a slow link, pasted text): each goes where it would go if
    typed slowly, the `a` that opens the form and the Tabs between fields included."""
    from store.database import Store

    store_path = tmp_path / "store.json"
    with Terminal(f"newsline-burst-{os.getpid()}", f"{NEWSLINE} --db {store_path}",
                  env={"TERM": "xterm-256color"}) as term:
        term.wait_for("events")
        term.keys("aBurst title\t\tyesterday 21:00", literal=True)  # one write to the terminal
        term.keys("C-s")
        term.wait_for("Added")
        term.keys("q")
    added = [e for e in Store(store_path).events() if e["origin"] == "manual"]
    assert [(e["title"], e["precision"]) for e in added] == [("Burst title", "minute")]
    assert added[0]["start"][11:16] == "21:00"
