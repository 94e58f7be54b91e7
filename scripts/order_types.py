#!/usr/bin/env python
# Puts the response models under src/openai/types/ in the official package's order: the field
# declarations of every model class (field order shows in repr(), str(), model_dump() keys and
# model_fields), and the members of every Union[...] and the values of every Literal[...] in
# field annotations and module-level type aliases (tolerant construction falls back to the first
# union member; generic names such as SyncCursorPage[Union[...]] show the order).
#
#   python scripts/order_types.py [--python PATH] [--check] [-v] [FILE_OR_DIR ...]
#
# The order is observed, not copied: the official package's python (default
# .compat/official/bin/python) imports every module under openai.types in a subprocess and prints,
# as JSON, each model's model_fields order and the runtime shape of each field annotation and
# module-level alias. Our files are then rewritten by source segments found with `ast`: a field
# moves as a block of whole lines (its leading comments, the statement, its docstring); union
# members and literal values swap places between the commas; every other byte stays as it is.
# Fields, members and values the official package does not have keep their relative place after
# the known ones, so the tool is idempotent; --check exits 1 if a file would change.
#
# Request TypedDicts are left alone: files named *_params.py / *_param.py, anything under a
# *_params/ directory, and any module that defines a TypedDict class.
from __future__ import annotations

import argparse
import ast
import json
import os
import subprocess
import sys
from typing import Any, Dict, List, Optional, Tuple

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SRC = os.path.join(ROOT, "src")
TYPES = os.path.join(SRC, "openai", "types")
DEFAULT_PYTHON = os.path.join(ROOT, ".compat", "official", "bin", "python")

# ----------------------------------------------------------------------------- observation
# Runs under the official package's interpreter. A type annotation becomes a small JSON tree:
#   {"k": "n", "name": ...}                 a class, builtin, None or TypeVar (by name)
#   {"k": "g", "form": ..., "args": [...]}  List[...], Dict[...], ... (form: lower-case origin)
#   {"k": "u", "members": [...]}            Union[...] / Optional[...] (as typing flattened it)
#   {"k": "l", "values": [...]}             Literal[...]
#   {"k": "a", "inner": ...}                Annotated[...] (metadata dropped)
OBSERVER = r"""
import importlib, json, pkgutil, sys, types, typing
import typing_extensions
import pydantic

ANNOTATED = {typing.Annotated, typing_extensions.Annotated}
LITERAL = {typing.Literal, typing_extensions.Literal}
UNION = {typing.Union, getattr(types, "UnionType", typing.Union)}


def tree(tp, depth=0):
    if depth > 40:
        return {"k": "n", "name": repr(tp)}
    if tp is None or tp is type(None):
        return {"k": "n", "name": "None"}
    if isinstance(tp, typing.TypeVar):
        return {"k": "n", "name": tp.__name__}
    if isinstance(tp, typing.ForwardRef):
        return {"k": "n", "name": tp.__forward_arg__}
    if isinstance(tp, str):
        return {"k": "n", "name": tp}
    origin = typing_extensions.get_origin(tp)
    args = typing_extensions.get_args(tp)
    if origin in ANNOTATED:
        return {"k": "a", "inner": tree(args[0], depth + 1)}
    if origin in UNION:
        return {"k": "u", "members": [tree(a, depth + 1) for a in args]}
    if origin in LITERAL:
        return {"k": "l", "values": [v if isinstance(v, (str, int, float, bool)) or v is None else repr(v) for v in args]}
    if origin is not None:
        form = getattr(origin, "__name__", None) or getattr(tp, "_name", None) or repr(origin)
        return {"k": "g", "form": str(form).lower(), "args": [tree(a, depth + 1) for a in args if not isinstance(a, list)]}
    if isinstance(tp, type):
        meta = getattr(tp, "__pydantic_generic_metadata__", None) or {}
        base = meta.get("origin") or tp
        return {"k": "n", "name": base.__name__}
    return {"k": "n", "name": repr(tp)}


def is_alias(obj):
    if isinstance(obj, (type, typing.TypeVar)):
        return False
    return type(obj).__module__ in ("typing", "typing_extensions") and typing_extensions.get_origin(obj) is not None


root = importlib.import_module("openai.types")
names = ["openai.types"] + sorted(i.name for i in pkgutil.walk_packages(root.__path__, "openai.types."))
out = {"modules": {}, "classes": {}, "errors": []}
for name in names:
    try:
        mod = importlib.import_module(name)
    except Exception as e:  # an optional dependency missing: report it, go on
        out["errors"].append(f"{name}: {type(e).__name__}: {e}")
        continue
    classes, aliases = {}, {}
    for attr, obj in vars(mod).items():
        if attr.startswith("__"):
            continue
        if isinstance(obj, type) and issubclass(obj, pydantic.BaseModel) and obj.__module__.startswith("openai."):
            key = f"{obj.__module__}:{obj.__qualname__}"
            classes[attr] = key
            if key not in out["classes"]:
                fields = obj.model_fields
                out["classes"][key] = {
                    "fields": list(fields),
                    "ann": {f: tree(fi.annotation) for f, fi in fields.items()},
                }
        elif is_alias(obj):
            aliases[attr] = tree(obj)
    out["modules"][name] = {"classes": classes, "aliases": aliases}
json.dump(out, sys.stdout)
"""


