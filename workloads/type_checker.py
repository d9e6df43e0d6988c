# type_checker.py -- a mypy-like pass: a large long-lived graph of symbol
# and type nodes that keeps growing, with bursts of temporaries.
#
# Stresses: a heap whose old generation grows for the whole run (every
#   module adds classes, symbols and a type map that stay alive to the end)
#   while each function check makes a burst of short-lived objects, some in
#   cycles.  Peak memory and the longest pause are the figures: the shape of
#   mypy#21403 (about 2x memory and CI out-of-memory kills on CPython
#   3.14.1-3.14.4).
# Parameters: argv[1] modules (default 150), argv[2] classes per module (10),
#   argv[3] members per class (6), argv[4] expressions per method (16),
#   argv[5] seed (41).
# Heap shape: long-lived: per module a ModuleInfo (dict of Symbols), per
#   class a TypeInfo <-> Symbol (cycle) with its bases, MRO list and member
#   dict; members are Vars and FuncDefs pointing back at their TypeInfo,
#   typed by Instance and CallableType nodes that reference TypeInfos of this
#   and earlier modules; per module a type map (int -> type) kept to the
#   end, holding the inferred type of every expression.  Short-lived, per
#   method: an expression tree with parent pointers (cycles), constraint
#   lists, substitution dicts and joined types.
# Output: one checksum line computed from values only (independent of when
#   garbage is reclaimed).
import sys


class TypeInfo:
    def __init__(self, name, module):
        self.name = name
        self.module = module
        self.bases = []
        self.mro = [self]
        self.names = {}
        self.symbol = None


class Symbol:
    def __init__(self, name, kind, node):
        self.name = name
        self.kind = kind
        self.node = node


class Var:
    def __init__(self, name, typ, info):
        self.name = name
        self.type = typ
        self.info = info


class FuncDef:
    def __init__(self, name, typ, info):
        self.name = name
        self.type = typ
        self.info = info


class Instance:
    def __init__(self, info, args):
        self.info = info
        self.args = args


class CallableType:
    def __init__(self, arg_types, ret_type):
        self.arg_types = arg_types
        self.ret_type = ret_type


class ModuleInfo:
    def __init__(self, name):
        self.name = name
        self.names = {}
        self.type_map = {}


class Expr:
    def __init__(self, kind, parent):
        self.kind = kind
        self.parent = parent
        self.children = []
        self.type = None
        if parent is not None:
            parent.children.append(self)


def lcg(seed):
    return (seed * 1103515245 + 12345) & 0x7fffffff


def lookup(info, name):
    for base in info.mro:
        sym = base.names.get(name)
        if sym is not None:
            return sym
    return None


def join(a, b):
    # the nearest common base of two instance types (a fresh Instance)
    if a.info is b.info:
        return Instance(a.info, [])
    seen = {}
    for base in a.info.mro:
        seen[base.name] = base
    for base in b.info.mro:
        if base.name in seen:
            return Instance(base, [])
    return Instance(a.info.mro[len(a.info.mro) - 1], [])


def build_module(index, all_infos, nclasses, nmembers, seed):
    mod = ModuleInfo("mod" + str(index))
    for c in range(nclasses):
        seed = lcg(seed)
        info = TypeInfo("mod" + str(index) + ".C" + str(c), mod)
        if len(all_infos) > 0:
            base = all_infos[(seed >> 8) % len(all_infos)]
            info.bases.append(Instance(base, []))
            info.mro = [info] + base.mro
        sym = Symbol(info.name, "class", info)
        info.symbol = sym
        mod.names["C" + str(c)] = sym
        all_infos.append(info)
        for m in range(nmembers):
            seed = lcg(seed)
            target = all_infos[(seed >> 8) % len(all_infos)]
            name = "m" + str((seed >> 4) % (nmembers * 2))
            if m % 2 == 0:
                node = Var(name, Instance(target, []), info)
                kind = "var"
            else:
                args = [Instance(info, [])]
                for a in range((seed >> 12) % 3):
                    seed = lcg(seed)
                    args.append(Instance(all_infos[(seed >> 8) % len(all_infos)], []))
                node = FuncDef(name, CallableType(args, Instance(target, [])), info)
                kind = "func"
            info.names[name] = Symbol(name, kind, node)
    return mod, seed


def check_method(mod, info, func, nexprs, seed):
    # infer an expression tree: member accesses through the MRO, calls,
    # joins of branch types; the tree and every temporary die at the end
    root = Expr("block", None)
    stack = [root]
    result = 0
    for e in range(nexprs):
        seed = lcg(seed)
        parent = stack[(seed >> 8) % len(stack)]
        expr = Expr("member", parent)
        name = "m" + str((seed >> 4) % 12)
        sym = lookup(info, name)
        if sym is None:
            expr.type = Instance(info, [])
            result = result + 1
        elif sym.kind == "var":
            expr.type = sym.node.type
            result = result + len(sym.node.type.info.mro)
        else:
            ctype = sym.node.type
            constraints = []
            subst = {}
            for i in range(len(ctype.arg_types)):
                constraints.append((i, ctype.arg_types[i], expr))
                subst["T" + str(i)] = ctype.arg_types[i]
            expr.type = Instance(ctype.ret_type.info, [subst.get("T0")])
            result = result + len(constraints) * 3
        if len(parent.children) > 1:
            joined = join(parent.children[0].type, expr.type)
            result = result + len(joined.info.name)
        if e % 4 == 0:
            stack.append(expr)
        mod.type_map[len(mod.type_map)] = expr.type
    return result, seed


def main():
    nmodules = int(sys.argv[1]) if len(sys.argv) > 1 else 150
    nclasses = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    nmembers = int(sys.argv[3]) if len(sys.argv) > 3 else 6
    nexprs = int(sys.argv[4]) if len(sys.argv) > 4 else 16
    seed = int(sys.argv[5]) if len(sys.argv) > 5 else 41
    all_infos = []
    modules = {}
    checksum = 0
    for index in range(nmodules):
        mod, seed = build_module(index, all_infos, nclasses, nmembers, seed)
        modules[mod.name] = mod
        for key in mod.names:
            info = mod.names[key].node
            for name in info.names:
                sym = info.names[name]
                if sym.kind == "func":
                    r, seed = check_method(mod, info, sym.node, nexprs, seed)
                    checksum = (checksum * 31 + r) & 0xffffffff
    entries = 0
    depth = 0
    for name in modules:
        mod = modules[name]
        entries = entries + len(mod.type_map)
        for key in mod.type_map:
            depth = depth + len(mod.type_map[key].info.mro)
    print(f"type_checker modules {nmodules} classes {len(all_infos)} typed {entries} depth {depth} checksum {checksum}")


main()
