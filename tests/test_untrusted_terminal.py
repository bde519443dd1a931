"""Hostile stored text in a real terminal: the raw bytes `newsline` writes to a pseudo-terminal carry no
escape sequence, BEL, C1 code or bidi override from the store, and markup in it is shown, not obeyed."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from bench.pty_session import PtySession
from store.database import Store
from tests.hostile import leaks, plain_output_problems, store_with_hostile_event

NEWSLINE = str(Path(sys.executable).with_name("newsline"))


class Pty(PtySession):
    """`newsline` on a pseudo-terminal: keys in as bytes, every byte it writes kept."""

    def __init__(self, *args: str, width: int = 120, height: int = 40) -> None:
        env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "NO_COLOR")}
        env["TERM"] = "xterm-256color"
        super().__init__([NEWSLINE, *args], width=width, height=height, env=env)

    def wait_for(self, needle: bytes, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while needle not in self.output:
            if time.monotonic() > deadline or (self.child.poll() is not None and not self._read(0.1)):
                raise AssertionError(f"{needle!r} never appeared; output ended with {self.output[-600:]!r}")
            self._read(0.05)

    def finish(self, timeout: float = 30) -> int:
        """Read until the command exits; its exit status."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self._read(0.1) and self.child.poll() is not None:
                break
        else:
            self.child.kill()
        os.close(self.master)
        return self.child.wait(5)


    def quit(self) -> int:
        """Press q until the app exits (a q typed while focus is still moving lands in an input)."""
        for _ in range(10):
            self.keys(b"q")
            deadline = time.monotonic() + 3
            while self.child.poll() is None and time.monotonic() < deadline:
                self._read(0.1)
            if self.child.poll() is not None:
                break
        return self.finish()


def run(*args: str) -> tuple[int, bytes]:
    term = Pty(*args)
    status = term.finish()
    return status, term.output


@pytest.fixture
def hostile(store_path, tmp_path):
    return store_with_hostile_event(store_path, tmp_path)


def test_list_on_a_terminal_prints_stored_text_inert(store_path, hostile):
    status, output = run("--db", str(store_path), "list")
    assert status == 0, output[-500:]
    assert b"Traceback" not in output and b"MarkupError" not in output
    assert not plain_output_problems(output)
    text = output.decode()
    assert "[/updated]" in text and "[link=https://evil.exam" in text  # markup shown, not obeyed
    assert "PWNED-TITLE" in text and "2 events" in text


def test_show_on_a_terminal_prints_stored_text_inert(store_path, hostile):
    for args in ((hostile["id"],), (hostile["id"], "--json")):
        status, output = run("--db", str(store_path), "show", *args)
        assert status == 0, output[-500:]
        assert not plain_output_problems(output), args
        assert b"PWNED-TITLE" in output and b"[/updated]" in output


def test_add_and_delete_on_a_terminal_print_titles_inert(store_path, hostile):
    status, output = run("--db", str(store_path), "add", "--kind", "call", "--when", "3 July 2025",
                         "--title", "Call \x1b]0;PWNED-TITLE\x07 [/b]\rOVERWRITE")
    assert status == 0 and not plain_output_problems(output), output
    status, output = run("--db", str(store_path), "delete", hostile["id"])
    assert status == 0 and not plain_output_problems(output), output
    assert b"[/updated]" in output and hostile["id"] not in Store(store_path).events_by_id


def test_errors_on_a_terminal_quote_input_inert(store_path, hostile):
    status, output = run("--db", str(store_path), "show", "\x1b]0;PWNED-TITLE\x07")
    assert status == 1 and b"no event with id" in output
    assert not plain_output_problems(output)


def test_app_on_a_terminal_draws_stored_text_inert(store_path, hostile):
    term = Pty("--db", str(store_path), "--no-seed")
    try:
        term.wait_for(b"Leaders speak")
        term.wait_for(b"PWNED-TITLE")       # the hostile row, drawn in the timeline
        term.keys(b"j")                      # cursor onto it: the detail pane shows every field
        term.wait_for(b"line two")
        term.keys(b"d")
        term.wait_for(b"Delete")
        term.keys(b"n")
        term.keys(b"/")
        term.wait_for(b"search: title")     # the search line is open and has the focus
        term.keys(b"[/")
        term.wait_for(b"1 match")
        term.keys(b"\r")
        status = term.quit()
    finally:
        if term.child.poll() is None:
            term.child.kill()
    assert status == 0, term.output[-800:]
    assert b"Traceback" not in term.output
    assert not leaks(term.output), leaks(term.output)
