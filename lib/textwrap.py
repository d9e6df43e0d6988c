# textwrap -- wrapping and filling text, as CPython 3.11's module: the
# same TextWrapper options, chunking, line breaking and max_lines /
# placeholder handling, dedent, indent and shorten, with the same results.
#
# CPython finds the chunks with regular expressions (TextWrapper.wordsep_re
# and friends); gclab has no `re`, so _split_words below scans the text by
# hand, following those expressions' rules one alternative at a time (see
# the comments there).  TextWrapper has no wordsep_re / wordsep_simple_re /
# sentence_end_re attributes (a subclass overriding them has no effect).

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# What CPython's textwrap counts as whitespace (not all of str.isspace).
_whitespace = '\t\n\x0b\x0c\r '


def _is_ws(ch):
    return ch in _whitespace


def _is_word(ch):
    # the regular expressions' \w for str patterns
    return ch.isalnum() or ch == '_'


def _is_letter(ch):
    # [^\d\W]: a word character that is not a decimal digit
    return _is_word(ch) and not ch.isdecimal()


def _is_word_punct(ch):
    # [\w!"'&.,?]
    return _is_word(ch) or ch in '!"\'&.,?'


def _dashes_then_word(text, i):
    # does -{2,}\w match at i?
    n = len(text)
    j = i
    while j < n and text[j] == '-':
        j += 1
    if j - i >= 2 and j < n and _is_word(text[j]):
        return j
    return -1


def _split_words(text):
    # The chunks of CPython's wordsep_re.split(text) (break_on_hyphens):
    # at each position, in the pattern's order,
    #   1. a run of whitespace;
    #   2. an em-dash: two or more '-' after a word-punctuation character
    #      and before a word character;
    #   3. a word: the shortest run of non-whitespace that ends
    #      a. with a hyphen between letters (the '-' is taken; it must
    #         follow two letters, or letter-hyphen-letter, and precede a
    #         letter, an optional '-', a letter),
    #      b. before whitespace or the end,
    #      c. after word punctuation, before an em-dash.
    n = len(text)
    chunks = []
    i = 0
    while i < n:
        ch = text[i]
        if _is_ws(ch):
            j = i + 1
            while j < n and _is_ws(text[j]):
                j += 1
        elif i > 0 and ch == '-' and _is_word_punct(text[i - 1]) and _dashes_then_word(text, i) >= 0:
            j = _dashes_then_word(text, i)
            # -{2,} is greedy up to the word character
            while text[j - 1] != '-':
                j -= 1
        else:
            j = i + 1
            while True:
                # a. a hyphen between letters
                if (j < n and text[j] == '-'
                        and ((j >= 2 and _is_letter(text[j - 2]) and _is_letter(text[j - 1]))
                             or (j >= 3 and _is_letter(text[j - 3]) and text[j - 2] == '-'
                                 and _is_letter(text[j - 1])))
                        and j + 1 < n and _is_letter(text[j + 1])
                        and ((j + 2 < n and _is_letter(text[j + 2]))
                             or (j + 3 < n and text[j + 2] == '-' and _is_letter(text[j + 3])))):
                    j += 1
                    break
                # b. the end of the word
                if j >= n or _is_ws(text[j]):
                    break
                # c. before an em-dash
                if _is_word_punct(text[j - 1]) and _dashes_then_word(text, j) >= 0:
                    break
                j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_simple(text):
    # wordsep_simple_re.split(text): runs of whitespace and of the rest
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        ws = _is_ws(text[i])
        j = i + 1
        while j < n and _is_ws(text[j]) == ws:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _sentence_end(chunk):
    # sentence_end_re: [a-z][.!?]["']? at the end of the chunk
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?'
            and 'a' <= chunk[-2] <= 'z')


class TextWrapper:
    """Object for wrapping/filling text (see CPython's textwrap)."""

    unicode_whitespace_trans = {}
    for _x in _whitespace:
        unicode_whitespace_trans[ord(_x)] = ord(' ')
    del _x

    def __init__(self,
                 width=70,
                 initial_indent="",
                 subsequent_indent="",
                 expand_tabs=True,
                 replace_whitespace=True,
                 fix_sentence_endings=False,
                 break_long_words=True,
                 drop_whitespace=True,
                 break_on_hyphens=True,
                 tabsize=8,
                 *,
                 max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            chunks = _split_words(text)
        else:
            chunks = _split_simple(text)
        return [c for c in chunks if c]

    def _fix_sentence_endings(self, chunks):
        # one space after a sentence's end becomes two
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _sentence_end(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        # a chunk longer than a whole line: cut it (after a hyphen when
        # one fits), or, without break_long_words, put it on a line of
        # its own
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        # taken from the end: the next chunk is chunks[-1]
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)

            # no whitespace at the start of a line but the first
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]

            while chunks:
                size = len(chunks[-1])
                if cur_len + size > width:
                    break
                cur_line.append(chunks.pop())
                cur_len += size

            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))

            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]

            if not cur_line:
                continue
            last_allowed = (self.max_lines is None
                            or len(lines) + 1 < self.max_lines
                            or (not chunks
                                or self.drop_whitespace and len(chunks) == 1
                                and not chunks[0].strip()) and cur_len <= width)
            if last_allowed:
                lines.append(indent + ''.join(cur_line))
                continue
            # the last line allowed: end it with the placeholder
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + ''.join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev_line = lines[-1].rstrip()
                    if len(prev_line) + len(self.placeholder) <= self.width:
                        lines[-1] = prev_line + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """Reformat one paragraph into lines of at most self.width columns."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The lines of wrap(text) joined by newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def _blank_space_only_lines(text):
    # CPython's _whitespace_only_re.sub('', text): a line of only spaces
    # and tabs loses them (its newline stays)
    lines = text.split('\n')
    for i, line in enumerate(lines):
        if line and line.strip(' \t') == '':
            lines[i] = ''
    return '\n'.join(lines)


def dedent(text):
    """Remove any common leading whitespace from every line in `text`."""
    text = _blank_space_only_lines(text)
    margin = None
    for line in text.split('\n'):
        content = line.lstrip(' \t')
        if not content:
            continue            # no character but spaces and tabs
        indent = line[:len(line) - len(content)]
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            # the longest common prefix of the two
            for i, (x, y) in enumerate(zip(margin, indent)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        lines = text.split('\n')
        for i, line in enumerate(lines):
            if line.startswith(margin):
                lines[i] = line[len(margin):]
        text = '\n'.join(lines)
    return text


def indent(text, prefix, predicate=None):
    """Add 'prefix' to the beginning of selected lines in 'text' (by
    default, the lines that are not only whitespace)."""
    if predicate is None:
        def predicate(line):
            return line.strip()

    def prefixed_lines():
        for line in text.splitlines(True):
            yield (prefix + line if predicate(line) else line)
    return ''.join(prefixed_lines())
