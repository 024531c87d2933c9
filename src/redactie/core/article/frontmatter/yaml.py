"""Lossless YAML front matter: edits rewrite only the text of the value that changed.

`yaml.compose` gives every node its exact start and end in the text. Setting a value splices new
text into that span and nothing else, so comments, key order, quoting, blank lines and line ends
elsewhere stay byte-identical. Lists are edited item by item (a diff of old and new items), new
keys are written in their siblings' indentation and quoting. After each edit the text is parsed
again and compared with the intended data; an edit that would read back differently is refused.
"""

from __future__ import annotations

import difflib
import threading
from collections import Counter
from collections.abc import Sequence
from datetime import date
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from redactie.core.article.dates import as_datetime
from redactie.core.article.frontmatter import yaml_scalars as sc
from redactie.core.article.frontmatter.base import (
    Format,
    LosslessEditor,
    Problem,
    normalize,
    same_value,
)
from redactie.core.article.frontmatter.yaml_bounds import (
    MAX_DEPTH,
    MAX_FRONT_MATTER,
    line_col,
    unbounded,
)
from redactie.core.article.frontmatter.yaml_errors import plain_syntax_error

Entry = tuple[Node, Node]


class _Constructor(yaml.SafeLoader):
    """Builds Python values from already-composed nodes; keys are always strings.

    Front matter keys are names (Hugo reads `no:` or `2024:` as the key "no" or "2024"), so a
    plain key is taken as its text, never as YAML 1.1's boolean or number.
    """

    def __init__(self) -> None:
        super().__init__("")

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Any, Any]:
        self.flatten_mapping(node)
        mapping: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = (
                key_node.value
                if isinstance(key_node, ScalarNode)
                else self.construct_object(key_node, deep=deep)
            )
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping


_CLoader: Any = getattr(yaml, "CSafeLoader", None)  # libyaml
_LOCAL = threading.local()


def _constructor() -> _Constructor:
    """This thread's constructor, its state from any earlier document dropped: making one is
    making a whole PyYAML loader (reader, scanner, parser), a tenth of reading front matter."""
    constructor: _Constructor | None = getattr(_LOCAL, "constructor", None)
    if constructor is None:
        constructor = _LOCAL.constructor = _Constructor()
    constructor.constructed_objects = {}
    constructor.recursive_objects = {}
    constructor.state_generators = []
    constructor.deep_construct = False
    return constructor


