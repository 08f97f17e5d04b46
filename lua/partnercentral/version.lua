-- The version of lua-partnercentral, in one place: every module's _VERSION,
-- the client's User-Agent, the C core's _VERSION (the Makefile and the rockspec
-- pass it as PC_VERSION) and both rockspecs (tools/gen-rockspec.lua) read it
-- from this file. Keep the form `return "X.Y.Z"`: the build tools parse it.
return "0.1.0"
