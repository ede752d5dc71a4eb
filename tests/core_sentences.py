"""The sentences ``liaison`` can show a user, found in its source: the templates of ui.core_catalog.

Read with :mod:`ast`, never run: the message of every exception of the
LiaisonError family (and ValueProblem) raised, of every import ``Problem``,
every ``….rejected = "reason"`` and what ``*_message`` helpers return. An
f-string's inserted parts become ``{}``; a conditional gives each branch.

    uv run python tests/core_sentences.py   # rewrites ui/core_catalog_*.py

then ``pyside6-lupdate`` the changed catalog into its .ts and translate (README).
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORE = ROOT / "liaison"
#: Which catalog (ui/core_catalog_<area>.py) holds the sentences of which package.
AREAS = {
    "exchange": ("exchange",),
    "trust": ("trust",),
    "records": ("services", "storage", "cli", ""),
}
EXTRA_CLASSES = {"ValueProblem", "PartlyRead"}  # ValueErrors: one sentence about one cell


def user_facing_exceptions() -> set[str]:
    """Names of LiaisonError and all its subclasses, every module of liaison imported."""
    import liaison
    from liaison.errors import LiaisonError

    for info in pkgutil.walk_packages(liaison.__path__, "liaison."):
        if "migrations" not in info.name and not info.name.endswith("__main__"):
            importlib.import_module(info.name)

    def subclasses(cls: type) -> Iterator[type]:
        for sub in cls.__subclasses__():
            yield sub
            yield from subclasses(sub)

    return {"LiaisonError", *(c.__name__ for c in subclasses(LiaisonError)), *EXTRA_CLASSES}


def _literal(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")


def templates_of(node: ast.AST) -> list[str] | None:
    """Every template the expression can give, or None when it is not built from literals."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [_literal(node.value)]
    if isinstance(node, ast.JoinedStr):
        out = [""]
        for value in node.values:
            piece = _literal(value.value) if isinstance(value, ast.Constant) else "{}"
            out = [o + piece for o in out]
        return out
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = templates_of(node.left), templates_of(node.right)
        return None if left is None or right is None else [a + b for a in left for b in right]
    if isinstance(node, ast.IfExp):
        body, orelse = templates_of(node.body), templates_of(node.orelse)
        return None if body is None or orelse is None else body + orelse
    if isinstance(node, ast.BoolOp) and isinstance(node.op, ast.Or):
        out: list[str] = []
        for value in node.values:
            found = templates_of(value)
            if found is None:
                return None
            out += found
        return out
    return None


def _message_node(node: ast.AST, exceptions: set[str]) -> ast.AST | None:
    if isinstance(node, ast.Call):
        func = node.func
        name = getattr(func, "id", None) or getattr(func, "attr", "")
        if name == "Problem" and len(node.args) >= 4:
            return node.args[3]
        if name in exceptions and node.args:
            return node.args[0]
    if isinstance(node, ast.Assign) and any(
        isinstance(t, ast.Attribute) and t.attr == "rejected" for t in node.targets
    ):
        return node.value
    return None


def sentences(exceptions: set[str] | None = None) -> dict[str, dict[str, str]]:
    """{area: {template: "file:line" of its first use}} for all of liaison."""
    exceptions = exceptions if exceptions is not None else user_facing_exceptions()
    found: dict[str, dict[str, str]] = {area: {} for area in AREAS}
    for path in sorted(CORE.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        package = path.relative_to(CORE).parts[0] if len(path.relative_to(CORE).parts) > 1 else ""
        area = next(a for a, packages in AREAS.items() if package in packages)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            nodes: list[ast.AST] = []
            if isinstance(node, ast.FunctionDef) and node.name.endswith("_message"):
                nodes = [r.value for r in ast.walk(node) if isinstance(r, ast.Return) and r.value]
            elif (message := _message_node(node, exceptions)) is not None:
                nodes = [message]
            for message in nodes:
                for template in templates_of(message) or []:
                    where = f"{path.relative_to(ROOT)}:{getattr(message, 'lineno', 0)}"
                    found[area].setdefault(template, where)
    return found


def write_catalogs() -> list[Path]:
    written = []
    for area, found in sentences().items():
        path = ROOT / "ui" / f"core_catalog_{area}.py"
        lines = [
            f'"""Sentences of liaison ({", ".join(p or "top level" for p in AREAS[area])}) '
            "that a user can meet, for translation.",
            "",
            "Generated by tests/core_sentences.py from the core's source; do not edit by hand.",
            '"""',
            "",
            "from ui.i18n import QT_TR_NOOP",
            "",
            "TEMPLATES = (",
        ]
        for template, where in sorted(found.items(), key=lambda item: item[1]):
            lines.append(f"    QT_TR_NOOP({template!r}),  # {where.rsplit(':', 1)[0]}")
        lines.append(")")
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    for written_path in write_catalogs():
        print(written_path)
