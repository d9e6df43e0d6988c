/*
 * test_lab_provenance.c -- what provenance.json rests on: SHA-256 of the
 * workload files (against sha256sum's digests), their copies in the result
 * folder, the load average and the busy warning.
 */
#include <criterion/criterion.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "lab/sha256.h"
#include "lab/provenance.h"
#include "lab/fileio.h"

/* Digests from coreutils' sha256sum: the standard's vectors, and lengths
 * around the padding boundary (55 bytes fit one block, 56 need two). */
Test(lab_provenance, sha256_vectors)
{
    static char a1000[1000], x55[55], x56[56], x64[64];
    memset(a1000, 'a', sizeof a1000);
    memset(x55, 'x', sizeof x55);
    memset(x56, 'x', sizeof x56);
    memset(x64, 'x', sizeof x64);
    static const struct {
        const char *data;
        size_t n;
        const char *hex;
    } v[] = {
        { "", 0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" },
        { "abc", 3, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" },
        { "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 56,
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1" },
        { a1000, 1000, "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3" },
        { x55, 55, "d5e285683cd4efc02d021a5c62014694958901005d6f71e89e0989fac77e4072" },
        { x56, 56, "04c26261370ee7541549d16dee320c723e3fd14671e66a099afe0a377c16888e" },
        { x64, 64, "7ce100971f64e7001e8fe5a51973ecdfe1ced42befe7ee8d5fd6219506b5393c" },
    };
    for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
        char hex[LAB_SHA256_HEX];
        lab_sha256_hex(v[i].data, v[i].n, hex);
        cr_assert_str_eq(hex, v[i].hex, "vector %zu (%zu bytes)", i, v[i].n);
    }
    char hex[LAB_SHA256_HEX];
    cr_assert_eq(lab_sha256_file("/nonexistent/file.py", hex), -1);
}

Test(lab_provenance, workloads_copied_once)
{
    char root[] = "/tmp/gclab-prov-XXXXXX";
    cr_assert_not_null(mkdtemp(root));
    char *src = lab_strdup_printf("%s/prog.py", root), err[256];
    cr_assert_eq(lab_write_atomic_bytes(src, "print(1)\n", 9, err, sizeof err), 0, "%s", err);
    lab_workload w[2] = { { .name = "a", .path = src }, { .name = "b", .path = src } };
    lab_spec spec = { .workloads = w, .nworkloads = 2 };
    cr_assert_eq(lab_provenance_copy_workloads(&spec, root, err, sizeof err), 0, "%s", err);
    char *copy = lab_strdup_printf("%s/workloads/prog.py", root);
    char *text = lab_read_file(copy, NULL);
    cr_assert_str_eq(text, "print(1)\n");
    /* a workload file that cannot be read is an error naming it */
    w[1].path = "/nonexistent/gone.py";
    cr_assert_eq(lab_provenance_copy_workloads(&spec, root, err, sizeof err), -1);
    cr_assert(strstr(err, "/nonexistent/gone.py") != NULL, "%s", err);
    char *cmd = lab_strdup_printf("rm -rf '%s'", root);
    cr_assert_eq(system(cmd), 0);
    free(cmd);
    free(text);
    free(copy);
    free(src);
}

Test(lab_provenance, load_and_busy_warning)
{
    double load[3];
    cr_assert_eq(lab_load_average(load), 0, "/proc/loadavg is readable on Linux");
    cr_assert(load[0] >= 0 && load[1] >= 0 && load[2] >= 0);
    char buf[160];
    double idle[3] = { 0, 0, 0 }, busy[3] = { 1000, 1000, 1000 };
    lab_busy_warning(idle, buf, sizeof buf);
    cr_assert_str_eq(buf, "");
    lab_busy_warning(busy, buf, sizeof buf);
    cr_assert(strstr(buf, "busy") != NULL, "%s", buf);
}
