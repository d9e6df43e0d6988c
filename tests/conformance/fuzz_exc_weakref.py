# raise-from contexts and weak dictionaries' get: differences found by scripts/difffuzz.py, minimised
import gc
import weakref
log = []
def show(*a):
    print(*a)
# difffuzz seed 1006
try:
    class C1:
        def __repr__(self):
            return 'C1()'
        def __init__(self, *a):
            super().__init__(*a)
        def __getitem__(self, i):
            if i > 2:
                raise IndexError(i)
            return i * 4
    show(bool(C1()))
except Exception as e:
    show('E', type(e).__name__, e)
try:
    o = C1()
    d = weakref.WeakKeyDictionary()
    show(d.get([-2.25, [], ['ab', 'Hello', -7.5]]), len(d))
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1014
try:
    try:
        try:
            raise KeyError('a')
        except KeyError as e:
            raise ValueError('b') from 1
    except BaseException as x:
        show(type(x).__name__, x, type(x.__cause__).__name__, type(x.__context__).__name__, x.__suppress_context__)
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1043
try:
    try:
        try:
            raise TypeError('a')
        except TypeError as e:
            raise ZeroDivisionError('b') from 1
    except BaseException as x:
        show(type(x).__name__, x, type(x.__cause__).__name__, type(x.__context__).__name__, x.__suppress_context__)
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1064
try:
    try:
        try:
            raise ValueError('a')
        except ValueError as e:
            raise ValueError('b') from 1
    except BaseException as x:
        show(type(x).__name__, x, type(x.__cause__).__name__, type(x.__context__).__name__, x.__suppress_context__)
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1090
try:
    class C2:
        def __repr__(self):
            return 'C2()'
        def __getitem__(self, i):
            if i > 2:
                raise IndexError(i)
            return i * 1
    show(C2() == C2())
except Exception as e:
    show('E', type(e).__name__, e)
try:
    o = C2()
    d = weakref.WeakKeyDictionary()
    show(d.get(2), len(d))
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1191
try:
    try:
        try:
            raise IndexError('a')
        except IndexError as e:
            raise ZeroDivisionError('b') from 1
    except BaseException as x:
        show(type(x).__name__, x, type(x.__cause__).__name__, type(x.__context__).__name__, x.__suppress_context__)
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1269
try:
    class C1:
        def __repr__(self):
            return 'C1()'
        def __init__(self, *a):
            super().__init__(*a)
        def __eq__(self, o):
            return self is o
        def __hash__(self):
            return None
        def __getitem__(self, i):
            if i > 2:
                raise IndexError(i)
            return i * 4
        def __bool__(self):
            return True
    show(hash(C1()))
except Exception as e:
    show('E', type(e).__name__, e)
try:
    o = C1()
    d = weakref.WeakKeyDictionary()
    show(d.get(()), len(d))
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1099
try:
    class C3:
        def __repr__(self):
            return 'C3()'
        def __eq__(self, o):
            return True
        def __hash__(self):
            return -1
        def __str__(self):
            return 's'
    show(bool(C3()))
except Exception as e:
    show('E', type(e).__name__, e)
try:
    o = C3()
    d = weakref.WeakKeyDictionary()
    show(d.get(False), len(d))
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1182
try:
    class C1:
        def __repr__(self):
            return 'C1()'
        def __init__(self, *a):
            super().__init__()
    show({C1(): 1})
except Exception as e:
    show('E', type(e).__name__, e)
try:
    o = C1()
    d = weakref.WeakKeyDictionary()
    show(d.get(1e10), len(d))
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1190
try:
    class C1:
        def __repr__(self):
            return 'C1()'
    show(len(C1()))
except Exception as e:
    show('E', type(e).__name__, e)
try:
    o = C1()
    d = weakref.WeakKeyDictionary()
    show(d.get(None), len(d))
except Exception as e:
    show('E', type(e).__name__, e)
# difffuzz seed 1209
try:
    class C1:
        def __repr__(self):
            return 'C1()'
        def __eq__(self, o):
            return True
        def __hash__(self):
            return True
    show(C1(1))
except Exception as e:
    show('E', type(e).__name__, e)
try:
    o = C1()
    d = weakref.WeakKeyDictionary()
    show(d.get(''), len(d))
except Exception as e:
    show('E', type(e).__name__, e)
