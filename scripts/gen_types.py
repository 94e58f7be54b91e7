#!/usr/bin/env python
# Writes src/openai/types/** (pydantic models, TypedDicts, aliases) from the surface data of the
# official package: module paths, exported names, and each type's fields / literals / unions.
#
#   python scripts/gen_types.py [--force] [--only openai.types.chat] [--anchor PATH]
#
# Existing files are kept unless --force (generated files get hand edits later).
from __future__ import annotations

import argparse
import ast
import json
import os
import re
import sys
from collections import defaultdict

ANCHOR = "/work/shared/surface/anchor-1.102.0.json"
ROOT = "openai.types"
SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src")
HEADER = "# Generated from the 1.102.0 surface data by scripts/gen_types.py; hand edits welcome.\n"

BUILTINS = {"str", "int", "float", "bool", "bytes", "object", "None"}
TYPING_FORMS = {"List", "Dict", "Iterable", "Tuple", "Mapping", "Sequence", "IO", "Type", "Set"}
# pydantic.BaseModel attributes a field must not shadow (upstream renames: schema -> schema_).
MODEL_ATTRS = {
    "json",
    "dict",
    "copy",
    "schema",
    "schema_json",
    "construct",
    "validate",
    "parse_obj",
    "parse_raw",
    "parse_file",
    "from_orm",
    "update_forward_refs",
    "to_dict",
    "to_json",
}
# Names the anchor could not resolve (imported under TYPE_CHECKING from optional packages).
# They stay quoted forward refs, exactly like upstream, so the module imports without them.
FOREIGN = {"ClientExtensionFactory": "websockets.extensions", "Subprotocol": "websockets.typing"}


# ----------------------------------------------------------------------------- annotations
# An annotation string is parsed into a small tree:
#   ("n", name) | ("g", form, [args]) | ("u", [members]) | ("l", [values])
# canon() renders a tree exactly like the surface dump normalises annotations, so sub-trees can
# be compared with alias definitions to put alias names back.


def parse(text: str) -> tuple:
    return _node(ast.parse(text, mode="eval").body)


def _node(node: ast.AST) -> tuple:
    if isinstance(node, ast.Constant):
        if node.value is None:
            return ("n", "None")
        if isinstance(node.value, str):  # a quoted forward ref
            return parse(node.value)
        raise ValueError(f"unexpected constant {node.value!r}")
    if isinstance(node, ast.Name):
        return ("n", node.id)
    if isinstance(node, ast.Subscript):
        form = node.value.id  # type: ignore[attr-defined]
        elts = list(node.slice.elts) if isinstance(node.slice, ast.Tuple) else [node.slice]
        if form == "Literal":
            return ("l", [ast.literal_eval(e) for e in elts])
        if form == "Optional":
            return ("u", [_node(elts[0]), ("n", "None")])
        if form == "Union":
            return ("u", [_node(e) for e in elts])
        return ("g", form, [_node(e) for e in elts])
    raise ValueError(f"unexpected annotation node {ast.dump(node)}")


def flat_members(node: tuple) -> list:
    out: list = []
    for m in node[1]:
        out.extend(flat_members(m) if m[0] == "u" else [m])
    return out


def canon(node: tuple) -> str:
    k = node[0]
    if k == "n":
        return node[1]
    if k == "g":
        return f"{node[1]}[{', '.join(canon(a) for a in node[2])}]"
    if k == "l":
        return "Literal[" + ", ".join(sorted({repr(v) for v in node[1]})) + "]"
    lits = [v for m in flat_members(node) if m[0] == "l" for v in m[1]]
    members = {canon(m) for m in flat_members(node) if m[0] != "l"}
    optional = "None" in members
    members.discard("None")
    if lits:
        members.add(canon(("l", lits)))
    items = sorted(members)
    inner = items[0] if len(items) == 1 else "Union[" + ", ".join(items) + "]"
    return f"Optional[{inner}]" if optional else inner


def names_in(node: tuple) -> set:
    if node[0] == "n":
        return {node[1]}
    if node[0] == "g":
        return set().union(*(names_in(a) for a in node[2]))
    if node[0] == "u":
        return set().union(*(names_in(a) for a in node[1]))
    return set()


def snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


# ----------------------------------------------------------------------------- the data


