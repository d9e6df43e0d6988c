# textwrap: wrap/fill with every TextWrapper option over texts that exercise
# the chunking rules (hyphens, em-dashes, sentence ends, long words),
# max_lines and placeholders, shorten, dedent and indent.
import textwrap
texts = [
    "Look, goof-ball -- use the -b option!",
    "The quick brown fox jumps over the lazy dog. " * 5,
    "Hello there.\nThis is a test.  Of sentence endings! Really? \"Yes.\" Done",
    "A well-known, state-of-the-art, high-quality re-entrant thing: e-mail, x-ray, t-shirt, 3-d, a--b, --c, d--, e--f--g.",
    "tab\tseparated\tvalues\tand\x0bvertical\x0cform\rreturn",
    "supercalifragilisticexpialidocious-and-more-hyphenated-wordsthatgoonforever",
    "   leading and trailing spaces   ",
    "",
    "one",
    "word" * 30,
    "under_score and digits 123-456 and letters-123 abc-d ab-cd a-b-c-d-e",
    "Éclair-ßtraße über-naïve café",
    "Mr. Smith went to Washington. He said \"hi!\" then left.",
    "--leading dashes and trailing dashes-- and middle---dashes",
    "x" * 10 + " " + "y" * 25 + "-" + "z" * 25,
]
for t in texts:
    for w in (1, 5, 10, 20, 35, 70):
        try:
            print(w, textwrap.wrap(t, w))
        except ValueError as e:
            print(w, 'ValueError', e)
    print(textwrap.wrap(t, 12, break_on_hyphens=False))
    print(textwrap.wrap(t, 12, break_long_words=False))
    print(textwrap.wrap(t, 15, drop_whitespace=False))
    print(textwrap.wrap(t, 20, fix_sentence_endings=True))
    print(textwrap.wrap(t, 20, initial_indent='* ', subsequent_indent='  '))
    print(textwrap.wrap(t, 20, max_lines=2))
    print(textwrap.wrap(t, 20, max_lines=1, placeholder='...'))
    print(textwrap.wrap(t, 15, max_lines=2, drop_whitespace=False))
    print(textwrap.wrap(t, 20, expand_tabs=False, replace_whitespace=False))
    print(textwrap.wrap(t, 20, tabsize=4, replace_whitespace=False))
    print(repr(textwrap.fill(t, 25)))
    print(repr(textwrap.shorten(t, 20)), repr(textwrap.shorten(t, 40, placeholder=' ~')))
w = textwrap.TextWrapper(width=30, initial_indent='> ')
print(w.fill("Some text that is long enough to wrap over a few lines of output."))
print(w._split("a-b-c goof-ball -- x"))
for bad in (0, -1):
    try:
        textwrap.wrap('abc', bad)
    except ValueError as e:
        print('ValueError', e)
try:
    textwrap.wrap('abc def', 5, max_lines=1, placeholder='-' * 10)
except ValueError as e:
    print('ValueError', e)
docs = [
    "    def f():\n        return 1\n    \n",
    "  a\n\tb\n",
    "\t  x\n\t  y\n\t z\n",
    "no indent\n    indented\n",
    "   \n  \t\n  x\n   y\n",
    "  a\r\n  b\r\n",
    "",
    "\n\n",
    "    only\n",
]
for d in docs:
    print(repr(textwrap.dedent(d)))
    print(repr(textwrap.indent(d, '>> ')), repr(textwrap.indent(d, '+', lambda l: True)))
print(textwrap.__all__)
