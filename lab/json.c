/*
 * json.c -- the strict JSON reader and writer helpers of json.h.
 *
 * A recursive-descent parser over a NUL-terminated buffer; it tracks the
 * line and column for errors.  Invariant: on error every node built so far
 * is freed and NULL is returned.
 */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "lab/json.h"
#include "lab/fileio.h"

typedef struct parser {
    const char *s, *p;
    char *err;
    size_t errlen;
    bool failed;
} parser;

static void fail(parser *P, const char *what)
{
    if (P->failed)
        return;
    P->failed = true;
    int line = 1, col = 1;
    for (const char *q = P->s; q < P->p; q++) {
        if (*q == '\n')
            line++, col = 1;
        else
            col++;
    }
    snprintf(P->err, P->errlen, "%d:%d: %s", line, col, what);
}

static void skip_ws(parser *P)
{
    while (*P->p == ' ' || *P->p == '\t' || *P->p == '\n' || *P->p == '\r')
        P->p++;
}

static lab_json *node(lab_json_type t)
{
    lab_json *v = calloc(1, sizeof *v);
    if (v)
        v->type = t;
    return v;
}

void lab_json_free(lab_json *v)
{
    if (!v)
        return;
    for (size_t i = 0; i < v->n; i++) {
        lab_json_free(v->items[i]);
        if (v->keys)
            free(v->keys[i]);
    }
    free(v->items);
    free(v->keys);
    free(v->string);
    free(v);
}

static int hex4(parser *P, unsigned *out)
{
    unsigned v = 0;
    for (int i = 0; i < 4; i++) {
        char c = *P->p;
        v <<= 4;
        if (c >= '0' && c <= '9') v |= (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f') v |= (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F') v |= (unsigned)(c - 'A' + 10);
        else {
            fail(P, "bad \\u escape: four hex digits expected");
            return -1;
        }
        P->p++;
    }
    *out = v;
    return 0;
}

static char *parse_string(parser *P)
{
    /* at the opening quote; the decoded string is never longer than the source */
    const char *start = ++P->p;
    size_t cap = 16;
    for (const char *q = start; *q && *q != '"'; q++)
        cap++, q += (*q == '\\' && q[1]);
    char *out = malloc(cap + 8), *o = out;
    if (!out) {
        fail(P, "out of memory");
        return NULL;
    }
    for (;;) {
        unsigned char c = (unsigned char)*P->p;
        if (c == '"') {
            P->p++;
            *o = 0;
            return out;
        }
        if (c == 0) {
            fail(P, "unterminated string");
            break;
        }
        if (c < 0x20) {
            fail(P, "control character in string (escape it)");
            break;
        }
        if (c != '\\') {
            *o++ = (char)c;
            P->p++;
            continue;
        }
        P->p++;
        char e = *P->p++;
        switch (e) {
        case '"': *o++ = '"'; break;
        case '\\': *o++ = '\\'; break;
        case '/': *o++ = '/'; break;
        case 'b': *o++ = '\b'; break;
        case 'f': *o++ = '\f'; break;
        case 'n': *o++ = '\n'; break;
        case 'r': *o++ = '\r'; break;
        case 't': *o++ = '\t'; break;
        case 'u': {
            unsigned cp;
            if (hex4(P, &cp) < 0)
                goto bad;
            if (cp >= 0xD800 && cp < 0xDC00) {
                unsigned lo;
                if (P->p[0] != '\\' || P->p[1] != 'u') {
                    fail(P, "lone high surrogate in \\u escape");
                    goto bad;
                }
                P->p += 2;
                if (hex4(P, &lo) < 0)
                    goto bad;
                if (lo < 0xDC00 || lo > 0xDFFF) {
                    fail(P, "high surrogate not followed by a low one");
                    goto bad;
                }
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            } else if (cp >= 0xDC00 && cp < 0xE000) {
                fail(P, "lone low surrogate in \\u escape");
                goto bad;
            }
            if (cp == 0) {
                fail(P, "\\u0000 is not supported");
                goto bad;
            }
            if (cp < 0x80) *o++ = (char)cp;
            else if (cp < 0x800) { *o++ = (char)(0xC0 | (cp >> 6)); *o++ = (char)(0x80 | (cp & 0x3F)); }
            else if (cp < 0x10000) {
                *o++ = (char)(0xE0 | (cp >> 12)); *o++ = (char)(0x80 | ((cp >> 6) & 0x3F));
                *o++ = (char)(0x80 | (cp & 0x3F));
            } else {
                *o++ = (char)(0xF0 | (cp >> 18)); *o++ = (char)(0x80 | ((cp >> 12) & 0x3F));
                *o++ = (char)(0x80 | ((cp >> 6) & 0x3F)); *o++ = (char)(0x80 | (cp & 0x3F));
            }
            break;
        }
        default:
            P->p--;
            fail(P, "unknown escape in string");
            goto bad;
        }
    }
bad:
    free(out);
    return NULL;
}

