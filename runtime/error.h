/*
 * error.h -- the current exception and the built-in exception types.
 *
 * As in CPython: a failing function sets the current exception and returns
 * NULL (or -1); the caller either handles it (rt_err_fetch / rt_err_clear)
 * or passes the failure up.  The current exception is always a normalised
 * exception instance (as in CPython 3.12), never a (type, value) pair.
 *
 * Invariant: at most one exception is current; setting a new one while one
 * is current replaces it (the replaced one becomes the new one's __context__
 * only when the VM asks for it, as `raise` inside `except` does).
 *
 * MemoryError is raised from a preallocated instance, so that reporting an
 * allocation failure never allocates.
 */
#ifndef GCLAB_RUNTIME_ERROR_H
#define GCLAB_RUNTIME_ERROR_H

#include <stdarg.h>
#include "runtime/object.h"

/* Instance layout of BaseException and every subclass (user exception
 * classes add a __dict__ after it). */
typedef struct rt_exception {
    RT_OBJECT_HEAD
    /* CPython 3.11's order (__dictoffset__ is 16 there too).  No weakref
     * list: the built-in exception classes take no weak references; a
     * subclass gets its __weakref__ slot after the layout, as CPython's. */
    rt_object *dict;        /* instance __dict__ or NULL */
    rt_object *args;        /* tuple */
    /* CPython 3.11's notes field, which its add_note leaves unused (the
     * notes are __dict__['__notes__'], here too): kept so that the
     * layout, __basicsize__ and sys.getsizeof are CPython's.  Always NULL. */
    rt_object *notes_unused;
    rt_object *traceback;   /* owned by the VM: NULL or its traceback object */
    rt_object *context;     /* __context__ or NULL */
    rt_object *cause;       /* __cause__ or NULL */
    bool suppress_context;  /* __suppress_context__: set by `raise ... from` */
} rt_exception;

/* The traceback type (vm/eval.h's vm_traceback_type), set by the VM when
 * it readies it, so that __traceback__ accepts only a traceback or None. */
extern rt_type *rt_traceback_type;

/* The fields some classes add after rt_exception, as CPython 3.11's
 * (sys.getsizeof agrees): StopIteration value and SystemExit code
 * (above), NameError and UnboundLocalError have name,
 * AttributeError name and obj, ImportError and ModuleNotFoundError msg,
 * name and path.  Every added field is an object pointer or NULL (None). */
/* StopIteration.value and SystemExit.code: set from the arguments when
 * the exception is made, then attributes of their own (CPython's
 * members): StopIteration(1, 2).value is 1; SystemExit(1, 2).code is
 * (1, 2), SystemExit().code None. */
typedef struct rt_exc_value {
    rt_exception base;
    rt_object *value;
} rt_exc_value;
typedef struct rt_exc_attribute {
    rt_exception base;
    rt_object *name, *obj;
} rt_exc_attribute;
typedef struct rt_exc_import {
    rt_exception base;
    rt_object *msg, *name, *path;
} rt_exc_import;
/* SyntaxError and its subclasses: CPython 3.11's fields in its order
 * (traverse visits them so); set by SyntaxError(msg, (filename, lineno,
 * offset, text[, end_lineno[, end_offset]])). */
typedef struct rt_exc_syntax {
    rt_exception base;
    rt_object *msg, *filename, *lineno, *offset, *end_lineno, *end_offset, *text, *print_file_and_line;
} rt_exc_syntax;
/* OSError and its errno subclasses: errno, strerror, filename, filename2
 * as set by OSError(errno, strerror[, filename[, winerror[, filename2]]]),
 * and BlockingIOError's characters_written (an int, NULL while unset). */
typedef struct rt_exc_os {
    rt_exception base;
    rt_object *myerrno, *strerror, *filename, *filename2, *written;
} rt_exc_os;

/* BaseExceptionGroup and its subclasses (PEP 654; runtime/excgroup.c):
 * the message (a str) and the exceptions (a non-empty tuple), CPython
 * 3.11's fields in its order. */
typedef struct rt_exc_group {
    rt_exception base;
    rt_object *msg, *excs;
} rt_exc_group;
extern rt_type rt_exc_BaseExceptionGroup;
/* ExceptionGroup: a heap type, as CPython's (made by the VM with the bases
 * (BaseExceptionGroup, Exception) and handed over by
 * rt_excgroup_set_type, which also gives BaseExceptionGroup its methods);
 * NULL before. */
extern rt_type *rt_exc_ExceptionGroup;
int rt_excgroup_set_type(rt_type *exception_group);
bool rt_excgroup_check(rt_object *o);
rt_object *rt_excgroup_new(rt_type *t, rt_object *args, rt_object *kwargs);
int rt_excgroup_init(rt_object *self, rt_object *args, rt_object *kwargs);
rt_object *rt_excgroup_str(rt_object *o);
extern rt_getset_def rt_excgroup_getsets[];   /* message, exceptions: READONLY members */
/* except*'s matching of exc against an except* clause's type (CPython
 * 3.11's CHECK_EG_MATCH): *match is None when nothing matches (then
 * *rest is exc), else the matching part (a naked exception wrapped in a
 * group with its traceback) and *rest what is left (None when nothing).
 * Both new references.  type is an exception class or a tuple of them
 * (the VM checked it as for `except`); a group class among them is
 * refused: "catching ExceptionGroup with except* is not allowed...".
 * 0 / -1. */
int rt_excgroup_match(rt_object *exc, rt_object *type, rt_object **match, rt_object **rest);
/* What a try/except* statement raises at its end (CPython 3.11's
 * _PyExc_PrepReraiseStar): orig the exception it caught, excs the list of
 * what its handlers raised and the unhandled rest (None items skipped).
 * None when nothing is left.  New reference or NULL. */
