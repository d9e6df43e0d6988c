# bytes and bytearray errors, and the UTF-8 / ASCII / Latin-1 codec errors with their positions
def run(name, f):
    try:
        r = f()
        print(name, "=", repr(r))
    except Exception as e:
        print(name, "->", type(e).__name__ + ":", e)
def t0():
    return b"abc"[5]
run('b"abc"[5]', t0)
def t1():
    return bytearray(b"abc")[5]
run('bytearray(b"abc")[5]', t1)
def t2():
    return b"a"+"b"
run('b"a"+"b"', t2)
def t3():
    return bytearray(b"a")+"b"
run('bytearray(b"a")+"b"', t3)
def t4():
    return "a" in b"abc"
run('"a" in b"abc"', t4)
def t5():
    return 300 in b"abc"
run('300 in b"abc"', t5)
def t6():
    return bytes(-1)
run('bytes(-1)', t6)
def t7():
    return bytes([300])
run('bytes([300])', t7)
def t8():
    return bytes("a")
run('bytes("a")', t8)
def t9():
    return bytes(1.5)
run('bytes(1.5)', t9)
def t10():
    return b"a"[float(1)]
run('b"a"[float(1)]', t10)
def t11():
    return hash(bytearray())
run('hash(bytearray())', t11)
def t12():
    return b"\x80abc".decode("ascii")
run('b"\\x80abc".decode("ascii")', t12)
def t13():
    return "\xe9".encode("ascii")
run('"\\xe9".encode("ascii")', t13)
def t14():
    return b"a".decode("foo")
run('b"a".decode("foo")', t14)
def t15():
    return bytes.fromhex("0g")
run('bytes.fromhex("0g")', t15)
def t16():
    return bytearray(b"").pop()
run('bytearray(b"").pop()', t16)
def t17():
    return bytearray(b"a").append(256)
run('bytearray(b"a").append(256)', t17)
def t18():
    return bytearray(b"a").append("x")
run('bytearray(b"a").append("x")', t18)
def t19():
    return b"a".join(["x"])
run('b"a".join(["x"])', t19)
def t20():
    return b"a".find("x")
run('b"a".find("x")', t20)
def t21():
    return b"a".split("x")
run('b"a".split("x")', t21)
def t22():
    return b"a" < "b"
run('b"a" < "b"', t22)
def t23():
    return b"abc".index(b"z")
run('b"abc".index(b"z")', t23)
def t24():
    return b"a" * 1.5
run('b"a" * 1.5', t24)
def t25():
    x = bytearray(b"ab")
    x[0] = "x"
run('bytearray(b"ab").__setitem__(0, "x")', t25)
def t26():
    x = bytearray(b"ab")
    x[0] = 999
run('bytearray(b"ab").__setitem__(0, 999)', t26)
def t27():
    return bytes("a", "bogus")
run('bytes("a", "bogus")', t27)
def t28():
    return b"a".startswith("a")
run('b"a".startswith("a")', t28)
def t29():
    return b"a".replace("a", b"b")
run('b"a".replace("a", b"b")', t29)
def t30():
    return b"a".strip("a")
run('b"a".strip("a")', t30)
def t31():
    return b"a".count("a")
run('b"a".count("a")', t31)
def t32():
    return bytearray(b"a").extend(5)
run('bytearray(b"a").extend(5)', t32)
def t33():
    return bytearray(b"a").extend(["x"])
run('bytearray(b"a").extend(["x"])', t33)
def t34():
    return b"a".decode(1)
run('b"a".decode(1)', t34)
def t35():
    return bytes.fromhex("abc")
run('bytes.fromhex("abc")', t35)
def t36():
    return bytearray(b"abc").remove(9)
run('bytearray(b"abc").remove(9)', t36)
def t37():
    return bytes(b"a", "utf-8")
run('bytes(b"a", "utf-8")', t37)
def t38():
    return bytes([-1])
run('bytes([-1])', t38)
def t39():
    return b"a".find()
run('b"a".find()', t39)
def t40():
    return b"a".find(1,2,3,4)
run('b"a".find(1,2,3,4)', t40)
def t41():
    return b"a".split(1,2,3)
run('b"a".split(1,2,3)', t41)
def t42():
    return b"a".decode("utf-8","strict",1)
run('b"a".decode("utf-8","strict",1)', t42)
def t43():
    return bytes.fromhex(1)
