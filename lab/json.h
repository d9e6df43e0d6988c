/*
 * json.h -- a small, strict JSON reader and writer helpers (RFC 8259).
 *
 * Strict: no comments, no trailing commas, no leading zeros, no NaN, no
 * duplicate keys, nothing after the value but whitespace, nesting at most
 * LAB_JSON_MAX_DEPTH; errors name the line and column.  Objects keep their
 * keys in file order.  The reader builds a tree of malloc'ed nodes.
 * Why our own: the lab reads back only what gclab itself wrote (stats.json,
 * provenance), ~300 lines, and a Debian JSON library would be one more
 * build dependency for every machine and CI.
 */
#ifndef GCLAB_LAB_JSON_H
#define GCLAB_LAB_JSON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#define LAB_JSON_MAX_DEPTH 64   /* our files nest 2 deep; bounds the recursion */

typedef enum lab_json_type {
    LAB_JSON_NULL, LAB_JSON_BOOL, LAB_JSON_NUMBER, LAB_JSON_STRING, LAB_JSON_ARRAY, LAB_JSON_OBJECT
} lab_json_type;

typedef struct lab_json {
    lab_json_type type;
    bool boolean;
    double number;
    char *string;               /* STRING: UTF-8, NUL-terminated (no embedded NUL) */
    struct lab_json **items;    /* ARRAY, OBJECT: n values */
    char **keys;                /* OBJECT: n keys */
    size_t n;
} lab_json;

/* Parse text; NULL with "LINE:COL: what" in err. */
lab_json *lab_json_parse(const char *text, char *err, size_t errlen);
/* Parse a file; errors start with the path. */
lab_json *lab_json_parse_file(const char *path, char *err, size_t errlen);
void lab_json_free(lab_json *v);
/* Member of an object (NULL if absent or v is not an object). */
const lab_json *lab_json_get(const lab_json *v, const char *key);
/* A numeric member; NaN when absent, null or not a number. */
double lab_json_num(const lab_json *v, const char *key);
/* A string member; NULL when absent or not a string. */
const char *lab_json_str(const lab_json *v, const char *key);

/* Set member key of object obj (added at the end when absent) to a number
 * (null when NaN or infinite) or a string (null when s is NULL).  0, or -1
 * when obj is not an object or memory runs out. */
int lab_json_set_number(lab_json *obj, const char *key, double v);
int lab_json_set_string(lab_json *obj, const char *key, const char *s);

/* Writers. */
void lab_json_write_string(FILE *f, const char *s);
/* A number, or null when NaN/inf (JSON has neither). */
void lab_json_write_number(FILE *f, double v);
/* A whole tree (read, perhaps edited), members on their own lines
 * indented 2 spaces per level from indent; no newline at the end. */
void lab_json_write(FILE *f, const lab_json *v, int indent);

#endif
