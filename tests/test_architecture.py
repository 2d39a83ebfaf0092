"""The walls between the wings (docs/architecture.md), checked on the source itself."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

from assistant.models import Delivery, Means, MessageChannel, MessageState
from assistant.models.contact import CALL_OUTCOMES, TEXT_OUTCOMES

PACKAGE = Path(__file__).resolve().parent.parent / "assistant"
PURE = ["assistant.attempts.rules", "assistant.scripts.dialogue", "assistant.scripts.labels"]

# What each wing must never import (anywhere in its modules, even inside a function).
FORBIDDEN = {
    "models": ("attempts", "booking", "channels", "console", "conversation", "records", "web"),
    "scripts": ("attempts", "booking", "channels", "cli", "console", "conversation", "db", "web"),
    "records": ("attempts", "booking", "channels", "cli", "console", "conversation", "web"),
    "attempts": ("cli", "console", "conversation", "web"),
    "conversation": ("cli", "console", "web"),
    "booking": ("cli", "console", "web"),
    "channels": ("cli", "console", "web"),
    "imports": ("attempts", "channels", "cli", "console", "conversation", "web"),
}


def modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def imported(path: Path, *, top_level_only: bool) -> set[str]:
    """Dotted names a module imports (``from a import b`` gives ``a`` and ``a.b``)."""
    tree = ast.parse(path.read_text())
    nodes = []
    for node in tree.body:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            continue  # for type checkers only: never runs
        if top_level_only and isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef
                                         | ast.ClassDef):
            continue
        nodes.extend(ast.walk(node))
    names: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names |= {node.module} | {f"{node.module}.{alias.name}" for alias in node.names}
    return names


def test_the_rules_and_scripts_load_no_flask_no_channel_and_no_database():
    code = (f"import sys; import {', '.join(PURE)}; "
            "print(' '.join(m for m in sys.modules if m.split('.')[0] in ('flask', 'flask_login',"
            " 'jinja2') or m.startswith(('assistant.channels', 'assistant.db', "
            "'assistant.conversation'))))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True).stdout.split()
    assert loaded == []


def test_the_pure_modules_take_no_database_session():
    pure = [p for name, p in modules().items()
            if name == "assistant.attempts.rules" or name.startswith("assistant.scripts")]
    for path in pure:
        names = imported(path, top_level_only=False)
        assert not any(n.startswith(("sqlalchemy.orm.Session", "sqlalchemy.orm.session"))
                       or n == "sqlalchemy.orm.Session" or n.startswith("assistant.db")
                       for n in names), path


def test_each_wing_imports_only_what_it_may():
    broken = []
    for name, path in modules().items():
        wing = name.split(".")[1] if "." in name else None
        for other in imported(path, top_level_only=False):
            parts = other.split(".")
            if parts[0] == "assistant" and len(parts) > 1 and parts[1] in FORBIDDEN.get(wing, ()):
                broken.append(f"{name} imports {other}")
    assert broken == []


def test_no_import_circles_between_modules():
    found = modules()
    graph = {name: {n for n in imported(path, top_level_only=True) if n in found and n != name}
             for name, path in found.items()}
    circles = []
    for start in graph:  # a depth-first walk from each module back to itself
        stack, seen = [(start, [start])], set()
        while stack:
            node, trail = stack.pop()
            for nxt in graph[node]:
                if nxt == start:
                    circles.append(" -> ".join([*trail, start]))
                elif nxt not in seen:
                    seen.add(nxt)
                    stack.append((nxt, [*trail, nxt]))
    assert circles == []


def test_hooks_hold_no_rule_and_rules_know_no_provider():
    rules = (PACKAGE / "attempts" / "rules.py").read_text()
    for provider_word in ("twilio", "Twilio", "MessageStatus", "AnsweredBy", "30006", "21610"):
        assert provider_word not in rules


def test_settings_are_read_from_the_environment_only_in_config():
    readers = [name for name, path in modules().items()
               if name != "assistant.config" and name != "assistant"
               and ("os.environ" in path.read_text() or "getenv" in path.read_text())]
    assert readers == []
    frame = (PACKAGE / "__init__.py").read_text()
    assert "os.environ" not in frame.replace("load_settings(os.environ", "").replace(
        "instance_folder(os.environ", "")


def _literal_strings(node: ast.AST) -> list[str]:
    """The string constants ``node`` is, or holds (a tuple or list of them)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        return [s for e in node.elts for s in _literal_strings(e)]
    return []


