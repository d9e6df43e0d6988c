"""Utilities for with-statement contexts, as CPython 3.11's contextlib.

contextmanager (a generator turned into a context manager, usable as a
decorator too), ContextDecorator, AbstractContextManager, suppress,
nullcontext, closing and ExitStack, which keeps callbacks and entered
managers and unwinds them newest first, passing each the exception the
previous ones left, as CPython's does.  No async variants, no
redirect_stdout/redirect_stderr (the subset has no io streams to swap).
"""

import sys
from functools import wraps


class AbstractContextManager:
    """A context manager whose __enter__ returns self."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class ContextDecorator:
    """A context manager that can also decorate a function: each call of
    the function runs inside a fresh context."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    """What @contextmanager makes: the generator runs to its yield on
    entry and is resumed (or thrown the exception) on exit."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        return self.__class__(self.func, self.args, self.kwds)

    def __enter__(self):
        # the generator needs no more than these once started
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(typ, value, traceback)
        except StopIteration as exc:
            # the generator swallowed the exception (True), unless what
            # stopped it is the very StopIteration thrown in
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                exc.__traceback__ = traceback
                return False
            # a StopIteration thrown in comes back as a RuntimeError
            # caused by it (PEP 479): report the original
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            exc.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """@contextmanager decorator: a generator function that yields once
    becomes a factory of context managers."""
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    """Calls thing.close() on exit."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class nullcontext(AbstractContextManager):
    """A context manager that does nothing; enter_result is what `as`
    binds."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class suppress(AbstractContextManager):
    """Suppresses the listed exceptions (and their subclasses) raised in
    the body; execution continues after the with statement."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class ExitStack(AbstractContextManager):
    """Context managers and callbacks entered or pushed one by one, all
    unwound (newest first) when the stack closes."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Registers an __exit__-like callable (or an object's __exit__)."""
        exit_method = getattr(type(exit), "__exit__", None)
        if exit_method is None:
            self._exit_callbacks.append((True, exit))
        else:
            self._exit_callbacks.append((True, exit_method.__get__(exit, type(exit))))
        return exit

    def enter_context(self, cm):
        """Enters cm and pushes its __exit__; returns what __enter__ gave."""
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the context manager protocol") from None
        result = enter(cm)
        self._exit_callbacks.append((True, exit.__get__(cm, cls)))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Registers callback(*args, **kwds), called on exit."""
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append((False, _exit_wrapper))
        return callback

    def close(self):
        self.__exit__(None, None, None)

    def __exit__(self, *exc_details):
        had_exc = exc_details[0] is not None
        outer = sys.exc_info()[1]   # handled around the with statement, if any
        suppressed = raised = False
        while self._exit_callbacks:
            _, cb = self._exit_callbacks.pop()
            try:
                if cb(*exc_details):
                    suppressed, raised = True, False
                    exc_details = (None, None, None)
            except BaseException as new:
                _chain_context(new, exc_details[1], outer)
                raised = True
                exc_details = (type(new), new, new.__traceback__)
        if raised:
            exc = exc_details[1]
            context = exc.__context__
            try:
                raise exc
            except BaseException:
                # raising it here would make the handler's exception its
                # context: keep the one the callbacks' order gave it
                exc.__context__ = context
                raise
        return had_exc and suppressed


def _chain_context(new, old, outer):
    """Make old the context of the exception an exit callback raised, as
    nested with statements would: the end of new's context chain (before
    the exception handled outside the stack) gets old."""
    while True:
        ctx = new.__context__
        if ctx is None or ctx is old:
            return
        if ctx is outer:
            break
        new = ctx
    new.__context__ = old
