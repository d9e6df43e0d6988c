# A schema validator of the kind found in web back-ends: schemas built
# from Field classes (Int, Str, Email, Enum, List, Nested, Optional) with
# a ValidationError hierarchy carrying a path; nested records validated by
# raising at the first problem inside each field and collecting the
# errors per record; coercion by int()/float() inside try/except; custom
# exceptions re-raised with "raise ... from"; finally blocks counting;
# and a summary of error kinds.  Records come from a seeded generator,
# about a third of them broken in some way.
# Parameters: records (default 6000), seed (default 17).
import sys


class ValidationError(Exception):
    kind = "invalid"

    def __init__(self, message, path=()):
        super().__init__(message)
        self.message = message
        self.path = tuple(path)

    def at(self, key):
        err = type(self)(self.message, (key,) + self.path)
        err.__cause__ = self.__cause__
        return err

    def __str__(self):
        where = ".".join(str(p) for p in self.path) or "<root>"
        return "%s: %s" % (where, self.message)


class MissingField(ValidationError):
    kind = "missing"


class WrongType(ValidationError):
    kind = "type"


class OutOfRange(ValidationError):
    kind = "range"


class Field:
    def __init__(self, required=True):
        self.required = required

    def validate(self, value):
        raise NotImplementedError


class Int(Field):
    def __init__(self, lo=None, hi=None, **kw):
        super().__init__(**kw)
        self.lo = lo
        self.hi = hi

    def validate(self, value):
        if isinstance(value, bool):
            raise WrongType("bool is not an int")
        if isinstance(value, str):
            try:
                value = int(value.strip())
            except ValueError as e:
                raise WrongType("not an integer: %r" % value) from e
        elif not isinstance(value, int):
            raise WrongType("expected int, got %s" % type(value).__name__)
        if self.lo is not None and value < self.lo:
            raise OutOfRange("%d < %d" % (value, self.lo))
        if self.hi is not None and value > self.hi:
            raise OutOfRange("%d > %d" % (value, self.hi))
        return value


class Str(Field):
    def __init__(self, max_len=40, **kw):
        super().__init__(**kw)
        self.max_len = max_len

    def validate(self, value):
        if not isinstance(value, str):
            raise WrongType("expected str, got %s" % type(value).__name__)
        value = value.strip()
        if not value:
            raise ValidationError("empty string")
        if len(value) > self.max_len:
            raise OutOfRange("longer than %d" % self.max_len)
        return value


class Email(Str):
    def validate(self, value):
        value = super().validate(value)
        local, sep, domain = value.partition("@")
        if not sep or not local or "." not in domain:
            raise ValidationError("bad email %r" % value)
        return value.lower()


class Enum(Field):
    def __init__(self, *choices, **kw):
        super().__init__(**kw)
        self.choices = frozenset(choices)

    def validate(self, value):
        if value not in self.choices:
            raise ValidationError("%r not one of %s" % (value, sorted(self.choices)))
        return value


class List(Field):
    def __init__(self, item, max_items=8, **kw):
        super().__init__(**kw)
        self.item = item
        self.max_items = max_items

    def validate(self, value):
        if not isinstance(value, list):
            raise WrongType("expected list")
        if len(value) > self.max_items:
            raise OutOfRange("too many items")
        out = []
        for i, v in enumerate(value):
            try:
                out.append(self.item.validate(v))
            except ValidationError as e:
                raise e.at(i)
        return out


class Nested(Field):
    def __init__(self, schema, **kw):
        super().__init__(**kw)
        self.schema = schema

    def validate(self, value):
        if not isinstance(value, dict):
            raise WrongType("expected object")
        return self.schema.validate(value)


class Schema:
    def __init__(self, **fields):
        self.fields = fields

    def validate(self, data):
        clean = {}
        for name, field in self.fields.items():
            if name not in data:
                if field.required:
                    raise MissingField("required").at(name)
                continue
            try:
                clean[name] = field.validate(data[name])
            except ValidationError as e:
                raise e.at(name)
        extra = set(data) - set(self.fields)
        if extra:
            raise ValidationError("unknown fields %s" % sorted(extra))
        return clean

    def errors(self, data):
        """Every field's first error, not just the record's first."""
        found = []
        for name, field in self.fields.items():
            try:
                if name in data:
                    field.validate(data[name])
                elif field.required:
                    raise MissingField("required")
            except ValidationError as e:
                found.append(e.at(name))
        return found


ADDRESS = Schema(street=Str(), city=Str(max_len=20), zip=Int(lo=1000, hi=99999))
USER = Schema(
    id=Int(lo=1),
    name=Str(max_len=24),
    email=Email(),
    role=Enum("admin", "staff", "guest"),
    age=Int(lo=0, hi=150, required=False),
    tags=List(Str(max_len=10), required=False),
    address=Nested(ADDRESS),
    scores=List(Int(lo=0, hi=100), max_items=5, required=False),
)


def make_record(i, rnd):
    rec = {
        "id": i + 1,
        "name": "user%d" % i,
        "email": "User%d@Example.org" % i,
        "role": ("admin", "staff", "guest")[rnd(3)],
        "address": {"street": "%d Main St" % rnd(999), "city": "Town%d" % rnd(50), "zip": 1000 + rnd(90000)},
    }
    if rnd(2):
        rec["age"] = rnd(90)
    if rnd(2):
        rec["tags"] = ["t%d" % rnd(20) for _ in range(rnd(4))]
    if rnd(3) == 0:
        rec["scores"] = [rnd(100) for _ in range(1 + rnd(5))]
    fault = rnd(9)
    if fault == 0:
        del rec["email"]
    elif fault == 1:
        rec["age"] = str(rnd(200)) if rnd(2) else "x%d" % rnd(9)
    elif fault == 2:
        rec["address"]["zip"] = "%05d" % rnd(1200)
    elif fault == 3:
        rec["role"] = "root"
    elif fault == 4:
        rec["tags"] = ["ok", "much-too-long-tag", 7][: 1 + rnd(3)]
    elif fault == 5:
        rec["email"] = "nobody-at-example"
    elif fault == 6:
        rec["address"] = "somewhere"
    return rec


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 6000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 17
    x = seed

    def rnd(k):
        nonlocal x
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        return (x >> 7) % k

    kinds = {}
    paths = {}
    valid = 0
    checked = 0
    chained = 0
    samples = []
    all_errors = 0
    for i in range(n):
        rec = make_record(i, rnd)
        try:
            clean = USER.validate(rec)
            valid += 1
            if clean["email"] != rec["email"].lower():
                raise AssertionError("email not normalised")
        except ValidationError as e:
            kinds[e.kind] = kinds.get(e.kind, 0) + 1
            key = ".".join(str(p) for p in e.path)
            paths[key] = paths.get(key, 0) + 1
            if e.__cause__ is not None:
                chained += 1
            if len(samples) < 6:
                samples.append(str(e))
            all_errors += len(USER.errors(rec))
        finally:
            checked += 1
    print("checked %d valid %d chained %d all-field errors %d" % (checked, valid, chained, all_errors))
    print("kinds", sorted(kinds.items()))
    print("paths", sorted(paths.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
    for s in samples:
        print(" ", s)


main()
