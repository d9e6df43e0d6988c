/*
 * test_lab_fileio.c -- the lab's output rules (lab/fileio.h): a regular
 * file or a new path is replaced atomically; a device, a FIFO and a
 * symlink keep their type and are written in place; an empty path, a
 * folder, an input named as the output are refused; a full device is a
 * write error, never a silent short file.
 */
#define _GNU_SOURCE
#include <criterion/criterion.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>
#include "lab/fileio.h"
#include "tests/unit/lab_util.h"

static char dir[64];

static void setup(void)
{
    strcpy(dir, "/tmp/gclab-fileio-XXXXXX");
    cr_assert(mkdtemp(dir));
}

static void teardown(void)
{
    char *cmd = lab_strdup_printf("rm -rf %s", dir);
    cr_assert_eq(system(cmd), 0);
    free(cmd);
    lab_test_free_owned();
}

TestSuite(lab_fileio, .init = setup, .fini = teardown);

static const char *at(const char *name) { return own(lab_strdup_printf("%s/%s", dir, name)); }

static int hello(FILE *f, void *arg)
{
    (void)arg;
    fputs("hello\n", f);
    return 0;
}

static mode_t type_of(const char *path)
{
    struct stat st;
    cr_assert_eq(lstat(path, &st), 0, "%s", path);
    return st.st_mode & S_IFMT;
}

Test(lab_fileio, regular_and_new_files_replaced)
{
    char err[256];
    cr_assert_eq(lab_write_atomic(at("new.txt"), hello, NULL, err, sizeof err), 0, "%s", err);
    cr_assert_eq(lab_write_atomic(at("new.txt"), hello, NULL, err, sizeof err), 0, "%s", err);
    cr_assert_str_eq(own(lab_read_file(at("new.txt"), NULL)), "hello\n");
    cr_assert_eq(type_of(at("new.txt")), S_IFREG);
}

/* A private copy of the device /dev/NAME (major 1, minor) in the test's
 * folder where the test may make one (root: a regression must not replace
 * the machine's own /dev/null); else the real one, which a user without
 * that privilege cannot replace anyway. */
static const char *device(const char *name, unsigned minor)
{
    const char *p = at(name);
    if (mknod(p, S_IFCHR | 0666, makedev(1, minor)) == 0)
        return p;
    return own(lab_strdup_printf("/dev/%s", name));
}

Test(lab_fileio, dev_null_stays_a_device)
{
    char err[256];
    const char *null = device("null", 3);
    cr_assert_eq(lab_output_check(null, NULL, err, sizeof err), 0, "%s", err);
    cr_assert_eq(lab_write_atomic(null, hello, NULL, err, sizeof err), 0, "%s", err);
    cr_assert_eq(type_of(null), S_IFCHR, "%s replaced by a regular file", null);
}

Test(lab_fileio, fifo_written_in_place)
{
    char err[256];
    const char *fifo = at("fifo");
    cr_assert_eq(mkfifo(fifo, 0644), 0);
    pid_t pid = fork();
    if (pid == 0) {   /* the reader; gives up if the FIFO was replaced */
        alarm(5);
        int fd = open(fifo, O_RDONLY);
        char buf[64] = "";
        ssize_t n = read(fd, buf, sizeof buf - 1);
        _exit(n == 6 && strcmp(buf, "hello\n") == 0 ? 0 : 1);
    }
    cr_assert_eq(lab_write_atomic(fifo, hello, NULL, err, sizeof err), 0, "%s", err);
    int status;
    cr_assert_eq(waitpid(pid, &status, 0), pid);
    cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0, "the reader got the content");
    cr_assert_eq(type_of(fifo), S_IFIFO, "the FIFO is still a FIFO");
}

Test(lab_fileio, symlink_kept_target_written)
{
    char err[256];
    cr_assert_eq(symlink("target.txt", at("link.txt")), 0);
    cr_assert_eq(lab_write_atomic(at("link.txt"), hello, NULL, err, sizeof err), 0, "%s", err);
    cr_assert_eq(type_of(at("link.txt")), S_IFLNK, "the link is still a link");
    cr_assert_str_eq(own(lab_read_file(at("target.txt"), NULL)), "hello\n");
}

Test(lab_fileio, odd_paths_refused)
{
    char err[256] = "";
    cr_assert_eq(lab_write_atomic("", hello, NULL, err, sizeof err), -1);
    cr_assert(strstr(err, "empty path"), "%s", err);
    cr_assert_eq(lab_output_check("", NULL, err, sizeof err), -1);
    cr_assert_eq(lab_write_atomic(dir, hello, NULL, err, sizeof err), -1);
    cr_assert(strstr(err, "is a folder"), "%s", err);
    cr_assert_eq(lab_output_check(at("sub/"), NULL, err, sizeof err), -1);
    cr_assert(strstr(err, "names a folder"), "%s", err);
    cr_assert_eq(lab_output_check(at("no/such/folder/x.json"), NULL, err, sizeof err), -1);
    cr_assert(strstr(err, "No such file or directory"), "%s", err);
    cr_assert_eq(lab_mkdirs("", err, sizeof err), -1);
    cr_assert_eq(lab_write_atomic(at("f"), hello, NULL, err, sizeof err), 0, "%s", err);
    cr_assert_eq(lab_mkdirs(at("f/sub"), err, sizeof err), -1, "a file in the way of a folder");
    cr_assert(strstr(err, "Not a directory"), "%s", err);
}

Test(lab_fileio, an_input_is_not_an_output)
{
    char err[256] = "";
    cr_assert_eq(lab_write_atomic(at("prog.py"), hello, NULL, err, sizeof err), 0, "%s", err);
    cr_assert_eq(link(at("prog.py"), at("hard.py")), 0);
    const char *inputs[] = { at("prog.py"), NULL };
    cr_assert_eq(lab_output_check(at("prog.py"), inputs, err, sizeof err), -1);
    cr_assert(strstr(err, "refusing to overwrite"), "%s", err);
    cr_assert_eq(lab_output_check(at("hard.py"), inputs, err, sizeof err), -1, "the same file by another name");
    cr_assert_eq(lab_output_check(at("other.py"), inputs, err, sizeof err), 0, "%s", err);
}

Test(lab_fileio, full_device_is_an_error)
{
    char err[256] = "";
    const char *full = device("full", 7);
    cr_assert_eq(lab_write_atomic(full, hello, NULL, err, sizeof err), -1);
    cr_assert(strstr(err, "No space left on device"), "%s", err);
    cr_assert_eq(type_of(full), S_IFCHR);
}
