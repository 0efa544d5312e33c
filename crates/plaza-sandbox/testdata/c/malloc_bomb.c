/* A hostile entry: allocates and touches 1 MiB blocks until malloc fails,
 * then exits 1 (as most C programs do when out of memory). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *blocks[1 << 16];

int main(void) {
    for (size_t i = 0; i < sizeof blocks / sizeof *blocks; i++) {
        blocks[i] = malloc(1 << 20);
        if (!blocks[i]) {
            fprintf(stderr, "out of memory after %zu MiB\n", i);
            return 1;
        }
        memset(blocks[i], (int)i, 1 << 20);
    }
    return 0;
}
