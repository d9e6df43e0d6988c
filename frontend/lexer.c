/*
 * lexer.c -- the tokenizer: source bytes -> an array of tokens.
 *
 * Follows CPython 3.11's tokenizer where it is observable: INDENT/DEDENT
 * from an indentation stack (with the tab-size-8 / tab-size-1 consistency
 * check that yields TabError), implicit line joining inside brackets,
 * backslash continuation, blank and comment lines ignored, and the same
 * error messages and error columns for bad literals and brackets.
 *
 * Invariants:
 *   - the output always ends with ENDMARKER or ERRORTOKEN (see token.h);
 *   - pstack[0..plevel) holds the open brackets; istack[0..ilevel] the
 *     indentation columns, istack[0] == 0;
 *   - tokenizing stops at the first error: the parser decides, as CPython
 *     does, whether that error or an earlier parser error is reported.
 * The gclab subset rejects tabs in indentation even when CPython would
 * accept them (docs/language.md): the first such line is recorded (tab_line)
 * for the parser to report if nothing else fails; inconsistent tabs get
 * CPython's TabError at once.
 */
#include <string.h>
#include <stdio.h>
#include <stdarg.h>
#include <errno.h>
#include <stdlib.h>
#include "frontend/token.h"
#include "frontend/ast.h"

#define MAX_INDENT 100   /* CPython's MAXINDENT: "too many levels of indentation" */
#define MAX_PAREN  200   /* CPython's MAXLEVEL: "too many nested parentheses" */

typedef struct lexer {
    vm_arena *arena;
    const char *src, *filename;
    size_t len, pos;
    size_t line_start;        /* offset of the first byte of the current line */
    int line;
    int line_base, col_base;  /* shift for f-string fields */
    int istack[MAX_INDENT + 1], altstack[MAX_INDENT + 1], ilevel;
    struct { char c; int line, col; } pstack[MAX_PAREN];
    int plevel;
    vm_token *toks;
    int n, cap;
    vm_token_array *out;
    bool failed;
} lexer;

static const char *const tok_names[] = {
#define VM_TOK_NAME(name, text) text,
    VM_TOKEN_LIST(VM_TOK_NAME)
#undef VM_TOK_NAME
};

const char *vm_tok_name(vm_tok k) { return (unsigned)k < VM_TOK_COUNT ? tok_names[k] : "?"; }

/* ---- errors ----------------------------------------------------------- */

void vm_syntax_error_set_text(vm_syntax_error *err, const char *src, size_t len,
                              int lineno, int byte_col)
{
    size_t p = 0;
    for (int l = 1; l < lineno && p < len; p++)
        if (src[p] == '\n') l++;
    size_t e = p;
    while (e < len && src[e] != '\n' && src[e] != '\r') e++;
    size_t n = e - p < VM_SYNERR_TEXT_MAX - 1 ? e - p : VM_SYNERR_TEXT_MAX - 1;
    memcpy(err->text, src + p, n);
    err->text[n] = '\0';
    /* CPython's offset counts characters, not bytes */
    int chars = 0;
    for (size_t i = p; i < len && (int)(i - p) < byte_col; i++)
        if (((unsigned char)src[i] & 0xC0) != 0x80) chars++;
    err->offset = chars + 1;
}

/* Record an error at (line, 0-based byte col) with offset = col + 1 unless
 * raw_offset >= 0 gives the 1-based offset directly. */
static void lex_error(lexer *L, vm_syntax_kind kind, bool strong, int line, int col,
                      int raw_offset, const char *fmt, ...)
{
    vm_syntax_error *e = &L->out->err;
    if (L->failed) return;
    L->failed = true;
    memset(e, 0, sizeof *e);
    e->kind = kind;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    va_end(ap);
    e->filename = L->filename;
    vm_syntax_error_set_text(e, L->src, L->len, line, col);
    if (raw_offset >= 0) e->offset = raw_offset;
    e->lineno = line + L->line_base - 1;
    e->offset += L->col_base;
    e->end_lineno = e->lineno;
    e->end_offset = e->offset;
    L->out->err_strong = strong;
}

static vm_token *push_tok(lexer *L, vm_tok kind, size_t start, int line, int col)
{
    if (L->n == L->cap) {
        int cap = L->cap ? L->cap * 2 : 256;
        vm_token *t = vm_arena_alloc(L->arena, (size_t)cap * sizeof *t);
        if (!t) return NULL;
        if (L->n) memcpy(t, L->toks, (size_t)L->n * sizeof *t);
        L->toks = t; L->cap = cap;
    }
    vm_token *t = &L->toks[L->n++];
    memset(t, 0, sizeof *t);
    t->kind = kind;
    t->start = L->src + start;
    t->len = L->pos - start;
    t->line = line;
    t->col = col;
    t->end_line = L->line;
    t->end_col = (int)(L->pos - L->line_start);
    return t;
}

static int cur_col(const lexer *L) { return (int)(L->pos - L->line_start); }
static int peekc(const lexer *L, size_t k) { return L->pos + k < L->len ? (unsigned char)L->src[L->pos + k] : -1; }

static bool is_id_start(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128; }
static bool is_id_char(int c) { return is_id_start(c) || (c >= '0' && c <= '9'); }

