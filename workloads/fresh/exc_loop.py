# Exceptions in loops: a small validation library raising and catching
# custom exception classes in a hierarchy, try/except/else/finally,
# re-raising, exception attributes and chaining, KeyError/IndexError
# from the built-in containers, and StopIteration from next().
import sys


class ValidationError(Exception):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


class RangeError(ValidationError):
    pass


class FormatError(ValidationError):
    pass


class MissingError(ValidationError):
    pass


def check_int(record, field, lo, hi):
    if field not in record:
        raise MissingError(field, "missing")
    v = record[field]
    if not isinstance(v, int):
        try:
            v = int(v)
        except ValueError:
            raise FormatError(field, f"not an int: {v!r}") from None
    if v < lo or v > hi:
        raise RangeError(field, f"{v} not in [{lo}, {hi}]")
    return v


def validate(record):
    age = check_int(record, "age", 0, 150)
    score = check_int(record, "score", 0, 100)
    return age, score


def lookups(table, keys):
    found = missing = 0
    for k in keys:
        try:
            table[k]
        except KeyError:
            missing += 1
        else:
            found += 1
    return found, missing


def safe_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return 0
    finally:
        pass


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 600000
    counts = {"ok": 0, "RangeError": 0, "FormatError": 0, "MissingError": 0}
    fields = {}
    total = 0
    s = 11
    for i in range(n):
        s = (s * 1103515245 + 12345) & 0x7FFFFFFF
        kind = s % 10
        rec = {"age": (s >> 8) % 170, "score": str((s >> 4) % 120)}
        if kind == 0:
            del rec["score"]
        elif kind == 1:
            rec["age"] = "x%d" % i
        try:
            age, score = validate(rec)
        except ValidationError as e:
            counts[type(e).__name__] += 1
            fields[e.field] = fields.get(e.field, 0) + 1
        else:
            counts["ok"] += 1
            total += age + score
    print(counts)
    print(sorted(fields.items()), total)
    table = {i * 3: i for i in range(1000)}
    print("lookups", lookups(table, range(n // 5)))
    items = list(range(50))
    idx_errors = 0
    for i in range(n // 2):
        try:
            items[i % 70]
        except IndexError:
            idx_errors += 1
    print("index errors", idx_errors)
    print("divs", sum(safe_div(i, i % 5) for i in range(n // 2)))
    it_done = 0
    for i in range(n // 20):
        it = iter((1, 2))
        while True:
            try:
                next(it)
            except StopIteration:
                it_done += 1
                break
    print("iterators", it_done)
    nested = 0
    for i in range(n // 10):
        try:
            try:
                raise RangeError("r", str(i))
            except RangeError as e:
                raise ValueError("wrapped") from e
        except ValueError as e:
            if isinstance(e.__cause__, RangeError):
                nested += 1
    print("chained", nested)
    try:
        validate({"age": 5, "score": "abc"})
    except FormatError as e:
        print("message:", e, e.__suppress_context__)


main()