class Surface:
    def __init__(self, path: str) -> None:
        with open(path) as f:
            data = json.load(f)
        self.mods = {m: i for m, i in data["types"].items() if m == ROOT or m.startswith(ROOT + ".")}
        self.shapes = {k: v for k, v in data["shapes"].items() if k.startswith(ROOT + ".")}
        self.packages = {m for m in self.mods if any(o.startswith(m + ".") for o in self.mods)}
        self.sites: dict = defaultdict(list)  # shape key -> [(module, exported name)]
        self.exported: dict = defaultdict(set)  # exported name -> shape keys
        for m, info in self.mods.items():
            for n, k in info.get("shapes", {}).items():
                if k in self.shapes:
                    self.sites[k].append((m, n))
                    self.exported[n].add(k)
        # Classes are keyed by their defining module + qualname; index them by class name.
        self.classes: dict = defaultdict(list)
        for k, v in self.shapes.items():
            if v["kind"] in ("model", "typeddict", "typevar"):
                self.classes[k.rsplit(".", 1)[1]].append(k)
        self.defs = self._definitions()
        self.def_sites: dict = defaultdict(list)  # key -> [(module, name)] where it is defined
        for m, ds in self.defs.items():
            for n, k in ds.items():
                self.def_sites[k].append((m, n))

    def kind(self, key: str) -> str:
        return self.shapes[key]["kind"]

    def _definitions(self) -> dict:
        """module -> {name: key} of what each leaf module defines itself."""
        defs: dict = defaultdict(dict)
        for k, v in self.shapes.items():
            if v["kind"] in ("model", "typeddict", "typevar"):
                m, n = k.rsplit(".", 1)
                defs[m][n] = k
        # Aliases are keyed by an export site, not by where they are written, and typing caches
        # equal unions into one object (ReasoningEffort is ChatCompletionReasoningEffort). A leaf
        # module named after the alias defines it (upstream does so, each with its own copy);
        # other leaf sites import it from such a module, or define it if there is none.
        for k, v in self.shapes.items():
            if v["kind"] not in ("alias", "literal"):
                continue
            leaves = [(m, n) for m, n in self.sites[k] if m not in self.packages]
            named = [(m, n) for m, n in leaves if m.rsplit(".", 1)[1] == snake(n)]
            for m, n in leaves:
                if (m, n) in named or not any(nn == n for _, nn in named):
                    defs[m][n] = k
        return defs

    # ------------------------------------------------------------------ name resolution
    def resolve_class(self, module: str, name: str, want: str, context: set) -> str | None:
        """Key of the class `name` referenced from `module` (want: model/typeddict)."""
        if name in self.defs.get(module, {}):
            return self.defs[module][name]
        cands = self.classes.get(name, [])
        if len(cands) <= 1:
            return cands[0] if cands else None
        imported = set(self.mods[module]["imported"])
        context = context - set(self.defs.get(module, {}))  # local names say nothing

        def score(key: str) -> tuple:
            km = key.rsplit(".", 1)[0]
            here = set(self.defs.get(km, {}))
            return (
                self.kind(key) == want,  # params reference TypedDicts, responses models
                name in imported and km.rsplit(".", 1)[1] == snake(name),  # its own module
                len(here & context),  # defined next to the other names of the same annotation
                len(here & imported) + len(set(self.mods[km]["names"]) & imported),
                common_prefix(km, module),
                -len(here),  # the tighter fit: response_output_item over response_input_item
            )

        return max(cands, key=score)

    def import_site(self, key: str, module: str, name: str = "") -> tuple:
        """(module, name) to import the object `key` from, as seen from `module`."""
        sites = self.def_sites.get(key) or [(key.rsplit(".", 1)[0], key.rsplit(".", 1)[1])]
        params = is_params_module(module)
        return max(
            sites,
            key=lambda s: (
                s[1] == name,
                common_prefix(s[0], module),
                is_params_module(s[0]) == params,
                s[0].count("."),
            ),
        )


def is_params_module(module: str) -> bool:
    leaf = module.rsplit(".", 1)[1]
    return ".shared_params" in module or leaf.endswith(("_param", "_params"))


def common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a.split("."), b.split(".")):
        if x != y:
            break
        n += 1
    return n


