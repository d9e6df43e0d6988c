# sys.version_info / sys.float_info are struct sequences (named tuples of
# the runtime), sys.hexversion and sys.byteorder: what scripts check
# before anything else.  Values that name the exact patch release are
# not printed (gclab reports 3.11.0).
import sys

vi = sys.version_info
print(vi[:2], vi.major, vi.minor, vi.releaselevel, vi.serial, len(vi), type(vi.micro).__name__)
print(vi >= (3, 8), vi < (3, 12), vi[:2] == (3, 11), vi.major == vi[0], isinstance(vi, tuple))
print(type(vi).__name__, repr(type(vi)), hash(vi) == hash(tuple(vi)))
print(repr(vi).startswith("sys.version_info(major=3, minor=11, micro="), repr(vi).endswith("releaselevel='final', serial=0)"))
major, minor, *rest = vi
print(major, minor, rest[1:], list(vi)[3:], vi.count(3) >= 1, vi.index(11))
print(sys.hexversion >> 16 == 0x030B, sys.hexversion & 0xFF, sys.byteorder)
fi = sys.float_info
print(fi)
print(fi.max, fi.epsilon, fi.dig, fi.mant_dig, fi[0] == fi.max, len(fi), 1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0)
for bad in (lambda: setattr(vi, "major", 4), lambda: type(vi)((1, 2, 3, "x", 0)), lambda: vi.nope):
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
ii = sys.int_info
print(ii, ii.bits_per_digit, sys.platform, sys.maxunicode == 0x10FFFF, chr(sys.maxunicode) == "\U0010ffff")
print(sys.getdefaultencoding(), sys.getfilesystemencoding())
for bad in (lambda: sys.getdefaultencoding(1),):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
