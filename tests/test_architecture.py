"""The shape of the code: no import cycles (lazy imports inside functions included)."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "claimcheck"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports() -> dict:
    """module -> the claimcheck modules it imports anywhere in its body."""
    graph = {}
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
        found = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")
                    anchor = anchor[: len(anchor) - node.level + 1]
                    base = ".".join(anchor + ([base] if base else []))
                for alias in node.names:
                    candidate = f"{base}.{alias.name}"
                    found.add(candidate if candidate in modules else base)
            elif isinstance(node, ast.Import):
                found.update(a.name for a in node.names)
        graph[name] = {m for m in found if m in modules and m != name and m != "claimcheck"}
    return graph


def test_no_import_cycles():
    graph = imports()
    assert "claimcheck.yamlsafe" in graph and graph["claimcheck.model"] is not None
    cycles = []
    state = {}

    def visit(node, path):
        state[node] = "open"
        for nxt in sorted(graph[node]):
            if state.get(nxt) == "open":
                cycles.append(path[path.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt, path + [nxt])
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    assert cycles == []


def test_no_module_defines_a_name_twice():
    """A second top-level ``def`` of a name silently replaces the first for every caller, the first's
    included (the linter flags only a name never used in between)."""
    twice = {}
    for path in PACKAGE.rglob("*.py"):
        names = [n.name for n in ast.parse(path.read_text(encoding="utf-8")).body
                 if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))]
        repeated = sorted({n for n in names if names.count(n) > 1})
        if repeated:
            twice[module_name(path)] = repeated
    assert twice == {}


def test_no_module_binds_a_top_level_name_twice():
    """A second top-level constant or function of the same name silently replaces the first for every
    use in the module, those above it included (a constant of verbs added far below one of the same
    name changed what the first one's users read): each name is bound once."""
    twice = []
    for path in sorted(PACKAGE.rglob("*.py")):
        seen = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names = [node.name]
            elif isinstance(node, ast.Assign):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names = [node.target.id]
            else:
                continue
            for name in names:
                if name in seen:
                    twice.append(f"{module_name(path)}.{name}")
                seen.add(name)
    assert not twice, twice
