/* C tests of the crypto primitives (pc/crypto.h), without Lua. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include "check.h"
#include "pc/crypto.h"

static const char *sha_hex(const char *s, size_t n, char out[65]) {
    unsigned char md[PC_SHA256_LEN];
    if (pc_sha256(s, n, md) != PC_OK) return "error";
    return pc_hex_encode(md, sizeof md, out);
}

static void test_sha256(void) {
    char hex[65];
    CHECK_STREQ(sha_hex("", 0, hex),
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK_STREQ(sha_hex("abc", 3, hex),
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK_STREQ(sha_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 56, hex),
                "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

/* FIPS 180-2 examples (SHA-1 names the AWS SSO token cache files) */
static void test_sha1(void) {
    char hex[PC_SHA1_HEX_LEN + 1];
    CHECK(pc_sha1_hex("", 0, hex) == PC_OK);
    CHECK_STREQ(hex, "da39a3ee5e6b4b0d3255bfef95601890afd80709");
    CHECK(pc_sha1_hex("abc", 3, hex) == PC_OK);
    CHECK_STREQ(hex, "a9993e364706816aba3e25717850c26c9cd0d89d");
}

static void test_hmac(void) {
    unsigned char key[131], data[50], mac[32];
    char hex[65];
    pc_hmac_key k;
    memset(key, 0x0b, 20);
    CHECK(pc_hmac_sha256(key, 20, "Hi There", 8, mac) == PC_OK);
    CHECK_STREQ(pc_hex_encode(mac, 32, hex),
                "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    CHECK(pc_hmac_sha256("Jefe", 4, "what do ya want for nothing?", 28, mac) == PC_OK);
    CHECK_STREQ(pc_hex_encode(mac, 32, hex),
                "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    memset(key, 0xaa, sizeof key);
    memset(data, 0xdd, sizeof data);
    CHECK(pc_hmac_sha256(key, 20, data, 50, mac) == PC_OK);
    CHECK_STREQ(pc_hex_encode(mac, 32, hex),
                "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe");
    /* a prepared key gives the same MAC many times (pad states are copied, not consumed) */
    pc_hmac_key_init(&k);
    CHECK(pc_hmac_key_set(&k, key, 131) == PC_OK);
    CHECK(pc_hmac_key_mac(&k, "Test Using Larger Than Block-Size Key - Hash Key First", 54, mac) ==
          PC_OK);
    CHECK_STREQ(pc_hex_encode(mac, 32, hex),
                "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    CHECK(pc_hmac_key_mac(&k, "Test Using Larger Than Block-Size Key - Hash Key First", 54, mac) ==
          PC_OK);
    CHECK_STREQ(pc_hex_encode(mac, 32, hex),
                "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    /* the same on a working context kept between MACs */
    {
        void *work = NULL;
        int i;
        for (i = 0; i < 3; i++) {
            CHECK(pc_hmac_key_mac_with(&k, &work,
                                       "Test Using Larger Than Block-Size Key - Hash Key First", 54,
                                       mac) == PC_OK);
            CHECK_STREQ(pc_hex_encode(mac, 32, hex),
                        "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
        }
        CHECK(work != NULL);
        pc_digest_ctx_free(&work);
        CHECK(work == NULL);
        pc_digest_ctx_free(&work); /* idempotent */
    }
    pc_hmac_key_cleanup(&k);
    pc_hmac_key_cleanup(&k);                          /* idempotent */
    CHECK(pc_hmac_key_mac(&k, "x", 1, mac) != PC_OK); /* unset key: error, no crash */
}

/* A digest context kept between digests gives the one-shot's answers. */
static void test_sha256_with(void) {
    void *ctx = NULL;
    unsigned char a[32], b[32];
    char big[5000];
    int i;
    memset(big, 'q', sizeof big);
    for (i = 0; i < 3; i++) {
        CHECK(pc_sha256_with(&ctx, "abc", 3, a) == PC_OK && pc_sha256("abc", 3, b) == PC_OK);
        CHECK(memcmp(a, b, 32) == 0);
        CHECK(pc_sha256_with(&ctx, big, sizeof big, a) == PC_OK &&
              pc_sha256(big, sizeof big, b) == PC_OK);
        CHECK(memcmp(a, b, 32) == 0);
        CHECK(pc_sha256_with(&ctx, "", 0, a) == PC_OK && pc_sha256("", 0, b) == PC_OK);
        CHECK(memcmp(a, b, 32) == 0);
    }
    pc_digest_ctx_free(&ctx);
    CHECK(ctx == NULL);
}

static void test_base64(void) {
    static const char *const plain[] = {"", "f", "fo", "foo", "foob", "fooba", "foobar"};
    static const char *const enc[] = {"",         "Zg==",     "Zm8=",    "Zm9v",
                                      "Zm9vYg==", "Zm9vYmE=", "Zm9vYmFy"};
    static const char *const bad[] = {"Zg",   "Zg=",  "Z===", "====", "Zm9v\n",
                                      "Zm9-", "=Zg=", "Zh==", "Zm9="};
    char errbuf[PC_ERRMAX];
    size_t i;
    for (i = 0; i < sizeof plain / sizeof *plain; i++) {
        pc_buf b;
        pc_buf_init(&b);
        CHECK(pc_base64_encode(plain[i], strlen(plain[i]), &b) == PC_OK);
        CHECK_STREQ(b.data, enc[i]);
        pc_buf_reset(&b);
        CHECK(pc_base64_decode(enc[i], strlen(enc[i]), &b, errbuf) == PC_OK);
        CHECK(b.len == strlen(plain[i]) && memcmp(b.data, plain[i], b.len) == 0);
        pc_buf_cleanup(&b);
    }
    for (i = 0; i < sizeof bad / sizeof *bad; i++) {
        pc_buf b;
        pc_buf_init(&b);
        CHECK(pc_base64_decode(bad[i], strlen(bad[i]), &b, errbuf) == PC_EPARSE);
        pc_buf_cleanup(&b);
    }
}

static void test_hex(void) {
    unsigned char out[4];
    size_t n;
    char hex[9];
    CHECK(pc_hex_decode("00fFa1", 6, out, sizeof out, &n) == PC_OK && n == 3 && out[1] == 0xff);
    CHECK(pc_hex_decode("abc", 3, out, sizeof out, &n) == PC_EPARSE);
    CHECK(pc_hex_decode("zz", 2, out, sizeof out, &n) == PC_EPARSE);
    CHECK(pc_hex_decode("0011223344", 10, out, sizeof out, &n) == PC_ETOOBIG);
    CHECK_STREQ(pc_hex_encode("\x01\xab", 2, hex), "01ab");
}

static void test_random(void) {
    char u1[PC_UUID_LEN + 1], u2[PC_UUID_LEN + 1];
    unsigned char r1[32], r2[32];
    CHECK(pc_uuid4(u1) == PC_OK && pc_uuid4(u2) == PC_OK);
    CHECK(strlen(u1) == 36 && u1[8] == '-' && u1[13] == '-' && u1[18] == '-' && u1[23] == '-');
    CHECK(u1[14] == '4');
    CHECK(strchr("89ab", u1[19]) != NULL);
    CHECK(strcmp(u1, u2) != 0);
    CHECK(pc_random_bytes(r1, sizeof r1) == PC_OK && pc_random_bytes(r2, sizeof r2) == PC_OK);
    CHECK(memcmp(r1, r2, sizeof r1) != 0);
    CHECK(pc_ct_equal("abc", "abc", 3) && !pc_ct_equal("abc", "abd", 3));
}

/* The UUID pool: many UUIDs (several refills) are all distinct, and a forked
 * child (an nginx worker) never repeats what its parent hands out next. */
static void test_uuid_pool(void) {
    enum { N = 1000 }; /* 16 bytes each: about four pool refills */
    static char seen[N][PC_UUID_LEN + 1];
    char parent[PC_UUID_LEN + 1], child[PC_UUID_LEN + 1] = "";
    int i, j, dup = 0, fds[2];
    pid_t pid;
    for (i = 0; i < N; i++) CHECK(pc_uuid4(seen[i]) == PC_OK);
    for (i = 0; i < N && !dup; i++)
        for (j = i + 1; j < N; j++)
            if (strcmp(seen[i], seen[j]) == 0) {
                dup = 1;
                break;
            }
    CHECK(!dup);
    CHECK(pipe(fds) == 0);
    pid = fork();
    CHECK(pid >= 0);
    if (pid == 0) {
        char u[PC_UUID_LEN + 1];
        ssize_t w = -1;
        if (pc_uuid4(u) == PC_OK) w = write(fds[1], u, PC_UUID_LEN);
        _exit(w == PC_UUID_LEN ? 0 : 1);
    }
    CHECK(pc_uuid4(parent) == PC_OK);
    CHECK(read(fds[0], child, PC_UUID_LEN) == PC_UUID_LEN);
    child[PC_UUID_LEN] = '\0';
    waitpid(pid, NULL, 0);
    close(fds[0]);
    close(fds[1]);
    CHECK(strcmp(parent, child) != 0);
}

int main(void) {
    test_uuid_pool();
    test_sha256();
    test_sha1();
    test_hmac();
    test_sha256_with();
    test_base64();
    test_hex();
    test_random();
    return check_report("test_crypto");
}
