/*
 * token.h -- the tokens of the gclab Python subset and the tokenizer API.
 *
 * The tokenizer turns a whole source buffer into an array of tokens before
 * parsing starts (vm_tokenize).  Literal values are decoded here: ints to
 * int64_t (or flagged VM_TOKF_OVERFLOW when they do not fit), floats to
 * double, plain strings to UTF-8 bytes with escapes applied.  f-strings keep
 * their raw body; the parser splits it into literal pieces and fields.
 *
 * Invariants:
 *   - the token array always ends with VM_TOK_ENDMARKER, or with
 *     VM_TOK_ERRORTOKEN when the tokenizer failed at that point (the error
 *     is then described in vm_token_array.err);
 *   - INDENT/DEDENT come in balanced pairs before ENDMARKER; every logical
 *     line ends with NEWLINE (one is synthesised at EOF when missing);
 *   - positions: line is 1-based, col is the 0-based byte offset in its
 *     line (CPython's col_offset); end_line/end_col point one past the end.
 */
#ifndef GCLAB_VM_TOKEN_H
#define GCLAB_VM_TOKEN_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include "frontend/syntax_error.h"

#define VM_TOKEN_LIST(X) \
    X(ENDMARKER, "ENDMARKER") X(ERRORTOKEN, "ERRORTOKEN") \
    X(NAME, "NAME") X(INT, "INT") X(FLOAT, "FLOAT") X(IMAG, "IMAG") \
    X(STRING, "STRING") \
    X(NEWLINE, "NEWLINE") X(INDENT, "INDENT") X(DEDENT, "DEDENT") \
    X(LPAR, "(") X(RPAR, ")") X(LSQB, "[") X(RSQB, "]") X(LBRACE, "{") X(RBRACE, "}") \
    X(COLON, ":") X(COMMA, ",") X(SEMI, ";") X(DOT, ".") X(ELLIPSIS, "...") \
    X(PLUS, "+") X(MINUS, "-") X(STAR, "*") X(SLASH, "/") X(DOUBLESLASH, "//") \
    X(PERCENT, "%") X(DOUBLESTAR, "**") X(AT, "@") \
    X(VBAR, "|") X(AMPER, "&") X(CIRCUMFLEX, "^") X(TILDE, "~") \
    X(LEFTSHIFT, "<<") X(RIGHTSHIFT, ">>") \
    X(LESS, "<") X(GREATER, ">") X(EQEQUAL, "==") X(NOTEQUAL, "!=") \
    X(LESSEQUAL, "<=") X(GREATEREQUAL, ">=") X(EQUAL, "=") X(RARROW, "->") \
    X(COLONEQUAL, ":=") X(EXCLAMATION, "!") X(BADCHAR, "BADCHAR") \
    X(PLUSEQUAL, "+=") X(MINEQUAL, "-=") X(STAREQUAL, "*=") X(SLASHEQUAL, "/=") \
    X(DOUBLESLASHEQUAL, "//=") X(PERCENTEQUAL, "%=") X(DOUBLESTAREQUAL, "**=") \
    X(ATEQUAL, "@=") X(VBAREQUAL, "|=") X(AMPEREQUAL, "&=") X(CIRCUMFLEXEQUAL, "^=") \
    X(LEFTSHIFTEQUAL, "<<=") X(RIGHTSHIFTEQUAL, ">>=") \
    X(FALSE, "False") X(NONE, "None") X(TRUE, "True") X(AND, "and") X(AS, "as") \
    X(ASSERT, "assert") X(ASYNC, "async") X(AWAIT, "await") X(BREAK, "break") \
    X(CLASS, "class") X(CONTINUE, "continue") X(DEF, "def") X(DEL, "del") \
    X(ELIF, "elif") X(ELSE, "else") X(EXCEPT, "except") X(FINALLY, "finally") \
    X(FOR, "for") X(FROM, "from") X(GLOBAL, "global") X(IF, "if") \
    X(IMPORT, "import") X(IN, "in") X(IS, "is") X(LAMBDA, "lambda") \
    X(NONLOCAL, "nonlocal") X(NOT, "not") X(OR, "or") X(PASS, "pass") \
    X(RAISE, "raise") X(RETURN, "return") X(TRY, "try") X(WHILE, "while") \
    X(WITH, "with") X(YIELD, "yield")

