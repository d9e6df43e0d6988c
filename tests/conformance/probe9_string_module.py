import string

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), len(string.printable), string.punctuation)
print(string.capwords("  hello   wORLD  "), string.capwords("a-b c-d", "-"), repr(string.capwords("")))
t = string.Template("$who likes ${what}; $$ is a dollar")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "x"}, what="y"))
try:
    t.substitute(who="tim")
except KeyError as e:
    print("KeyError", e)
print(t.safe_substitute(who="tim"))
bad = string.Template("cost: $5")
try:
    bad.substitute()
except ValueError as e:
    print(e)
print(bad.safe_substitute(), t.get_identifiers(), t.is_valid(), bad.is_valid())
print(string.Template("${a}${a}$b").get_identifiers(), t.template)
class Pct(string.Template):
    delimiter = "%"
print(Pct("%x and %%").substitute(x=1))
try:
    string.Template("$").substitute()
except ValueError as e:
    print(e)
try:
    string.Template("${bad").substitute()
except ValueError as e:
    print(e)
print(string.Template("$a$b").substitute(a=1, b=[2]))