def relative(from_mod: str, is_pkg: bool, target: str) -> str:
    base = (from_mod if is_pkg else from_mod.rsplit(".", 1)[0]).split(".")
    t = target.split(".")
    common = 0
    while common < min(len(base), len(t)) and base[common] == t[common]:
        common += 1
    return "." * (len(base) - common + 1) + ".".join(t[common:])


# ----------------------------------------------------------------------------- one module


class ModuleWriter:
    """Renders one leaf module: imports, then its definitions in dependency order."""

    def __init__(self, sf: Surface, module: str) -> None:
        self.sf = sf
        self.m = module
        self.is_pkg = module in sf.packages
        self.local = sf.defs.get(module, {})
        self.imports: dict = defaultdict(set)  # source module -> names
        self.type_checking: dict = defaultdict(set)
        self.deps: dict = defaultdict(set)  # local name -> local names it references
        self.current = ""
        self.shadowed: set = set()  # builtin names that fields of the current class hide
        self.subst = self._alias_scope()
        self.tvar = next((n for n, k in self.local.items() if sf.kind(k) == "typevar"), None)
        self.generic = self._generic_names()
        # Params modules hold TypedDicts, the others pydantic models; aliases follow their module.
        kinds = {sf.kind(k) for k in self.local.values()} & {"model", "typeddict"}
        if len(kinds) == 1:
            self.mode = "td" if kinds == {"typeddict"} else "model"
        else:
            self.mode = "td" if is_params_module(module) else "model"

    # Aliases whose name upstream had at hand in this module (defined here, or imported):
    # canonical text -> name. Only these are put back in place of their expansion.
    def _alias_scope(self) -> dict:
        scope: dict = {}
        names = list(self.local.items())
        for n in self.sf.mods[self.m]["imported"]:
            keys = [k for k in self.sf.exported.get(n, ()) if self.sf.kind(k) in ("alias", "literal")]
            if keys and n not in self.local:
                # Same name, several objects (ResponseInputItemParam): the one from its own module.
                names.append((n, max(sorted(keys), key=lambda k, n=n: self.own_module_score(k, n))))
        for n, k in names:
            shape = self.sf.shapes[k]
            if shape["kind"] == "literal":
                text = canon(("l", shape["values"]))
            elif shape["kind"] == "alias":
                text = canon(parse(shape["type"]))
            else:
                continue
            if text not in BUILTINS:
                scope.setdefault(text, (n, k))
        return scope

    def own_module_score(self, key: str, name: str) -> tuple:
        sites = self.sf.def_sites.get(key) or [("x.x", "")]
        params = is_params_module(self.m)
        return max(
            (s[0].rsplit(".", 1)[1] == snake(name), is_params_module(s[0]) == params, common_prefix(s[0], self.m))
            for s in sites
        )

    def _generic_names(self) -> set:
        """Local definitions that mention the module's TypeVar, directly or through each other."""
        if not self.tvar:
            return set()
        refs = {n: self._refs(k) for n, k in self.local.items()}
        generic = {self.tvar}
        while True:
            more = {n for n, r in refs.items() if n not in generic and r & generic}
            if not more:
                return generic - {self.tvar}
            generic |= more

    def _refs(self, key: str) -> set:
        shape = self.sf.shapes[key]
        texts = list(shape.get("fields", {}).values()) + ([shape["type"]] if shape["kind"] == "alias" else [])
        return set().union(*(names_in(parse(t)) for t in texts)) if texts else set()

    # ------------------------------------------------------------------ imports
    def need(self, module: str, name: str) -> None:
        self.imports[module].add(name)

    def ref_local(self, name: str) -> str:
        # Placeholder, turned into `Name` or `"Name"` once the definition order is known.
        self.deps[self.current].add(name)
        # Only models are subscripted: pydantic gives back the class itself for `M[ContentType]`,
        # so an alias of such members is not generic and cannot be subscripted.
        generic_model = name in self.generic and self.sf.kind(self.local[name]) == "model"
        return f"\0{name}\0" + (f"[{self.tvar}]" if generic_model else "")

    def ref_key(self, key: str, name: str) -> str:
        mod, defname = self.sf.import_site(key, self.m, name)
        if mod == self.m:
            return self.ref_local(defname)
        self.need(relative(self.m, self.is_pkg, mod), defname)
        return defname

    # ------------------------------------------------------------------ annotation -> source
    def emit(self, node: tuple, mode: str, ctx: set) -> str:
        """mode: "model" (response models, may discriminate unions) or "td" (params)."""
        text = canon(node)
        hit = self.subst.get(text)
        if hit and hit[0] != self.current and node[0] != "n":
            return self.ref_key(hit[1], hit[0])
        k = node[0]
        if k == "n":
            return self.name(node[1], mode, ctx)
        if k == "l":
            self.need("typing_extensions", "Literal")
            return "Literal[" + ", ".join(repr(v) for v in node[1]) + "]"
        if k == "g":
            form = node[1]
            if form == "PathLike":
                self.need("os", "PathLike")
            elif form in TYPING_FORMS:
                self.need("typing", form)
            return f"{form}[{', '.join(self.emit(a, mode, ctx) for a in node[2])}]"
        return self.union(node, mode, ctx)

    def name(self, n: str, mode: str, ctx: set) -> str:
        if n in self.shadowed:  # a field of this class is named `object`: say builtins.object
            self.imports["builtins"].add("")
            return f"builtins.{n}"
        if n in BUILTINS:
            return n
        if n == "datetime":
            self.need("datetime", "datetime")
            return n
        if n == "PathLike":
            self.need("os", "PathLike")
            return n
        if n in FOREIGN:
            self.need("typing", "TYPE_CHECKING")
            self.type_checking[FOREIGN[n]].add(n)
            return f'"{n}"'
        key = self.sf.resolve_class(self.m, n, "typeddict" if mode == "td" else "model", ctx)
        if key is None:  # unknown foreign type: accept anything rather than fail on import
            print(f"  note: {self.m}: unresolved name {n!r} -> object", file=sys.stderr)
            return "object"
        return self.ref_key(key, n)

    def union(self, node: tuple, mode: str, ctx: set) -> str:
        members = flat_members(node)
        optional = any(m == ("n", "None") for m in members)
        rest = [m for m in members if m != ("n", "None")]
        out: list = []
        # File uploads: the six members of FileTypes, as the core defines it.
        if FILE_MEMBERS <= {canon(m) for m in rest}:
            self.need(relative(self.m, self.is_pkg, "openai._types"), "FileTypes")
            out.append("FileTypes")
            rest = [m for m in rest if canon(m) not in FILE_MEMBERS]
        # The union without None may be a known alias (Optional[ChatCompletionToolChoiceOption]).
        if optional and len(rest) > 1 and not out:
            hit = self.subst.get(canon(("u", rest)))
            if hit and hit[0] != self.current:
                self.need("typing", "Optional")
                return f"Optional[{self.ref_key(hit[1], hit[0])}]"
        # Literals merged into the union: put a Literal alias back if it is (part of) them.
        lits = [v for m in rest if m[0] == "l" for v in m[1]]
        rest = [m for m in rest if m[0] != "l"]
        if lits:
            out.extend(self.literal_parts(lits))
        discr = mode == "model" and not out and self.discriminable(rest, ctx)
        out.extend(self.emit(m, mode, ctx) for m in rest)
        if len(out) == 1:
            inner = out[0]
        else:
            self.need("typing", "Union")
            inner = "Union[" + ", ".join(sorted(out, key=member_order)) + "]"
            if discr:
                self.need("typing_extensions", "Annotated")
                self.need("pydantic", "Field as FieldInfo")
                inner = f'Annotated[{inner}, FieldInfo(discriminator="type")]'
        if optional:
            self.need("typing", "Optional")
            return f"Optional[{inner}]"
        return inner

    def literal_parts(self, values: list) -> list:
        hit = self.subst.get(canon(("l", values)))
        if hit and hit[0] != self.current:
            return [self.ref_key(hit[1], hit[0])]
        valset = set(values)
        for _, (n, k) in sorted(self.subst.items(), key=lambda t: -len(t[0])):
            shape = self.sf.shapes[k]
            sub = set(shape.get("values") or ())
            if shape["kind"] == "literal" and n != self.current and len(sub) > 1 and sub < valset:
                left = [v for v in values if v not in sub]
                self.need("typing_extensions", "Literal")
                return [self.ref_key(k, n), "Literal[" + ", ".join(repr(v) for v in left) + "]"]
        self.need("typing_extensions", "Literal")
        return ["Literal[" + ", ".join(repr(v) for v in values) + "]"]

    def discriminable(self, members: list, ctx: set) -> bool:
        """A union of models that each carry a required, distinct `type` literal."""
        if len(members) < 2 or any(m[0] != "n" for m in members):
            return False
        seen: set = set()
        for m in members:
            key = self.sf.resolve_class(self.m, m[1], "model", ctx)
            if key is None or self.sf.kind(key) != "model":
                return False
            shape = self.sf.shapes[key]
            if "type" not in shape["required"] or not shape["fields"]["type"].startswith("Literal["):
                return False
            values = set(parse(shape["fields"]["type"])[1])
            if values & seen:
                return False
            seen |= values
        return True

    # ------------------------------------------------------------------ definitions
    def define(self, name: str, key: str) -> str:
        self.current = name
        shape = self.sf.shapes[key]
        self.shadowed = set(shape.get("fields", {})) & (BUILTINS - {"None"})
        kind = shape["kind"]
        if kind == "typevar":
            self.need("typing", "TypeVar")
            return f'{name} = TypeVar("{name}")\n'
        if kind == "literal":
            self.need("typing_extensions", "Literal")
            self.need("typing_extensions", "TypeAlias")
            return f"{name}: TypeAlias = Literal[{', '.join(repr(v) for v in shape['values'])}]\n"
        if kind == "alias":
            tree = parse(shape["type"])
            self.need("typing_extensions", "TypeAlias")
            return f"{name}: TypeAlias = {self.emit(tree, self.mode, names_in(tree))}\n"
        if kind == "model":
            return self.model(name, shape)
        return self.typeddict(name, shape)

    def base_class(self, name: str, shape: dict) -> tuple:
        """(key, name) of a class this one extends upstream, or (None, None).

        The data has no bases, but a subclass shows up as a superset of an imported class's
        fields (TestingCriterionPython over PythonGraderParam, ParsedChatCompletion over
        ChatCompletion) or of a local `...Base` (the params' Streaming / NonStreaming variants).
        Shared fields must be identical, except overrides that narrow a field to a Parsed*
        class (ParsedChoice.message: ParsedChatCompletionMessage).
        """
        kind = shape["kind"]
        cands = [n for n in self.sf.mods[self.m]["imported"] if n not in self.local]
        cands += [n for n in self.local if n.endswith("Base") and n != name]
        best = (None, None, 0)
        for b in cands:
            key = self.sf.resolve_class(self.m, b, kind, set(self.sf.mods[self.m]["imported"]))
            if key is None or self.sf.kind(key) != kind:
                continue
            base = self.sf.shapes[key]
            bf = base["fields"]
            if len(bf) < 2 or not set(bf) <= set(shape["fields"]) or len(bf) <= best[2]:
                continue
            if any((f in base["required"]) != (f in shape["required"]) for f in bf):
                continue
            if base.get("aliases", {}) != {f: a for f, a in shape.get("aliases", {}).items() if f in bf}:
                continue
            differ = [f for f in bf if bf[f] != shape["fields"][f]]
            if differ and not all(
                any(n.startswith("Parsed") for n in names_in(parse(shape["fields"][f]))) for f in differ
            ):
                continue
            best = (key, b, len(bf))
        return best[:2]

    def model(self, name: str, shape: dict) -> str:
        bkey, bname = self.base_class(name, shape)
        inherited = self.sf.shapes[bkey]["fields"] if bkey else {}
        if bkey is None:
            self.need(relative(self.m, self.is_pkg, "openai._models"), "BaseModel")
        bases = self.ref_key(bkey, bname) if bkey else "BaseModel"
        if name in self.generic:
            self.need("typing", "Generic")
            bases += f", Generic[{self.tvar}]"
        lines = [f"class {name}({bases}):"]
        aliases = shape.get("aliases", {})
        for field, text in shape["fields"].items():
            if inherited.get(field) == text:
                continue
            if field in MODEL_ATTRS or field.startswith("model_"):
                print(f"  warning: {self.m}.{name}.{field} shadows a BaseModel attribute", file=sys.stderr)
            tree = parse(text)
            required = field in shape["required"]
            nullable = tree == ("n", "object") or ("n", "None") in (flat_members(tree) if tree[0] == "u" else [])
            if not required and not nullable:
                tree = ("u", [tree, ("n", "None")])  # `= None` must be a valid value
            ann = self.emit(tree, "model", names_in(tree))
            if field in aliases:
                self.need("pydantic", "Field as FieldInfo")
                default = "" if required else ", default=None"
                line = f'    {field}: {ann} = FieldInfo(alias="{aliases[field]}"{default})'
            else:
                line = f"    {field}: {ann}" + ("" if required else " = None")
            # Narrowing a base field (to a Parsed* class) is fine for pydantic, not for mypy.
            lines.append(line + ("  # type: ignore[assignment]" if field in inherited else ""))
        if len(lines) == 1:
            lines.append("    pass")
        return "\n".join(lines) + "\n"

    def typeddict(self, name: str, shape: dict) -> str:
        self.need("typing_extensions", "TypedDict")
        bkey, bname = self.base_class(name, shape)
        inherited = self.sf.shapes[bkey]["fields"] if bkey else {}
        fields = {f: t for f, t in shape["fields"].items() if inherited.get(f) != t}
        required = set(shape["required"])
        total = shape.get("total", True) and required >= set(fields)
        base = self.ref_key(bkey, bname) if bkey else "TypedDict"
        lines = [f"class {name}({base}{'' if total else ', total=False'}):"]
        for field, text in fields.items():
            tree = parse(text)
            ann = self.emit(tree, "td", names_in(tree))
            if field in required and not total:
                self.need("typing_extensions", "Required")
                ann = f"Required[{ann}]"
            lines.append(f"    {field}: {ann}")
        if len(lines) == 1:
            lines.append("    pass")
        return "\n".join(lines) + "\n"

    def render(self) -> str:
        bodies = {n: self.define(n, k) for n, k in sorted(self.local.items())}
        order = topo_order(list(bodies), self.deps)
        done: set = set()
        chunks = []
        for n in order:
            body = bodies[n]
            # A reference to a local name not yet defined (only within a cycle) stays a string.
            body = re.sub(
                r"\0(\w+)\0(\[\w+\])?",
                lambda mt: (
                    mt.group(1) + (mt.group(2) or "") if mt.group(1) in done else f'"{mt.group(1)}{mt.group(2) or ""}"'
                ),
                body,
            )
            chunks.append(body)
            done.add(n)
        exports = list(self.sf.mods[self.m]["names"])
        # Re-exports of a leaf module (upstream `__all__` or `X as X`) come from their definer;
        # a re-export under another name (ChatCompletionMessageToolCall) becomes an assignment.
        assigns = []
        for n in exports:
            key = self.sf.mods[self.m]["shapes"].get(n)
            if n in self.local or key not in self.sf.shapes:
                continue
            mod, defname = self.sf.import_site(key, self.m, n)
            src = relative(self.m, self.is_pkg, mod)
            if defname == n:
                self.need(src, f"{n} as {n}")
            else:
                self.need(src, defname)
                assigns.append(f"{n} = {defname}\n")
        out = [HEADER, "\n"]
        out.append(self.import_block())
        out.extend(assigns)
        out.append(f"\n__all__ = [{', '.join(repr(n) for n in exports)}]\n")
        for c in chunks:
            out.append("\n\n" + c)
        return "".join(out)

    def import_block(self) -> str:
        std = ["typing", "typing_extensions", "os", "datetime"]
        lines = ["import builtins\n"] if self.imports.pop("builtins", None) is not None else []
        for group in (std, ["pydantic"], None):
            mods = [m for m in self.imports if (group is None and m.startswith(".")) or (group and m in group)]
            for mod in sorted(mods):
                names = self.imports[mod]
                names = {n for n in names if f"{n} as {n}" not in names}  # `X as X` covers `X`
                lines.append(f"from {mod} import {', '.join(sorted(names))}\n")
            if mods:
                lines.append("\n")
        if self.type_checking:
            lines.append("if TYPE_CHECKING:\n")
            for mod in sorted(self.type_checking):
                names = ", ".join(sorted(self.type_checking[mod]))  # an optional dependency
                lines.append(f"    from {mod} import {names}  # pyright: ignore[reportMissingImports]\n")
            lines.append("\n")
        return "".join(lines)


