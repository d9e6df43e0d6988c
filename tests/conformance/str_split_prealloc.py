# str.split/rsplit preallocate their list as CPython 3.11 (12 slots, maxsplit+1
# below that; a separator longer than the text gives a one-slot list):
# sys.getsizeof of the results.
import sys
for s in ["", "a", "a b", " a b c d e f g h i j k l m n ", "a=b", "a=b=c=d", "=" * 30]:
    for m in (-1, 0, 1, 2, 11, 12, 13):
        print(sys.getsizeof(s.split(None, m)), sys.getsizeof(s.split("=", m)), sys.getsizeof(s.split("ab", m)),
              sys.getsizeof(s.rsplit(None, m)), sys.getsizeof(s.rsplit("=", m)), sys.getsizeof(s.rsplit("==", m)), end=" ")
    print(sys.getsizeof(s.split()), sys.getsizeof(s.split("=")), sys.getsizeof(s.split("long sep")), sys.getsizeof(s.rsplit("long sep")))
