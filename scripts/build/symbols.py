"""One module's top-level statements, read with :mod:`ast`: what each defines, what it uses,
and a digest of its code that no comment, blank line or docstring changes.

A scene's build key (:mod:`scripts.build.dependencies`) follows these from the scene class to
the definitions it uses, so that an edit changes the key of exactly the scenes whose code it
touched. Digests are of ``ast.dump`` without positions, with docstrings removed (a docstring is
never drawn: scene descriptions appear in ``lecture list`` only); every other string literal,
narration included, is part of the code.
"""

from __future__ import annotations

import ast
import hashlib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

#: A name, or a chain of attributes on one (``core.functions.sigmoid``), as a statement reads it.
Chain = tuple[str, ...]


@dataclass(frozen=True)
class ImportBinding:
    """A name bound by an import: ``from <module> import <name>`` (``name`` set) or
    ``import <module>`` / ``import a.b as m`` (``name`` None: the name is the module)."""

    module: str
    name: str | None


@dataclass(frozen=True)
class Statement:
    """One top-level statement: its digest and the name chains it reads."""

    digest: str
    uses: frozenset[Chain]
    #: Imports inside the statement (a function that imports lazily), by the name they bind.
    local_imports: dict[str, ImportBinding] = field(default_factory=dict, compare=False,
                                                    hash=False)


@dataclass
class ModuleSymbols:
    """The top-level statements of one module, by the names they bind."""

    #: Definitions (def, class, assignment to a name) binding each name; a name may be bound
    #: by several statements (``STAGE = ...`` twice), all count.
    definitions: dict[str, list[Statement]] = field(default_factory=dict)
    imports: dict[str, ImportBinding] = field(default_factory=dict)
    star_imports: list[str] = field(default_factory=list)
    #: Statements that do something when the module is imported (a call, an attribute or item
    #: assignment: config, registries), and decorated definitions, which may register
    #: themselves: they count for every scene whose build imports the module.
    effects: list[Statement] = field(default_factory=list)
    #: Names bound by decorated definitions, to resolve whether a decorator is the project's.
    decorated: dict[str, list[Chain]] = field(default_factory=dict)
    #: Every module its import statements may name (those in functions too): what importing
    #: it may run.
    imported_modules: list[str] = field(default_factory=list)


def _digest(node: ast.AST) -> str:
    dump = ast.dump(node, annotate_fields=False, include_attributes=False)
    return hashlib.sha256(dump.encode()).hexdigest()[:32]


def _chain(node: ast.expr) -> Chain | None:
    """``a.b.c`` as ``("a", "b", "c")``; None if the chain does not start at a name."""
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    parts.append(node.id)
    return tuple(reversed(parts))


def _is_docstring(stmt: ast.stmt) -> bool:
    return (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant)
            and isinstance(stmt.value.value, str))


@dataclass
class _Scan:
    """What one pass over a statement finds."""

    chains: set[Chain] = field(default_factory=set)
    imports: list[ast.Import | ast.ImportFrom] = field(default_factory=list)