def member_order(text: str) -> tuple:
    # Plain scalars first (`Union[str, ChatModel]`), like upstream; otherwise keep data order.
    return (0 if text in BUILTINS or text == "FileTypes" else 1,)


FILE_MEMBERS = {
    "IO[bytes]",
    "PathLike",
    "bytes",
    "Tuple[Optional[str], Union[IO[bytes], PathLike, bytes]]",
    "Tuple[Optional[str], Union[IO[bytes], PathLike, bytes], Optional[str]]",
    "Tuple[Optional[str], Union[IO[bytes], PathLike, bytes], Optional[str], Mapping[str, str]]",
}


def topo_order(names: list, deps: dict) -> list:
    """Definition order where each name comes after the local names it uses (cycles: as found)."""
    order: list = []
    state: dict = {}

    def visit(n: str) -> None:
        if state.get(n):
            return
        state[n] = 1
        for d in sorted(deps.get(n, ())):
            if d in names and d != n:
                visit(d)
        order.append(n)
        state[n] = 2

    for n in names:
        visit(n)
    return order


# ----------------------------------------------------------------------------- packages


def render_package(sf: Surface, pkg: str) -> str:
    """A package re-exports its names from the modules that define them, nothing else."""
    lines = []
    for n in sf.mods[pkg]["names"]:
        key = sf.mods[pkg]["shapes"].get(n)
        if key not in sf.shapes:
            continue
        # Prefer a module inside this package that has the name itself (defining it first),
        # nearest first; a different name at the definer needs an assignment.
        defs = sf.def_sites.get(key) or []
        leaves = [s for s in sf.sites[key] if s[0] not in sf.packages and s not in defs]
        inside = [s for s in defs + leaves if s[0].startswith(pkg + ".")]
        pools = ([s for s in inside if s[1] == n], [s for s in defs + leaves if s[1] == n], inside, defs)
        pool = next(p for p in pools if p)
        mod, defname = min(pool, key=lambda s: (s not in defs, s[0].count("."), s[0]))
        src = relative(pkg, True, mod)
        if defname != n:  # `lazy_package` reads a name from its module under that same name
            raise SystemExit(f"{pkg}.{n}: defined as {defname} in {mod}: not supported")
        lines.append((src, n))
    # The names load on first access at runtime (`openai._lazy_exports`); type checkers see imports.
    lines.sort()
    imports = "".join(f"    from {src} import {n} as {n}\n" for src, n in lines)
    exports = "".join(f"            {n!r}: {src!r},\n" for src, n in lines)
    dots = "." * (pkg.count(".") + 1)  # up to `openai`
    return (
        HEADER
        + "\nfrom typing import TYPE_CHECKING\n\n"
        + "if TYPE_CHECKING:  # the names load on first access at runtime: see `openai._lazy_exports`\n"
        + imports
        + f"else:\n    from {dots}_lazy_exports import lazy_package\n\n"
        + "    __getattr__, __dir__, __all__ = lazy_package(\n        __name__,\n        {\n"
        + exports
        + "        },\n    )\n"
    )


# ----------------------------------------------------------------------------- main


def path_of(sf: Surface, module: str) -> str:
    parts = module.split(".")
    if module in sf.packages:
        return os.path.join(SRC, *parts, "__init__.py")
    return os.path.join(SRC, *parts) + ".py"


def main() -> None:
    ap = argparse.ArgumentParser(description="Generate src/openai/types from the surface data.")
    ap.add_argument("--force", action="store_true", help="overwrite existing files")
    ap.add_argument("--only", default=ROOT, help="generate this module and those below it")
    ap.add_argument("--anchor", default=ANCHOR)
    args = ap.parse_args()
    sf = Surface(args.anchor)
    written = kept = 0
    for module in sorted(sf.mods):
        if not (module == args.only or module.startswith(args.only + ".")):
            continue
        if module in sf.packages and module in sf.defs:
            raise SystemExit(f"{module}: a package that defines types is not supported")
        text = render_package(sf, module) if module in sf.packages else ModuleWriter(sf, module).render()
        path = path_of(sf, module)
        if os.path.exists(path) and not args.force:
            kept += 1
            continue
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)
        written += 1
    print(f"gen_types: wrote {written} files, kept {kept} existing (use --force to overwrite)")


if __name__ == "__main__":
    main()
