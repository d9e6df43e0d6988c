/*
 * syntax_error.h -- the report of a failed tokenize/parse, free of objects.
 *
 * The front end never touches the object model: it fills this plain struct
 * and the VM turns it into a SyntaxError / IndentationError / TabError (or
 * NotImplementedError for valid Python outside the gclab subset) instance.
 *
 * Positions follow CPython 3.11's SyntaxError attributes: lineno is 1-based,
 * offset is the 1-based *character* column (0 when unknown), end_lineno and
 * end_offset likewise (0 / -1 when CPython leaves them unset).  text is the
 * offending source line (without its newline, truncated to fit).
 */
#ifndef GCLAB_VM_SYNTAX_ERROR_H
#define GCLAB_VM_SYNTAX_ERROR_H

typedef enum vm_syntax_kind {
    VM_SYNERR_NONE = 0,
    VM_SYNERR_SYNTAX,          /* SyntaxError */
    VM_SYNERR_INDENTATION,     /* IndentationError (subclass of SyntaxError) */
    VM_SYNERR_TAB,             /* TabError (subclass of IndentationError) */
    VM_SYNERR_UNSUPPORTED,     /* valid Python, outside the subset: NotImplementedError */
    VM_SYNERR_NOMEMORY,        /* allocation failed: MemoryError */
    VM_SYNERR_RECURSION        /* nested too deeply to parse: RecursionError, as CPython's compiler */
} vm_syntax_kind;

#define VM_SYNERR_MSG_MAX  256
#define VM_SYNERR_TEXT_MAX 256

typedef struct vm_syntax_error {
    vm_syntax_kind kind;
    char msg[VM_SYNERR_MSG_MAX];
    const char *filename;      /* borrowed from the caller of vm_parse */
    int lineno, offset;
    int end_lineno, end_offset;
    char text[VM_SYNERR_TEXT_MAX];
} vm_syntax_error;

/* "SyntaxError", "IndentationError", "TabError", "NotImplementedError",
 * "MemoryError", "RecursionError" (or "" for NONE): the exception class
 * the VM raises. */
const char *vm_syntax_kind_name(vm_syntax_kind k);

#endif
