/* A hostile entry: tries to read and write outside what it is given and
 * prints what it saw (exits 0 so the test can read everything). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern char **environ;

static void try_read(const char *path) {
    FILE *f = fopen(path, "r");
    if (!f) {
        printf("%s: refused\n", path);
        return;
    }
    char buf[256];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = 0;
    fclose(f);
    printf("%s: readable: %s\n", path, buf);
}

static void try_write(const char *path) {
    FILE *f = fopen(path, "w");
    if (!f) {
        printf("%s: write refused\n", path);
        return;
    }
    fputs("pwned", f);
    fclose(f);
    printf("%s: WRITTEN\n", path);
}

int main(int argc, char **argv) {
    (void)argv;
    int env = 0;
    for (char **e = environ; e && *e; e++) env++;
    printf("env: %d\nargc: %d\n", env, argc);
    try_read("/data/input.csv");
    try_read("/etc/passwd");
    try_read("/proc/self/environ");
    try_read("/data/../secret.txt");
    try_read("../secret.txt");
    try_read("/data/../../../../etc/passwd");
    try_write("/data/new.txt");
    try_write("/data/input.csv");
    try_write("/tmp/pwned.txt");
    return 0;
}
