# traceback.extract_tb and extract_stack: FrameSummary objects (filename,
# lineno, name, line; unpacking, indexing, equality with tuples), and
# print_tb.  Paths are replaced by FILE.
import sys
import traceback

def clean(s):
    return s.replace(__file__, "FILE")

def leaf(n):
    if n == 0:
        raise LookupError("leaf")
    return leaf(n - 1)

def where():
    return traceback.extract_stack()

try:
    leaf(2)
except LookupError as e:
    tb = e.__traceback__

entries = traceback.extract_tb(tb)
print(type(entries[0]).__name__, len(entries))
for fs in entries:
    print(clean(fs.filename), fs.lineno, fs.name, repr(fs.line))
for filename, lineno, name, line in entries:
    print(lineno, name, line)
last = entries[-1]
print(last[1], last[2], last[-1], len(last), list(last)[1:])
print(last == (last.filename, last.lineno, last.name, last.line), last == entries[-1], last != entries[0])
print(clean(repr(last)))
try:
    hash(last)
except TypeError as exc:
    print("TypeError:", exc)
print(traceback.extract_tb(None))
class Cleaned:
    def write(self, text):
        sys.stdout.write(clean(text))
traceback.print_tb(tb, file=Cleaned())
print([clean(s) for s in traceback.format_tb(tb)][-1], end="")

stack = where()
print([(fs.name, fs.lineno, fs.line) for fs in stack])

def outer():
    return [(fs.name, fs.line) for fs in where()]
print(outer())
