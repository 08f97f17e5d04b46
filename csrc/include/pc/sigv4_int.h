#ifndef PC_SIGV4_INT_H
#define PC_SIGV4_INT_H
/*
 * Internal to the signing files (sigv4*.c): not part of the core API.
 */
#include "pc/sigv4.h"

#if defined(__GNUC__)
#pragma GCC visibility push(hidden)
#endif

/*
 * Canonical request builder shared by signing and verification. With
 * only_signed NULL it signs (unsigned list, signer-owned headers replaced);
 * otherwise it keeps exactly the request headers named in only_signed (a
 * ';'-separated lowercase list, as in an Authorization header) and adds
 * nothing.
 */
pc_err pc_sigv4__canonical(pc_sigv4_state *st, const pc_sigv4_req *req, pc_sigv4_alg alg,
                           const pc_strv *only_signed, char *errbuf);

#if defined(__GNUC__)
#pragma GCC visibility pop
#endif

#endif
