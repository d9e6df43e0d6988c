# int() and float() of a str read any Unicode decimal digit as its ASCII
# digit and any Unicode whitespace as a space (CPython 3.11 rewrites the
# text to ASCII first); other non-ASCII characters are invalid, and the
# error message shows the original str.
print(int('１２３'), int('١٢٣'), int('۱۲۳'), int('1２3'), int('-٤٢'), int('+\u0967\u0968'))
print(float('１.５'), float('-٣.١٤'), float('١e٣'), float('１２_３.５'), float('\U0001d7d9\U0001d7e2'))
print(int(' \u3000１２\u2003 '), int('\xa012\x85'), float('\u2003١٢.٥e١\u3000'), float('\u20281.5\u2029'))
print(int('1_２'), int('١_٢', 10), int('١٢', 8), int('１０', 2), int('１f', 16), int('٠x1f', 0), int('٠b١٠', 0))
print(int('\u0f29', 10), float('\u0f29'), int('\u1040\u1049'), int('\U0001fbf9'))
class MyInt(int):
    pass
class MyFloat(float):
    pass
print(MyInt('٧'), type(MyInt('٧')).__name__, MyFloat('٧.٥'), type(MyFloat('٧.٥')).__name__)
bad = ['１２_', '1__2', '_١', '１ ２', '\u3000', '\u3000\u2003', '１２ａ', 'abc\u3000', '١٫٥',
       '١,٥', '\x7f1', '1\x7f', '１２\x00', '٠x1', '①', '²', '½', 'Ⅻ', '\u00b5', 'ｉｎｆ', 'inf\u3000', '']
for s in bad:
    for conv in (int, float):
        try:
            print(conv.__name__, conv(s))
        except ValueError as e:
            print(conv.__name__, 'ValueError', e)
for s, b in [('０ｘ1f', 0), ('0x１f', 0), ('０b1', 0), ('１Ａ', 16), ('٠٠١', 0), ('０', 0), ('٠_٠', 0)]:
    try:
        print(ascii(s), b, int(s, b))
    except ValueError as e:
        print('ValueError', e)
print(float(' \u3000inf\u3000 '), float('\u2003-nan'), float('١E-٢'))
