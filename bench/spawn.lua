-- bench/spawn.lua: what a short script does, for the spawn-to-first-call figure
-- of bench/client.lua: require the SDK, build a client, make one call
-- (StartProfileUpdateTask with the seed input, against PC_BENCH_UPSTREAM).
-- Run by `floor exec`, which sets PC_BENCH_T0_NS (CLOCK_MONOTONIC, just before
-- fork); prints "spawn first_call_ms=<fork to the end of the first call>".
local pc = require("partnercentral")
local acct = pc.account.new{ region = "us-east-1", endpoint = os.getenv("PC_BENCH_UPSTREAM"),
  credentials = { access_key = "AKIDEXAMPLE", secret_key = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" } }
local input = dofile((os.getenv("PC_BENCH_DIR") or "build/bench") .. "/seed_input.lua")
assert(acct:start_profile_update_task(input))
local t0_ms = tonumber(os.getenv("PC_BENCH_T0_NS")) / 1e6
print(("spawn first_call_ms=%.2f"):format(require("partnercentral.core").monotonic_ms() - t0_ms))
