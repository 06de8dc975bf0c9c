"""Text wrapping and filling, following CPython's textwrap module.

Text is cut into chunks (whitespace runs and words, words further split
after hyphens and before em-dashes by CPython's rules) and the chunks are
packed greedily into lines. MicroPython's re has no lookbehind, so the
chunking is done by hand.
"""

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

_whitespace = "\t\n\x0b\x0c\r "


def _is_word(c):
    # Python's \w. MicroPython's isalpha is ASCII only, so other characters
    # count as word characters unless spaces or common punctuation.
    if c < "\x80":
        return c.isalpha() or c.isdigit() or c == "_"
    return not (c.isspace() or "\u2000" <= c <= "\u206f" or "\xa0" <= c <= "\xbf"
                or c in "\xd7\xf7")


def _is_letter(c):
    # \w without digits.
    return _is_word(c) and not c.isdigit()


def _is_word_punct(c):
    return _is_word(c) or c in "!\"'&.,?"


def _dash_run_then_word(s, i):
    # s[i:] is two or more hyphens followed by a word character.
    j = i
    n = len(s)
    while j < n and s[j] == "-":
        j += 1
    return j - i >= 2 and j < n and _is_word(s[j])


def _hyphen_break(w, q):
    # w[q] is "-": break after it when it joins letters, as in "well-known"
    # (two letters, or letter-hyphen-letter, before it; a letter, an
    # optional hyphen and a letter after it).
    L = _is_letter
    n = len(w)
    if not ((q >= 2 and L(w[q - 2]) and L(w[q - 1]))
            or (q >= 3 and L(w[q - 3]) and w[q - 2] == "-" and L(w[q - 1]))):
        return False
    if not (q + 1 < n and L(w[q + 1])):
        return False
    return (q + 2 < n and L(w[q + 2])) or (q + 3 < n and w[q + 2] == "-" and L(w[q + 3]))


def _split_word(w):
    # Split a run of non-whitespace as CPython's wordsep_re does: after a
    # hyphen joining letters ("well-" "known"), and around em-dashes
    # ("word" "--" "next").
    pieces = []
    n = len(w)
    p = 0
    while p < n:
        if p and _is_word_punct(w[p - 1]) and _dash_run_then_word(w, p):
            q = p
            while w[q] == "-":
                q += 1
            pieces.append(w[p:q])
            p = q
            continue
        # The shortest piece (at least one character) that ends after a
        # joining hyphen, before an em-dash, or at the end of the run.
        q = p + 1
        while q < n:
            if w[q] == "-" and _hyphen_break(w, q):
                q += 1
                break
            if _is_word_punct(w[q - 1]) and _dash_run_then_word(w, q):
                break
            q += 1
        pieces.append(w[p:q])
        p = q
    return pieces


class TextWrapper:
    """Wrap paragraphs; the attributes match the keyword arguments."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=" [...]"):
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
            for c in "\t\n\x0b\x0c\r":
                if c in text:
                    text = text.replace(c, " ")
        return text

    def _split(self, text):
        # Alternate runs of whitespace and non-whitespace.
        chunks = []
        n = len(text)
        i = 0
        ws = _whitespace
        while i < n:
            j = i
            if text[i] in ws:
                while j < n and text[j] in ws:
                    j += 1
                chunks.append(text[i:j])
            else:
                while j < n and text[j] not in ws:
                    j += 1
                word = text[i:j]
                if self.break_on_hyphens and "-" in word:
                    chunks.extend(_split_word(word))
                else:
                    chunks.append(word)
            i = j
        return chunks

    def _fix_sentence_endings(self, chunks):
        # Two spaces after a sentence end: a lowercase letter, then . ! or ?,
        # optionally a closing quote, then a single space.
        i = 0
        while i < len(chunks) - 1:
            c = chunks[i]
            if chunks[i + 1] == " " and c:
                end = c
                if end[-1] in "\"'":
                    end = end[:-1]
                if len(end) >= 2 and end[-1] in ".!?" and "a" <= end[-2] <= "z":
                    chunks[i + 1] = "  "
                    i += 2
                    continue
            i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        # The next chunk fits on no line: break it (after a hyphen when
        # possible) or, when that is not allowed, give it a line of its own.
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip("-"):
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
        chunks.reverse()  # pop() from the end is cheap
        drop = self.drop_whitespace
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            # Leading whitespace is dropped, except at the very start.
            if drop and lines and not chunks[-1].strip():
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
            if drop and cur_line and not cur_line[-1].strip():
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or ((not chunks or (drop and len(chunks) == 1 and not chunks[0].strip()))
                        and cur_len <= width)):
                lines.append(indent + "".join(cur_line))
                continue
            # The last allowed line: end it with the placeholder, removing
            # chunks until it fits.
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + "".join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev = lines[-1].rstrip()
                    if len(prev) + len(self.placeholder) <= self.width:
                        lines[-1] = prev + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """The lines of text wrapped to self.width, without newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse whitespace and truncate to width, ending with a placeholder."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(" ".join(text.strip().split()))


def dedent(text):
    """Remove the whitespace prefix common to all non-blank lines; lines
    of only spaces and tabs become empty."""
    lines = text.split("\n")
    margin = None
    for i, line in enumerate(lines):
        stripped = line.lstrip(" \t")
        if not stripped:
            if line:
                lines[i] = ""
            continue
        ind = line[:len(line) - len(stripped)]
        if margin is None:
            margin = ind
        elif ind.startswith(margin):
            pass
        elif margin.startswith(ind):
            margin = ind
        else:
            k = 0
            while k < len(margin) and k < len(ind) and margin[k] == ind[k]:
                k += 1
            margin = margin[:k]
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line else line for line in lines]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    """Add prefix to the lines for which predicate is true (by default, the
    lines that are not only whitespace)."""
    out = []
    for line in text.splitlines(True):
        if (predicate(line) if predicate is not None else line.strip()):
            out.append(prefix + line)
        else:
            out.append(line)
    return "".join(out)
