/*
 * bench/floor.c: the floor the SDK is measured against, and the process
 * meter of the bench (make bench builds it into build/<rt>/bench/floor).
 *
 *   floor run REQUEST_FILE N [WARMUP]
 *     sends the request in REQUEST_FILE (the very method, URL, headers and body
 *     the SDK sent, captured by bench/client.lua) N times on ONE reused libcurl
 *     easy handle whose options are set once, after WARMUP calls (default 200,
 *     which also opens the kept-alive connection). The body of each answer is
 *     copied into a reused buffer, as any client must. Prints one line:
 *       floor calls=N cpu_us=<CPU per call, getrusage user+sys> rate=<calls/s,
 *       wall clock> maxrss_kb=<ru_maxrss of this process> status=<last> body=<bytes>
 *
 *   floor setup REQUEST_FILE N [WARMUP]
 *     the same, but each call does what a libcurl client with per-request options
 *     must do (and the SDK's csrc/http_curl.c does): curl_easy_reset, every option
 *     set again, the header list built from the header lines, a header callback
 *     keeping the response headers. Prints "setup calls=... cpu_us=... rate=...".
 *
 *   floor exec PROGRAM [ARGS...]
 *     runs PROGRAM as a child with PC_BENCH_T0_NS set to the CLOCK_MONOTONIC
 *     time just before fork (so the child can report spawn-to-first-call),
 *     waits for it and prints, after the child's own output:
 *       exec rc=<exit status> maxrss_kb=<child's ru_maxrss> cpu_ms=<child's CPU>
 *       wall_ms=<fork to exit>
 *
 * REQUEST_FILE: "METHOD URL\n", then "Name: value\n" lines, an empty line, and
 * the body (every byte up to the end of the file).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <curl/curl.h>
#include "bench_common.h"

typedef struct {
    char *data;
    size_t len, cap;
} buffer;

static size_t on_body(char *p, size_t size, size_t n, void *ud) {
    buffer *b = (buffer *)ud;
    size_t len = size * n;
    if (b->len + len > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        char *d;
        while (cap < b->len + len) cap *= 2;
        d = (char *)realloc(b->data, cap);
        if (d == NULL) return 0;
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, p, len);
    b->len += len;
    return len;
}

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Splits the request file in place: method, url, header list, body. */
static int parse_request(char *text, size_t len, char **method, char **url,
                         struct curl_slist **headers, char **body, size_t *body_len) {
    char *p = text, *end = text + len, *nl;
    struct curl_slist *list = NULL, *tmp;
    nl = memchr(p, '\n', (size_t)(end - p));
    if (nl == NULL) return -1;
    *nl = '\0';
    *method = p;
    *url = strchr(p, ' ');
    if (*url == NULL) return -1;
    *(*url)++ = '\0';
    p = nl + 1;
    while (p < end && *p != '\n') {
        nl = memchr(p, '\n', (size_t)(end - p));
        if (nl == NULL) {
            curl_slist_free_all(list);
            return -1;
        }
        *nl = '\0';
        tmp = curl_slist_append(list, p);
        if (tmp == NULL) {
            curl_slist_free_all(list);
            return -1;
        }
        list = tmp;
        p = nl + 1;
    }
    if (p >= end) {
        curl_slist_free_all(list);
        return -1;
    }
    /* curl would add these; the SDK removes them too */
    list = curl_slist_append(list, "Expect:");
    list = list ? curl_slist_append(list, "Accept:") : NULL;
    if (list == NULL) return -1;
    *headers = list;
    *body = p + 1;
    *body_len = (size_t)(end - (p + 1));
    return 0;
}

typedef struct {
    buffer body, headers;
} response;

/* Keeps "name: value" lines; a new status line restarts them. */
static size_t on_header(char *p, size_t size, size_t n, void *ud) {
    buffer *b = &((response *)ud)->headers;
    size_t len = size * n;
    if (len >= 5 && memcmp(p, "HTTP/", 5) == 0) {
        b->len = 0;
        return len;
    }
    return on_body(p, size, n, b);
}

/* The per-call work of a client whose options may change per request. */
static CURLcode setup_and_perform(CURL *c, const char *url, const struct curl_slist *lines,
                                  const char *body, size_t body_len, response *r) {
    struct curl_slist *list = NULL, *tmp;
    const struct curl_slist *l;
    CURLcode rc;
    for (l = lines; l != NULL; l = l->next) {
        tmp = curl_slist_append(list, l->data);
        if (tmp == NULL) {
            curl_slist_free_all(list);
            return CURLE_OUT_OF_MEMORY;
        }
        list = tmp;
    }
    curl_easy_reset(c);
    curl_easy_setopt(c, CURLOPT_URL, url);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_TCP_NODELAY, 1L);
    curl_easy_setopt(c, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, list);
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, 60000L);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, 10000L);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &r->body);
    curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, on_header);
    curl_easy_setopt(c, CURLOPT_HEADERDATA, r);
    curl_easy_setopt(c, CURLOPT_POST, 1L);
    curl_easy_setopt(c, CURLOPT_POSTFIELDS, body);
    curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)body_len);
    rc = curl_easy_perform(c);
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, NULL);
    curl_slist_free_all(list);
    return rc;
}

