/*
 * commands.h -- the subcommands of the gclab command line.  Each takes the
 * arguments after `gclab` (argv[0] is the subcommand's name) and returns
 * the process exit status (2: bad usage).
 */
#ifndef GCLAB_VM_COMMANDS_H
#define GCLAB_VM_COMMANDS_H

int vm_cmd_experiment(int argc, char **argv);   /* gclab experiment SPEC */
int vm_cmd_report(int argc, char **argv);       /* gclab report DIR... */

#endif
