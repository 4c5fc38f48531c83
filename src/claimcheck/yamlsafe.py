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

    def __init__(self):
        self.resolver = yaml.resolver.Resolver()
        self.constructor = yaml.constructor.SafeConstructor()

    def make(self, event):
        tag = event.tag
        if tag is None and event.style in ('"', "'", "|", ">"):
            return event.value  # a quoted or block scalar without a tag is a string: no resolving needed
        if tag is None or tag == "!":
            tag = self.resolver.resolve(yaml.ScalarNode, event.value, event.implicit)
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        if tag == "tag:yaml.org,2002:str":
            return event.value
        builder = self.constructor.yaml_constructors.get(tag)
        if builder is None or tag in ("tag:yaml.org,2002:binary",):
            raise ClaimBaseError(f"unsupported YAML tag {tag!r}", None, *_pos(event.start_mark))
        return builder(self.constructor, node)


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
    except ClaimBaseError as exc:
        exc.path = exc.path or path
        raise
    except yaml.reader.ReaderError as exc:
        head = text[: exc.position]
        line, column = head.count("\n") + 1, exc.position - (head.rfind("\n") + 1) + 1
        raise ClaimBaseError(f"character U+{exc.character:04X} is not allowed in YAML", path, line, column) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = exc.problem or exc.context or "YAML syntax error"
        if mark is not None:
            raise ClaimBaseError(f"YAML syntax error: {message}", path, *_pos(mark)) from None
        raise ClaimBaseError(f"YAML syntax error: {message}", path) from None
    except yaml.YAMLError as exc:
        raise ClaimBaseError(f"YAML error: {exc}", path) from None
    except (ValueError, TypeError, OverflowError) as exc:  # a scalar constructor choking, e.g. a bad timestamp
        raise ClaimBaseError(f"bad YAML value: {exc}", path) from None
    finally:
        dispose = getattr(parser, "dispose", None) if parser is not None else None
        if dispose:
            dispose()


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
