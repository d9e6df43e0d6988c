# traceback -- gclab's traceback module.  The text and the frame
# summaries come from _traceback (C, modules/mod_traceback.c: the
# interpreter's own traceback printer, 3.11's carets included);
# StackSummary, TracebackException, walk_tb/walk_stack and the limit= and
# chain= forms are written here in the subset, as CPython 3.11 has them.

import sys
from _traceback import FrameSummary, extract_tb, extract_stack, _format_list
from _traceback import format_exception_only as _exception_lines

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only', 'format_list',
           'format_stack', 'format_tb', 'print_exc', 'format_exc', 'print_exception', 'print_last',
           'print_stack', 'print_tb', 'clear_frames', 'FrameSummary', 'StackSummary',
           'TracebackException', 'walk_stack', 'walk_tb']

_sentinel = object()


def _write(text, file):
    if file is None:
        file = sys.stderr
    file.write(text)


def _tb_of(exc, value, tb):
    # format_exception(exc) or (type, value, tb): the exception and its traceback
    if value is _sentinel:
        value = exc
        tb = exc.__traceback__ if exc is not None else None
    elif tb is _sentinel:
        tb = value.__traceback__ if value is not None else None
    return value, tb


def _exception_only(exc_type, exc_value):
    # The exception's lines, then one item per note (the C text ends
    # with the notes, one per line)
    lines = _exception_lines(exc_type, exc_value)
    notes = getattr(exc_value, '__notes__', None)
    if notes is None or not lines:
        return lines
    if isinstance(notes, (list, tuple)):
        texts = []
        for n in notes:
            try:
                texts.append(n if isinstance(n, str) else str(n))
            except Exception:
                texts.append('<note str() failed>')
    else:
        texts = [repr(notes)]
    suffix = ''.join(t + '\n' for t in texts)
    last = lines[-1]
    if texts and len(last) > len(suffix) and last.endswith(suffix):
        lines = lines[:-1] + [last[:-len(suffix)]] + [t + '\n' for t in texts]
    return lines


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    if f is None:
        f = sys._getframe().f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def _limited(items, limit):
    if limit is None:
        return list(items)
    if limit >= 0:
        out = []
        if limit == 0:
            return out
        for item in items:
            out.append(item)
            if len(out) >= limit:
                break
        return out
    return list(items)[limit:] if limit != 0 else []


