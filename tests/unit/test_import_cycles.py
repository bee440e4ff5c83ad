"""No import cycle among the add-on's modules.

The modules are read with ``ast`` (nothing is imported). An edge runs from a module to every
``plone_scrqm`` module it imports at module level (imports inside functions and under
``if TYPE_CHECKING:`` do not count); ``from package import name`` counts as importing
``package.name`` when that is a module, and importing ``a.b.c`` runs the packages ``a`` and
``a.b`` first. A cycle is reported with the modules on it. A second test counts the imports
inside functions too, so a cycle cannot hide in a deferred import.
"""

import ast
import importlib.util
import pathlib

PACKAGE = "plone_scrqm"


def module_files():
    """The package's modules, as {dotted name: path}."""
    root = pathlib.Path(importlib.util.find_spec(PACKAGE).origin).parent
    modules = {}
    for path in sorted(root.rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules[".".join([PACKAGE, *parts])] = path
    return modules


def _is_type_checking(node):
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def top_level_imports(tree):
    """Import statements run when the module is imported (not those in functions/classes)."""
    pending = list(tree.body)
    while pending:
        node = pending.pop(0)
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        elif isinstance(node, ast.If):
            if not _is_type_checking(node):
                pending.extend(node.body + node.orelse)
        elif isinstance(node, ast.Try):
            pending.extend(node.body + node.orelse + node.finalbody)
            for handler in node.handlers:
                pending.extend(handler.body)
        elif isinstance(node, ast.With):
            pending.extend(node.body)


def _resolve(module, is_package, node):
    if node.level == 0:
        return node.module or ""
    base = module.split(".")
    if not is_package:
        base = base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def all_imports(tree):
    """Every import statement, wherever it is."""
    return [node for node in ast.walk(tree) if isinstance(node, (ast.Import, ast.ImportFrom))]


def _packages_run(module, name):
    """The packages Python runs to import ``name`` from ``module`` (not its own ancestors,
    which are already being imported)."""
    parts = name.split(".")
    own = module.split(".")
    for end in range(1, len(parts)):
        if parts[:end] != own[:end]:
            yield ".".join(parts[:end])


def import_graph(imports=top_level_imports):
    modules = module_files()
    graph = {}
    for module, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        is_package = path.name == "__init__.py"
        targets = set()
        for node in imports(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                source = _resolve(module, is_package, node)
                names = [source]
                names += [f"{source}.{alias.name}" for alias in node.names]
            for name in names:
                for candidate in (name, *_packages_run(module, name)):
                    if candidate in modules and candidate != module:
                        targets.add(candidate)
        graph[module] = targets
    return graph


def find_cycles(graph):
    """Strongly connected components with more than one module (Tarjan)."""
    index = {}
    low = {}
    stack = []
    on_stack = set()
    components = []
    counter = [0]

    def visit(node):
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                components.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return components


def test_graph_sees_the_package():
    graph = import_graph()
    assert "plone_scrqm.publication.checks" in graph
    assert "plone_scrqm.interfaces" in graph["plone_scrqm.publication.checks"]


def test_cycle_finder_finds_a_cycle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert find_cycles(graph) == [["a", "b", "c"]]


def test_relative_and_package_imports_resolve():
    tree = ast.parse("from . import rules\nfrom ..interfaces import IThing\n")
    nodes = list(top_level_imports(tree))
    assert _resolve("plone_scrqm.review.plan", False, nodes[0]) == "plone_scrqm.review"
    assert _resolve("plone_scrqm.review.plan", False, nodes[1]) == "plone_scrqm.interfaces"
    assert _resolve("plone_scrqm.review", True, nodes[0]) == "plone_scrqm.review"


def test_packages_on_the_way_count():
    assert list(_packages_run("plone_scrqm.review.rules", "plone_scrqm.clocks.facts")) == [
        "plone_scrqm.clocks"
    ]
    assert list(_packages_run("plone_scrqm.review.rules", "plone_scrqm.review.plan")) == []


def test_imports_in_functions_do_not_count():
    tree = ast.parse("import os\ndef f():\n    import sys\nif TYPE_CHECKING:\n    import re\n")
    assert [n.names[0].name for n in top_level_imports(tree)] == ["os"]


def test_no_import_cycle():
    cycles = find_cycles(import_graph())
    assert cycles == [], "import cycles among modules: " + "; ".join(
        " <-> ".join(cycle) for cycle in cycles
    )


def test_no_import_cycle_hidden_in_a_function():
    cycles = find_cycles(import_graph(all_imports))
    assert cycles == [], "import cycles through imports inside functions: " + "; ".join(
        " <-> ".join(cycle) for cycle in cycles
    )


def _kind(module):
    """``"services"`` for a REST service module, ``"views"`` for a browser view module (a
    module or package named ``services``/``views``, or anything under ``browser``), else
    ``None``."""
    parts = module.split(".")[1:]
    if "services" in parts:
        return "services"
    if "views" in parts or "browser" in parts:
        return "views"
    return None


def test_kind_of_module():
    assert _kind("plone_scrqm.review.services.next_steps") == "services"
    assert _kind("plone_scrqm.review.services") == "services"
    assert _kind("plone_scrqm.review.views.phase") == "views"
    assert _kind("plone_scrqm.review.views.phase") == "views"
    assert _kind("plone_scrqm.review.steps") is None


def crossings(graph):
    """Edges from a service module to a view module and from a view module to a service."""
    return sorted(
        (module, target)
        for module, targets in graph.items()
        for target in targets
        if {_kind(module), _kind(target)} == {"services", "views"}
    )


def test_crossing_finder_finds_a_service_importing_a_view():
    graph = {
        "plone_scrqm.a.services": {"plone_scrqm.a.views", "plone_scrqm.a.rules"},
        "plone_scrqm.a.views": {"plone_scrqm.a.rules"},
    }
    assert crossings(graph) == [("plone_scrqm.a.services", "plone_scrqm.a.views")]


def test_services_and_views_never_import_each_other():
    found = crossings(import_graph(all_imports))
    assert found == [], "services and views call the capability's rules and adapters, " + (
        "not each other: " + "; ".join(f"{a} -> {b}" for a, b in found)
    )
