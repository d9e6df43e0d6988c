/*
 * test_modules.c -- the gc and weakref modules (modules/mod_gc.c,
 * modules/mod_weakref.c) where the behaviour is not visible to a program alone:
 * weakref.finalize at exit (output after __main__ ended, in vm_fini), the
 * module state a collector owns (gc.garbage is the gen collector's list),
 * the callback hook's lifetime, the same programs under rc and gen, and
 * weak dictionaries whose entries die during an iteration.
 */
#include "tests/unit/vm_util.h"
#include "runtime/gchead.h"
#include "runtime/dict.h"
#include "runtime/list.h"
#include "runtime/alloc.h"

static void setup_gen(void) { vm_setup_with("gen", NULL); }
static void setup_rc(void) { vm_setup(); }   /* vm_util.h: rc */

/* vm_fini with print output and stderr captured (the exit finalizers run
 * there), then a full collection as CPython's shutdown does, so that under
 * gen the classes (always in a cycle through their own mro) are freed and
 * the sanitizer build sees no leak. */
static int fini_body(void *arg)
{
    (void)arg;
    vm_fini();
    gc_active()->collect(GC_FULL);
    return 0;
}

static run_result fini_capture(void) { return vm_capture(fini_body, NULL); }

static rt_object *main_global(const char *name)
{
    rt_object *m = rt_dict_getitem_str(vm.modules, "__main__");
    cr_assert_not_null(m);
    return rt_dict_getitem_str(((vm_module *)m)->dict, name);
}

/* ---- weakref.finalize at exit -------------------------------------------------- */

Test(finalize_exit, live_finalizers_run_after_main_newest_first, .init = setup_gen)
{
    run_result r = run_src("import weakref\n"
                           "class R:\n    pass\n"
                           "keep = [R(), R(), R(), R()]\n"
                           "def bye(n):\n    print('bye', n)\n"
                           "fs = [weakref.finalize(k, bye, i) for i, k in enumerate(keep)]\n"
                           "fs[1].detach()\n"
                           "fs[2].atexit = False\n"
                           "print('main done')\n");
    cr_assert_eq(r.status, 0, "%s", r.err);
    cr_expect_str_eq(r.out, "main done\n", "nothing runs before the program ends");
    run_result f = fini_capture();
    /* 3 and 0 (newest first); 1 is detached; 2 has atexit False and must
     * not run even when its object dies during the module teardown. */
    cr_expect_str_eq(f.out, "bye 3\nbye 0\n");
    cr_expect_str_eq(f.err, "");
}

Test(finalize_exit, a_finalizer_created_at_exit_runs_too_and_errors_do_not_stop_the_rest, .init = setup_gen)
{
    run_result r = run_src("import weakref\n"
                           "class R:\n    pass\n"
                           "keep = [R(), R(), R()]\n"
                           "def late(n):\n    print('late', n)\n"
                           "def first(n):\n    print('first', n)\n    weakref.finalize(keep[2], late, 9)\n"
                           "def bad(n):\n    raise KeyError(n)\n"
                           "weakref.finalize(keep[0], first, 0)\n"
                           "weakref.finalize(keep[1], bad, 1)\n");
    cr_assert_eq(r.status, 0, "%s", r.err);
    run_result f = fini_capture();
    cr_expect_str_eq(f.out, "first 0\nlate 9\n");
    cr_expect_str_eq(last_line(f.err), "KeyError: 1", "stderr: %s", f.err);
}

Test(finalize_exit, runs_after_an_uncaught_exception_and_sys_exit, .init = setup_gen)
{
    run_result r = run_src("import weakref\nimport sys\n"
                           "class R:\n    pass\n"
                           "k = R()\n"
                           "weakref.finalize(k, print, 'at exit')\n"
                           "sys.exit(4)\n");
    cr_expect_eq(r.status, 4);
    run_result f = fini_capture();
    cr_expect_str_eq(f.out, "at exit\n");
}

Test(finalize_exit, a_finalizer_that_ran_or_was_called_does_not_run_again, .init = setup_gen)
{
    run_result r = run_src("import weakref\n"
                           "class R:\n    pass\n"
                           "k = R()\n"
                           "f = weakref.finalize(k, print, 'once')\n"
                           "f()\n"
                           "d = R()\n"
                           "weakref.finalize(d, print, 'died')\n"
                           "del d\n");
    cr_assert_eq(r.status, 0, "%s", r.err);
    cr_expect_str_eq(r.out, "once\ndied\n");
    run_result f = fini_capture();
    cr_expect_str_eq(f.out, "");
}