static lab_json *parse_value(parser *P, int depth);

static int append(lab_json *v, lab_json *item, char *key)
{
    lab_json **items = realloc(v->items, (v->n + 1) * sizeof *items);
    if (!items)
        return -1;
    v->items = items;
    if (v->type == LAB_JSON_OBJECT) {
        char **keys = realloc(v->keys, (v->n + 1) * sizeof *keys);
        if (!keys)
            return -1;
        v->keys = keys;
        v->keys[v->n] = key;
    }
    v->items[v->n++] = item;
    return 0;
}

static lab_json *parse_container(parser *P, int depth, bool object)
{
    lab_json *v = node(object ? LAB_JSON_OBJECT : LAB_JSON_ARRAY);
    if (!v) {
        fail(P, "out of memory");
        return NULL;
    }
    P->p++;
    skip_ws(P);
    char close = object ? '}' : ']';
    if (*P->p == close) {
        P->p++;
        return v;
    }
    for (;;) {
        char *key = NULL;
        skip_ws(P);
        if (object) {
            if (*P->p != '"') {
                fail(P, "object key (a string) expected");
                goto bad;
            }
            const char *at = P->p;
            key = parse_string(P);
            if (!key)
                goto bad;
            if (lab_json_get(v, key)) {
                P->p = at;
                fail(P, "duplicate key in object");
                free(key);
                goto bad;
            }
            skip_ws(P);
            if (*P->p != ':') {
                free(key);
                fail(P, "':' expected after object key");
                goto bad;
            }
            P->p++;
        }
        lab_json *item = parse_value(P, depth + 1);
        if (!item) {
            free(key);
            goto bad;
        }
        if (append(v, item, key) < 0) {
            lab_json_free(item);
            free(key);
            fail(P, "out of memory");
            goto bad;
        }
        skip_ws(P);
        if (*P->p == ',') {
            P->p++;
            skip_ws(P);
            if (*P->p == close) {
                fail(P, "trailing comma");
                goto bad;
            }
            continue;
        }
        if (*P->p == close) {
            P->p++;
            return v;
        }
        fail(P, object ? "',' or '}' expected" : "',' or ']' expected");
        goto bad;
    }
bad:
    lab_json_free(v);
    return NULL;
}

static lab_json *parse_number(parser *P)
{
    const char *q = P->p;
    if (*q == '-')
        q++;
    if (*q == '0') {
        q++;
        if (*q >= '0' && *q <= '9') {
            fail(P, "leading zero in number");
            return NULL;
        }
    } else if (*q >= '1' && *q <= '9') {
        while (*q >= '0' && *q <= '9') q++;
    } else {
        fail(P, "value expected");
        return NULL;
    }
    if (*q == '.') {
        q++;
        if (!(*q >= '0' && *q <= '9')) {
            fail(P, "digit expected after '.'");
            return NULL;
        }
        while (*q >= '0' && *q <= '9') q++;
    }
    if (*q == 'e' || *q == 'E') {
        q++;
        if (*q == '+' || *q == '-') q++;
        if (!(*q >= '0' && *q <= '9')) {
            fail(P, "digit expected in exponent");
            return NULL;
        }
        while (*q >= '0' && *q <= '9') q++;
    }
    lab_json *v = node(LAB_JSON_NUMBER);
    if (!v) {
        fail(P, "out of memory");
        return NULL;
    }
    v->number = strtod(P->p, NULL);   /* the grammar above is a subset of strtod's */
    P->p = q;
    return v;
}

static lab_json *parse_value(parser *P, int depth)
{
    if (depth > LAB_JSON_MAX_DEPTH) {
        fail(P, "nesting too deep");
        return NULL;
    }
    skip_ws(P);
    switch (*P->p) {
    case '{': return parse_container(P, depth, true);
    case '[': return parse_container(P, depth, false);
    case '"': {
        char *s = parse_string(P);
        if (!s)
            return NULL;
        lab_json *v = node(LAB_JSON_STRING);
        if (!v) {
            free(s);
            fail(P, "out of memory");
            return NULL;
        }
        v->string = s;
        return v;
    }
    case 't': case 'f': case 'n': {
        static const char *words[] = { "true", "false", "null" };
        for (int i = 0; i < 3; i++) {
            size_t len = strlen(words[i]);
            if (strncmp(P->p, words[i], len) == 0) {
                lab_json *v = node(i == 2 ? LAB_JSON_NULL : LAB_JSON_BOOL);
                if (!v) {
                    fail(P, "out of memory");
                    return NULL;
                }
                v->boolean = i == 0;
                P->p += len;
                return v;
            }
        }
        fail(P, "value expected");
        return NULL;
    }
    default:
        return parse_number(P);
    }
}

lab_json *lab_json_parse(const char *text, char *err, size_t errlen)
{
    parser P = { text, text, err, errlen, false };
    lab_json *v = parse_value(&P, 0);
    if (!v)
        return NULL;
    skip_ws(&P);
    if (*P.p) {
        fail(&P, "unexpected text after the value");
        lab_json_free(v);
        return NULL;
    }
    return v;
}

