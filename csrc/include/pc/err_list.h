/*
 * The one list of core error codes (X-macro, as Lua-cURL does).
 * PC_ERR(enum name, stable string code, default text)
 * The enum, the code->name table and the Lua `core.codes` table are all
 * generated from this list, so they can never disagree.
 */
PC_ERR(PC_OK, "OK", "no error")
PC_ERR(PC_ENOMEM, "ENOMEM", "out of memory")
PC_ERR(PC_EINVAL, "EINVAL", "invalid argument")
PC_ERR(PC_ECRYPTO, "ECRYPTO", "cryptographic operation failed")
PC_ERR(PC_EPARSE, "EPARSE", "malformed input")
PC_ERR(PC_ETOOBIG, "ETOOBIG", "input exceeds size limit")
PC_ERR(PC_EVALIDATION, "EVALIDATION", "validation failed")
PC_ERR(PC_EMODEL, "EMODEL", "invalid service model")
PC_ERR(PC_ENOTFOUND, "ENOTFOUND", "not found")
PC_ERR(PC_ENETWORK, "ENETWORK", "network error")
PC_ERR(PC_ETIMEOUT, "ETIMEOUT", "operation timed out")
PC_ERR(PC_ETLS, "ETLS", "TLS error")
PC_ERR(PC_ESIGNATURE, "ESIGNATURE", "signature does not match")