def _scan(node: ast.AST) -> _Scan:
    """One walk over ``node``: remove the docstrings in it (in place), and collect every name
    the code reads, with the attributes read on it (the longest chains), and its imports.

    Local variables are collected too: a name that the module does not bind is skipped when it
    is resolved, and one that shadows a module-level name only makes the key wider, never
    narrower.
    """
    found = _Scan()
    inner: set[int] = set()
    for sub in ast.walk(node):
        if isinstance(sub, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            if sub.body and _is_docstring(sub.body[0]):
                sub.body = sub.body[1:] or [ast.Pass()]
        elif isinstance(sub, ast.Attribute):
            if id(sub) in inner:
                continue
            chain = _chain(sub)
            if chain is not None:
                found.chains.add(chain)
                value = sub.value
                while isinstance(value, ast.Attribute):
                    inner.add(id(value))
                    value = value.value
                inner.add(id(value))
        elif isinstance(sub, ast.Name):
            if id(sub) not in inner:
                found.chains.add((sub.id,))
        elif isinstance(sub, ast.Import | ast.ImportFrom):
            found.imports.append(sub)
    return found


def _bound_names(target: ast.expr) -> list[str] | None:
    """Names an assignment target binds; None if it assigns into an object (an effect)."""
    if isinstance(target, ast.Name):
        return [target.id]
    if isinstance(target, ast.Tuple | ast.List):
        names: list[str] = []
        for elt in target.elts:
            inner = _bound_names(elt.value if isinstance(elt, ast.Starred) else elt)
            if inner is None:
                return None
            names.extend(inner)
        return names
    return None


def absolute_module(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    """The absolute module an ``ImportFrom`` names, relative levels resolved."""
    if not node.level:
        return node.module or ""
    package = module if is_package else module.rpartition(".")[0]
    parts = package.split(".") if package else []
    keep = max(len(parts) - (node.level - 1), 0)
    base = ".".join(parts[:keep])
    return f"{base}.{node.module}" if node.module and base else (node.module or base)


def _is_main_guard(node: ast.stmt) -> bool:
    """``if __name__ == "__main__":``, which never runs when a scene imports the module."""
    test = node.test if isinstance(node, ast.If) else None
    return (isinstance(test, ast.Compare) and isinstance(test.left, ast.Name)
            and test.left.id == "__name__" and len(test.comparators) == 1
            and isinstance(test.comparators[0], ast.Constant)
            and test.comparators[0].value == "__main__")


def _is_type_checking(node: ast.stmt) -> bool:
    """``if TYPE_CHECKING:`` (its imports never run)."""
    return isinstance(node, ast.If) and _chain(node.test) in (("TYPE_CHECKING",),
                                                              ("typing", "TYPE_CHECKING"))


def _bind_import(node: ast.Import | ast.ImportFrom, module: str, is_package: bool,
                 into: dict[str, ImportBinding], stars: list[str]) -> None:
    """Record the names an import statement binds."""
    if isinstance(node, ast.Import):
        for alias in node.names:
            if alias.asname:
                into[alias.asname] = ImportBinding(alias.name, None)
            else:
                top = alias.name.split(".")[0]
                into[top] = ImportBinding(top, None)
        return
    target = absolute_module(module, is_package, node)
    for alias in node.names:
        if alias.name == "*":
            stars.append(target)
        else:
            into[alias.asname or alias.name] = ImportBinding(target, alias.name)


def _read(symbols: ModuleSymbols, node: ast.stmt, module: str, is_package: bool) -> None:
    """Record one top-level statement."""
    if isinstance(node, ast.Import | ast.ImportFrom):
        _bind_import(node, module, is_package, symbols.imports, symbols.star_imports)
        symbols.imported_modules.extend(_modules_named(node, module, is_package))
        return
    if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
        return  # a docstring or a bare constant
    if _is_main_guard(node) or _is_type_checking(node):
        return
    scan = _scan(node)
    local: dict[str, ImportBinding] = {}
    stars: list[str] = []
    for sub in scan.imports:
        _bind_import(sub, module, is_package, local, stars)
        symbols.imported_modules.extend(_modules_named(sub, module, is_package))
    statement = Statement(_digest(node), frozenset(scan.chains), local)
    symbols.star_imports.extend(stars)
    names: list[str] | None = None
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        names = [node.name]
        chains = [c for d in node.decorator_list for c in _scan(d).chains]
        if chains:
            symbols.decorated[node.name] = chains
    elif isinstance(node, ast.Assign):
        bound = [_bound_names(t) for t in node.targets]
        names = None if any(b is None for b in bound) else [n for b in bound for n in b or []]
    elif isinstance(node, ast.AnnAssign):
        names = _bound_names(node.target)
    elif isinstance(node, ast.AugAssign):
        names = _bound_names(node.target)  # X += ...: part of X's definition
    if names is None:
        # A call, an assignment into an object, a loop or a block: it acts on import. Names
        # it binds (a block's definitions) are defined by it too.
        symbols.effects.append(statement)
        names = [t.id for sub in ast.walk(node) for t in _targets(sub)]
        for name, binding in local.items():  # imports in a top-level block bind module names
            symbols.imports.setdefault(name, binding)
    for name in names:
        symbols.definitions.setdefault(name, []).append(statement)


def _targets(node: ast.AST) -> list[ast.Name]:
    """Names a statement inside a top-level block binds at module level."""
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        return [ast.Name(node.name)]
    if isinstance(node, ast.Assign | ast.AnnAssign | ast.AugAssign | ast.For):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        return [n for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)]
    return []


def read_symbols(path: Path, module: str) -> ModuleSymbols:
    """The module's symbols, read once per version of the file (its stat is the key), from
    the disk cache when one is in use (:mod:`scripts.build.symbol_cache`) and holds them."""
    stat = path.stat()
    return _read_cached(path, module, stat.st_mtime_ns, stat.st_size)


@cache
def _read_cached(path: Path, module: str, mtime_ns: int, size: int) -> ModuleSymbols:
    from scripts.build.symbol_cache import active

    data = path.read_bytes()
    digest = hashlib.sha256(module.encode() + b"\0" + data).hexdigest()
    disk = active()
    found = disk.get(path, digest) if disk is not None else None
    if found is not None:
        return found
    symbols = parse_symbols(data.decode("utf-8"), path, module)
    if disk is not None:
        disk.put(path, digest, symbols)
    return symbols


def parse_symbols(text: str, path: Path, module: str) -> ModuleSymbols:
    """Parse the module's text and record its top-level statements."""
    tree = ast.parse(text, filename=str(path))
    symbols = ModuleSymbols()
    is_package = path.name == "__init__.py"
    for node in tree.body:
        _read(symbols, node, module, is_package)
    return symbols


def _modules_named(node: ast.Import | ast.ImportFrom, module: str, is_package: bool) -> list[str]:
    """Absolute dotted names that an import statement may import."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    target = absolute_module(module, is_package, node)
    if not target:
        return []
    # `from pkg import sub` may import the submodule pkg.sub.
    return [target] + [f"{target}.{alias.name}" for alias in node.names if alias.name != "*"]