def _bare_words(attr: str, words: set[str]) -> list[str]:
    """Where a module compares ``<x>.<attr>`` with, sets it to or passes ``<attr>=`` one
    of ``words`` spelt as a bare string instead of its enum member."""
    found = []
    for name, path in modules().items():
        if name == "assistant.models.contact":
            continue  # where the words are defined
        for node in ast.walk(ast.parse(path.read_text())):
            spots: list[ast.AST] = []
            if isinstance(node, ast.Compare):
                sides = [node.left, *node.comparators]
                if any(isinstance(s, ast.Attribute) and s.attr == attr for s in sides):
                    spots = sides
            elif isinstance(node, ast.Call):
                func = node.func
                if (isinstance(func, ast.Attribute) and func.attr in ("in_", "not_in")
                        and isinstance(func.value, ast.Attribute) and func.value.attr == attr):
                    spots = list(node.args)
                spots += [k.value for k in node.keywords if k.arg == attr]
            elif isinstance(node, ast.Assign):
                for target in node.targets:  # ``m.status = …`` and ``m.status, m.x = …, …``
                    pairs = ([(target, node.value)] if not isinstance(target, ast.Tuple) else
                             zip(target.elts, getattr(node.value, "elts", []), strict=False))
                    spots += [v for t, v in pairs
                              if isinstance(t, ast.Attribute) and t.attr == attr]
            for spot in spots:
                found += [f"{name}:{node.lineno} {word!r}"
                          for word in _literal_strings(spot) if word in words]
    return found


def test_message_channels_are_named_never_spelt():
    """By what means a message went is ``MessageChannel`` (a call's is "voice"), never a
    bare string (docs/architecture.md, "One idea, one word")."""
    assert _bare_words("channel", {c.value for c in MessageChannel}) == []


def test_a_message_channel_maps_onto_means():
    assert {c: c.means for c in MessageChannel} == {
        MessageChannel.SMS: Means.SMS, MessageChannel.VOICE: Means.CALL,
        MessageChannel.SPEECH: Means.CALL, MessageChannel.WEB: Means.WEB,
        MessageChannel.LETTER: Means.LETTER}
    assert MessageChannel.of(Means.CALL) == "voice" and MessageChannel.of(Means.SMS) == "sms"


def test_message_states_are_named_never_spelt():
    """``Message.status`` holds our own handling states (``MessageState``) beside the
    provider's delivery outcomes; code names a state by its member, so a typo fails at
    import and a search finds every use."""
    assert _bare_words("status", {s.value for s in MessageState}) == []



def test_our_states_and_the_providers_outcomes_never_share_a_word():
    """One column, two name-spaces: none of our states can be read as a delivery outcome."""
    provider = set(TEXT_OUTCOMES) | set(CALL_OUTCOMES)
    assert {s.value for s in MessageState} & provider == set()
    assert {d.value for d in Delivery} == provider


def _layout_sections() -> dict[str, str]:
    """README's layout block, cut into the frame (key "") and one text per wing folder."""
    readme = (PACKAGE.parent / "README.md").read_text()
    block = readme.split("## Layout", 1)[1].split("```", 2)[1]
    sections: dict[str, list[str]] = {"": []}
    wing = ""
    for line in block.splitlines():
        if line.startswith("  ") and not line.startswith("   "):  # a top-level entry
            name = line.split()[0]
            wing = name.rstrip("/") if name.endswith("/") else ""
        sections.setdefault(wing, []).append(line)
    return {wing: "\n".join(lines) for wing, lines in sections.items()}


def test_the_readme_layout_names_every_module():
    """Each module is named in README's layout, under its wing: a newcomer finds it there."""
    sections = _layout_sections()
    missing = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).parts
        if parts[0] == "migrations" or (len(parts) > 1 and path.name == "__init__.py"):
            continue  # Alembic's own; a wing's __init__ is its folder's line
        wing = parts[0] if len(parts) > 1 else ""
        if not re.search(rf"(?<![\w.]){re.escape(path.name)}\b", sections.get(wing, "")):
            missing.append("/".join(parts))
    assert missing == []