static int run(const char *path, long n, long warmup, int per_call_setup) {
    size_t len = 0, body_len = 0;
    char *text = read_file(path, &len), *method, *url, *body;
    struct curl_slist *headers = NULL;
    response resp = {{NULL, 0, 0}, {NULL, 0, 0}};
    long status = 0, i;
    double c0, t0, cpu, wall;
    struct rusage ru;
    CURL *c;
    CURLcode rc;

    if (text == NULL) {
        fprintf(stderr, "floor: cannot read %s\n", path);
        return 1;
    }
    if (parse_request(text, len, &method, &url, &headers, &body, &body_len) != 0) {
        fprintf(stderr, "floor: %s is not METHOD URL / headers / empty line / body\n", path);
        return 1;
    }
    if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK || (c = curl_easy_init()) == NULL) {
        fprintf(stderr, "floor: curl initialisation failed\n");
        return 1;
    }
    curl_easy_setopt(c, CURLOPT_URL, url);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_TCP_NODELAY, 1L);
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(c, CURLOPT_POST, 1L);
    curl_easy_setopt(c, CURLOPT_POSTFIELDS, body);
    curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)body_len);
    if (strcmp(method, "POST") != 0) curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, method);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &resp.body);

    c0 = t0 = 0;
    for (i = -warmup; i < n; i++) {
        if (i == 0) {
            c0 = cpu_s();
            t0 = now_s();
        }
        resp.body.len = 0;
        rc = per_call_setup ? setup_and_perform(c, url, headers, body, body_len, &resp)
                            : curl_easy_perform(c);
        curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
        if (rc != CURLE_OK || status != 200) {
            fprintf(stderr, "floor: call %ld: %s, status %ld\n", i, curl_easy_strerror(rc), status);
            return 1;
        }
    }
    cpu = cpu_s() - c0;
    wall = now_s() - t0;
    getrusage(RUSAGE_SELF, &ru);
    printf("%s calls=%ld cpu_us=%.2f rate=%.0f maxrss_kb=%ld status=%ld body=%zu\n",
           per_call_setup ? "setup" : "floor", n, cpu * 1e6 / (double)n, (double)n / wall,
           ru.ru_maxrss, status, resp.body.len);
    curl_easy_cleanup(c);
    curl_slist_free_all(headers);
    curl_global_cleanup();
    free(resp.body.data);
    free(resp.headers.data);
    free(text);
    return 0;
}

static int exec_child(char **argv) {
    struct timespec ts;
    struct rusage ru;
    char t0s[32];
    double t0;
    int st = 0;
    pid_t pid;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    t0 = (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
    snprintf(t0s, sizeof t0s, "%lld", (long long)ts.tv_sec * 1000000000LL + (long long)ts.tv_nsec);
    if (setenv("PC_BENCH_T0_NS", t0s, 1) != 0) return 1;
    fflush(stdout);
    pid = fork();
    if (pid < 0) {
        perror("floor: fork");
        return 1;
    }
    if (pid == 0) {
        execvp(argv[0], argv);
        fprintf(stderr, "floor: cannot run %s: %s\n", argv[0], strerror(errno));
        _exit(127);
    }
    while (wait4(pid, &st, 0, &ru) < 0) {
        if (errno != EINTR) {
            perror("floor: wait4");
            return 1;
        }
    }
    printf("exec rc=%d maxrss_kb=%ld cpu_ms=%.2f wall_ms=%.2f\n",
           WIFEXITED(st) ? WEXITSTATUS(st) : 128, ru.ru_maxrss,
           (tv_s(ru.ru_utime) + tv_s(ru.ru_stime)) * 1e3, (now_s() - t0) * 1e3);
    return WIFEXITED(st) ? WEXITSTATUS(st) : 1;
}

int main(int argc, char **argv) {
    if (argc >= 4 && (strcmp(argv[1], "run") == 0 || strcmp(argv[1], "setup") == 0))
        return run(argv[2], atol(argv[3]), argc >= 5 ? atol(argv[4]) : 200,
                   strcmp(argv[1], "setup") == 0);
    if (argc >= 3 && strcmp(argv[1], "exec") == 0) return exec_child(argv + 2);
    fprintf(stderr,
            "usage: floor run|setup REQUEST_FILE N [WARMUP] | floor exec PROGRAM [ARGS...]\n");
    return 2;
}
