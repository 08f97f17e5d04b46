/* The process id, kept between forks: see pc/proc.h. */
#include "pc/proc.h"

#include <pthread.h>
#include <unistd.h>

static pid_t current_pid;
static pthread_once_t pid_once = PTHREAD_ONCE_INIT;

/* Runs in the child, which has one thread, right after fork(). glibc drops
 * the handler when this module is dlclose()d. */
static void pid_after_fork(void) { current_pid = getpid(); }

static void pid_init(void) {
    current_pid = getpid();
    (void)pthread_atfork(NULL, NULL, pid_after_fork);
}

pid_t pc_pid(void) {
    (void)pthread_once(&pid_once, pid_init);
    return current_pid;
}