lab_json *lab_json_parse_file(const char *path, char *err, size_t errlen)
{
    size_t len;
    char *text = lab_read_file(path, &len);
    if (!text) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return NULL;
    }
    if (strlen(text) != len) {
        snprintf(err, errlen, "%s: NUL byte in file", path);
        free(text);
        return NULL;
    }
    char e[256];
    lab_json *v = lab_json_parse(text, e, sizeof e);
    if (!v)
        snprintf(err, errlen, "%s:%s", path, e);
    free(text);
    return v;
}

const lab_json *lab_json_get(const lab_json *v, const char *key)
{
    if (!v || v->type != LAB_JSON_OBJECT)
        return NULL;
    for (size_t i = 0; i < v->n; i++)
        if (strcmp(v->keys[i], key) == 0)
            return v->items[i];
    return NULL;
}

double lab_json_num(const lab_json *v, const char *key)
{
    const lab_json *m = lab_json_get(v, key);
    return m && m->type == LAB_JSON_NUMBER ? m->number : NAN;
}

const char *lab_json_str(const lab_json *v, const char *key)
{
    const lab_json *m = lab_json_get(v, key);
    return m && m->type == LAB_JSON_STRING ? m->string : NULL;
}

void lab_json_write_string(FILE *f, const char *s)
{
    fputc('"', f);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        switch (*p) {
        case '"': fputs("\\\"", f); break;
        case '\\': fputs("\\\\", f); break;
        case '\n': fputs("\\n", f); break;
        case '\t': fputs("\\t", f); break;
        case '\r': fputs("\\r", f); break;
        default:
            if (*p < 0x20)
                fprintf(f, "\\u%04x", *p);
            else
                fputc(*p, f);
        }
    }
    fputc('"', f);
}

void lab_json_write_number(FILE *f, double v)
{
    if (isnan(v) || isinf(v))
        fputs("null", f);
    else if (v == floor(v) && fabs(v) < 9007199254740992.0)
        fprintf(f, "%.0f", v);
    else
        fprintf(f, "%.9g", v);
}

/* Replace or add member key with the node v (owned from here on). */
static int set_member(lab_json *obj, const char *key, lab_json *v)
{
    if (!v || !obj || obj->type != LAB_JSON_OBJECT) {
        lab_json_free(v);
        return -1;
    }
    for (size_t i = 0; i < obj->n; i++)
        if (strcmp(obj->keys[i], key) == 0) {
            lab_json_free(obj->items[i]);
            obj->items[i] = v;
            return 0;
        }
    lab_json **items = realloc(obj->items, (obj->n + 1) * sizeof *items);
    if (items)
        obj->items = items;
    char **keys = items ? realloc(obj->keys, (obj->n + 1) * sizeof *keys) : NULL;
    if (keys)
        obj->keys = keys;
    char *k = keys ? strdup(key) : NULL;
    if (!k) {
        lab_json_free(v);
        return -1;
    }
    obj->keys[obj->n] = k;
    obj->items[obj->n++] = v;
    return 0;
}

int lab_json_set_number(lab_json *obj, const char *key, double v)
{
    bool finite = !isnan(v) && !isinf(v);
    lab_json *n = node(finite ? LAB_JSON_NUMBER : LAB_JSON_NULL);
    if (n)
        n->number = finite ? v : 0;
    return set_member(obj, key, n);
}

int lab_json_set_string(lab_json *obj, const char *key, const char *s)
{
    lab_json *n = node(s ? LAB_JSON_STRING : LAB_JSON_NULL);
    if (n && s && !(n->string = strdup(s))) {
        lab_json_free(n);
        n = NULL;
    }
    return set_member(obj, key, n);
}

void lab_json_write(FILE *f, const lab_json *v, int indent)
{
    switch (v->type) {
    case LAB_JSON_NULL: fputs("null", f); return;
    case LAB_JSON_BOOL: fputs(v->boolean ? "true" : "false", f); return;
    case LAB_JSON_NUMBER: lab_json_write_number(f, v->number); return;
    case LAB_JSON_STRING: lab_json_write_string(f, v->string); return;
    case LAB_JSON_ARRAY:
    case LAB_JSON_OBJECT:
        break;
    }
    bool obj = v->type == LAB_JSON_OBJECT;
    fputc(obj ? '{' : '[', f);
    for (size_t i = 0; i < v->n; i++) {
        fprintf(f, "%s\n%*s", i ? "," : "", indent + 2, "");
        if (obj) {
            lab_json_write_string(f, v->keys[i]);
            fputs(": ", f);
        }
        lab_json_write(f, v->items[i], indent + 2);
    }
    if (v->n)
        fprintf(f, "\n%*s", indent, "");
    fputc(obj ? '}' : ']', f);
}