def observe(python: str) -> dict:
    proc = subprocess.run(
        [python, "-c", OBSERVER],
        capture_output=True,
        text=True,
        cwd="/",
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )
    if proc.returncode != 0:
        sys.exit(f"order_types: observing the official package with {python} failed:\n{proc.stderr}")
    return json.loads(proc.stdout)


# ----------------------------------------------------------------------------- shapes
# Both sides are compared through "leaves": a union is flattened (aliases expanded, Annotated
# dropped) into the classes / builtins / generic forms it admits, one leaf per literal value.


def leaves(t: dict) -> List[str]:
    k = t["k"]
    if k == "a":
        return leaves(t["inner"])
    if k == "u":
        return [x for m in t["members"] for x in leaves(m)]
    if k == "l":
        return ["L:" + json.dumps(v) for v in t["values"]]
    return [sig(t)]


def sig(t: dict) -> str:
    k = t["k"]
    if k == "n":
        return t["name"]
    if k == "a":
        return sig(t["inner"])
    if k == "g":
        return t["form"] + "[" + ",".join(sig(a) for a in t["args"]) + "]"
    ls = sorted(set(leaves(t)))
    return ls[0] if len(ls) == 1 else "U[" + ",".join(ls) + "]"


def collect(t: dict, kind: str, out: list) -> list:
    """Every node of `kind` ("u" or "l") in the tree, outermost first."""
    if t["k"] == kind:
        out.append(t)
    for child in t.get("members", []) + t.get("args", []) + ([t["inner"]] if "inner" in t else []):
        collect(child, kind, out)
    return out


# ----------------------------------------------------------------------------- our modules

TYPING_FORMS = {"List", "Dict", "Iterable", "Tuple", "Mapping", "Sequence", "Type", "Set", "Iterator", "Callable"}
BUILTINS = {"str", "int", "float", "bool", "bytes", "object", "list", "dict", "tuple", "type", "set"}


def module_name(path: str) -> str:
    rel = os.path.relpath(os.path.abspath(path), SRC)[: -len(".py")].split(os.sep)
    if rel[-1] == "__init__":
        rel = rel[:-1]
    return ".".join(rel)


def module_path(name: str) -> Optional[str]:
    base = os.path.join(SRC, *name.split("."))
    for p in (base + ".py", os.path.join(base, "__init__.py")):
        if os.path.isfile(p):
            return p
    return None


