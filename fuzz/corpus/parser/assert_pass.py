# assert statements that pass, and a caught AssertionError
assert 1 == 1
assert [1], "non-empty list is true"
try:
    assert 1 == 2
except AssertionError as e:
    print("AssertionError:", repr(e))
try:
    assert False, "with message"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert None, 42
except AssertionError as e:
    print("AssertionError:", repr(e))
print("done")