rt_object *rt_excgroup_prep_reraise(rt_object *orig, rt_object *excs);

/* The built-in exception types (docs/language.md lists which the subset has). */
extern rt_type rt_exc_BaseException, rt_exc_Exception, rt_exc_SystemExit,
    rt_exc_KeyboardInterrupt, rt_exc_StopIteration, rt_exc_ArithmeticError, rt_exc_FloatingPointError,
    rt_exc_ZeroDivisionError, rt_exc_OverflowError, rt_exc_AssertionError,
    rt_exc_AttributeError, rt_exc_LookupError, rt_exc_IndexError,
    rt_exc_KeyError, rt_exc_MemoryError, rt_exc_NameError,
    rt_exc_UnboundLocalError, rt_exc_RuntimeError, rt_exc_RecursionError,
    rt_exc_NotImplementedError, rt_exc_SyntaxError, rt_exc_IndentationError, rt_exc_TabError,
    rt_exc_TypeError, rt_exc_ValueError, rt_exc_ImportError,
    rt_exc_ModuleNotFoundError, rt_exc_ReferenceError, rt_exc_OSError,
    rt_exc_GeneratorExit, rt_exc_UnicodeError, rt_exc_UnicodeDecodeError,
    rt_exc_UnicodeEncodeError, rt_exc_BlockingIOError, rt_exc_ChildProcessError,
    rt_exc_ConnectionError, rt_exc_BrokenPipeError, rt_exc_ConnectionAbortedError,
    rt_exc_ConnectionRefusedError, rt_exc_ConnectionResetError, rt_exc_FileExistsError,
    rt_exc_FileNotFoundError, rt_exc_InterruptedError, rt_exc_IsADirectoryError,
    rt_exc_NotADirectoryError, rt_exc_PermissionError, rt_exc_ProcessLookupError,
    rt_exc_TimeoutError;

/* Set the current exception.  All return NULL so that `return rt_err_...`
 * reads naturally in functions returning an object. */
rt_object *rt_err_set_object(rt_type *type, rt_object *arg);   /* arg: borrowed, NULL = no args */
rt_object *rt_err_set_string(rt_type *type, const char *msg);
rt_object *rt_err_format(rt_type *type, const char *fmt, ...);
rt_object *rt_err_no_memory(void);
void rt_err_restore(rt_object *exc);          /* steals exc; NULL clears */
/* After a failed o.name: when the current exception is an AttributeError,
 * set its name and obj unless one is set already (an inner lookup's
 * stays, as CPython 3.11's PyObject_GetAttr keeps it).  Also for NameError's name (on NameError itself,
 * not its subclasses) and ImportError's name/path: the VM's raisers call
 * these right after setting the exception. */
void rt_err_attribute_context(rt_object *o, rt_object *name);
void rt_err_set_name(rt_object *name);
void rt_err_set_import_context(rt_object *name, rt_object *path);

/* Inspect and take. */
rt_object *rt_err_occurred(void);             /* borrowed current exception or NULL */
bool rt_err_matches(rt_type *type);           /* current is an instance of type */
rt_object *rt_err_fetch(void);                /* new ref; clears the current one */
void rt_err_clear(void);
/* Visit the current exception and the preallocated MemoryError (roots). */
int rt_err_visit_roots(rt_visitproc visit, void *arg);

/* Report the current exception, which must be set, as CPython's
 * PyErr_WriteUnraisable and clear it: the line "Exception ignored in: R"
 * (R the repr of obj; "Exception ignored WHERE: R" when where is given; no
 * line when both are NULL, as sys.excepthook prints), then the exception
 * with its traceback through rt_print_exception_hook, which the VM sets
 * (without a VM: "Type: message").  Standard output is flushed first.
 * The one printer for errors that have no caller to propagate to:
 * __del__, weakref callbacks and finalizers, gc.callbacks. */
void rt_write_unraisable(const char *where, rt_object *obj);
extern void (*rt_print_exception_hook)(rt_object *exc);

/* Create an exception instance without raising it. */
rt_object *rt_exception_new(rt_type *type, rt_object *args);
/* The message as CPython's str(exc) would print it (new reference). */
rt_object *rt_exception_str(rt_object *exc);

/* Also used by KeyError's str (repr of the key) and the VM's traceback
 * printer. */
bool rt_is_exception_type(rt_object *o);
bool rt_is_exception(rt_object *o);

int rt_error_init(void);

/* unsupported.c: does CPython 3.11 give the built-in type or shipped
 * module named owner a public attribute name?  (The failing lookup path
 * only.) */
bool rt_cpython_has_attr(const char *owner, const char *name);
/* For an owner whose namespace a program can change (builtins): note at
 * start-up each name the subset provides; rt_cpython_lacks then says
 * whether CPython has owner.name and the subset did not provide it. */
void rt_cpython_note_provided(const char *owner, const char *name);
bool rt_cpython_lacks(const char *owner, const char *name);
/* The nearest static type on t's base chain for which CPython has name,
 * or NULL. */
const char *rt_unsupported_owner(rt_type *t, rt_object *name);
/* NotImplementedError "owner.name: not supported by the gclab Python
 * subset"; returns NULL. */
rt_object *rt_err_unsupported_attr(const char *owner, const char *name);
/* NotImplementedError "subclassing name: not supported by the gclab Python
 * subset", for a type CPython lets a class derive from (rt_cpython_has_attr
 * ("base", name)); returns NULL. */
rt_object *rt_err_unsupported_base(const char *name);

#endif