class Ours:
    """Our modules, parsed on demand, to expand the alias names used in annotations."""

    def __init__(self) -> None:
        self.cache: Dict[str, Optional[dict]] = {}

    def module(self, name: str) -> Optional[dict]:
        if name not in self.cache:
            path = module_path(name)
            info = None
            if path is not None:
                with open(path, "rb") as f:
                    tree = ast.parse(f.read())
                info = {"classes": set(), "aliases": {}, "imports": {}, "package": path.endswith("__init__.py")}
                for node in tree.body:
                    if isinstance(node, ast.ClassDef):
                        info["classes"].add(node.name)
                    elif alias_value(node) is not None:
                        info["aliases"][alias_target(node)] = alias_value(node)
                    elif isinstance(node, ast.ImportFrom):
                        for a in node.names:
                            info["imports"][a.asname or a.name] = (node.level, node.module, a.name)
            self.cache[name] = info
        return self.cache[name]

    def resolve(self, module: str, name: str, depth: int = 0) -> Tuple[str, Any]:
        """("class", name) | ("alias", (module, value node)) | ("name", name)."""
        info = self.module(module)
        if info is None or depth > 20:
            return ("name", name)
        if name in info["classes"]:
            return ("class", name)
        if name in info["aliases"]:
            return ("alias", (module, info["aliases"][name]))
        if name in info["imports"]:
            level, src, orig = info["imports"][name]
            if level:
                parts = module.split(".")
                base = parts if info["package"] else parts[:-1]
                base = base[: len(base) - (level - 1)]
                target = ".".join(base + ([src] if src else []))
            else:
                target = src or ""
            if target.startswith("openai."):
                if src is None or self.module(target) is None:  # `from . import x`: a module
                    return ("name", orig)
                return self.resolve(target, orig, depth + 1)
        return ("name", name)

    def tree(self, node: ast.AST, module: str, seen: frozenset = frozenset()) -> dict:
        if isinstance(node, ast.Constant):
            if node.value is None:
                return {"k": "n", "name": "None"}
            if isinstance(node.value, str):
                try:
                    return self.tree(ast.parse(node.value, mode="eval").body, module, seen)
                except SyntaxError:
                    return {"k": "n", "name": node.value}
            return {"k": "n", "name": repr(node.value)}
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            return {"k": "u", "members": [self.tree(node.left, module, seen), self.tree(node.right, module, seen)]}
        if isinstance(node, (ast.Name, ast.Attribute)):
            name = node.id if isinstance(node, ast.Name) else node.attr
            if name in BUILTINS or name in TYPING_FORMS or name == "None":
                return {"k": "n", "name": name}
            kind, what = self.resolve(module, name)
            if kind == "alias" and (what[0], name) not in seen:
                return self.tree(what[1], what[0], seen | {(what[0], name)})
            return {"k": "n", "name": name if kind != "class" else what}
        if isinstance(node, ast.Subscript):
            base = node.value.id if isinstance(node.value, ast.Name) else getattr(node.value, "attr", "")
            elts = list(node.slice.elts) if isinstance(node.slice, ast.Tuple) else [node.slice]
            if base == "Literal":
                return {"k": "l", "values": [literal(e) for e in elts]}
            if base == "Optional":
                return {"k": "u", "members": [self.tree(elts[0], module, seen), {"k": "n", "name": "None"}]}
            if base == "Union":
                return {"k": "u", "members": [self.tree(e, module, seen) for e in elts]}
            if base == "Annotated":
                return {"k": "a", "inner": self.tree(elts[0], module, seen)}
            if base in TYPING_FORMS or base in BUILTINS:
                return {"k": "g", "form": base.lower(), "args": [self.tree(e, module, seen) for e in elts]}
            return self.tree(node.value, module, seen)  # a parametrized generic model: its class
        return {"k": "n", "name": ast.unparse(node)}


def literal(node: ast.AST) -> Any:
    try:
        return ast.literal_eval(node)
    except ValueError:
        return ast.unparse(node)


def alias_target(node: ast.stmt) -> str:
    if isinstance(node, ast.AnnAssign):
        return node.target.id  # type: ignore[attr-defined]
    return node.targets[0].id  # type: ignore[attr-defined]


