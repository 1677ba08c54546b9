"""Strict YAML reading for rule data: duplicate keys, unknown keys, missing keys and bad values
all raise RuleDataError naming the file and the key path. Nothing is skipped with a warning."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml


class RuleDataError(ValueError):
    """Bad rule data; the message names the file and the key."""

    def __init__(self, file: Path | str, key: str, message: str):
        super().__init__(f"{Path(file).name}: {key}: {message}")
        self.file, self.key = str(file), key


class _StrictLoader(yaml.SafeLoader):
    pass


def _no_duplicates(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _no_duplicates)


def read_yaml(path: Path) -> dict:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_StrictLoader)
    except yaml.YAMLError as exc:
        raise RuleDataError(path, "<yaml>", str(exc).replace("\n", " ")) from exc
    if not isinstance(data, dict):
        raise RuleDataError(path, "<root>", "expected a mapping")
    return data


class Node:
    """A mapping being validated: knows its file and key path for error messages."""

    def __init__(self, file: Path, path: str, data: object):
        self.file, self.path = file, path
        if not isinstance(data, dict):
            self.fail("expected a mapping")
        self.data: dict = data

    def fail(self, message: str, key: str | None = None):
        raise RuleDataError(self.file, f"{self.path}.{key}" if key else self.path, message)

    def keys(self, required: set[str], optional: set[str] = frozenset()) -> Node:
        unknown = set(map(str, self.data)) - required - set(optional)
        if unknown:
            self.fail(f"unknown key(s) {sorted(unknown)}", sorted(unknown)[0])
        for key in sorted(required - set(self.data)):
            self.fail("missing required key", key)
        return self

    def child(self, key: str) -> Node:
        return Node(self.file, f"{self.path}.{key}", self.data[key])

    def get(self, key: str, kind: type | tuple, default=None, choices=None):
        value = self.data.get(key, default)
        if value is not None and not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
            self.fail(f"expected {getattr(kind, '__name__', kind)}, got {value!r}", key)
        if choices is not None and value not in choices:
            self.fail(f"unknown code {value!r} (allowed: {sorted(choices)})", key)
        return value

    def date(self, key: str) -> dt.date | None:
        value = self.data.get(key)
        if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
            return value
        self.fail(f"expected a date YYYY-MM-DD, got {value!r}", key)


def source_text(node: Node, key: str, sources: dict, confirmed: bool = True) -> str:
    """The readable citation of the source that `node[key]` names (a key of the file's `sources`,
    each a `rules.sources.Source`). A value marked confirmed needs a primary official source."""
    ref = node.data.get(key)
    if not ref:
        node.fail("missing source", key)
    if ref not in sources:
        node.fail(f"unknown source key {ref!r} (not in the file's sources)", key)
    if confirmed and not sources[ref].primary:
        node.fail(f"source {ref!r} has no primary official text: mark the value confirmed: false", key)
    return sources[ref].text