/* Decode the UTF-8 character at src[pos]; returns its length (0 if the
 * bytes are not valid UTF-8) and the code point in *cp. */
static int utf8_char(const lexer *L, size_t pos, unsigned long *cp)
{
    unsigned char c = (unsigned char)L->src[pos];
    int n = c < 0x80 ? 1 : c >= 0xF0 && c < 0xF5 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
    if (n == 0 || pos + (size_t)n > L->len) return 0;
    unsigned long v = n == 1 ? c : n == 2 ? (c & 0x1Fu) : n == 3 ? (c & 0x0Fu) : (c & 0x07u);
    for (int i = 1; i < n; i++) {
        unsigned char d = (unsigned char)L->src[pos + (size_t)i];
        if ((d & 0xC0) != 0x80) return 0;
        v = (v << 6) | (d & 0x3Fu);
    }
    *cp = v;
    return n;
}

/* The invisible format and space characters CPython reports as
 * "invalid non-printable character" (a byte order mark after the first,
 * zero-width and directional marks, no-break space). */
static bool non_printable(unsigned long cp)
{
    return cp == 0xA0 || cp == 0xAD || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202E)
        || (cp >= 0x2060 && cp <= 0x2064) || cp == 0xFEFF;
}

/* Without a Unicode database we approximate XID: every non-ASCII code
 * point is a letter except the punctuation, symbol and emoji blocks that a
 * program would plausibly contain by mistake. */
static bool unicode_letter(unsigned long cp)
{
    if (non_printable(cp)) return false;
    if (cp < 0xC0) return cp == 0xAA || cp == 0xB5 || cp == 0xBA;
    if (cp == 0xD7 || cp == 0xF7) return false;
    if (cp >= 0x2000 && cp <= 0x2BFF) return false;
    if (cp >= 0x3000 && cp <= 0x303F) return false;
    if (cp >= 0xFE30 && cp <= 0xFE4F) return false;
    if (cp >= 0xFF00 && cp <= 0xFF0F) return false;
    if (cp >= 0xD800 && cp <= 0xDFFF) return false;
    if (cp >= 0x1F000 && cp <= 0x1FAFF) return false;
    return cp <= 0x10FFFF;
}

/* Byte length of the identifier character at pos, 0 if there is none. */
static int id_char_len(const lexer *L, size_t pos, bool first)
{
    if (pos >= L->len) return 0;
    int c = (unsigned char)L->src[pos];
    if (c < 128) return (first ? is_id_start(c) : is_id_char(c)) ? 1 : 0;
    unsigned long cp;
    int n = utf8_char(L, pos, &cp);
    return n && unicode_letter(cp) ? n : 0;
}
static bool is_digit(int c) { return c >= '0' && c <= '9'; }
static bool is_hex(int c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

/* Advance over a line break at pos ("\n", "\r\n" or "\r"). */
static void newline(lexer *L)
{
    if (L->src[L->pos] == '\r' && peekc(L, 1) == '\n') L->pos++;
    L->pos++;
    L->line++;
    L->line_start = L->pos;
}

/* Byte length of the current line plus one (CPython's offset for an
 * inconsistent dedent: just past the line). */
static int line_length(const lexer *L)
{
    size_t e = L->line_start;
    while (e < L->len && L->src[e] != '\n' && L->src[e] != '\r') e++;
    return (int)(e - L->line_start) + 1;
}

/* ---- keywords --------------------------------------------------------- */

static vm_tok keyword(const char *s, size_t n)
{
    for (int k = VM_TOK_FIRST_KEYWORD; k < VM_TOK_COUNT; k++) {
        const char *kw = tok_names[k];
        if (strlen(kw) == n && memcmp(kw, s, n) == 0) return (vm_tok)k;
    }
    return VM_TOK_NAME;
}

/* ---- string escapes ---------------------------------------------------- */

static size_t put_utf8(char *o, unsigned long cp)
{
    if (cp < 0x80) { o[0] = (char)cp; return 1; }
    if (cp < 0x800) { o[0] = (char)(0xC0 | (cp >> 6)); o[1] = (char)(0x80 | (cp & 0x3F)); return 2; }
    if (cp < 0x10000) {
        o[0] = (char)(0xE0 | (cp >> 12)); o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (char)(0x80 | (cp & 0x3F)); return 3;
    }
    o[0] = (char)(0xF0 | (cp >> 18)); o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); o[3] = (char)(0x80 | (cp & 0x3F)); return 4;
}

/* The escapes of a str (UTF-8 out) or, with bytes, of a bytes literal:
 * there \xHH and \ooo are byte values and \u, \U and \N are no escapes. */