def alias_value(node: ast.stmt) -> Optional[ast.expr]:
    """The value of a module-level type alias (`X: TypeAlias = ...` or `X = Union[...]`)."""
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
        if ast.unparse(node.annotation).endswith("TypeAlias"):
            return node.value
        return None
    if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
        v = node.value
        if isinstance(v, ast.Subscript) and isinstance(v.value, ast.Name):
            if v.value.id in ("Union", "Optional", "Literal", "Annotated") or v.value.id in TYPING_FORMS:
                return v
    return None


# ----------------------------------------------------------------------------- rewriting


class Source:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.lines = data.splitlines(keepends=True)
        self.offsets = [0]
        for line in self.lines:
            self.offsets.append(self.offsets[-1] + len(line))

    def span(self, node: ast.AST) -> Tuple[int, int]:
        return (
            self.offsets[node.lineno - 1] + node.col_offset,  # type: ignore[attr-defined]
            self.offsets[node.end_lineno - 1] + node.end_col_offset,  # type: ignore[attr-defined]
        )


def order_key(found: Optional[int], index: int) -> Tuple[int, int, int]:
    return (0, found, index) if found is not None else (1, 0, index)


class Rewriter:
    def __init__(self, observed: dict, ours: Ours, verbose: bool = False) -> None:
        self.obs = observed
        self.ours = ours
        self.verbose = verbose
        self.stats = {"classes": 0, "aliases": 0, "unions": 0, "literals": 0}
        self.unmatched: List[str] = []
        self.by_class_name: Dict[str, List[str]] = {}
        for key in observed["classes"]:
            self.by_class_name.setdefault(key.rsplit(":", 1)[1].rsplit(".", 1)[-1], []).append(key)
        self.by_alias_name: Dict[str, List[dict]] = {}
        for m in observed["modules"].values():
            for n, t in m["aliases"].items():
                self.by_alias_name.setdefault(n, []).append(t)

    # -- finding the official counterpart
    def official_class(self, module: str, name: str, fields: List[str]) -> Optional[dict]:
        key = self.obs["modules"].get(module, {}).get("classes", {}).get(name)
        if key is None:
            cands = self.by_class_name.get(name, [])
            best = max(cands, key=lambda k: len(set(self.obs["classes"][k]["fields"]) & set(fields)), default=None)
            if best is None or not set(self.obs["classes"][best]["fields"]) & set(fields):
                return None
            key = best
        return self.obs["classes"][key]

    def official_alias(self, module: str, name: str, mine: dict) -> Optional[dict]:
        t = self.obs["modules"].get(module, {}).get("aliases", {}).get(name)
        if t is not None:
            return t
        mine_leaves = set(leaves(mine))
        cands = self.by_alias_name.get(name, [])
        best = max(cands, key=lambda c: (sig(c) == sig(mine), len(set(leaves(c)) & mine_leaves)), default=None)
        if best is None or not set(leaves(best)) & mine_leaves:
            return None
        return best

    # -- unions and literals inside one annotation
    def permutations(self, node: ast.AST, module: str, official: dict) -> Dict[int, List[int]]:
        """id(Tuple node) -> the order of its elements, for every Union/Literal under `node`."""
        unions = collect(official, "u", [])
        lits = collect(official, "l", [])
        all_values: List[str] = []
        for lt in lits:
            all_values += [json.dumps(v) for v in lt["values"] if json.dumps(v) not in all_values]
        perms: Dict[int, List[int]] = {}
        for sub in ast.walk(node):
            if not (isinstance(sub, ast.Subscript) and isinstance(sub.value, ast.Name)):
                continue
            if not isinstance(sub.slice, ast.Tuple):
                continue
            elts = sub.slice.elts
            if sub.value.id == "Union" and unions:
                # Our members (aliases expanded) against the official union that shares most
                # of their leaves; a member ranks by its first leaf there.
                mine = [leaves(self.ours.tree(e, module)) for e in elts]
                every = {x for m in mine for x in m}
                best = max(unions, key=lambda u: len(every & set(leaves(u))))
                pos: Dict[str, int] = {}
                for i, x in enumerate(leaves(best)):
                    pos.setdefault(x, i)
                if not every & set(pos):
                    continue
                keys = [order_key(min((pos[x] for x in m if x in pos), default=None), i) for i, m in enumerate(mine)]
                kind = "unions"
            elif sub.value.id == "Literal" and lits:
                # The official literal sharing most values; values only found elsewhere in the
                # annotation (our literals may merge several) follow, then unknown ones.
                vals = [json.dumps(literal(e)) for e in elts]
                best_l = max(lits, key=lambda lt: len(set(vals) & {json.dumps(v) for v in lt["values"]}))
                pos_l = {json.dumps(v): i for i, v in reversed(list(enumerate(best_l["values"])))}
                keys = []
                for i, v in enumerate(vals):
                    if v in pos_l:
                        keys.append((0, pos_l[v], i))
                    elif v in all_values:
                        keys.append((1, all_values.index(v), i))
                    else:
                        keys.append((2, 0, i))
                kind = "literals"
            else:
                continue
            order = sorted(range(len(elts)), key=lambda i: keys[i])
            if order != list(range(len(elts))):
                perms[id(sub.slice)] = order
                self.stats[kind] += 1
        return perms

    def render(self, src: Source, node: ast.AST, perms: Dict[int, List[int]]) -> bytes:
        start, end = src.span(node)
        children = [c for c in ast.iter_child_nodes(node) if hasattr(c, "lineno")]
        if not children:
            return src.data[start:end]
        texts = [self.render(src, c, perms) for c in children]
        if id(node) in perms:
            texts = [texts[i] for i in perms[id(node)]]
        out, at = [], start
        for c, text in zip(children, texts):
            cs, ce = src.span(c)
            out.append(src.data[at:cs])
            out.append(text)
            at = ce
        out.append(src.data[at:end])
        return b"".join(out)

    # -- one file
    def rewrite(self, path: str) -> Tuple[bytes, bytes]:
        with open(path, "rb") as f:
            data = f.read()
        src = Source(data if data.endswith(b"\n") else data + b"\n")
        tree = ast.parse(src.data)
        module = module_name(path)
        edits: List[Tuple[int, int, bytes]] = []
        for node in tree.body:
            if isinstance(node, ast.ClassDef):
                edit = self.rewrite_class(src, node, module)
                if edit is not None:
                    edits.append(edit)
            elif alias_value(node) is not None:
                name, value = alias_target(node), alias_value(node)
                assert value is not None
                official = self.official_alias(module, name, self.ours.tree(value, module))
                if official is None:
                    self.unmatched.append(
                        f"{module}.{name}: no official Union/Literal/generic alias of that name to follow"
                    )
                    continue
                perms = self.permutations(value, module, official)
                if perms:
                    s, e = src.span(value)
                    edits.append((s, e, self.render(src, value, perms)))
                    self.stats["aliases"] += 1
        new = src.data
        for s, e, text in sorted(edits, reverse=True):
            new = new[:s] + text + new[e:]
        if not data.endswith(b"\n"):
            new = new[:-1]
        return data, new

    def rewrite_class(self, src: Source, cls: ast.ClassDef, module: str) -> Optional[Tuple[int, int, bytes]]:
        body = cls.body
        units = []  # (name, first line, last line, AnnAssign), lines 1-based inclusive
        for i, stmt in enumerate(body):
            if not (isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name)):
                continue
            last = stmt.end_lineno
            nxt = body[i + 1] if i + 1 < len(body) else None
            if isinstance(nxt, ast.Expr) and isinstance(nxt.value, ast.Constant) and isinstance(nxt.value.value, str):
                last = nxt.end_lineno
            # Comment lines right above belong to the field, down to the previous statement or
            # the end of the class header.
            header = [cls.lineno] + [b.end_lineno or 0 for b in cls.bases + cls.keywords]
            floor = (body[i - 1].end_lineno or 0) if i else max(header)
            first = stmt.lineno
            while first - 1 > floor and src.lines[first - 2].strip().startswith(b"#"):
                first -= 1
            units.append((stmt.target.id, first, last, stmt))
        if not units:
            return None
        fields = [u[0] for u in units]
        official = self.official_class(module, cls.name, fields)
        if official is None:
            self.unmatched.append(f"{module}.{cls.name}: no official class")
            return None
        missing = [f for f in fields if f not in official["fields"]]
        if missing:
            self.unmatched.append(f"{module}.{cls.name}: not in the official model: {', '.join(missing)}")
        perms: Dict[int, List[int]] = {}
        for name, _, _, stmt in units:
            if name in official["ann"]:
                perms.update(self.permutations(stmt.annotation, module, official["ann"][name]))
        pos = {f: i for i, f in enumerate(official["fields"])}
        order = sorted(range(len(units)), key=lambda i: order_key(pos.get(units[i][0]), i))
        if order == list(range(len(units))) and not perms:
            return None
        if order != list(range(len(units))):
            self.stats["classes"] += 1
            if self.verbose:
                print(f"  {module}.{cls.name}: {', '.join(units[i][0] for i in order)}")

        def unit_text(u: tuple) -> bytes:
            _, first, last, stmt = u
            s, e = src.offsets[first - 1], src.offsets[last]
            a_s, a_e = src.span(stmt.annotation)
            return src.data[s:a_s] + self.render(src, stmt.annotation, perms) + src.data[a_e:e]

        region_start, region_end = src.offsets[units[0][1] - 1], src.offsets[units[-1][2]]
        out, at = [], region_start
        for slot, i in zip(units, order):
            out.append(src.data[at : src.offsets[slot[1] - 1]])
            out.append(unit_text(units[i]))
            at = src.offsets[slot[2]]
        out.append(src.data[at:region_end])
        return region_start, region_end, b"".join(out)


