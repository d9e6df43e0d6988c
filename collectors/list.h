/*
 * list.h -- the collectors: the one list of their names and of what each
 * supports.  An X-macro list with no include guard: define GC_COLLECTOR,
 * include this file, undefine it.  Readers: collectors/collector.h (the
 * capability constants and the gc_NAME_collector declarations),
 * collectors/registry.c (gc_all), lab/spec.c (the names a spec accepts),
 * and CMake (gclab_read_collectors in CMakeLists.txt: per-collector unit
 * test labels, conformance and workload runs, EXCUSED capabilities).
 *
 * Adding a collector is one file, collectors/NAME.c defining
 *     const gc_collector gc_NAME_collector = { .name = "NAME", .caps = GC_CAPS_NAME, ... };
 * and one line here.
 *
 *   GC_COLLECTOR(NAME, CAPABILITIES, NEEDS, "TEST FLAGS")
 *
 *   NAME          `--gc NAME`, the ctest label of its tests, the test names'
 *                 suffix (conformance/PROG/NAME, workloads/W/NAME), and the
 *                 prefix of unit test files labelled with it (test_NAME*.c);
 *                 lower-case letters and digits.
 *   CAPABILITIES  GC_CAP_* joined by |: what the collector does the way
 *                 CPython 3.11 does (collector.h says what each means).  The
 *                 gc module does not read them: it reads the slots, and
 *                 test_registry checks that the two agree.
 *   NEEDS         ALWAYS, or LIBGC: compiled only where libgc may be used
 *                 (not in the sanitizer build).
 *   TEST FLAGS    extra `gclab run` options of its conformance runs.
 *
 * The first line is the default collector (`--gc` absent).  Each entry on
 * one line: CMake reads them with a regular expression.
 */
GC_COLLECTOR(gen,       GC_CAP_REFCOUNTING | GC_CAP_COLLECTS | GC_CAP_CYCLES | GC_CAP_GENERATIONS | GC_CAP_FREEZE | GC_CAP_GARBAGE, ALWAYS, "")
GC_COLLECTOR(rc,        GC_CAP_REFCOUNTING, ALWAYS, "")
GC_COLLECTOR(marksweep, GC_CAP_COLLECTS | GC_CAP_FREEZE, ALWAYS, "--stress")
GC_COLLECTOR(boehm,     GC_CAP_COLLECTS | GC_CAP_CONSERVATIVE, LIBGC, "")
GC_COLLECTOR(incr,      GC_CAP_REFCOUNTING | GC_CAP_COLLECTS | GC_CAP_CYCLES | GC_CAP_GENERATIONS | GC_CAP_FREEZE | GC_CAP_GARBAGE, ALWAYS, "")
GC_COLLECTOR(ft,        GC_CAP_REFCOUNTING | GC_CAP_COLLECTS | GC_CAP_CYCLES | GC_CAP_GENERATIONS | GC_CAP_FREEZE | GC_CAP_GARBAGE, ALWAYS, "")
