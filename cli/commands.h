/*
 * commands.h -- the subcommands of the gclab executable.  Each takes
 * (argc, argv) with argv[0] the command's name, parses its own options and
 * returns the process exit status (2 for usage errors).
 */
#ifndef GCLAB_VM_COMMANDS_H
#define GCLAB_VM_COMMANDS_H

#define VM_VERSION "0.1.0"

typedef struct vm_command {
    const char *name;
    const char *summary;
    int (*run)(int argc, char **argv);
} vm_command;

int vm_cmd_info(int argc, char **argv);
int vm_cmd_run(int argc, char **argv);
int vm_cmd_demo(int argc, char **argv);
int vm_cmd_experiment(int argc, char **argv);   /* gclab experiment SPEC */
int vm_cmd_compile(int argc, char **argv);      /* gclab compile FILE.py [-o OUT] */
int vm_cmd_dis(int argc, char **argv);          /* gclab dis FILE */
int vm_cmd_report(int argc, char **argv);       /* gclab report DIR... */
int vm_cmd_compare(int argc, char **argv);      /* gclab compare DIR... --baseline CONFIG */
int vm_cmd_minheap(int argc, char **argv);      /* gclab minheap [--gc C] FILE.py ARGS */

#endif