# ----------------------------------------------------------------------------- files


def excluded(path: str) -> bool:
    rel = os.path.relpath(os.path.abspath(path), TYPES)
    parts = rel.split(os.sep)
    if parts[-1].endswith(("_params.py", "_param.py")) or any(p.endswith("_params") for p in parts[:-1]):
        return True
    with open(path, "rb") as f:
        tree = ast.parse(f.read())
    return any(
        isinstance(n, ast.ClassDef) and any(ast.unparse(b).endswith("TypedDict") for b in n.bases) for n in tree.body
    )


def files(targets: List[str]) -> List[str]:
    out = []
    for t in targets:
        if os.path.isdir(t):
            for d, dirs, names in os.walk(t):
                dirs.sort()
                out += [os.path.join(d, n) for n in sorted(names) if n.endswith(".py")]
        else:
            out.append(t)
    return [p for p in out if not excluded(p)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("paths", nargs="*", default=[TYPES], help="files or directories (default: src/openai/types)")
    ap.add_argument("--python", default=DEFAULT_PYTHON, help="the official package's interpreter")
    ap.add_argument("--check", action="store_true", help="change nothing; exit 1 if a file would change")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every reordered class and what is unmatched")
    args = ap.parse_args()

    rw = Rewriter(observe(args.python), Ours(), args.verbose)
    would = []
    for path in files(args.paths):
        old, new = rw.rewrite(path)
        if new == old:
            continue
        would.append(os.path.relpath(path, ROOT))
        if not args.check:
            with open(path, "wb") as f:
                f.write(new)
    for err in rw.obs["errors"]:
        print(f"order_types: official module not importable: {err}", file=sys.stderr)
    if args.verbose:
        for u in rw.unmatched:
            print(f"unmatched: {u}")
    s = rw.stats
    verb = "would change" if args.check else "changed"
    print(
        f"order_types: {verb} {len(would)} files: {s['classes']} classes reordered, {s['aliases']} aliases, "
        f"{s['unions']} unions, {s['literals']} literals reordered; {len(rw.unmatched)} unmatched (-v lists them)"
    )
    if args.check:
        for p in would:
            print(f"  {p}")
        return 1 if would else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
