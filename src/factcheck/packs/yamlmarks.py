"""YAML → plain data, plus where each value sits in the file (1-based line and column), so
that a pack's errors point at the line to fix. PyYAML's safe loader builds the data; we walk
its node tree ourselves only to remember the marks (and to refuse duplicate keys, which
PyYAML would silently overwrite).

Packs and configuration come from pull requests, so the loader trusts nothing in them: a
file larger than MAX_YAML_CHARS is refused before it is parsed, anchors and aliases are
refused (an alias bomb expands a few lines into gigabytes), and a tag other than YAML's
standard ones (`!!python/object`, `!custom`) is an error at its line and column."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Path_ = tuple  # a path into the data: ("rules", 3, "params", "measure")

# The shipped core pack is 40 kB; a pack a hundred times larger is no pack anyone wrote.
MAX_YAML_CHARS = 4_000_000
# The tags YAML's core schema gives plain values (what a safe loader resolves untagged
# scalars, sequences and mappings to); anything else was written on purpose.
# Deeper than any pack needs (the core pack nests five levels), and shallow enough that the
# recursive walk below never meets Python's recursion limit.
MAX_DEPTH = 64
STANDARD_TAGS = frozenset(f"tag:yaml.org,2002:{t}" for t in
                          ("str", "int", "float", "bool", "null", "seq", "map", "timestamp", "binary"))


@dataclass
class Marks:
    """Positions of keys and values, by path."""

    values: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    styles: dict[Path_, str | None] = field(default_factory=dict)  # scalar quoting: None, "'", '"', "|", ">"

    def of(self, path: Path_, key: bool = False) -> tuple[int, int]:
        """The position of `path`, or of its nearest ancestor that has one."""
        table = self.keys if key else self.values
        for n in range(len(path), -1, -1):
            if path[:n] in table:
                return table[path[:n]]
            if n < len(path) and path[:n] in self.values:
                return self.values[path[:n]]
        return (1, 1)


class YamlError(Exception):
    def __init__(self, line: int, column: int, message: str):
        super().__init__(message)
        self.line, self.column, self.message = line, column, message


def load(text: str) -> tuple[Any, Marks]:
    import yaml

    if len(text) > MAX_YAML_CHARS:
        raise YamlError(1, 1, f"{len(text):,} characters is more than the {MAX_YAML_CHARS:,} a pack or a "
                              "configuration may have")
    loader_cls = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        _refuse_anchors(text, loader_cls)
        node = yaml.compose(text, Loader=loader_cls)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = " ".join(filter(None, [exc.problem, exc.context and f"({exc.context})"]))
        if mark and mark.index < len(text) and text[mark.index] == "\t":
            problem = "a tab: YAML indents with spaces"
        raise YamlError(mark.line + 1 if mark else 1, mark.column + 1 if mark else 1, f"invalid YAML: {problem}") from None
    except yaml.YAMLError as exc:
        raise YamlError(1, 1, f"invalid YAML: {exc}") from None
    except RecursionError:  # the pure-Python parser, where libyaml is missing
        raise YamlError(1, 1, f"nested more than {MAX_DEPTH} levels deep") from None
    marks = Marks()
    if node is None:
        return None, marks
    constructor = yaml.constructor.SafeConstructor()
    return _build(node, (), marks, constructor), marks


def _refuse_anchors(text: str, loader_cls) -> None:
    """Anchors and aliases are refused before anything is built: walking an aliased node
    tree costs what its expansion would (a 1 kB alias bomb is gigabytes)."""
    import yaml

    for event in yaml.parse(text, Loader=loader_cls):
        if isinstance(event, yaml.AliasEvent):
            raise YamlError(event.start_mark.line + 1, event.start_mark.column + 1,
                            f"aliases (*{event.anchor}) are not supported in packs or configuration; write the value out")
        if getattr(event, "anchor", None):
            raise YamlError(event.start_mark.line + 1, event.start_mark.column + 1,
                            f"anchors (&{event.anchor}) are not supported in packs or configuration; write the value out")


def _pos(node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _build(node, path: Path_, marks: Marks, constructor) -> Any:
    import yaml

    marks.values[path] = _pos(node)
    if len(path) > MAX_DEPTH:
        raise YamlError(*_pos(node), f"nested more than {MAX_DEPTH} levels deep")
    if node.tag not in STANDARD_TAGS:
        raise YamlError(*_pos(node), f"the tag {_short_tag(node.tag)} is not allowed: packs and configuration "
                                     "hold plain values only")
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise YamlError(*_pos(key_node), "merge keys (<<) are not supported in packs; write the keys out")
            if key_node.tag not in STANDARD_TAGS or not isinstance(key_node, yaml.ScalarNode):
                raise YamlError(*_pos(key_node), "a key must be a plain scalar")
            key = constructor.construct_object(key_node, deep=True)
            if not isinstance(key, (str, int, float, bool)) or key is None:
                raise YamlError(*_pos(key_node), "a key must be a plain scalar")
            if key in out:
                raise YamlError(*_pos(key_node), f"duplicate key {key!r}")
            marks.keys[path + (key,)] = _pos(key_node)
            out[key] = _build(value_node, path + (key,), marks, constructor)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, path + (i,), marks, constructor) for i, item in enumerate(node.value)]
    marks.styles[path] = node.style
    try:
        return constructor.construct_object(node, deep=True)
    except (yaml.YAMLError, ValueError, TypeError, OverflowError) as exc:  # a tag its value does not fit: !!int abc
        raise YamlError(*_pos(node), f"invalid value: {getattr(exc, 'problem', None) or exc}") from None


def _short_tag(tag: str) -> str:
    return "!!" + tag[len("tag:yaml.org,2002:"):] if tag.startswith("tag:yaml.org,2002:") else tag
