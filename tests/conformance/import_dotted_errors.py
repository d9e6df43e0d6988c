# The errors of dotted and relative imports, with CPython 3.11's messages.
import sys
import pkgdemo_pkg


def show(what, f):
    try:
        f()
        print(what, 'ok')
    except Exception as e:
        # the file name in "cannot import name" messages is an absolute path
        print(what, type(e).__name__, str(e).split(' (/')[0], getattr(e, 'name', '-'))


def imp1():
    import pkgdemo_pkg.nothere


def imp2():
    import pkgdemo_pkg.util.x


def imp3():
    from pkgdemo_pkg import nothere


def imp4():
    from . import x


def imp5():
    from .m import y


def imp6():
    import pkgdemo_pkg.inner.beyond


def imp7():
    from pkgdemo_pkg.nothere import x


def imp8():
    import nosuchtoplevel.sub


def imp9():
    import pkgdemo_pkg.util as u
    return u.nothing


show('missing submodule', imp1)
show('not a package', imp2)
show('missing name', imp3)
show('relative in main', imp4)
show('relative module in main', imp5)
show('beyond top level', imp6)
show('from missing submodule', imp7)
show('missing top level', imp8)
show('attribute', imp9)
show('empty name', lambda: __import__(''))
show('negative level', lambda: __import__('x', level=-1))
show('relative, no globals', lambda: __import__('x', level=1))
show('package not str', lambda: __import__('x', globals={'__package__': 5}, level=1))
show('relative, empty package', lambda: __import__('x', globals={'__package__': ''}, level=1))
show('too far', lambda: __import__('x', globals={'__package__': 'a.b'}, level=3))
show('fromlist item', lambda: __import__('pkgdemo_pkg', fromlist=[1]))
print(sorted(k for k in sys.modules if k.startswith('pkgdemo_pkg')))
print(__name__, __package__)
show('name not str', lambda: __import__('x', globals={'__name__': 5}, level=1))
show('name without package', lambda: __import__('x', globals={'__name__': 'top'}, level=1))