static int count_named(rt_object *o, void *arg)
{
    const char *name = o->type->name;
    if (strcmp(name, "finalize") == 0 || strcmp(name, "function") == 0)
        (*(int *)arg)++;
    return 0;
}

/* Under rc, the finalizers (which are in a cycle with their weakrefs while
 * live) and the objects they watch (functions: no class, whose own cycle
 * rc could not free) are all freed by vm_fini. */
Test(finalize_exit, vm_fini_frees_every_finalizer_under_rc, .init = setup_rc)
{
    run_result r = run_src("import weakref\n"
                           "keep = [lambda: 0 for i in range(50)]\n"
                           "for k in keep:\n    weakref.finalize(k, len, [1, 2, 3]).atexit = False\n");
    cr_assert_eq(r.status, 0, "%s", r.err);
    int n = 0;
    gc_active()->for_each_object(-1, count_named, &n);
    cr_assert_eq(n, 100, "50 finalizers and 50 functions while the program's module lives (got %d)", n);
    fini_capture();
    n = 0;
    gc_active()->for_each_object(-1, count_named, &n);
    cr_expect_eq(n, 0, "%d finalizers or functions left after vm_fini", n);
}

/* ---- gc module and the collector ----------------------------------------------- */

Test(gc_module, garbage_is_the_gen_collectors_list, .init = setup_gen)
{
    run_result r = run_src("import gc\n"
                           "gc.set_debug(gc.DEBUG_SAVEALL)\n"
                           "l = []\nl.append(l)\ndel l\n"
                           "print(gc.collect(), len(gc.garbage))\n"
                           "g = gc.garbage\n"
                           "gc.set_debug(0)\n");
    cr_assert_eq(r.status, 0, "%s", r.err);
    cr_expect_str_eq(r.out, "1 1\n");
    cr_expect_eq(main_global("g"), gc_gen_collector.garbage(), "gc.garbage is the list the collector appends to");
    cr_expect_eq(gc_gen_collector.get_debug(), 0, "set_debug reached the collector");
}

Test(gc_module, under_rc_collect_finds_nothing_and_the_cycle_stays, .init = setup_rc)
{
    run_result r = run_src("import gc\nimport weakref\n"
                           "class N:\n    pass\n"
                           "a = N()\na.me = a\nr = weakref.ref(a)\ndel a\n"
                           "print(gc.collect(), r() is not None, gc.get_freeze_count(), len(gc.garbage))\n"
                           "print(len(gc.get_stats()), gc.is_tracked(r()))\n");
    cr_assert_eq(r.status, 0, "%s", r.err);
    cr_expect_str_eq(r.out, "0 True 0 0\n3 True\n");
}

Test(gc_module, same_cycle_is_collected_under_gen, .init = setup_gen)
{
    run_result r = run_src("import gc\nimport weakref\n"
                           "gc.disable()\n"
                           "l = []\nl.append(l)\n"
                           "del l\n"
                           "print(gc.collect(), gc.collect())\n");
    cr_assert_eq(r.status, 0, "%s", r.err);
    cr_expect_str_eq(r.out, "1 0\n");
}

Test(gc_module, callbacks_get_the_collectors_counts_and_errors_are_reported, .init = setup_gen)
{
    run_result r = run_src("import gc\n"
                           "gc.disable()\n"
                           "seen = []\n"
                           "def bad(phase, info):\n    raise ValueError(phase)\n"
                           "def good(phase, info):\n"
                           "    seen.append((phase, info['generation'], info['collected'], info['uncollectable']))\n"
                           "gc.callbacks.append(bad)\ngc.callbacks.append(good)\n"
                           "a = []\nb = [a]\na.append(b)\ndel a, b\n"
                           "print(gc.collect(1))\nprint(seen)\n"
                           "gc.callbacks.clear()\n");
    cr_assert_eq(r.status, 0, "%s", r.err);
    cr_expect_str_eq(r.out, "2\n[('start', 1, 0, 0), ('stop', 1, 2, 0)]\n");
    cr_expect(strstr(r.err, "Exception ignored in: <function bad") != NULL, "%s", r.err);
    cr_expect(strstr(r.err, "ValueError: start") != NULL && strstr(r.err, "ValueError: stop") != NULL,
              "%s", r.err);
}

