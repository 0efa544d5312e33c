/* An honest entry: reads the case (id,x rows after a header) from stdin,
 * checks that /data/input.csv holds the same bytes, and prints id,prediction
 * with prediction = 2x. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char input[1 << 16];
static char copy[1 << 16];

int main(void) {
    size_t n = fread(input, 1, sizeof input - 1, stdin);
    FILE *f = fopen("/data/input.csv", "r");
    if (!f) {
        fprintf(stderr, "cannot open /data/input.csv\n");
        return 1;
    }
    size_t m = fread(copy, 1, sizeof copy - 1, f);
    fclose(f);
    if (m != n || memcmp(input, copy, n) != 0) {
        fprintf(stderr, "stdin and /data/input.csv differ\n");
        return 1;
    }
    input[n] = 0;
    char *line = strtok(input, "\n");
    printf("id,prediction\n");
    while ((line = strtok(NULL, "\n")) != NULL) {
        char *comma = strchr(line, ',');
        if (!comma) continue;
        *comma = 0;
        printf("%s,%g\n", line, 2.0 * atof(comma + 1));
    }
    return 0;
}
