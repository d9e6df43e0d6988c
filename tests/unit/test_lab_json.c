/* test_lab_json.c -- the strict JSON reader and the atomic writer. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "lab/json.h"
#include "lab/fileio.h"

static lab_json *ok(const char *text)
{
    char err[256];
    lab_json *v = lab_json_parse(text, err, sizeof err);
    cr_assert(v, "parse failed: %s (%s)", err, text);
    return v;
}

static void bad(const char *text, const char *where_what)
{
    char err[256] = "";
    lab_json *v = lab_json_parse(text, err, sizeof err);
    cr_assert_null(v, "accepted: %s", text);
    cr_assert(strstr(err, where_what), "for %s: got '%s', want '%s'", text, err, where_what);
}

Test(lab_json, values)
{
    lab_json *v = ok(" {\"a\": 1.5, \"b\": [true, false, null], \"c\": \"x\\ny\\u00e9\\ud83d\\ude00\", \"d\": -0.25e2, \"e\": {}} ");
    cr_assert_float_eq(lab_json_num(v, "a"), 1.5, 1e-12);
    cr_assert_float_eq(lab_json_num(v, "d"), -25.0, 1e-12);
    const lab_json *b = lab_json_get(v, "b");
    cr_assert(b && b->type == LAB_JSON_ARRAY && b->n == 3);
    cr_assert(b->items[0]->boolean && !b->items[1]->boolean && b->items[2]->type == LAB_JSON_NULL);
    cr_assert_str_eq(lab_json_str(v, "c"), "x\ny\xc3\xa9\xf0\x9f\x98\x80");
    cr_assert(isnan(lab_json_num(v, "missing")));
    cr_assert(isnan(lab_json_num(v, "c")), "a string is not a number");
    cr_assert_str_eq(v->keys[4], "e");
    lab_json_free(v);
}

Test(lab_json, strict_errors_name_line_and_column)
{
    bad("{\"a\": 1,}", "1:9: trailing comma");
    bad("{\n  \"a\": 01\n}", "2:8: leading zero");
    bad("[1, 2", "1:6: ',' or ']' expected");
    bad("{\"a\": 1, \"a\": 2}", "1:10: duplicate key");
    bad("{\"a\": NaN}", "1:7: value expected");
    bad("// c\n1", "1:1: value expected");
    bad("1 2", "1:3: unexpected text");
    bad("\"abc", "unterminated string");
    bad("\"\\x\"", "unknown escape");
    bad("\"\\ud800\"", "lone high surrogate");
    bad("1.", "digit expected after '.'");
    char deep[200];
    memset(deep, '[', 100);
    deep[100] = 0;
    bad(deep, "nesting too deep");
}

static int writer(FILE *f, void *arg)
{
    fprintf(f, "{\"s\": ");
    lab_json_write_string(f, arg);
    fprintf(f, ", \"nan\": ");
    lab_json_write_number(f, NAN);
    fprintf(f, ", \"n\": ");
    lab_json_write_number(f, 0.125);
    fprintf(f, "}");
    return 0;
}

static int failing_writer(FILE *f, void *arg)
{
    (void)arg;
    fputs("partial", f);
    return -1;
}

Test(lab_json, atomic_write_round_trip)
{
    char dir[] = "/tmp/gclab-json-XXXXXX";
    cr_assert(mkdtemp(dir));
    char *path = lab_strdup_printf("%s/a.json", dir), err[256];
    cr_assert_eq(lab_write_atomic(path, writer, "q\"\\\t\x01", err, sizeof err), 0, "%s", err);
    lab_json *v = lab_json_parse_file(path, err, sizeof err);
    cr_assert(v, "%s", err);
    cr_assert_str_eq(lab_json_str(v, "s"), "q\"\\\t\x01");
    cr_assert_eq(lab_json_get(v, "nan")->type, LAB_JSON_NULL);
    cr_assert_float_eq(lab_json_num(v, "n"), 0.125, 1e-12);
    lab_json_free(v);
    /* A failing writer leaves the old file untouched and no temp file. */
    cr_assert_eq(lab_write_atomic(path, failing_writer, NULL, err, sizeof err), -1);
    char *text = lab_read_file(path, NULL);
    cr_assert(text && text[0] == '{', "old content kept");
    free(text);
    char *cmd = lab_strdup_printf("test $(ls %s | wc -l) -eq 1", dir);
    cr_assert_eq(system(cmd), 0, "no temporary file left behind");
    free(cmd);
    cmd = lab_strdup_printf("rm -rf %s", dir);
    cr_assert_eq(system(cmd), 0);
    free(cmd);
    free(path);
}