typedef enum vm_tok {
#define VM_TOK_ENUM(name, text) VM_TOK_##name,
    VM_TOKEN_LIST(VM_TOK_ENUM)
#undef VM_TOK_ENUM
    VM_TOK_COUNT
} vm_tok;

#define VM_TOK_FIRST_KEYWORD VM_TOK_FALSE

/* token flags */
#define VM_TOKF_OVERFLOW 1u   /* INT literal does not fit in int64_t */
#define VM_TOKF_FSTRING  2u   /* STRING with an f prefix: v.str is the raw body */
#define VM_TOKF_RAW      4u   /* STRING with an r prefix */
#define VM_TOKF_BYTES    8u   /* b'' literal: v.str holds its bytes */
#define VM_TOKF_TRIPLE  16u   /* triple-quoted */
#define VM_TOKF_BADESCAPE 32u /* STRING with an invalid escape: v.str is the error message */
#define VM_TOKF_NONASCII 64u  /* bytes literal with a non-ASCII character in its source */

typedef struct vm_token {
    vm_tok kind;
    unsigned flags;
    int line, col, end_line, end_col;
    const char *start;        /* the raw source text of the token */
    size_t len;
    union {
        int64_t i;            /* INT (when not OVERFLOW) */
        double f;             /* FLOAT, IMAG */
        struct { const char *s; size_t n; } str;  /* STRING: decoded bytes, or raw f-string body */
    } v;
} vm_token;

struct vm_arena;

typedef struct vm_token_array {
    vm_token *toks;           /* arena memory */
    int n;
    /* The tokenizer error when toks[n-1] is ERRORTOKEN.  err_strong says it
     * wins over a parser error found earlier in the file (CPython re-scans
     * the rest of the source after a parse error and such errors replace
     * the generic one); err_paren_line > 0 marks "'(' was never closed",
     * which wins only over parser errors on later lines. */
    vm_syntax_error err;
    bool err_strong;
    int err_paren_line;
    /* First line indented with a tab (consistently, else TabError): CPython
     * accepts it, the gclab subset does not -- the parser reports it only
     * when the file is otherwise valid. */
    int tab_line;
} vm_token_array;

/* The source must be UTF-8 (gclab reads no coding declaration): true, or
 * false with CPython's SyntaxError "Non-UTF-8 code starting with '\xNN'
 * in file F on line N, ..." in err (no position: CPython gives none). */
bool vm_check_utf8(const char *src, size_t len, const char *filename, vm_syntax_error *err);
/* Tokenize a whole file src[0..len).  Returns 0 (out->toks ends with
 * ENDMARKER) or -1 (out->toks ends with ERRORTOKEN, out->err filled) --
 * either way the array lives in the arena.  Returns -1 with kind NOMEMORY
 * and no tokens on allocation failure. */
int vm_tokenize(struct vm_arena *a, const char *src, size_t len, const char *filename,
                vm_token_array *out);
/* Tokenize the expression of an f-string field, which starts at (line,
 * col) of the enclosing file: no indentation, line breaks are blanks, no
 * NEWLINE; positions are shifted into the file. */
int vm_tokenize_field(struct vm_arena *a, const char *src, size_t len, const char *filename,
                      int line, int col, vm_token_array *out);

/* The fixed spelling of a token kind ("(", "def", "NAME"...). */
const char *vm_tok_name(vm_tok k);

/* Decode the escapes of a string literal body into UTF-8 bytes in the arena.
 * Returns 0, or -1 with a message in err (size errlen) for an invalid
 * escape; *bad_at receives the byte index of the bad escape in body. */
int vm_decode_string(struct vm_arena *a, const char *body, size_t n, bool raw,
                     const char **out, size_t *outn, char *err, size_t errlen, size_t *bad_at);

/* Fill err->text and err->offset (character column) from a source line. */
void vm_syntax_error_set_text(vm_syntax_error *err, const char *src, size_t len,
                              int lineno, int byte_col);

#endif
