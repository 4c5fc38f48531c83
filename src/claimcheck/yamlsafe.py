"""A YAML reader for hand-edited data: positions on every value, and no traps.

PyYAML's own loaders lose positions, silently keep the last of two duplicate keys,
expand alias bombs and (the C composer) crash on deep nesting. We take the event
stream from PyYAML's parser (the C one when present: that is where the speed is)
and compose plain Python values here, with a depth limit, aliases refused, and
duplicate keys reported, keeping each value's 1-based line and column.
"""

from __future__ import annotations


import yaml

from . import textio
from .errors import ClaimBaseError

MAX_DEPTH = 64

# libyaml's parser when PyYAML has it (the event stream is where the time goes); composing stays here
_Loader = getattr(yaml, "CSafeLoader", None) or yaml.SafeLoader


class YMap(dict):
    """A mapping that remembers where it and each of its keys and values stand."""

    __slots__ = ("pos", "key_pos", "value_pos")

    def __init__(self, pos):
        super().__init__()
        self.pos = pos
        self.key_pos = {}
        self.value_pos = {}

    def where(self, key):
        """(line, column) of the value under ``key``, else of the mapping itself."""
        return self.value_pos.get(key, self.pos)


class YList(list):
    """A sequence that remembers where it and each item stand."""

    __slots__ = ("pos", "item_pos")

    def __init__(self, pos):
        super().__init__()
        self.pos = pos
        self.item_pos = []

    def where(self, index):
        return self.item_pos[index] if 0 <= index < len(self.item_pos) else self.pos


def position_of(container, key_or_index):
    if isinstance(container, (YMap, YList)):
        return container.where(key_or_index)
    return (None, None)


