# SyntaxError objects as CPython 3.11 makes them: the fields of a
# compile error met at import (msg, lineno, offset, text with its
# newline, filename, end_lineno), TabError, SyntaxError(msg, info) built
# by hand, str() with the file's base name, and an uncaught one printed
# with its file, line, text and caret.
import gc

for m in ["syntax_fields_indent_mod", "syntax_fields_tab_mod", "syntax_fields_paren_mod"]:
    try:
        __import__(m)
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, repr(e.text),
              e.filename.endswith(m + ".py"), e.print_file_and_line)
        print(str(e), e.args[0], len(e.args), type(e.args[1]).__name__)
e = SyntaxError("boom")
print(str(e), repr(e), e.msg, e.lineno, e.filename, e.args)
e = SyntaxError("bad thing", ("/x/y/prog.py", 3, 5, "a b c\n", 3, 6))
print(str(e), e.lineno, e.offset, e.text, e.end_offset, repr(e))
print(str(SyntaxError("m", (None, 4, None, None))), str(SyntaxError("m", ("f.py", None, None, None))),
      repr(str(SyntaxError())))
for info in [(1, 2), (1, 2, 3, 4, 5, 6, 7)]:
    try:
        SyntaxError("m", info)
    except TypeError as t:
        print("TypeError", t)
print(issubclass(TabError, IndentationError), TabError.__mro__[1:3], [c.__name__ for c in SyntaxError.__subclasses__()])
print(sorted(k for k in dir(SyntaxError("x")) if not k.startswith("__")))
print(len(gc.get_referents(SyntaxError("m", ("f.py", 1, 2, "t", 1, 3)))))
e.lineno = 9
print(e.lineno, str(e))
try:
    raise TabError("tabs")
except IndentationError as t:
    print(type(t).__name__, t, t.msg)
import syntax_fields_paren_mod
