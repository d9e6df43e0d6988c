# difffuzz round 5: BaseException.add_note and __notes__ (seeds 50500010, 50500019, 50500074)
e = ValueError('v')
for n in ('one', 'two'):
    e.add_note(n)
print(e.__notes__, str(e), repr(e))
for bad in (None, 5, b'x'):
    try:
        e.add_note(bad)
    except TypeError as te:
        print('TypeError', te)
f = KeyError('k')
f.__notes__ = 'not a list'
try:
    f.add_note('x')
except TypeError as te:
    print('TypeError', te)
print(getattr(ValueError(), '__notes__', 'none'))
try:
    e.add_note()
except TypeError as te:
    print('TypeError', te)
