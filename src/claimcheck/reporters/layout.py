"""Lines for people: styled spans, wrapped with a hanging indent or cut to one line, to a width.

A ``Styled`` is plain text plus (start, end, style) spans. ``Writer`` prints it through rich
when in colour (``Text``, never markup, so claim text is never read as markup) and as plain
text otherwise, without importing rich.
"""

from __future__ import annotations

from ..sanitize import one_line

ELLIPSIS = "…"
MIN_ROOM = 24  # narrower than this, a wrapped column is unreadable: the line runs long instead


class Styled:
    __slots__ = ("text", "spans")

    def __init__(self, text: str = "", style: str = ""):
        self.text = ""
        self.spans = []
        if text:
            self.add(text, style)

    def add(self, text: str, style: str = "") -> "Styled":
        if text:
            if style:
                self.spans.append((len(self.text), len(self.text) + len(text), style))
            self.text += text
        return self

    def stylize(self, start: int, end: int, style: str) -> "Styled":
        if 0 <= start < end <= len(self.text):
            self.spans.append((start, end, style))
        return self

    def __len__(self):
        return len(self.text)

    def slice(self, start: int, end: int) -> "Styled":
        out = Styled()
        out.text = self.text[start:end]
        out.spans = [(max(s, start) - start, min(e, end) - start, st) for s, e, st in self.spans if s < end and e > start]
        return out

    def __add__(self, other: "Styled") -> "Styled":
        out = Styled()
        out.text = self.text + other.text
        out.spans = self.spans + [(s + len(self.text), e + len(self.text), st) for s, e, st in other.spans]
        return out


def text_of(value) -> str:
    """Data from a claim base or a draft as one printable line (control characters made visible)."""
    return one_line(value)


def wrap(body: Styled, width: int, first: Styled, indent: int) -> list:
    """``first`` then ``body`` broken at spaces into lines of at most ``width`` columns, the
    lines after the first indented by ``indent`` (a hanging indent)."""
    lines = []
    head = first
    room = max(width - len(first), MIN_ROOM)
    text = body.text
    pos = 0
    while True:
        rest = len(text) - pos
        if rest <= room:
            lines.append(head + body.slice(pos, len(text)))
            return lines
        cut = text.rfind(" ", pos, pos + room + 1)
        if cut <= pos:  # one word longer than the room: break inside it
            cut, skip = pos + room, 0
        else:
            skip = 1
        lines.append(head + body.slice(pos, cut))
        pos = cut + skip
        head = Styled(" " * indent)
        room = max(width - indent, MIN_ROOM)


def cut(body: Styled, room: int) -> Styled:
    """``body`` on one line of at most ``room`` columns, an ellipsis marking what was left out."""
    room = max(room, MIN_ROOM)
    if len(body) <= room:
        return body
    text = body.text
    end = text.rfind(" ", 0, room)
    end = end if end > room // 2 else room - 1
    return body.slice(0, end).add(ELLIPSIS)


class Writer:
    """Writes Styled lines to a stream, in colour through rich or as plain text."""

    def __init__(self, stream, color: bool):
        self.stream = stream
        self.console = None
        if color:
            from rich.console import Console

            # no_color=False: an explicit --color always wins over NO_COLOR, which rich reads itself
            self.console = Console(file=stream, force_terminal=True, no_color=False, highlight=False,
                                   emoji=False, markup=False, soft_wrap=True)

    def line(self, styled: Styled = None):
        styled = styled or Styled()
        if self.console is None:
            self.stream.write(styled.text + "\n")
            return
        from rich.text import Text

        text = Text(styled.text, no_wrap=True)
        for start, end, style in styled.spans:
            text.stylize(style, start, end)
        self.console.print(text)

    def lines(self, lines):
        for styled in lines:
            self.line(styled)


def width_of(stream) -> int:
    """The terminal's width when writing to one, else 80 columns."""
    import os

    isatty = getattr(stream, "isatty", None)
    if isatty is not None and isatty():
        import shutil  # only here: it imports the compression modules, a cost on every start-up

        try:
            return max(40, min(shutil.get_terminal_size((80, 24)).columns, 200))
        except (OSError, ValueError):
            return 80
    columns = os.environ.get("COLUMNS", "")
    return max(40, min(int(columns), 200)) if columns.isdigit() and int(columns) > 0 else 80