class StackSummary(list):
    """A list of FrameSummary objects, ready for formatting."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        result = klass()
        for f, lineno in _limited(frame_gen, limit):
            co = f.f_code
            result.append(FrameSummary(co.co_filename, lineno, co.co_name))
        return result

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        return _format_list([frame_summary])[0]

    def format(self):
        return _format_list(self)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    for item in format_list(extracted_list):
        _write(item, file)


def format_tb(tb, limit=None):
    return StackSummary.from_list(extract_tb(tb, limit=limit)).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def clear_frames(tb):
    while tb is not None:
        tb.tb_frame.clear()
        tb = tb.tb_next


class _PrintContext:
    """Where the lines of an exception group's parts go: depth is the
    group nesting (two columns each), inside a group every line starts with
    a margin character and a space."""

    def __init__(self):
        self.depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.depth)

    def emit(self, text, margin='|'):
        if not self.depth:
            return text
        prefix = self.indent() + margin + ' '
        return ''.join(prefix + line for line in text.splitlines(True))


_cause_message = '\nThe above exception was the direct cause of the following exception:\n\n'
_context_message = '\nDuring handling of the above exception, another exception occurred:\n\n'


class TracebackException:
    """An exception ready for rendering: its type, str, notes and stack,
    and the TracebackExceptions of its cause and context; it does not
    keep the exception itself."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10, _seen=None):
        top = _seen is None
        if top:
            _seen = set()
        _seen.add(id(exc_value))
        self.stack = StackSummary.from_list(extract_tb(exc_traceback, limit=limit))
        self.exc_type = exc_type
        self._lines = _exception_only(exc_type, exc_value)
        try:
            self._str = str(exc_value)
        except Exception:
            self._str = '<exception str() failed>'
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.exceptions = None
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        if exc_value is None:
            return
        if isinstance(exc_value, BaseExceptionGroup):
            self.exceptions = [TracebackException(type(e), e, e.__traceback__, limit=limit,
                                                  max_group_width=max_group_width,
                                                  max_group_depth=max_group_depth, _seen=_seen)
                               for e in exc_value.exceptions]
        cause = exc_value.__cause__
        if cause is not None and id(cause) not in _seen:
            self.__cause__ = TracebackException(type(cause), cause, cause.__traceback__, limit=limit,
                                                _seen=_seen)
        context = exc_value.__context__
        if context is not None and id(context) not in _seen and not (compact and (
                self.__cause__ is not None or self.__suppress_context__)):
            self.__context__ = TracebackException(type(context), context, context.__traceback__,
                                                  limit=limit, _seen=_seen)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        yield from self._lines

    def format(self, *, chain=True, _ctx=None):
        if _ctx is None:
            _ctx = _PrintContext()
        output = []
        exc = self
        while exc is not None:
            if not chain:
                output.append((None, exc))
                break
            if exc.__cause__ is not None:
                msg, nxt = _cause_message, exc.__cause__
            elif exc.__context__ is not None and not exc.__suppress_context__:
                msg, nxt = _context_message, exc.__context__
            else:
                msg, nxt = None, None
            output.append((msg, exc))
            exc = nxt
        for msg, exc in reversed(output):
            if msg is not None:
                yield _ctx.emit(msg)
            if exc.exceptions is None:
                if exc.stack:
                    yield _ctx.emit('Traceback (most recent call last):\n')
                    for item in exc.stack.format():
                        yield _ctx.emit(item)
                for item in exc.format_exception_only():
                    yield _ctx.emit(item)
            elif _ctx.depth > self.max_group_depth:
                yield _ctx.emit(f"... (max_group_depth is {self.max_group_depth})\n")
            else:
                yield from exc._format_group(chain, _ctx)

    def _format_group(self, chain, _ctx):
        # CPython 3.11's layout: parts indented two columns a level inside
        # a "| " margin, each headed by a numbered rule; the last part is
        # closed once, by the innermost group that ends there.
        top = _ctx.depth == 0
        if top:
            _ctx.depth = 1
        if self.stack:
            yield _ctx.emit('Exception Group Traceback (most recent call last):\n', '+' if top else '|')
            for item in self.stack.format():
                yield _ctx.emit(item)
        for item in self.format_exception_only():
            yield _ctx.emit(item)
        num = len(self.exceptions)
        n = num if num <= self.max_group_width else self.max_group_width + 1
        _ctx.need_close = False
        for i in range(n):
            last = i == n - 1
            if last:
                _ctx.need_close = True
            truncated = i >= self.max_group_width
            title = '...' if truncated else f'{i + 1}'
            yield _ctx.indent() + ('+-' if i == 0 else '  ') + f'+---------------- {title} ----------------\n'
            _ctx.depth += 1
            if not truncated:
                yield from self.exceptions[i].format(chain=chain, _ctx=_ctx)
            else:
                more = num - self.max_group_width
                yield _ctx.emit(f"and {more} more exception{'s' if more > 1 else ''}\n")
            if last and _ctx.need_close:
                yield _ctx.indent() + '+------------------------------------\n'
                _ctx.need_close = False
            _ctx.depth -= 1
        if top:
            _ctx.depth = 0

    def print(self, *, file=None, chain=True):
        for line in self.format(chain=chain):
            _write(line, file)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value, tb = _tb_of(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        _write(line, file)


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
        exc = type(value)
    return _exception_only(exc, value)


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, 'last_value'):
        raise ValueError('no last exception')
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)