Test(gc_module, the_callback_hook_is_removed_by_vm_fini, .init = setup_gen)
{
    run_result r = run_src("import gc\n"
                           "def cb(phase, info):\n    print(phase)\n"
                           "gc.callbacks.append(cb)\n");
    cr_assert_eq(r.status, 0, "%s", r.err);
    fini_capture();
    /* The VM is down: a collection now must not call into it. */
    cr_expect_eq(gc_active()->collect(GC_FULL), 0);
}

Test(gc_module, argument_errors, .init = setup_gen)
{
    run_result r = run_src("import gc\n"
                           "for f in [lambda: gc.collect(3), lambda: gc.collect('x'), lambda: gc.collect(foo=1),\n"
                           "          lambda: gc.get_objects(3), lambda: gc.get_objects(-2), lambda: gc.set_threshold(),\n"
                           "          lambda: gc.set_threshold(1, 2, 3, 4), lambda: gc.is_tracked()]:\n"
                           "    try:\n        f()\n    except (TypeError, ValueError) as e:\n"
                           "        print(type(e).__name__, e)\n"
                           "print(gc.collect(generation=0) >= 0, type(gc.get_objects(None)))\n"
                           "gc.set_threshold(5)\nprint(gc.get_threshold())\n");
    cr_assert_eq(r.status, 0, "%s", r.err);
    cr_expect_str_eq(r.out,
                     "ValueError invalid generation\n"
                     "TypeError 'str' object cannot be interpreted as an integer\n"
                     "TypeError 'foo' is an invalid keyword argument for collect()\n"
                     "ValueError generation parameter must be less than the number of available generations (3)\n"
                     "ValueError generation parameter cannot be negative\n"
                     "TypeError set_threshold() takes at least 1 argument (0 given)\n"
                     "TypeError set_threshold() takes at most 3 arguments (4 given)\n"
                     "TypeError gc.is_tracked() takes exactly one argument (0 given)\n"
                     "True <class 'list'>\n"
                     "(5, 10, 10)\n");
}

/* ---- weak dictionaries ------------------------------------------------------------ */

/* Values die (by refcount and by a collection) while the loop runs: the
 * loop must neither fail nor see them, and the entries go once it ends. */
Test(weakdict, entries_dying_during_iteration_are_removed_afterwards, .init = setup_gen)
{
    run_result r = run_src("import gc\nimport weakref\n"
                           "class V:\n    def __init__(self, n):\n        self.n = n\n"
                           "d = weakref.WeakValueDictionary()\n"
                           "vals = [V(i) for i in range(8)]\n"
                           "for v in vals:\n    d[v.n] = v\n"
                           "vals[6].me = vals[6]\n"
                           "got = []\n"
                           "for k in d:\n"
                           "    if k == 2:\n"
                           "        vals[5] = None\n"
                           "        vals[6] = None\n"
                           "        gc.collect()\n"
                           "        print('during', len(d))\n"
                           "    got.append(k)\n"
                           "print(got, len(d), sorted(d.keys()))\n");
    cr_assert_eq(r.status, 0, "%s", r.err);
    cr_expect_str_eq(r.out, "during 6\n[0, 1, 2, 3, 4, 7] 6 [0, 1, 2, 3, 4, 7]\n");
}

Test(weakdict, a_weak_dictionary_in_a_cycle_with_its_values_is_collected, .init = setup_gen)
{
    run_result r = run_src("import gc\nimport weakref\n"
                           "gc.disable()\n"
                           "class V:\n    pass\n"
                           "d = weakref.WeakKeyDictionary()\n"
                           "k = V()\nv = V()\nv.k = k\nv.d = d\nd[k] = v\n"
                           "rd = weakref.ref(d)\n"
                           "del d, k, v\n"
                           "print(rd() is not None)\n"
                           "gc.collect()\n"
                           "print(rd())\n");
    cr_assert_eq(r.status, 0, "%s", r.err);
    cr_expect_str_eq(r.out, "True\nNone\n");
}

