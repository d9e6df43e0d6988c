import string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), len(string.printable), string.punctuation)
print(string.capwords("hello   world  foo"), string.capwords("a-b c-d", "-"), string.capwords(""))
t = string.Template("$who likes ${what}, $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("$1").substitute()
except ValueError as e:
    print("ValueError", e)
print(string.Template("${a}b $a").substitute({"a": 1}, a=2), string.Template("$x").template)
