import string
from string import Template

t = Template("$who likes ${what}, $$5 each")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": "tea"}, what="coffee"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
print(t.safe_substitute(who="bob"))
print(Template("$a$b ${c}d $").safe_substitute(a=1, b=2))
try:
    Template("cost: $").substitute()
except ValueError as e:
    print("ValueError:", e)
try:
    Template("bad ${x").substitute(x=1)
except ValueError as e:
    print("ValueError:", e)
print(Template("$x and $y and $x").get_identifiers())
print(Template("$ok ${fine}").is_valid(), Template("$").is_valid())
class Percent(Template):
    delimiter = "%"
print(Percent("%name is %{age}y").substitute(name="Al", age=30))
print(t.template)
print(string.capwords("hello   wide  world"), string.capwords("a-b c-d", "-"))
print(string.ascii_lowercase[:5], string.digits, len(string.punctuation), string.hexdigits)
print(repr(string.whitespace), string.ascii_uppercase[-3:], string.octdigits)
rows = [("apple", 3, 1.5), ("kiwi", 12, 0.25), ("watermelon", 1, 3.0)]
fmt = Template("$name: $qty @ $price")
for name, qty, price in rows:
    print(fmt.substitute(name=name.ljust(10), qty=str(qty).rjust(3), price="%.2f" % price))
class Obj:
    def __str__(self):
        return "OBJ"
print(Template("<$o>").substitute(o=Obj()), Template("$n").substitute(n=3.0))