run('bytes.fromhex(1)', t43)
def t44():
    return b"a".strip(1,2)
run('b"a".strip(1,2)', t44)
def t45():
    return b"a".replace(b"a")
run('b"a".replace(b"a")', t45)
def t46():
    return b"a".join(1)
run('b"a".join(1)', t46)
def t47():
    return b"a".upper(1)
run('b"a".upper(1)', t47)
def t48():
    return b"abc".startswith(b"a", "x")
run('b"abc".startswith(b"a", "x")', t48)
def t49():
    return b"a".split(b"")
run('b"a".split(b"")', t49)
def t50():
    return b"a".find(300)
run('b"a".find(300)', t50)
def t51():
    return "a".encode(1)
run('"a".encode(1)', t51)
def t52():
    return "\xe9".encode("ascii", "bogus")
run('"\\xe9".encode("ascii", "bogus")', t52)
def t53():
    return b"\xff".decode("utf-8", "bogus")
run('b"\\xff".decode("utf-8", "bogus")', t53)
def t54():
    return "\xe9\u20ac".encode("ascii")
run('"\\xe9\\u20ac".encode("ascii")', t54)
def t55():
    return "a\u20ac\u20acb".encode("ascii")
run('"a\\u20ac\\u20acb".encode("ascii")', t55)
def t56():
    return "\u20ac".encode("latin-1")
run('"\\u20ac".encode("latin-1")', t56)
def t57():
    return "\U0001f600".encode("latin-1")
run('"\\U0001f600".encode("latin-1")', t57)
def t58():
    return bytearray(b"ab")[5]
run('bytearray(b"ab")[5]', t58)
def t59():
    x = bytearray(b"abc")
    x[slice(0, 3, 2)] = b"xyz"
run('bytearray(b"abc").__setitem__(slice(0, 3, 2), b"xyz")', t59)
def t60():
    x = bytearray(b"ab")
    x[slice(0,1)] = 5
run('bytearray(b"ab").__setitem__(slice(0,1), 5)', t60)
def t61():
    x = bytearray(b"ab")
    del x[7]
run('bytearray(b"ab").__delitem__(7)', t61)
def t62():
    return bytearray(1.5)
run('bytearray(1.5)', t62)
def t63():
    return bytearray(b"a").pop(5)
run('bytearray(b"a").pop(5)', t63)
def t64():
    return bytes(x=1)
run('bytes(x=1)', t64)
def t65():
    return bytearray(b"a").insert(0)
run('bytearray(b"a").insert(0)', t65)
def t66():
    return "a".encode(encoding="ascii", errors="strict", x=1)
run('"a".encode(encoding="ascii", errors="strict", x=1)', t66)
def t67():
    return b"a".decode(foo=1)
run('b"a".decode(foo=1)', t67)
tests2 = [b"\xff", b"\xe2\x82", b"\xe2\x82x", b"ab\xe2", b"\xed\xa0\x80", b"\xf0\x90", b"\xc0\x80", b"\xf5", b"a\x80b", b"\xe0\x80\x80", b"\xf4\x90\x80\x80", b"\xf0\x9f\x98\x80ok", b"\xe2x"]
for t in tests2:
    try: print(repr(t.decode()))
    except UnicodeDecodeError as e: print(e, '|', e.start, e.end, e.reason, e.encoding, e.object)
    print(repr(t.decode('utf-8', 'replace')), repr(t.decode(errors='ignore')), repr(t.decode('ascii', 'replace')))
try:
    '\u20ac'.encode('ascii')
except UnicodeError as e:
    print(type(e).__name__, e.start, e.end, e.reason, isinstance(e, ValueError))
print('a\u20acb'.encode('ascii', 'replace'), 'a\u20acb'.encode('latin-1', 'ignore'), 'x'.encode('UTF_8'), 'x'.encode('Latin1'))
for f in [lambda: bytearray(b'ab').pop('x'), lambda: bytearray(b'ab').insert('x', 1), lambda: b'a b'.split(maxsplit='x'), lambda: b'aa'.replace(b'a', b'b', 'x'), lambda: b'aaa'.replace(b'a', b'b', 2), lambda: b'a b c'.split(None, 1), lambda: bytearray(b'abc').pop(-1)]:
    try:
        print(f())
    except TypeError as e:
        print(e)