class YamlFrontMatter(LosslessEditor):
    """The front matter between `---` fences, editable without reformatting it."""

    format: Format = "yaml"

    def _parse(self) -> None:
        self._problems: list[Problem] = []
        self._root: MappingNode | None = None
        self._data: dict[str, Any] | None = None
        self._indent_step, self._seq_indent = 2, 2
        self._string_style, self._flow_lists = sc.DOUBLE, True  # PaperMod's house style
        if len(self._text) > MAX_FRONT_MATTER:  # PyYAML composes about 100 KB a second
            self._problem(0, 0, "too-large", f"front matter over {MAX_FRONT_MATTER // 1024} KB")
            return
        try:
            root = self._compose()
        except yaml.MarkedYAMLError as exc:
            code, line, col = plain_syntax_error(exc, self._text)
            self._problem(line, col, code, _yaml_message(exc))
            return
        except yaml.reader.ReaderError as exc:  # a control character Word pasted into a title
            line, col = line_col(self._text, exc.position)
            self._problem(line, col, "yaml-character", f"character #x{exc.character:04x}")
            return
        except RecursionError:
            self._problem(0, 0, "too-deep", f"nested more than {MAX_DEPTH} levels deep")
            return
        bound = unbounded(root)
        if bound is not None:
            self._problem(0, 0, *bound)
            return
        if root is None or (isinstance(root, ScalarNode) and root.tag.endswith(":null")):
            self._data = {}
            return
        if not isinstance(root, MappingNode):
            mark = root.start_mark
            self._problem(mark.line, mark.column, "not-a-mapping", "front matter is not a mapping")
            return
        self._root = root
        self._check_duplicates(root)
        try:
            data = self._load()
        except (yaml.YAMLError, ValueError, TypeError) as exc:
            self._problem(0, 0, "yaml-value", str(exc))
            return
        self._data = normalize(data) if isinstance(data, dict) else {}
        if not self._read_only:
            self._learn_style(root)  # for edits only

    def _compose(self) -> Node | None:
        """The node tree, from libyaml when PyYAML has it: 7x faster, and the same tree (spans,
        styles, tags) over every YAML front matter of the corpus; its nesting limit (1,000)
        stops deep input before Python would. Any problem is composed again in Python, so the
        problem and its place are worded as before."""
        if _CLoader is not None:
            try:
                return yaml.compose(self._text, Loader=_CLoader)
            except (yaml.YAMLError, ValueError):
                pass
        return yaml.compose(self._text, Loader=yaml.SafeLoader)

    def _load(self) -> Any:
        assert self._root is not None
        return _constructor().construct_document(self._root)

    def _problem(
        self, line: int, col: int, code: str, message: str, severity: str = "error"
    ) -> None:
        self._problems.append(
            Problem(line + self._line_offset + 1, col + 1, code, message, severity)  # type: ignore[arg-type]
        )

    def _check_duplicates(self, node: Node) -> None:
        if isinstance(node, MappingNode):
            seen: set[str] = set()
            for key, value in node.value:
                name = str(key.value)
                if name in seen:
                    mark = key.start_mark
                    self._problem(
                        mark.line, mark.column, "duplicate-key", f"duplicate key {name!r}"
                    )
                seen.add(name)
                self._check_duplicates(value)
        elif isinstance(node, SequenceNode):
            for item in node.value:
                self._check_duplicates(item)

    def _learn_style(self, root: Node) -> None:
        """Remember how this document writes strings, lists and indentation."""
        styles: Counter[str] = Counter()
        flows: Counter[bool] = Counter()
        stack: list[Node] = [root]
        while stack:
            node = stack.pop()
            if isinstance(node, MappingNode):
                for key, value in node.value:
                    if isinstance(value, MappingNode) and not value.flow_style and value.value:
                        self._indent_step = (
                            value.value[0][0].start_mark.column - key.start_mark.column
                        )
                    if isinstance(value, SequenceNode) and not value.flow_style and value.value:
                        dash = self._text.rfind("-", 0, value.value[0].start_mark.index)
                        column = dash - _line_start(self._text, dash)
                        self._seq_indent = column - key.start_mark.column
                    stack.append(value)
            elif isinstance(node, SequenceNode):
                flows[bool(node.flow_style)] += 1
                stack.extend(node.value)
            elif isinstance(node, ScalarNode) and node.tag.endswith(":str"):
                styles[node.style or ""] += 1
        self._indent_step = max(self._indent_step, 1)
        self._seq_indent = max(self._seq_indent, 0)
        self._string_style = styles.most_common(1)[0][0] if styles else sc.DOUBLE
        self._flow_lists = flows[True] >= flows[False]

    # -- editing -------------------------------------------------------------------------------

    def _apply(self, keys: list[str], value: Any, *, delete: bool) -> None:
        if delete:
            self._delete_entry(keys)
        else:
            self._set_value(keys, value)

    def _set_value(self, keys: list[str], value: Any) -> None:
        mapping = self._root
        in_flow = False
        for depth, key in enumerate(keys):
            rest = keys[depth + 1 :]
            entry = self._entry(mapping, key)
            if entry is None:
                self._insert_entry(mapping, key, _nest(rest, value), in_flow)
                return
            key_node, value_node = entry
            if not rest:
                self._replace(key_node, value_node, value, in_flow, keys)
                return
            if not isinstance(value_node, MappingNode):
                self._replace(key_node, value_node, _nest(rest, value), in_flow, keys)
                return
            assert mapping is not None
            in_flow = in_flow or bool(value_node.flow_style)
            mapping = value_node

    def _entry(self, mapping: MappingNode | None, key: str) -> Entry | None:
        if mapping is None:
            return None
        found = None
        for key_node, value_node in mapping.value:
            if isinstance(key_node, ScalarNode) and str(key_node.value) == key:
                found = (key_node, value_node)  # the last one wins, as for every YAML reader
        return found

    def _replace(
        self, key_node: Node, node: Node, value: Any, in_flow: bool, keys: list[str]
    ) -> None:
        flow = in_flow or _is_flow(node)
        if isinstance(value, dict) and isinstance(node, MappingNode):
            self._replace_mapping(keys, node, value)
        elif (
            isinstance(value, list)
            and isinstance(node, SequenceNode)
            and _scalars(node, value)
            and (value or node.flow_style)  # an empty block list has no block form: `[]`
        ):
            self._edit_sequence(node, value, flow)
        elif not isinstance(value, dict | list) and isinstance(node, ScalarNode):
            start, end = node.start_mark.index, self._scalar_end(node)
            text = self._scalar_text(value, node, flow, self._content_indent(node, key_node))
            if start == end and text and self._text[start - 1 : start] not in (" ", "\t"):
                text = " " + text  # an empty value (`key:`) gets the usual space
            self._splice(start, end, text)
        else:
            colon = self._colon_after(key_node)
            column = key_node.start_mark.column
            text = self._value_text(value, column, flow, _nearest_style(node))
            self._splice(colon + 1, self._end(node), text)

    def _replace_mapping(self, keys: list[str], node: MappingNode, value: dict[str, Any]) -> None:
        """A whole mapping set at once: its keys set one by one, missing ones deleted."""
        old_keys = [str(k.value) for k, _ in node.value]
        for key in reversed(old_keys):
            if key not in value:
                self._delete_entry([*keys, key])
                self._parse()
        for key, item in value.items():
            self._set_value([*keys, key], item)
            self._parse()

    # -- lists -----------------------------------------------------------------------------------

    def _edit_sequence(self, node: SequenceNode, new: list[Any], flow: bool) -> None:
        """Touch only the items that changed: appending one adds one line or one `, item`."""
        loader = _Constructor()
        old = [loader.construct_object(item, deep=True) for item in node.value]
        matcher = difflib.SequenceMatcher(
            a=[_hashable(v) for v in old], b=[_hashable(v) for v in new], autojunk=False
        )
        for tag, i1, i2, j1, j2 in reversed(matcher.get_opcodes()):
            if tag == "equal":
                continue
            pairs = min(i2 - i1, j2 - j1)
            if i2 - i1 > pairs:
                self._delete_items(node, i1 + pairs, i2)
            elif j2 - j1 > pairs:
                self._insert_items(node, i1 + pairs, new[j1 + pairs : j2])
            for offset in reversed(range(pairs)):
                item = node.value[i1 + offset]
                if same_value(old[i1 + offset], new[j1 + offset]):
                    continue
                text = self._scalar_text(new[j1 + offset], item, flow, "")
                self._splice(item.start_mark.index, self._scalar_end(item), text)

    def _delete_items(self, node: SequenceNode, first: int, stop: int) -> None:
        items = node.value
        if node.flow_style:
            if first > 0:
                self._splice(self._end(items[first - 1]), self._end(items[stop - 1]), "")
            elif stop < len(items):
                self._splice(items[0].start_mark.index, items[stop].start_mark.index, "")
            else:
                self._splice(items[0].start_mark.index, self._end(items[-1]), "")
            return
        start = _line_start(self._text, self._dash(items[first]))
        self._splice(start, _line_end(self._text, self._end(items[stop - 1])), "")

    def _insert_items(self, node: SequenceNode, at: int, values: list[Any]) -> None:
        items = node.value
        neighbour = items[min(at, len(items) - 1)] if items else None
        style = self._neighbour_style(neighbour)
        if node.flow_style or not items:
            texts = [self._render_scalar(v, style, flow=True) for v in values]
            sep = self._flow_separator(node, items)
            if not items:
                self._splice(node.start_mark.index + 1, node.start_mark.index + 1, sep.join(texts))
            elif at == len(items):
                pos = self._end(items[-1])
                self._splice(pos, pos, sep + sep.join(texts))
            else:
                pos = items[at].start_mark.index
                self._splice(pos, pos, sep.join(texts) + sep)
            return
        dash_pos = self._dash(items[min(at, len(items) - 1)])
        indent = self._text[_line_start(self._text, dash_pos) : dash_pos]
        lines = "".join(
            f"{indent}- {self._render_scalar(v, style, flow=False)}{self._newline}" for v in values
        )
        if at < len(items):
            pos = _line_start(self._text, dash_pos)
        else:
            pos = _line_end(self._text, self._end(items[-1]))
            if pos == len(self._text) and not self._text.endswith("\n"):
                lines = self._newline + lines.removesuffix(self._newline)
        self._splice(pos, pos, lines)

    def _flow_separator(self, node: Node, items: Sequence[Node]) -> str:
        if len(items) >= 2:
            return self._text[self._end(items[0]) : items[1].start_mark.index]
        return self._lone_separator(node, items[0]) if items else ", "

    def _lone_separator(self, node: Node, first: Node) -> str:
        """With one member, copy how it sits after the bracket: `{"a": 1` or `{\n    "a": 1`."""
        gap = self._text[node.start_mark.index + 1 : first.start_mark.index]
        return "," + gap if "\n" in gap else ", "

    def _neighbour_style(self, node: Node | None) -> str:
        if isinstance(node, ScalarNode) and node.tag.endswith(":str"):
            return node.style or sc.PLAIN
        return self._string_style

    # -- keys ------------------------------------------------------------------------------------

    def _insert_entry(self, mapping: MappingNode | None, key: str, value: Any, flow: bool) -> None:
        """A new key goes after its last sibling, in the siblings' indentation and quoting."""
        style = self._sibling_style(mapping)
        if mapping is not None and (flow or mapping.flow_style):
            entries = mapping.value
            text = f"{self._key_text(key, flow=True)}: {self._flow_text(value, style)}"
            if not entries:
                pos = mapping.start_mark.index + 1
                self._splice(pos, pos, text)
                return
            if len(entries) >= 2:
                sep = self._text[self._end(entries[-2][1]) : entries[-1][0].start_mark.index]
            else:
                sep = self._lone_separator(mapping, entries[0][0])
            pos = self._end(entries[-1][1])
            self._splice(pos, pos, sep + text)
            return
        column = mapping.value[0][0].start_mark.column if mapping is not None else 0
        line = (
            " " * column
            + self._key_text(key, flow=False)
            + ":"
            + self._value_text(value, column, False, style)
            + self._newline
        )
        if mapping is None:
            pos = len(self._text)
        else:
            pos = _line_end(self._text, self._end(mapping.value[-1][1]))
        if pos == len(self._text) and self._text and not self._text.endswith("\n"):
            line = self._newline + line.removesuffix(self._newline)
        self._splice(pos, pos, line)

    def _delete_entry(self, keys: list[str]) -> None:
        mapping = self._root
        parent_key: Node | None = None
        for key in keys[:-1]:
            entry = self._entry(mapping, key)
            if entry is None or not isinstance(entry[1], MappingNode):
                raise KeyError(".".join(keys))
            parent_key, mapping = entry[0], entry[1]
        entry = self._entry(mapping, keys[-1])
        if entry is None or mapping is None:
            raise KeyError(".".join(keys))
        key_node, value_node = entry
        if parent_key is not None and not mapping.flow_style and len(mapping.value) == 1:
            # the last key of a nested block: the parent stays, as an empty mapping
            self._splice(self._colon_after(parent_key) + 1, self._end(value_node), " {}")
            return
        if mapping.flow_style:
            index = next(i for i, e in enumerate(mapping.value) if e[0] is key_node)
            entries = mapping.value
            if index > 0:
                start = self._end(entries[index - 1][1])
                self._splice(start, self._end(value_node), "")
            elif len(entries) > 1:
                self._splice(key_node.start_mark.index, entries[1][0].start_mark.index, "")
            else:
                self._splice(key_node.start_mark.index, self._end(value_node), "")
            return
        start = _line_start(self._text, key_node.start_mark.index)
        if self._text[start : key_node.start_mark.index].strip():
            raise ValueError("the key shares its line with other content")
        self._splice(start, _line_end(self._text, self._end(value_node)), "")

    def _sibling_style(self, mapping: MappingNode | None) -> str:
        styles = Counter(
            v.style or sc.PLAIN
            for _, v in (mapping.value if mapping is not None else [])
            if isinstance(v, ScalarNode) and v.tag.endswith(":str")
        )
        return styles.most_common(1)[0][0] if styles else self._string_style

    def _key_text(self, key: str, *, flow: bool) -> str:
        return key if sc.plain_ok(key, flow=flow) else sc.quote_double(key)

    # -- rendering -------------------------------------------------------------------------------

    def _scalar_text(self, value: Any, old: Node, flow: bool, indent: str) -> str:
        old_text = self._text[old.start_mark.index : self._scalar_end(old)]
        style = old.style or sc.PLAIN if isinstance(old, ScalarNode) else self._string_style
        if isinstance(value, str) and style in (sc.LITERAL, sc.FOLDED):
            if not flow and sc.block_ok(value):
                return sc.render_block(value, style, indent, self._newline)
            style = self._string_style if self._string_style not in "|>" else sc.DOUBLE
        if not isinstance(value, str) and old.tag.endswith(":str") and style in ("'", '"'):
            inner = str(_Constructor().construct_object(old))
            if isinstance(value, date) and as_datetime(inner) is not None:
                text = sc.render_date(value, inner, self._default_tz)
                return sc.render_string(text, style)  # a quoted date stays a quoted string
        return self._render_scalar(value, style, flow=flow, old_text=old_text)

    def _render_scalar(
        self, value: Any, style: str, *, flow: bool, old_text: str | None = None
    ) -> str:
        if isinstance(value, str):
            chosen = sc.choose_string_style(value, style, flow=flow, block_allowed=False)
            return sc.render_string(value, chosen)
        if isinstance(value, bool):
            return sc.render_bool(value, old_text)
        if isinstance(value, int | float):
            return sc.render_number(value)
        if isinstance(value, date):
            return sc.render_date(value, old_text, self._default_tz)
        if value is None:
            return old_text if old_text in ("", "~", "null", "Null", "NULL") else "null"
        raise ValueError(f"cannot write a {type(value).__name__} as a YAML scalar")

    def _flow_text(self, value: Any, style: str) -> str:
        if isinstance(value, dict):
            inner = ", ".join(
                f"{self._key_text(k, flow=True)}: {self._flow_text(v, style)}"
                for k, v in value.items()
            )
            return "{" + inner + "}"
        if isinstance(value, list):
            return "[" + ", ".join(self._flow_text(v, style) for v in value) + "]"
        return self._render_scalar(value, style, flow=True)

    def _value_text(self, value: Any, column: int, flow: bool, style: str) -> str:
        """What follows `key:` for a value of a key at `column`, as new text."""
        if flow:
            return " " + self._flow_text(value, style)
        nl = self._newline
        if isinstance(value, dict) and value:
            indent = " " * (column + self._indent_step)
            return "".join(
                nl
                + indent
                + self._key_text(k, flow=False)
                + ":"
                + self._value_text(v, column + self._indent_step, False, style)
                for k, v in value.items()
            )
        block_list = isinstance(value, list) and value and not self._flow_lists
        if block_list and all(not isinstance(v, dict | list) for v in value):
            indent = " " * (column + self._seq_indent)
            return "".join(
                f"{nl}{indent}- {self._render_scalar(v, style, flow=False)}" for v in value
            )
        if isinstance(value, dict | list):
            return " " + self._flow_text(value, style)
        if value is None:
            return ""
        return " " + self._render_scalar(value, style, flow=False)

    # -- text positions --------------------------------------------------------------------------

    def _splice(self, start: int, end: int, text: str) -> None:
        self._text = self._text[:start] + text + self._text[end:]

    def _scalar_end(self, node: Node) -> int:
        """End of a scalar's own text; a block scalar ends at its last non-blank line."""
        if not isinstance(node, ScalarNode) or node.style not in ("|", ">"):
            return int(node.end_mark.index)
        start, end = node.start_mark.index, node.end_mark.index
        header_end = self._text.find("\n", start, end)
        if "+" in self._text[start : header_end if header_end >= 0 else end]:
            return int(end)
        segment = self._text[start:end]
        lines = segment.splitlines(keepends=True)
        while len(lines) > 1 and not lines[-1].strip():
            lines.pop()
        return start + len("".join(lines).rstrip("\r\n"))

    def _end(self, node: Node) -> int:
        """End of a node's text, excluding what follows a block collection."""
        if isinstance(node, ScalarNode):
            return self._scalar_end(node)
        if _is_flow(node) or not node.value:
            return int(node.end_mark.index)
        last = node.value[-1]
        return self._end(last[1] if isinstance(node, MappingNode) else last)

    def _dash(self, item: Node) -> int:
        start = _line_start(self._text, item.start_mark.index)
        dash = self._text.rfind("-", start, item.start_mark.index)
        if dash < 0:
            raise ValueError("list item without a dash on its line")
        return dash

    def _colon_after(self, key_node: Node) -> int:
        colon = self._text.find(":", key_node.end_mark.index)
        if colon < 0:
            raise ValueError("key without a colon")
        return colon

    def _content_indent(self, node: Node, key_node: Node) -> str:
        """Indentation of a block scalar's lines (or the key's plus one step for new ones)."""
        if isinstance(node, ScalarNode) and node.style in ("|", ">"):
            first_line = _line_end(self._text, node.start_mark.index)
            line = self._text[first_line : _line_end(self._text, first_line)]
            if line.strip():
                return line[: len(line) - len(line.lstrip(" "))]
        return " " * (key_node.start_mark.column + self._indent_step)


def _nest(keys: list[str], value: Any) -> Any:
    for key in reversed(keys):
        value = {key: value}
    return value


def _is_flow(node: Node) -> bool:
    return bool(getattr(node, "flow_style", False))


def _scalars(node: SequenceNode, new: list[Any]) -> bool:
    return all(isinstance(i, ScalarNode) for i in node.value) and all(
        not isinstance(v, dict | list) for v in new
    )


def _nearest_style(node: Node) -> str:
    if isinstance(node, ScalarNode) and node.style in ("'", '"'):
        return str(node.style)
    return sc.PLAIN


def _hashable(value: Any) -> Any:
    return (type(value).__name__, repr(value))


def _line_start(text: str, index: int) -> int:
    return text.rfind("\n", 0, index) + 1


def _line_end(text: str, index: int) -> int:
    """Index just past the line end of the line holding `index` (or the end of the text)."""
    end = text.find("\n", index)
    return len(text) if end < 0 else end + 1


def _yaml_message(exc: yaml.MarkedYAMLError) -> str:
    parts = [exc.context or "", exc.problem or ""]
    return " ".join(p for p in parts if p).strip() or "invalid YAML"
