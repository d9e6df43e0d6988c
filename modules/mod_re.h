/*
 * mod_re.h -- the regular expression engine behind the re module (lib/re.py
 * over the built-in _re): a pattern is compiled (mod_re_compile.c) into a
 * small program of int32 words, run by a backtracking matcher
 * (mod_re_exec.c) that keeps its choice points on an explicit heap stack,
 * so neither a long subject nor a pathological pattern can overflow the C
 * stack.  mod_re.c and mod_re_match.c make the Pattern, Match and
 * iterator objects of CPython's re over it.
 *
 * Positions are code point indices, as CPython's: the subject is read as
 * one byte per character (bytes, ASCII str) or decoded to code points
 * (any other str; re_subject keeps each code point's byte offset so that
 * the Match's pieces are sliced from the UTF-8 without a walk).
 *
 * Program invariants: every jump is relative to the first word of the
 * instruction holding it, so a compiled piece can be moved (a quantifier
 * or '|' inserts words before it) without patching; an instruction's
 * length is fixed by its opcode (re_op_len).
 */
#ifndef GCLAB_MODULES_MOD_RE_H
#define GCLAB_MODULES_MOD_RE_H

#include <stdbool.h>
#include <stdint.h>
#include "runtime/object.h"

/* CPython's flag values (re.RegexFlag). */
enum {
    RE_F_TEMPLATE = 1, RE_F_IGNORECASE = 2, RE_F_LOCALE = 4, RE_F_MULTILINE = 8,
    RE_F_DOTALL = 16, RE_F_UNICODE = 32, RE_F_VERBOSE = 64, RE_F_DEBUG = 128, RE_F_ASCII = 256,
};

/* Opcodes; words after the opcode are its operands ("rel" = relative jump). */
enum {
    RE_MATCH,        /* success */
    RE_CHAR,         /* c */
    RE_CHAR_I,       /* folded c: the character's fold equals it */
    RE_NOTCHAR,      /* c */
    RE_NOTCHAR_I,    /* folded c */
    RE_ANY,          /* anything but '\n' */
    RE_ANYALL,       /* anything */
    RE_CLASS,        /* class index */
    RE_AT,           /* RE_AT_* kind */
    RE_SPLIT,        /* rel first choice, rel second choice */
    RE_JMP,          /* rel */
    RE_SAVE,         /* register */
    RE_REP,          /* min max mode rel_next, then one single-character instruction */
    RE_LOOP_INIT,    /* counter register */
    RE_LOOP_HEAD,    /* counter min max mode rel_exit; the body follows */
    RE_MARK,         /* register: the position an iteration started at */
    RE_LOOP_TAIL,    /* counter mark min rel_head rel_exit */
    RE_BACKREF,      /* group */
    RE_BACKREF_I,    /* group */
    RE_GROUPEXISTS,  /* group rel_no */
    RE_ASSERT,       /* kind width rel_end; the body then RE_ASSERT_END follow */
    RE_ASSERT_END,
    RE_NOPS
};

enum { RE_AT_BEGIN, RE_AT_BEGIN_LINE, RE_AT_END, RE_AT_END_LINE, RE_AT_BEGIN_STR, RE_AT_END_STR,
       RE_AT_BOUND, RE_AT_NBOUND };
enum { RE_GREEDY, RE_LAZY, RE_POSSESSIVE };
enum { RE_ASSERT_POS, RE_ASSERT_NEG, RE_ASSERT_ATOMIC };
/* Class item categories (0: a range lo..hi). */
enum { RE_CAT_RANGE, RE_CAT_DIGIT, RE_CAT_NOT_DIGIT, RE_CAT_WORD, RE_CAT_NOT_WORD, RE_CAT_SPACE,
       RE_CAT_NOT_SPACE };

/* "Infinitely many" as a repeat's max. */
#define RE_MAXREPEAT INT32_MAX

typedef struct re_citem {
    uint32_t lo, hi;
    int cat;
} re_citem;

/* A character class: bits answers for code points below 256 (negation and
 * case folding already applied); items answer for the others. */
typedef struct re_class {
    uint32_t bits[8];
    re_citem *items;
    int nitems;
    bool negate, icase;
    bool uni;             /* Unicode categories and case (the pattern's at the class) */
} re_class;

typedef struct re_prog {
    int32_t *code;
    intptr_t ncode;
    re_class *classes;
    int nclasses;
    int ngroups;          /* capturing groups, group 0 not counted */
    int nregs;            /* 2 * (ngroups + 1) capture registers, loop registers, lastindex */
    int loopbase;         /* the first loop register: a loop operand k is regs[loopbase + k] */
    int flags;            /* the final flags (inline ones included) */
    bool bytes;           /* a bytes pattern */
    bool uni;             /* Unicode classes and case (a str pattern without ASCII) */
    /* search's first-character filter: first_char >= 0, or first_class >= 0 */
    int32_t first_char, first_class;
    bool anchored;        /* starts with \A or a non-MULTILINE ^: only position 0 can match */
} re_prog;

