#ifndef PC_PROC_H
#define PC_PROC_H
#include <sys/types.h>

/*
 * pc_pid(): the id of the calling process, without a system call per use.
 * The curl handle compares it on every request to notice that it runs in a
 * forked child (csrc/http_curl.c), and getpid() has been a real system call
 * since glibc 2.25: one more per kept-alive call, next to libcurl's five
 * (about 1 µs on a VM, more when the host is busy). The id is read once and
 * again in the child of every fork() (a pthread_atfork handler).
 * A process made by a raw clone() system call, which runs no atfork
 * handlers, must not use handles of its parent; fork(), and so nginx, does.
 */
pid_t pc_pid(void);

#endif
