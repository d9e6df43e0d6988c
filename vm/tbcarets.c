/*
 * tbcarets.c -- the position markers CPython 3.11 prints under a
 * traceback's source line (PEP 657): `^^^` under the range of the
 * instruction that raised, or `~~~^^^~~` when the range is a binary
 * operation (the operator marked) or a subscript (the brackets marked).
 *
 * Its rules (Python/traceback.c's tb_displayline): a range on one line
 * is re-parsed alone as an expression to find those anchors; a range
 * going on to later lines is marked up to the last non-blank character of
 * its first line; nothing is printed when a range without anchors covers
 * the whole line (its text after the indentation, trailing blanks
 * included).  Columns are UTF-8 byte offsets in the code's table and
 * characters on screen.
 */
#include <string.h>
#include "vm/eval.h"
#include "vm/eval_internal.h"
#include "frontend/ast.h"
#include "runtime/error.h"

/* Characters in the first n bytes of UTF-8 text s (n clamped to len). */
static intptr_t char_offset(const char *s, intptr_t len, intptr_t n)
{
    if (n > len)
        n = len;
    intptr_t k = 0;
    for (intptr_t i = 0; i < n; i++)
        k += ((unsigned char)s[i] & 0xC0) != 0x80;
    return k;
}

static bool blank(char ch) { return ch == ' ' || ch == '\t' || ch == '\f'; }

/* Anchors of the one-line segment seg (n bytes): byte offsets [left,
 * right) of the secondary marks inside it; false when it is not a lone
 * binary operation or subscript. */
static bool find_anchors(const char *seg, intptr_t n, intptr_t *left, intptr_t *right)
{
    /* "(\n" SEG "\n)": the segment parses as one expression however it
     * is spaced, and its columns on line 2 are offsets into seg */
    char buf[4096 + 8];
    if (n > 4096)
        return false;
    memcpy(buf, "(\n", 2);
    memcpy(buf + 2, seg, (size_t)n);
    memcpy(buf + 2 + n, "\n)\n", 4);
    vm_syntax_error err;
    memset(&err, 0, sizeof err);
    rt_object *saved = rt_err_fetch();
    vm_ast *ast = vm_parse(buf, (size_t)n + 5, "<segment>", &err);
    rt_err_restore(saved);
    if (!ast)
        return false;
    bool found = false;
    const vm_list *body = &ast->module->u.Module.body;
    const vm_node *e = body->n == 1 && body->items[0]->kind == VM_N_Expr ? body->items[0]->u.Expr.value : NULL;
    if (e && e->kind == VM_N_BinOp && e->u.BinOp.left->end_line == 2 && e->u.BinOp.right->line == 2) {
        intptr_t stop = e->u.BinOp.right->col;
        for (intptr_t i = e->u.BinOp.left->end_col; i < stop && i < n; i++) {
            if (blank(seg[i]) || seg[i] == ')')
                continue;
            *left = i;
            *right = i + 1 + (i + 1 < stop && !blank(seg[i + 1]));
            found = true;
            break;
        }
    } else if (e && e->kind == VM_N_Subscript && e->u.Subscript.value->end_line == 2
               && e->u.Subscript.slice->end_line == 2) {
        *left = e->u.Subscript.value->end_col;
        *right = e->u.Subscript.slice->end_col + 1;
        found = *left >= 0 && *left <= *right && *right <= n;
    }
    vm_ast_free(ast);
    return found;
}

void vm_print_carets(FILE *out, const char *line, intptr_t len, const vm_code *co, intptr_t instr)
{
    vm_lineentry p;
    if (!vm_code_position(co, instr, &p) || p.col > len)
        return;
    intptr_t indent = 0;
    while (indent < len && blank(line[indent]))
        indent++;
    intptr_t start_b = p.col, end_b = p.end_line == p.line ? p.end_col : len;
    if (end_b > len)
        end_b = len;
    intptr_t start = char_offset(line, len, start_b), end;
    intptr_t left = -1, right = -1;
    if (p.end_line == p.line) {
        end = char_offset(line, len, end_b);
        intptr_t lb, rb;
        if (find_anchors(line + start_b, end_b - start_b, &lb, &rb)) {
            left = char_offset(line + start_b, end_b - start_b, lb);
            right = char_offset(line + start_b, end_b - start_b, rb);
        }
    } else {
        intptr_t i = len;
        while (i > 0 && blank(line[i - 1]))
            i--;
        end = char_offset(line, len, i);
    }
    intptr_t stripped = char_offset(line, len, len) - char_offset(line, len, indent);
    if (end - start == stripped && left < 0)
        return;
    if (start < indent || end <= start)
        return;
    fputs("    ", out);
    for (intptr_t i = indent; i < start; i++)
        fputc(' ', out);
    for (intptr_t i = 0; i < end - start; i++)
        fputc(left >= 0 && i >= left && i < right ? '^' : left >= 0 ? '~' : '^', out);
    fputc('\n', out);
}