/* The register holding lastindex (the group closed last). */
static inline int re_lastindex_reg(const re_prog *p) { return p->nregs - 1; }

/* Compile the n code points of pattern text (bytes: one per byte) with
 * flags.  On success *out is the program (re_prog_free it) and names is
 * filled {name: group}.  On a pattern error, 1 with *msg (a static or
 * rt_mem_malloc'd message: *msg_owned) and *errpos; -1 with an exception
 * set (MemoryError, RecursionError, OverflowError). */
typedef struct re_compile_error {
    char msg[256];
    intptr_t pos;    /* -1: no position */
} re_compile_error;
int re_compile(const uint32_t *pat, intptr_t n, int flags, bool bytes, rt_object *names, re_prog **out,
               re_compile_error *err);
void re_prog_free(re_prog *p);

/* The subject of a match: its characters one per byte or decoded. */
typedef struct re_subject {
    rt_object *obj;            /* borrowed: the str or bytes */
    const void *chars;
    int width;                 /* 1 or 4 */
    intptr_t len;              /* code points */
    intptr_t *boff;            /* byte offset of each code point (len + 1), or NULL: equal */
    uint32_t *owned;           /* the decoded code points, freed by re_subject_fini */
} re_subject;
/* Read obj (a str or bytes; the pattern's kind is checked by the caller):
 * 0, or -1 + MemoryError. */
int re_subject_init(re_subject *s, rt_object *obj);
void re_subject_fini(re_subject *s);
static inline intptr_t re_subject_byte(const re_subject *s, intptr_t i) { return s->boff ? s->boff[i] : i; }

typedef struct re_bt re_bt;

/* One run of the matcher over [pos, end) of a subject. */
typedef struct re_exec {
    const re_prog *prog;
    const re_subject *subj;
    intptr_t pos, end;
    intptr_t pos0;        /* the pos the scan began at (Match.pos) */
    bool fullmatch;       /* the match must end at end */
    bool must_advance;    /* no empty match at pos (the scan after an empty match) */
    intptr_t *regs;       /* prog->nregs */
    re_bt *stack;
    intptr_t sp, cap;
} re_exec;

void re_exec_init(re_exec *e, const re_prog *prog, const re_subject *s, intptr_t pos, intptr_t end);
void re_exec_fini(re_exec *e);
/* Match at e->pos (anchored) or at the first position from e->pos on:
 * 1 (regs hold the match), 0, or -1 with an exception set. */
int re_exec_run(re_exec *e, bool anchored);

/* Unicode helpers shared by the compiler and the matcher. */
uint32_t re_fold(uint32_t c, bool uni);
bool re_category(int cat, uint32_t c, bool uni);
bool re_class_test_slow(const re_class *k, uint32_t c);
static inline bool re_class_test(const re_class *k, uint32_t c)
{
    return c < 256 ? (k->bits[c >> 5] >> (c & 31)) & 1 : re_class_test_slow(k, c);
}
/* The number of words of an instruction. */
int re_op_len(int32_t op);
static inline bool re_is_word(uint32_t c, bool uni) { return re_category(RE_CAT_WORD, c, uni); }

/* The types (mod_re.c, mod_re_match.c). */
extern rt_type re_pattern_type, re_match_type;
typedef struct re_pattern {
    RT_OBJECT_HEAD
    re_prog *prog;
    rt_object *pattern;      /* the source str or bytes */
    rt_object *groupindex;   /* dict name -> group */
    rt_object *indexgroup;   /* tuple: group -> name or None (lastgroup) */
    rt_object *error;        /* re.error, for the template's errors */
    rt_object *tmpl_src, *tmpl;   /* the last template sub parsed, and its parse */
    intptr_t hash;
} re_pattern;
/* A Match of pattern p over subject s from the registers of e. */
rt_object *re_match_new(re_pattern *p, const re_subject *s, const re_exec *e);
/* The parsed template repl (str/bytes): a list of literal pieces and
 * group numbers (int), new reference; or NULL + re.error/IndexError.  The
 * pattern keeps the last one parsed. */
rt_object *re_parse_template(re_pattern *p, rt_object *repl);
/* Append the expansion of parsed template t for match m to list out: 0 / -1. */
int re_template_append(rt_object *t, rt_object *m, rt_object *out);
/* Raise err(msg, pattern, pos) (pos < 0: None). */
void re_raise(rt_object *err, const char *msg, rt_object *pattern, intptr_t pos);

#endif
