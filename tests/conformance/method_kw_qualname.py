# Keyword arguments given to built-in methods that take none: CPython 3.11
# names the method with its type (its qualname: "str.count()") for
# METH_VARARGS and METH_FASTCALL methods and for Argument Clinic's
# positional-only parsers, called through the descriptor (s.count(x=1),
# str.count(s, x=1)); a METH_VARARGS method called as a bound method
# object (f = s.count; f(x=1)) says only "count()".
def err(label, f):
    try:
        f()
        print(label, 'ok')
    except TypeError as e:
        print(label, e)


s = 'abc'
err('str.count', lambda: s.count('a', x=1))
err('str.count unbound', lambda: str.count(s, 'a', x=1))
err('str.find', lambda: s.find('a', x=1))
err('str.index', lambda: s.index('a', x=1))
err('str.startswith', lambda: s.startswith('a', x=1))
err('str.endswith', lambda: s.endswith('a', x=1))
err('str.join', lambda: s.join([], x=1))
err('str.replace', lambda: s.replace('a', 'b', x=1))
err('str.strip', lambda: s.strip(x=1))
err('str.ljust', lambda: s.ljust(5, x=1))
err('str.partition', lambda: s.partition('b', x=1))
err('str.upper', lambda: s.upper(x=1))
err('str.format_map', lambda: s.format_map({}, x=1))
err('str.__getitem__', lambda: s.__getitem__(0, x=1))
L = [3, 1]
err('list.append', lambda: L.append(1, x=1))
err('list.index', lambda: L.index(1, x=1))
err('list.count', lambda: L.count(1, x=1))
err('list.insert', lambda: L.insert(0, 1, x=1))
err('list.pop', lambda: L.pop(x=1))
err('list.remove', lambda: L.remove(1, x=1))
err('list.extend', lambda: L.extend([], x=1))
err('list.copy', lambda: L.copy(x=1))
err('list.clear', lambda: L.clear(x=1))
err('list.reverse', lambda: L.reverse(x=1))
err('list.__contains__', lambda: L.__contains__(1, x=1))
d = {'a': 1}
err('dict.get', lambda: d.get('a', x=1))
err('dict.pop', lambda: d.pop('a', x=1))
err('dict.setdefault', lambda: d.setdefault('a', x=1))
err('dict.keys', lambda: d.keys(x=1))
err('dict.items', lambda: d.items(x=1))
err('dict.copy', lambda: d.copy(x=1))
err('dict.popitem', lambda: d.popitem(x=1))
err('dict.fromkeys', lambda: dict.fromkeys('ab', x=1))
b = b'abc'
err('bytes.count', lambda: b.count(b'a', x=1))
err('bytes.find', lambda: b.find(b'a', x=1))
err('bytes.join', lambda: b.join([], x=1))
err('bytes.replace', lambda: b.replace(b'a', b'b', x=1))
err('bytes.strip', lambda: b.strip(x=1))
err('bytes.startswith', lambda: b.startswith(b'a', x=1))
err('bytes.upper', lambda: b.upper(x=1))
st = {1, 2}
err('set.add', lambda: st.add(3, x=1))
err('set.discard', lambda: st.discard(3, x=1))
err('set.union', lambda: st.union([], x=1))
err('set.update', lambda: st.update([], x=1))
err('set.issubset', lambda: st.issubset([], x=1))
err('set.pop', lambda: st.pop(x=1))
err('set.copy', lambda: st.copy(x=1))
err('frozenset.union', lambda: frozenset().union([], x=1))
t = (1, 2)
err('tuple.index', lambda: t.index(1, x=1))
err('tuple.count', lambda: t.count(1, x=1))
err('int.bit_length', lambda: (5).bit_length(x=1))
err('float.is_integer', lambda: (1.5).is_integer(x=1))
err('bytearray.append', lambda: bytearray().append(1, x=1))
err('bytearray.count', lambda: bytearray().count(b'a', x=1))
# through a bound method object CPython has only the method's name
f = s.count
err('bound str.count', lambda: f('a', x=1))
err('getattr str.count', lambda: getattr(s, 'count')('a', x=1))
err('str.count **', lambda: s.count('a', **{'x': 1}))
u = {1}.union
err('bound set.union', lambda: u([], x=1))
class L(list):
    pass
err('subclass', lambda: L().index(1, x=1))