_PLAIN_TAGS = (None, "!", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map")


def _pos(mark):
    return (mark.line + 1, mark.column + 1)


class _ScalarMaker:
    """Resolve and build scalars with PyYAML's safe rules (so `no` is false, as users get elsewhere)."""

    MEMO_SIZE = 4096  # plain scalars repeat (keys above all): resolved once each
    MEMO_LENGTH = 40

    def __init__(self):
        self.resolver = yaml.resolver.Resolver()
        self.constructor = yaml.constructor.SafeConstructor()
        self.memo: dict = {}

    def make(self, event):
        tag = event.tag
        if tag is None and event.style in ('"', "'", "|", ">"):
            return event.value  # a quoted or block scalar without a tag is a string: no resolving needed
        value = event.value
        key = (tag, value, event.implicit, event.style) if len(value) <= self.MEMO_LENGTH else None
        if key is not None:
            hit = self.memo.get(key, _MISSING)
            if hit is not _MISSING:
                return hit  # str, int, float, bool, None or a date: immutable, safe to share
        if tag is None or tag == "!":
            tag = self.resolver.resolve(yaml.ScalarNode, value, event.implicit)
        if tag == "tag:yaml.org,2002:str":
            made = value
        else:
            builder = self.constructor.yaml_constructors.get(tag)
            if builder is None or tag in ("tag:yaml.org,2002:binary",):
                raise ClaimBaseError(f"unsupported YAML tag {tag!r}", None, *_pos(event.start_mark))
            made = builder(self.constructor, yaml.ScalarNode(tag, value, event.start_mark, event.end_mark, event.style))
        if key is not None:
            if len(self.memo) >= self.MEMO_SIZE:
                self.memo.clear()
            self.memo[key] = made
        return made


_MISSING = object()


def read_text(path: str) -> str:
    data = textio.read_bytes(path, ClaimBaseError, textio.MAX_BYTES)  # looked up when reading: one limit
    return textio.decode(data, path, "utf-8", ClaimBaseError)


def load(text: str, path: str = "<string>", duplicates: list | None = None):
    """Parse one YAML document into YMap/YList/scalars. Raises ClaimBaseError with a position.

    A duplicate key is an error, unless ``duplicates`` is a list: then each one is appended
    there as a ClaimBaseError (the first value kept) so a linter can report them all.
    """
    scalars = _ScalarMaker()
    parser = None
    try:
        parser = _Loader(text)
        root = _compose(parser, scalars, path, duplicates)
        for error in duplicates or ():
            error.path = error.path or path
        return root
    except _TRANSLATED as exc:
        raise _error_of(exc, text, path) from None
    finally:
        _dispose(parser)


# what a parse can raise, each turned into one positioned ClaimBaseError by _error_of
_TRANSLATED = (ClaimBaseError, yaml.YAMLError, ValueError, TypeError, OverflowError)


def _error_of(exc, text: str, path: str) -> ClaimBaseError:
    if isinstance(exc, ClaimBaseError):
        exc.path = exc.path or path
        return exc
    if isinstance(exc, yaml.reader.ReaderError):
        head = text[: exc.position]
        line, column = head.count("\n") + 1, exc.position - (head.rfind("\n") + 1) + 1
        return ClaimBaseError(f"character U+{exc.character:04X} is not allowed in YAML", path, line, column)
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        message = exc.problem or exc.context or "YAML syntax error"
        if mark is not None:
            return ClaimBaseError(f"YAML syntax error: {message}", path, *_pos(mark))
        return ClaimBaseError(f"YAML syntax error: {message}", path)
    if isinstance(exc, yaml.YAMLError):
        return ClaimBaseError(f"YAML error: {exc}", path)
    return ClaimBaseError(f"bad YAML value: {exc}", path)  # a scalar constructor choking, e.g. a bad timestamp


def _dispose(parser):
    dispose = getattr(parser, "dispose", None) if parser is not None else None
    if dispose:
        dispose()


# ---------------------------------------------------------------- streaming


LIST_FOLLOWS = object()  # stands for a top-level list whose items stream one by one


class Item:
    """One item of a top-level list: its events are read, its value is composed only when asked,
    so an item known from before (the same text at the same column) costs no composing."""

    __slots__ = ("events", "line", "column", "start", "end", "_text", "_path", "_scalars")

    def __init__(self, events, text, path, scalars):
        first = events[0]
        # it ends with its last scalar: a block mapping's end mark stands at whatever comes next
        last = next((e for e in reversed(events) if type(e) is _Scalar), events[-1])
        self.events, self.line, self.column = events, first.start_mark.line + 1, first.start_mark.column
        self.start, self.end = first.start_mark.index, last.end_mark.index
        self._text, self._path, self._scalars = text, path, scalars

    @property
    def source(self) -> str:
        """The item as written, from where it starts to the end of its last scalar."""
        return self._text[self.start : self.end]

    def value(self):
        """The composed item (YMap, YList or a scalar); a bad item raises a positioned ClaimBaseError."""
        replay = _Replay(self.events)
        try:
            return _child(replay, self._scalars, 1, None, replay.get_event())
        except _TRANSLATED as exc:
            raise _error_of(exc, self._text, self._path) from None


class _Replay:
    """Recorded events, read back the way the composer reads a parser."""

    __slots__ = ("events", "at")

    def __init__(self, events):
        self.events, self.at = events, 0

    def get_event(self):
        self.at += 1
        return self.events[self.at - 1]


def stream(text: str, path: str = "<string>", lists=()):
    """Read one claim base document piece by piece, so a large file never stands whole in memory.

    Yields ``("root", value, (line, column))`` once when the document is not a mapping (value None
    for an empty one); otherwise ``("mapping", (line, column))``, then for each top-level key
    ``("key", key, key_pos, value_pos, value)``, where for a key in ``lists`` holding a sequence,
    value is LIST_FOLLOWS and ``("item", key, index, Item)`` follow for its items. The same
    problems as :func:`load` raise, as the same ClaimBaseError.
    """
    scalars = _ScalarMaker()
    parser = None
    try:
        parser = _Loader(text)
        get = parser.get_event
        get()  # StreamStart
        if isinstance(get(), yaml.StreamEndEvent):  # else DocumentStart
            yield ("root", None, (1, 1))
            return
        event = get()
        if type(event) is not _MapStart or event.tag not in _PLAIN_TAGS:
            yield ("root", _node(parser, scalars, 0, None, event), _pos(event.start_mark))
        else:
            yield ("mapping", _pos(event.start_mark))
            yield from _stream_mapping(parser, scalars, text, path, lists)
        get()  # DocumentEnd
        event = parser.peek_event()
        if not isinstance(event, yaml.StreamEndEvent):
            raise ClaimBaseError("several YAML documents in one file; a claim base is one document", path, *_pos(event.start_mark))
    except _TRANSLATED as exc:
        raise _error_of(exc, text, path) from None
    finally:
        _dispose(parser)


def _stream_mapping(parser, scalars, text, path, lists):
    get = parser.get_event
    seen = {}
    while True:
        key_event = get()
        if type(key_event) is _MapEnd:
            return
        key_pos = _pos(key_event.start_mark)
        key = _child(parser, scalars, 0, None, key_event)
        if isinstance(key, (YMap, YList)):
            raise ClaimBaseError("a mapping key must be a plain value", None, *key_pos)
        value_event = get()
        value_pos = _pos(value_event.start_mark)
        if key in lists and type(value_event) is _SeqStart and value_event.tag in _PLAIN_TAGS:
            yield ("key", key, key_pos, value_pos, LIST_FOLLOWS)
            index = 0
            while True:
                event = get()
                if type(event) is _SeqEnd:
                    break
                yield ("item", key, index, Item(_events_of(parser, event), text, path, scalars))
                index += 1
        else:
            yield ("key", key, key_pos, value_pos, _child(parser, scalars, 0, None, value_event))
        if key in seen:
            first = seen[key]
            raise ClaimBaseError(f"duplicate key {key!r} (first at line {first[0]}, column {first[1]})", None, *key_pos)
        seen[key] = key_pos


def _events_of(parser, event) -> list:
    """The events of the node that ``event`` starts, up to its end."""
    events = [event]
    cls = type(event)
    if cls is not _SeqStart and cls is not _MapStart:
        return events
    get, append = parser.get_event, events.append
    depth = 1
    while depth:
        event = get()
        append(event)
        cls = type(event)
        if cls is _Scalar:  # most events
            continue
        if cls is _SeqStart or cls is _MapStart:
            depth += 1
        elif cls is _SeqEnd or cls is _MapEnd:
            depth -= 1
    return events


def _compose(parser, scalars, path, duplicates):
    get = parser.get_event
    event = get()  # StreamStart
    event = get()
    if isinstance(event, yaml.StreamEndEvent):
        return None
    # DocumentStart
    root = _node(parser, scalars, 0, duplicates)
    event = get()  # DocumentEnd
    event = parser.peek_event()
    if not isinstance(event, yaml.StreamEndEvent):
        raise ClaimBaseError("several YAML documents in one file; a claim base is one document", path, *_pos(event.start_mark))
    return root


def _scalar(scalars, event):
    try:
        return scalars.make(event)
    except (ValueError, TypeError, OverflowError, yaml.constructor.ConstructorError) as exc:
        raise ClaimBaseError(f"bad YAML value {event.value!r}: {exc}", None, *_pos(event.start_mark)) from None


def _node(parser, scalars, depth, duplicates=None, event=None):
    """Compose one node; ``event`` is its first event when the caller already took it."""
    if event is None:
        event = parser.get_event()
    cls = type(event)
    if cls is _Scalar:
        return _scalar(scalars, event)
    if cls is yaml.AliasEvent:
        raise ClaimBaseError(
            f"YAML alias *{event.anchor} is not allowed in a claim base (write the value out)", None, *_pos(event.start_mark)
        )
    if depth > MAX_DEPTH:
        raise ClaimBaseError(f"nesting deeper than {MAX_DEPTH} levels", None, *_pos(event.start_mark))
    if cls in (_SeqStart, _MapStart) and event.tag not in _PLAIN_TAGS:
        raise ClaimBaseError(f"unsupported YAML tag {event.tag!r}", None, *_pos(event.start_mark))
    get = parser.get_event
    if cls is _SeqStart:
        seq = YList(_pos(event.start_mark))
        while True:
            item = get()
            if type(item) is _SeqEnd:
                return seq
            seq.item_pos.append(_pos(item.start_mark))
            seq.append(_child(parser, scalars, depth, duplicates, item))
    if cls is _MapStart:
        mapping = YMap(_pos(event.start_mark))
        key_pos_of, value_pos_of = mapping.key_pos, mapping.value_pos
        while True:
            key_event = get()
            if type(key_event) is _MapEnd:
                return mapping
            key_pos = _pos(key_event.start_mark)
            key = _child(parser, scalars, depth, duplicates, key_event)
            if isinstance(key, (YMap, YList)):
                raise ClaimBaseError("a mapping key must be a plain value", None, *key_pos)
            value_event = get()
            value_pos = _pos(value_event.start_mark)
            value = _child(parser, scalars, depth, duplicates, value_event)
            if key in mapping:
                first = key_pos_of[key]
                error = ClaimBaseError(f"duplicate key {key!r} (first at line {first[0]}, column {first[1]})", None, *key_pos)
                if duplicates is None:
                    raise error
                duplicates.append(error)
                continue
            mapping[key] = value
            key_pos_of[key] = key_pos
            value_pos_of[key] = value_pos
    raise ClaimBaseError(f"unexpected YAML event {cls.__name__}", None, *_pos(event.start_mark))


def _child(parser, scalars, depth, duplicates, event):
    """A nested value; scalars (most of a claim base) without the general path."""
    if type(event) is _Scalar:
        return _scalar(scalars, event)
    return _node(parser, scalars, depth + 1, duplicates, event)


_Scalar, _SeqStart, _SeqEnd = yaml.ScalarEvent, yaml.SequenceStartEvent, yaml.SequenceEndEvent
_MapStart, _MapEnd = yaml.MappingStartEvent, yaml.MappingEndEvent
