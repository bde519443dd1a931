"""What a person sees on the app's screen, cell by cell: the text, the highlighted text, and text too faint
to read against its background (the contrast of each character's colours, as the terminal draws them)."""

from __future__ import annotations

from rich.segment import Segment
from textual.color import Color
from textual.screen import ModalScreen
from textual.widgets import Input

# WCAG's minimum for large or bold text; terminal text is a size people chose to read comfortably.
READABLE = 3.0


def screen_strips(app) -> list[list[Segment]]:
    """Every row of the screen as the terminal receives it (modal screens over the faded one below)."""
    return [list(strip) for strip in app.screen._compositor.render_strips()]


def screen_text(app) -> str:
    return "\n".join("".join(segment.text for segment in row) for row in screen_strips(app))


def squashed(text: str) -> str:
    """Text without whitespace: a sentence may be wrapped across lines."""
    return "".join(text.split())


def highlighted_text(app) -> str:
    """The text drawn highlighted (reverse video), whitespace dropped."""
    return squashed("".join(segment.text for row in screen_strips(app) for segment in row
                            if segment.style is not None and segment.style.reverse))


def _luminance(color: Color) -> float:
    def channel(value: int) -> float:
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)


def contrast(foreground: Color, background: Color) -> float:
    light, dark = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _drawn_colours(segment: Segment) -> tuple[Color, Color] | None:
    style = segment.style
    if style is None or style.color is None or style.bgcolor is None:
        return None
    foreground, background = Color.from_rich_color(style.color), Color.from_rich_color(style.bgcolor)
    if style.reverse:
        foreground, background = background, foreground
    if style.dim:
        foreground = background.blend(foreground, 0.5)  # as Textual draws dim text
    return foreground, background


def _is_text(text: str) -> bool:
    # Lines, boxes, blocks and shapes (borders, scrollbars, a drop-down's arrow) are not read.
    return any(not (ch.isspace() or 0x2500 <= ord(ch) <= 0x25FF) for ch in text)


def faint_text(app, *, skip_footer: bool = True) -> list[tuple[float, str, str]]:
    """(contrast, text, colours) of every run of text under READABLE on the current screen. On a modal
    screen only the dialog counts (what is behind it is faded on purpose); Textual's footer, whose colours
    each theme sets, and an empty input's placeholder hint are left out."""
    screen = app.screen
    rows = screen_strips(app)
    if skip_footer and not isinstance(screen, ModalScreen):
        rows = rows[:-1]
    dialog = screen.children[0].region if isinstance(screen, ModalScreen) else None
    hints = [w.region for w in screen.query(Input) if not w.value]
    faint = []
    for y, row in enumerate(rows):
        x = 0
        for segment in row:
            left, x = x, x + segment.cell_length
            if not _is_text(segment.text):
                continue
            if dialog is not None and not (dialog.y <= y < dialog.bottom and dialog.x <= left < dialog.right):
                continue
            if any(r.y <= y < r.bottom and r.x <= left < r.right for r in hints):
                continue
            colours = _drawn_colours(segment)
            if colours is None:
                continue  # the terminal's own default colours (an ANSI theme): readable by its choice
            ratio = contrast(*colours)
            if ratio < READABLE:
                faint.append((round(ratio, 2), segment.text.strip(), f"{colours[0].hex} on {colours[1].hex}"))
    return faint