static int decode_literal(vm_arena *a, const char *s, size_t n, bool raw, bool bytes,
                          const char **out, size_t *outn, char *err, size_t errlen, size_t *bad_at)
{
    /* an escape never produces more bytes than it consumes, except \ooo and
     * \xHH (<= 4 bytes, >= 2 consumed): 2n + 1 always suffices */
    char *o = vm_arena_alloc(a, 2 * n + 1);
    if (!o) { snprintf(err, errlen, "out of memory"); *bad_at = 0; return -1; }
    size_t k = 0;
    for (size_t i = 0; i < n; ) {
        char c = s[i];
        if (c == '\r') {                     /* normalise line ends, as CPython's reader */
            o[k++] = '\n';
            i += (i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
            continue;
        }
        if (c != '\\' || raw) {
            o[k++] = c;
            if (raw && c == '\\' && i + 1 < n) o[k++] = s[++i];   /* \' stays two chars */
            i++;
            continue;
        }
        size_t st = i++;
        if (i >= n) { o[k++] = '\\'; break; }
        char e = s[i++];
        unsigned long cp;
        switch (e) {
        case '\n': break;                    /* line continuation inside the literal */
        case '\r': if (i < n && s[i] == '\n') i++; break;
        case '\\': o[k++] = '\\'; break;
        case '\'': o[k++] = '\''; break;
        case '"': o[k++] = '"'; break;
        case 'a': o[k++] = '\a'; break;
        case 'b': o[k++] = '\b'; break;
        case 'f': o[k++] = '\f'; break;
        case 'n': o[k++] = '\n'; break;
        case 'r': o[k++] = '\r'; break;
        case 't': o[k++] = '\t'; break;
        case 'v': o[k++] = '\v'; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
            cp = (unsigned long)(e - '0');
            for (int d = 0; d < 2 && i < n && s[i] >= '0' && s[i] <= '7'; d++) cp = cp * 8 + (unsigned long)(s[i++] - '0');
            if (bytes) o[k++] = (char)(cp & 0xFF);
            else k += put_utf8(o + k, cp);
            break;
        case 'u': case 'U': case 'N':
            if (bytes) {                     /* not escapes in bytes: kept */
                o[k++] = '\\';
                i--;
                break;
            }
            if (e == 'N') {
                snprintf(err, errlen, "\\N{...} escapes are not supported");
                *bad_at = (size_t)-1;            /* marks "unsupported" */
                return -1;
            }
            /* fall through */
        case 'x': {
            int want = e == 'x' ? 2 : e == 'u' ? 4 : 8;
            cp = 0;
            int got = 0;
            while (got < want && i < n && is_hex((unsigned char)s[i])) {
                int h = (unsigned char)s[i++];
                cp = cp * 16 + (unsigned long)(h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10);
                got++;
            }
            if (got < want && bytes) {
                snprintf(err, errlen, "(value error) invalid \\x escape at position %zu", st);
                *bad_at = st;
                return -1;
            }
            if (bytes) {
                o[k++] = (char)cp;
                break;
            }
            if (got < want) {
                snprintf(err, errlen, "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: truncated \\%s escape",
                         st, i - 1, e == 'x' ? "xXX" : e == 'u' ? "uXXXX" : "UXXXXXXXX");
                *bad_at = st;
                return -1;
            }
            if (cp > 0x10FFFF) {
                snprintf(err, errlen, "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: illegal Unicode character", st, i - 1);
                *bad_at = st;
                return -1;
            }
            k += put_utf8(o + k, cp);
            break;
        }
        default:                             /* unknown escape: kept, as CPython does */
            o[k++] = '\\';
            i--;
            break;
        }
    }
    o[k] = '\0';
    *out = o;
    *outn = k;
    return 0;
}

int vm_decode_string(vm_arena *a, const char *s, size_t n, bool raw,
                     const char **out, size_t *outn, char *err, size_t errlen, size_t *bad_at)
{
    return decode_literal(a, s, n, raw, false, out, outn, err, errlen, bad_at);
}

/* ---- literals ---------------------------------------------------------- */

/* After a number: an identifier character right after it is an error. */
static bool end_of_number(lexer *L, int line, const char *kind)
{
    if (id_char_len(L, L->pos, false)) {
        /* CPython lets `1if x else 2` through (with a warning) */
        static const char *const kws[] = { "and", "else", "for", "if", "in", "is", "not", "or" };
        for (size_t i = 0; i < sizeof kws / sizeof kws[0]; i++) {
            size_t n = strlen(kws[i]);
            if (L->pos + n <= L->len && memcmp(L->src + L->pos, kws[i], n) == 0) return true;
        }
        lex_error(L, VM_SYNERR_SYNTAX, true, line, cur_col(L), cur_col(L), "invalid %s literal", kind);
        return false;
    }
    return true;
}

/* Digits with single underscores between them. Returns false on error. */
static bool digits(lexer *L, int line, bool (*ok)(int), const char *kind)
{
    for (;;) {
        while (ok(peekc(L, 0))) L->pos++;
        if (peekc(L, 0) != '_') return true;
        L->pos++;
        if (!ok(peekc(L, 0))) {
            lex_error(L, VM_SYNERR_SYNTAX, true, line, cur_col(L), cur_col(L), "invalid %s literal", kind);
            return false;
        }
    }
}

static bool is_oct(int c) { return c >= '0' && c <= '7'; }
static bool is_bin(int c) { return c == '0' || c == '1'; }

static int lex_number(lexer *L)
{
    size_t start = L->pos;
    int line = L->line, col = cur_col(L);
    bool is_float = false, imag = false;
    int c = peekc(L, 0);
    if (c == '0' && (peekc(L, 1) | 0x20) != '.' && strchr("xXoObB", peekc(L, 1) > 0 ? peekc(L, 1) : ' ') && peekc(L, 1) > 0) {
        int p = peekc(L, 1) | 0x20;
        const char *kind = p == 'x' ? "hexadecimal" : p == 'o' ? "octal" : "binary";
        bool (*ok)(int) = p == 'x' ? is_hex : p == 'o' ? is_oct : is_bin;
        int base = p == 'x' ? 16 : p == 'o' ? 8 : 2;
        L->pos += 2;
        if (peekc(L, 0) == '_') L->pos++;
        if (!ok(peekc(L, 0))) {
            if (base != 16 && is_digit(peekc(L, 0))) {
                L->pos++;
                lex_error(L, VM_SYNERR_SYNTAX, true, line, cur_col(L), cur_col(L), "invalid digit '%c' in %s literal", L->src[L->pos - 1], kind);
            } else
                lex_error(L, VM_SYNERR_SYNTAX, true, line, cur_col(L), cur_col(L), "invalid %s literal", kind);
            return -1;
        }
        if (!digits(L, line, ok, kind)) return -1;
        if (base != 16 && is_digit(peekc(L, 0))) {
            L->pos++;
            lex_error(L, VM_SYNERR_SYNTAX, true, line, cur_col(L), cur_col(L), "invalid digit '%c' in %s literal", L->src[L->pos - 1], kind);
            return -1;
        }
        if (!end_of_number(L, line, kind)) return -1;
        vm_token *t = push_tok(L, VM_TOK_INT, start, line, col);
        if (!t) return -2;
        uint64_t v = 0;
        for (size_t i = start + 2; i < L->pos; i++) {
            int h = (unsigned char)L->src[i];
            if (h == '_') continue;
            int d = h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10;
            if (v > (UINT64_MAX - (uint64_t)d) / (uint64_t)base || v * (uint64_t)base + (uint64_t)d > (uint64_t)INT64_MAX) {
                t->flags |= VM_TOKF_OVERFLOW;
                break;
            }
            v = v * (uint64_t)base + (uint64_t)d;
        }
        t->v.i = (int64_t)v;
        return 0;
    }
    /* decimal integer part (may be empty for ".5") */
    if (c != '.') {
        if (!digits(L, line, (bool (*)(int))is_digit, "decimal")) return -1;
    }
    size_t int_end = L->pos;
    if (peekc(L, 0) == '.') {
        is_float = true;
        L->pos++;
        if (is_digit(peekc(L, 0)) && !digits(L, line, (bool (*)(int))is_digit, "decimal")) return -1;
    }
    if ((peekc(L, 0) | 0x20) == 'e') {
        size_t epos = L->pos;
        L->pos++;
        if (peekc(L, 0) == '+' || peekc(L, 0) == '-') {
            L->pos++;
            if (!is_digit(peekc(L, 0))) {
                lex_error(L, VM_SYNERR_SYNTAX, true, line, cur_col(L), cur_col(L), "invalid decimal literal");
                return -1;
            }
        } else if (!is_digit(peekc(L, 0))) {
            L->pos = epos;   /* `1else`: the 'e' starts a keyword, as CPython allows */
            if (!end_of_number(L, line, "decimal")) return -1;
            goto done;
        }
        if (!digits(L, line, (bool (*)(int))is_digit, "decimal")) return -1;
        is_float = true;
    }
    if ((peekc(L, 0) | 0x20) == 'j') { L->pos++; imag = true; }
done:
    if (!end_of_number(L, line, imag ? "imaginary" : "decimal")) return -1;
    if (!is_float && !imag && L->src[start] == '0') {
        for (size_t i = start; i < int_end; i++)
            if (L->src[i] != '0' && L->src[i] != '_') {
                lex_error(L, VM_SYNERR_SYNTAX, true, line, col, -1,
                          "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
                L->out->err.end_offset = (int)(int_end - L->line_start) + 1 + L->col_base;
                return -1;
            }
    }
    vm_token *t = push_tok(L, imag ? VM_TOK_IMAG : is_float ? VM_TOK_FLOAT : VM_TOK_INT, start, line, col);
    if (!t) return -2;
    char buf[128];
    size_t k = 0;
    for (size_t i = start; i < L->pos && k < sizeof buf - 1; i++)
        if (L->src[i] != '_' && (L->src[i] | 0x20) != 'j') buf[k++] = L->src[i];
    buf[k] = '\0';
    if (is_float || imag) {
        t->v.f = strtod(buf, NULL);
    } else {
        uint64_t v = 0;
        for (size_t i = start; i < L->pos; i++) {
            if (L->src[i] == '_') continue;
            int d = L->src[i] - '0';
            if (v > ((uint64_t)INT64_MAX - (uint64_t)d) / 10) { t->flags |= VM_TOKF_OVERFLOW; break; }
            v = v * 10 + (uint64_t)d;
        }
        t->v.i = (int64_t)v;
    }
    return 0;
}

/* A string literal; pos is at the opening quote, prefix at [pstart, pos). */
static int lex_string(lexer *L, size_t pstart, int line, int col)
{
    unsigned flags = 0;
    for (size_t i = pstart; i < L->pos; i++) {
        int p = L->src[i] | 0x20;
        if (p == 'r') flags |= VM_TOKF_RAW;
        if (p == 'f') flags |= VM_TOKF_FSTRING;
        if (p == 'b') flags |= VM_TOKF_BYTES;
    }
    char q = L->src[L->pos];
    bool triple = peekc(L, 1) == q && peekc(L, 2) == q;
    L->pos += triple ? 3 : 1;
    size_t body = L->pos;
    size_t body_end;
    for (;;) {
        if (L->pos >= L->len) {
            int last = L->line;
            if (L->len > 0 && L->src[L->len - 1] == '\n' && L->line > line) last--;
            if (triple) {
                L->line = line;
                lex_error(L, VM_SYNERR_SYNTAX, true, line, col, -1,
                          "unterminated triple-quoted string literal (detected at line %d)", last + L->line_base - 1);
            } else {
                lex_error(L, VM_SYNERR_SYNTAX, true, line, col, -1,
                          "unterminated string literal (detected at line %d)", last + L->line_base - 1);
            }
            return -1;
        }
        char c = L->src[L->pos];
        if (c == '\\' && L->pos + 1 < L->len) {
            L->pos++;
            if (L->src[L->pos] == '\n' || L->src[L->pos] == '\r') newline(L);
            else L->pos++;
            continue;
        }
        if (c == '\n' || c == '\r') {
            if (!triple) {
                lex_error(L, VM_SYNERR_SYNTAX, true, line, col, -1,
                          "unterminated string literal (detected at line %d)", L->line + L->line_base - 1);
                return -1;
            }
            newline(L);
            continue;
        }
        if (c == q && (!triple || (peekc(L, 1) == q && peekc(L, 2) == q))) {
            body_end = L->pos;
            L->pos += triple ? 3 : 1;
            break;
        }
        L->pos++;
    }
    vm_token *t = push_tok(L, VM_TOK_STRING, pstart, line, col);
    if (!t) return -2;
    t->flags = flags | (triple ? VM_TOKF_TRIPLE : 0);
    if (flags & VM_TOKF_FSTRING) {
        t->v.str.s = L->src + body;
        t->v.str.n = body_end - body;
        return 0;
    }
    char msg[200];
    size_t bad;
    if (flags & VM_TOKF_BYTES) {
        for (size_t i = body; i < body_end; i++)
            if ((unsigned char)L->src[i] >= 0x80) {   /* the parser reports it over the literal */
                t->flags |= VM_TOKF_NONASCII;
                break;
            }
    }
    if (decode_literal(L->arena, L->src + body, body_end - body, (flags & VM_TOKF_RAW) != 0,
                       (flags & VM_TOKF_BYTES) != 0, &t->v.str.s, &t->v.str.n, msg, sizeof msg, &bad) < 0) {
        if (bad == (size_t)-1) {
            L->n--;
            lex_error(L, VM_SYNERR_UNSUPPORTED, true, line, col, -1,
                      "\\N{...} escapes: not supported by the gclab Python subset (line %d)", line + L->line_base - 1);
            return -1;
        }
        /* the parser reports it (CPython points just past the literal) */
        t->flags |= VM_TOKF_BADESCAPE;
        t->v.str.s = vm_arena_strndup(L->arena, msg, strlen(msg));
        if (!t->v.str.s) return -2;
        t->v.str.n = strlen(msg);
    }
    return 0;
}

/* ---- operators --------------------------------------------------------- */

static const struct { const char *s; vm_tok k; } ops[] = {
    { "**=", VM_TOK_DOUBLESTAREQUAL }, { "//=", VM_TOK_DOUBLESLASHEQUAL },
    { "<<=", VM_TOK_LEFTSHIFTEQUAL }, { ">>=", VM_TOK_RIGHTSHIFTEQUAL }, { "...", VM_TOK_ELLIPSIS },
    { "**", VM_TOK_DOUBLESTAR }, { "//", VM_TOK_DOUBLESLASH }, { "<<", VM_TOK_LEFTSHIFT },
    { ">>", VM_TOK_RIGHTSHIFT }, { "==", VM_TOK_EQEQUAL }, { "!=", VM_TOK_NOTEQUAL },
    { "<=", VM_TOK_LESSEQUAL }, { ">=", VM_TOK_GREATEREQUAL }, { "->", VM_TOK_RARROW },
    { ":=", VM_TOK_COLONEQUAL }, { "+=", VM_TOK_PLUSEQUAL }, { "-=", VM_TOK_MINEQUAL },
    { "*=", VM_TOK_STAREQUAL }, { "/=", VM_TOK_SLASHEQUAL }, { "%=", VM_TOK_PERCENTEQUAL },
    { "@=", VM_TOK_ATEQUAL }, { "|=", VM_TOK_VBAREQUAL }, { "&=", VM_TOK_AMPEREQUAL },
    { "^=", VM_TOK_CIRCUMFLEXEQUAL },
    { "(", VM_TOK_LPAR }, { ")", VM_TOK_RPAR }, { "[", VM_TOK_LSQB }, { "]", VM_TOK_RSQB },
    { "{", VM_TOK_LBRACE }, { "}", VM_TOK_RBRACE }, { ":", VM_TOK_COLON }, { ",", VM_TOK_COMMA },
    { ";", VM_TOK_SEMI }, { ".", VM_TOK_DOT }, { "+", VM_TOK_PLUS }, { "-", VM_TOK_MINUS },
    { "*", VM_TOK_STAR }, { "/", VM_TOK_SLASH }, { "%", VM_TOK_PERCENT }, { "@", VM_TOK_AT },
    { "|", VM_TOK_VBAR }, { "&", VM_TOK_AMPER }, { "^", VM_TOK_CIRCUMFLEX }, { "~", VM_TOK_TILDE },
    { "<", VM_TOK_LESS }, { ">", VM_TOK_GREATER }, { "=", VM_TOK_EQUAL },
};

static int lex_op(lexer *L)
{
    int line = L->line, col = cur_col(L);
    size_t start = L->pos;
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
        size_t n = strlen(ops[i].s);
        if (L->pos + n <= L->len && memcmp(L->src + L->pos, ops[i].s, n) == 0) {
            char c = ops[i].s[0];
            if (n == 1 && (c == '(' || c == '[' || c == '{')) {
                if (L->plevel >= MAX_PAREN) {
                    lex_error(L, VM_SYNERR_SYNTAX, true, line, col, -1, "too many nested parentheses");
                    return -1;
                }
                L->pstack[L->plevel].c = c;
                L->pstack[L->plevel].line = line;
                L->pstack[L->plevel].col = col;
                L->plevel++;
            } else if (n == 1 && (c == ')' || c == ']' || c == '}')) {
                if (L->plevel == 0) {
                    lex_error(L, VM_SYNERR_SYNTAX, true, line, col, -1, "unmatched '%c'", c);
                    return -1;
                }
                char o = L->pstack[L->plevel - 1].c;
                if ((o == '(' && c != ')') || (o == '[' && c != ']') || (o == '{' && c != '}')) {
                    int ol = L->pstack[L->plevel - 1].line;
                    if (ol != line)
                        lex_error(L, VM_SYNERR_SYNTAX, true, line, col, -1,
                                  "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, o, ol + L->line_base - 1);
                    else
                        lex_error(L, VM_SYNERR_SYNTAX, true, line, col, -1,
                                  "closing parenthesis '%c' does not match opening parenthesis '%c'", c, o);
                    return -1;
                }
                L->plevel--;
            }
            L->pos += n;
            return push_tok(L, ops[i].k, start, line, col) ? 0 : -2;
        }
    }
    int c = peekc(L, 0);
    if (c == '!') {                          /* only meaningful inside f-string fields */
        L->pos++;
        return push_tok(L, VM_TOK_EXCLAMATION, start, line, col) ? 0 : -2;
    }
    if (c >= 128) {
        unsigned long cp;
        int k = utf8_char(L, L->pos, &cp);
        if (k && non_printable(cp))
            lex_error(L, VM_SYNERR_SYNTAX, true, line, col, -1, "invalid non-printable character U+%04lX", cp);
        else if (k)
            lex_error(L, VM_SYNERR_SYNTAX, true, line, col, -1, "invalid character '%.*s' (U+%04lX)", k, L->src + L->pos, cp);
        else
            lex_error(L, VM_SYNERR_SYNTAX, true, line, col, -1,
                      "(unicode error) 'utf-8' codec can't decode byte 0x%02x: invalid start byte", (unsigned)c);
    } else if (c == 0) {   /* CPython's message (and no position: no caret) when running a file */
        lex_error(L, VM_SYNERR_SYNTAX, true, line, col, 0, "source code cannot contain null bytes");
    } else if ((c < 32 && c != '\t' && c != '\f') || c == 127) {
        lex_error(L, VM_SYNERR_SYNTAX, true, line, col, -1, "invalid non-printable character U+%04X", (unsigned)c);
    } else {
        /* '$', '?', '`': CPython passes an error token to the parser, which
         * matches nothing there and so reports "invalid syntax" */
        L->pos++;
        return push_tok(L, VM_TOK_BADCHAR, start, line, col) ? 0 : -2;
    }
    return -1;
}

/* ---- indentation ------------------------------------------------------- */

/* At the start of a line (outside brackets): measure the indentation,
 * emit INDENT/DEDENTs.  Returns 1 if the line is blank (skip it), 0 to go
 * on tokenizing it, -1 on error. */
static int indentation(lexer *L)
{
    int col = 0, altcol = 0;
    bool tab = false;
    size_t start = L->pos;
    for (;;) {
        int c = peekc(L, 0);
        if (c == ' ') { col++; altcol++; }
        else if (c == '\t') { col = (col / 8 + 1) * 8; altcol++; tab = true; }
        else if (c == '\f') { col = altcol = 0; }
        else break;
        L->pos++;
    }
    int c = peekc(L, 0);
    /* blank, comment-only and continuation lines do not indent (CPython) */
    if (c == '#' || c == '\n' || c == '\r' || c == '\\' || c < 0) return 1;
    if (L->plevel > 0) return 0;
    int line = L->line;
    int *is = L->istack, *as = L->altstack;
    if (col == is[L->ilevel]) {
        if (altcol != as[L->ilevel]) goto taberror;
    } else if (col > is[L->ilevel]) {
        if (L->ilevel + 1 >= MAX_INDENT) {
            lex_error(L, VM_SYNERR_INDENTATION, true, line, col, -1, "too many levels of indentation");
            return -1;
        }
        if (altcol <= as[L->ilevel]) goto taberror;
        L->ilevel++;
        is[L->ilevel] = col;
        as[L->ilevel] = altcol;
        if (!push_tok(L, VM_TOK_INDENT, start, line, 0)) return -2;
    } else {
        while (L->ilevel > 0 && col < is[L->ilevel]) {
            L->ilevel--;
            vm_token *t = push_tok(L, VM_TOK_DEDENT, L->pos, line, cur_col(L));
            if (!t) return -2;
        }
        if (col != is[L->ilevel]) {
            lex_error(L, VM_SYNERR_INDENTATION, false, line, 0, line_length(L),
                      "unindent does not match any outer indentation level");
            L->out->err.end_offset = -1;
            return -1;
        }
        if (altcol != as[L->ilevel]) goto taberror;
    }
    if (tab && !L->out->tab_line) L->out->tab_line = line + L->line_base - 1;
    return 0;
taberror:
    lex_error(L, VM_SYNERR_TAB, false, line, 0, -1, "inconsistent use of tabs and spaces in indentation");
    return -1;
}

/* ---- main loop --------------------------------------------------------- */

static bool last_is(const lexer *L, vm_tok k) { return L->n > 0 && L->toks[L->n - 1].kind == k; }

static int run(lexer *L, bool fstring_field)
{
    bool bol = !fstring_field;
    for (;;) {
        if (bol) {
            bol = false;
            int r = indentation(L);
            if (r < 0) return r;
            (void)r;   /* blank lines: the newline below is then not a NEWLINE */
        }
        while (peekc(L, 0) == ' ' || peekc(L, 0) == '\t' || peekc(L, 0) == '\f') L->pos++;
        int c = peekc(L, 0);
        if (c == '#') {
            while (L->pos < L->len && L->src[L->pos] != '\n' && L->src[L->pos] != '\r') L->pos++;
            continue;
        }
        if (c < 0) break;
        if (c == '\n' || c == '\r') {
            bool logical = L->plevel == 0 && L->n > 0 && !last_is(L, VM_TOK_NEWLINE)
                           && !last_is(L, VM_TOK_INDENT) && !last_is(L, VM_TOK_DEDENT);
            if (fstring_field) {
                newline(L);
                continue;
            }
            if (logical) {
                int line = L->line, col = cur_col(L);
                size_t st = L->pos;
                newline(L);
                vm_token *t = push_tok(L, VM_TOK_NEWLINE, st, line, col);
                if (!t) return -2;
                t->end_line = line; t->end_col = col + 1;
            } else {
                newline(L);
            }
            if (L->plevel == 0) bol = true;
            continue;
        }
        if (c == '\\') {
            int line = L->line, col = cur_col(L);
            int n1 = peekc(L, 1);
            if (n1 == '\n' || n1 == '\r') {
                L->pos++;
                newline(L);
                if (L->pos >= L->len && L->plevel == 0) {
                    lex_error(L, VM_SYNERR_SYNTAX, false, line, col, col + 2, "unexpected EOF while parsing");
                    return -1;
                }
                continue;
            }
            if (n1 < 0 && L->plevel > 0) break;   /* "'(' was never closed" below */
            if (n1 < 0) {
                lex_error(L, VM_SYNERR_SYNTAX, false, line, col, col + 2, "unexpected EOF while parsing");
                return -1;
            }
            /* CPython's tokenizer flags this without raising: weak */
            lex_error(L, VM_SYNERR_SYNTAX, false, line, col + 1, -1, "unexpected character after line continuation character");
            L->out->err.end_offset = 0;
            return -1;
        }
        int r;
        if (id_char_len(L, L->pos, true)) {
            size_t start = L->pos;
            int line = L->line, col = cur_col(L);
            for (int k; (k = id_char_len(L, L->pos, false)) > 0; ) L->pos += (size_t)k;
            size_t n = L->pos - start;
            int q = peekc(L, 0);
            if ((q == '\'' || q == '"') && n <= 2) {
                bool ok = true;
                for (size_t i = 0; i < n; i++)
                    if (!strchr("rRuUfFbB", L->src[start + i])) ok = false;
                if (n == 2 && ((L->src[start] | 0x20) == (L->src[start + 1] | 0x20) || strchr("uU", L->src[start]) || strchr("uU", L->src[start + 1])))
                    ok = false;
                if (n == 2 && strchr("fFbB", L->src[start]) && strchr("fFbB", L->src[start + 1])) ok = false;
                if (ok) { r = lex_string(L, start, line, col); if (r) return r; continue; }
            }
            vm_token *t = push_tok(L, keyword(L->src + start, n), start, line, col);
            if (!t) return -2;
            continue;
        }
        if (is_digit(c) || (c == '.' && is_digit(peekc(L, 1)))) r = lex_number(L);
        else if (c == '\'' || c == '"') r = lex_string(L, L->pos, L->line, cur_col(L));
        else r = lex_op(L);
        if (r) return r;
    }
    /* end of input */
    if (L->plevel > 0) {
        int pl = L->pstack[L->plevel - 1].line, pc = L->pstack[L->plevel - 1].col;
        lex_error(L, VM_SYNERR_SYNTAX, false, pl, pc, -1, "'%c' was never closed", L->pstack[L->plevel - 1].c);
        L->out->err.end_offset = 0;
        L->out->err_paren_line = pl;
        return -1;
    }
    /* EOF tokens sit at the last line break (CPython reports errors there) */
    int line = L->line, col = cur_col(L);
    if (L->len > 0 && L->src[L->len - 1] == '\n' && L->line > 1 && L->line_start == L->len) {
        line = L->line - 1;
        size_t p = L->len - 1;
        if (p > 0 && L->src[p - 1] == '\r') p--;
        size_t ls = p;
        while (ls > 0 && L->src[ls - 1] != '\n') ls--;
        col = (int)(p - ls);
    }
    if (!fstring_field && L->n > 0 && !last_is(L, VM_TOK_NEWLINE) && !last_is(L, VM_TOK_DEDENT) && !last_is(L, VM_TOK_INDENT)) {
        vm_token *t = push_tok(L, VM_TOK_NEWLINE, L->pos, line, col);
        if (!t) return -2;
        t->end_line = line; t->end_col = col;
    }
    while (L->ilevel > 0) {
        L->ilevel--;
        vm_token *t = push_tok(L, VM_TOK_DEDENT, L->pos, line, col);
        if (!t) return -2;
        t->end_line = line; t->end_col = col;
    }
    vm_token *t = push_tok(L, VM_TOK_ENDMARKER, L->pos, line, col);
    if (!t) return -2;
    t->end_line = line; t->end_col = col;
    return 0;
}

static int tokenize(vm_arena *a, const char *src, size_t len, const char *filename,
                    int line_base, int col_base, bool field, vm_token_array *out)
{
    lexer L;
    memset(&L, 0, sizeof L);
    memset(out, 0, sizeof *out);
    L.arena = a; L.src = src; L.len = len; L.filename = filename;
    L.line = 1; L.line_base = line_base; L.col_base = col_base;
    L.out = out;
    int r = run(&L, field);
    if (r == -2 || (r == -1 && !L.failed)) {
        out->err.kind = VM_SYNERR_NOMEMORY;
        snprintf(out->err.msg, sizeof out->err.msg, "out of memory while tokenizing");
        out->err.filename = filename;
        out->toks = NULL;
        out->n = 0;
        return -1;
    }
    /* shift positions of f-string fields into the enclosing file */
    for (int i = 0; i < L.n; i++) {
        vm_token *t = &L.toks[i];
        if (t->line == 1) t->col += col_base;
        if (t->end_line == 1) t->end_col += col_base;
        t->line += line_base - 1;
        t->end_line += line_base - 1;
    }
    if (r < 0) {
        vm_token *t = push_tok(&L, VM_TOK_ERRORTOKEN, L.pos, L.line, cur_col(&L));
        if (!t) { out->err.kind = VM_SYNERR_NOMEMORY; return -1; }
        t->line += line_base - 1;   /* where the tokenizer stopped: the parser's "furthest token" */
        t->end_line = t->line;

        out->toks = L.toks;
        out->n = L.n;
        return -1;
    }
    out->toks = L.toks;
    out->n = L.n;
    return 0;
}

/* Length of the well-formed UTF-8 sequence at p (RFC 3629: no overlong
 * forms, no surrogates, nothing above U+10FFFF), 0 if there is none. */
static size_t utf8_valid_len(const unsigned char *p, size_t left)
{
    unsigned char c = p[0];
    if (c < 0x80) return 1;
    size_t n = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (n == 0 || n > left) return 0;
    unsigned char lo = 0x80, hi = 0xBF;   /* the second byte's range */
    if (c == 0xE0) lo = 0xA0;
    else if (c == 0xED) hi = 0x9F;
    else if (c == 0xF0) lo = 0x90;
    else if (c == 0xF4) hi = 0x8F;
    if (p[1] < lo || p[1] > hi) return 0;
    for (size_t i = 2; i < n; i++)
        if ((p[i] & 0xC0) != 0x80) return 0;
    return n;
}

bool vm_check_utf8(const char *src, size_t len, const char *filename, vm_syntax_error *err)
{
    const unsigned char *p = (const unsigned char *)src;
    int line = 1;
    for (size_t i = 0; i < len;) {
        size_t n = utf8_valid_len(p + i, len - i);
        if (n == 0) {
            memset(err, 0, sizeof *err);
            err->kind = VM_SYNERR_SYNTAX;
            err->filename = filename;
            snprintf(err->msg, sizeof err->msg,
                     "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding declared; "
                     "see https://peps.python.org/pep-0263/ for details", p[i], filename, line);
            return false;
        }
        if (p[i] == '\n') line++;
        i += n;
    }
    return true;
}

int vm_tokenize(vm_arena *a, const char *src, size_t len, const char *filename, vm_token_array *out)
{
    return tokenize(a, src, len, filename, 1, 0, false, out);
}

int vm_tokenize_field(vm_arena *a, const char *src, size_t len, const char *filename,
                      int line, int col, vm_token_array *out)
{
    return tokenize(a, src, len, filename, line, col, true, out);
}