Test(weakdict, an_entry_replaced_before_its_old_value_dies_stays, .init = setup_rc)
{
    run_result r = run_src("import weakref\n"
                           "class V:\n    pass\n"
                           "d = weakref.WeakValueDictionary()\n"
                           "a = V()\nb = V()\n"
                           "d['k'] = a\nd['k'] = b\n"
                           "del a\n"
                           "print(len(d), d['k'] is b)\n");
    cr_assert_eq(r.status, 0, "%s", r.err);
    cr_expect_str_eq(r.out, "1 True\n");
}

/* stderr with addresses reduced to "0x" and the temporary folder of
 * run_src dropped from paths, so that it compares with CPython's. */
static const char *normalized_stderr(const char *err)
{
    static char buf[8192];
    size_t n = 0;
    for (const char *p = err; *p && n + 1 < sizeof buf;) {
        if (p[0] == '0' && p[1] == 'x') {
            buf[n++] = '0';
            buf[n++] = 'x';
            p += 2;
            while ((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f'))
                p++;
        } else if (strncmp(p, "/tmp/gclab-vmtest-", 18) == 0) {
            p = strchr(p + 18, '/') + 1;
        } else {
            buf[n++] = *p++;
        }
    }
    buf[n] = 0;
    return buf;
}

/* One printer for exceptions nobody can catch: __del__, a weakref callback
 * and a gc callback print CPython 3.11's "Exception ignored in: ..." with
 * the traceback (expected text recorded from python3.11, addresses
 * reduced). */
Test(unraisable, del_weakref_and_gc_callbacks_print_as_cpython, .init = setup_gen)
{
    run_result r = run_src("import gc, weakref\n"
                           "class C:\n"
                           "    def __del__(self):\n"
                           "        raise ValueError(\"in del\")\n"
                           "class D:\n"
                           "    pass\n"
                           "def cb(w):\n"
                           "    raise KeyError(\"in weakref cb\")\n"
                           "def gccb(phase, info):\n"
                           "    if phase == \"start\":\n"
                           "        raise RuntimeError(\"in gc cb\")\n"
                           "c = C()\n"
                           "del c\n"
                           "d = D()\n"
                           "w = weakref.ref(d, cb)\n"
                           "del d\n"
                           "gc.callbacks.append(gccb)\n"
                           "gc.collect()\n"
                           "gc.callbacks.remove(gccb)\n"
                           "print(\"done\")\n");
    cr_assert_eq(r.status, 0, "%s", r.err);
    cr_assert_str_eq(r.out, "done\n");
    cr_assert_str_eq(normalized_stderr(r.err),
                     "Exception ignored in: <function C.__del__ at 0x>\n"
                     "Traceback (most recent call last):\n"
                     "  File \"test.py\", line 4, in __del__\n"
                     "    raise ValueError(\"in del\")\n"
                     "ValueError: in del\n"
                     "Exception ignored in: <function cb at 0x>\n"
                     "Traceback (most recent call last):\n"
                     "  File \"test.py\", line 8, in cb\n"
                     "    raise KeyError(\"in weakref cb\")\n"
                     "KeyError: 'in weakref cb'\n"
                     "Exception ignored in: <function gccb at 0x>\n"
                     "Traceback (most recent call last):\n"
                     "  File \"test.py\", line 11, in gccb\n"
                     "    raise RuntimeError(\"in gc cb\")\n"
                     "RuntimeError: in gc cb\n");
}

/* weakref.finalize: a callback run at the referent's death is reported as
 * "Exception ignored in: <finalize object ...; dead>" with its traceback
 * (CPython's frames inside weakref.py aside: gclab's built-in module has
 * no source). */
Test(unraisable, finalize_errors_print_as_cpython, .init = setup_gen)
{
    run_result r = run_src("import weakref\n"
                           "class D:\n"
                           "    pass\n"
                           "def fin(x):\n"
                           "    raise TypeError(\"in finalize \" + x)\n"
                           "e = D()\n"
                           "f = weakref.finalize(e, fin, \"dead\")\n"
                           "del e\n"
                           "print(\"end\")\n");
    cr_assert_eq(r.status, 0, "%s", r.err);
    cr_assert_str_eq(normalized_stderr(r.err),
                     "Exception ignored in: <finalize object at 0x; dead>\n"
                     "Traceback (most recent call last):\n"
                     "  File \"test.py\", line 5, in fin\n"
                     "    raise TypeError(\"in finalize \" + x)\n"
                     "TypeError: in finalize dead\n");
}
