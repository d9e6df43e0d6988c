/* main.c -- the gclab command line (placeholder until the CLI lands). */
#include <stdio.h>
int main(void)
{
    puts("gclab: under construction");
    return 0;
}
