# Developer Makefile (LuaRocks uses rockspec/ instead).
#   make                 build partnercentral.core for Lua 5.4   -> build/lua54/partnercentral/core.so
#   make LUA=luajit      build it for OpenResty's LuaJIT          -> build/luajit/partnercentral/core.so
#   make test            both runtimes + C tests + nginx suite, one closing "N passed, N failed"
#   make check           C-level tests of the core only
#   make asan | valgrind | fuzz | bench | models | deps | demo | rockspecs | docs
#   make lint            luacheck, cppcheck and clang-format --dry-run; make format applies clang-format
#   make emulator [EMULATOR_ARGS="--port 0 --control"]   the local emulator from this checkout
#   make bench-emulator  its start-up time and throughput
#   eval "$(make env)"  this checkout's lua/ and core build in the shell (LUA=luajit for LuaJIT)
#   V=1                  show the full compiler and linker commands (default: one line per artifact)
LUA      ?= lua5.4
CC       ?= cc
OPT      ?= -O2 -g
WERROR   ?= $(if $(CI),-Werror,)
SANITIZE ?=

ifeq ($(LUA),luajit)
  LUA_PC  := luajit
  RUNTIME := luajit
else
  LUA_PC  := lua5.4
  RUNTIME := lua54
endif
ifneq ($(SANITIZE),)
  RUNTIME := $(RUNTIME)-asan
endif

# Quiet by default: one line per artifact ("CC build/lua54/obj/sigv4.o");
# V=1 echoes the full commands. Warnings and errors show either way.
V ?=
ifeq ($(V),1)
  Q_CC :=
  Q_AR :=
  Q_LD :=
else
  Q_CC = @printf 'CC %s\n' $@;
  Q_AR = @printf 'AR %s\n' $@;
  Q_LD = @printf 'LD %s\n' $@;
  MAKEFLAGS += --no-print-directory
endif

# the botocore models the generators read (the development data folder)
MODELS   ?= $(or $(PC_SHARED),../shared)/models
BUILD_ROOT ?= build
BUILD    := $(BUILD_ROOT)/$(RUNTIME)
DEP_PC   := libcrypto libcurl libcjson libpcre2-8 expat zlib
WARN     := -Wall -Wextra -Wshadow -Wpointer-arith -Wcast-align -Wwrite-strings \
            -Wmissing-prototypes -Wstrict-prototypes -Wformat=2 -Wundef $(WERROR)
SAN_FLAGS := $(if $(SANITIZE),-fsanitize=$(SANITIZE) -fno-omit-frame-pointer -fno-sanitize-recover=all,)
CFLAGS_ALL := -std=c99 -D_POSIX_C_SOURCE=200809L -fPIC -fvisibility=hidden $(OPT) $(WARN) $(SAN_FLAGS) \
            -Icsrc/include $(shell pkg-config --cflags $(DEP_PC)) $(CFLAGS)
LUA_CFLAGS := $(shell pkg-config --cflags $(LUA_PC))
LIBS     := $(shell pkg-config --libs $(DEP_PC)) -lm
# The one version (lua/partnercentral/version.lua) becomes the core's _VERSION.
VERSION_LUA := lua/partnercentral/version.lua
PC_VERSION  := $(shell sed -n 's/^return "\([^"]*\)".*/\1/p' $(VERSION_LUA))
# The module never links liblua/libluajit: the host interpreter provides it.

CORE_SRC := $(sort $(wildcard csrc/*.c))
BIND_SRC := $(sort $(wildcard csrc/lua/*.c))
CORE_OBJ := $(patsubst csrc/%.c,$(BUILD)/obj/%.o,$(CORE_SRC))
BIND_OBJ := $(patsubst csrc/lua/%.c,$(BUILD)/obj/lua/%.o,$(BIND_SRC))
CORE_LIB := $(BUILD)/libpccore.a
MODULE   := $(BUILD)/partnercentral/core.so
CTEST_SRC := $(sort $(wildcard csrc/tests/test_*.c))
CTEST_BIN := $(patsubst csrc/tests/%.c,$(BUILD)/tests/%,$(CTEST_SRC))
HEADERS  := $(wildcard csrc/include/pc/*.h csrc/lua/*.h csrc/tests/*.h)

.PHONY: all build both test check asan valgrind fuzz print-deps bench floor models deps demo lint format clean \
        emulator bench-emulator rockspecs docs env ctests
all build: $(MODULE)
	@:

$(BUILD)/obj/%.o: csrc/%.c $(HEADERS)
	@mkdir -p $(dir $@)
	$(Q_CC)$(CC) $(CFLAGS_ALL) -c $< -o $@

$(BUILD)/obj/lua/%.o: csrc/lua/%.c $(HEADERS) $(VERSION_LUA)
	@mkdir -p $(dir $@)
	$(Q_CC)$(CC) $(CFLAGS_ALL) $(LUA_CFLAGS) -DPC_VERSION='"$(PC_VERSION)"' -c $< -o $@

$(CORE_LIB): $(CORE_OBJ)
	@mkdir -p $(dir $@)
	$(Q_AR)rm -f $@ && ar rcs $@ $^

$(MODULE): $(BIND_OBJ) $(CORE_LIB)
	@mkdir -p $(dir $@)
	$(Q_LD)$(CC) -shared $(SAN_FLAGS) -o $@ $(BIND_OBJ) $(CORE_LIB) $(LIBS) $(LDFLAGS)

$(BUILD)/tests/%: csrc/tests/%.c $(CORE_LIB) $(HEADERS)
	@mkdir -p $(dir $@)
	$(Q_LD)$(CC) $(CFLAGS_ALL) -Icsrc/tests $< -o $@ $(CORE_LIB) $(LIBS) $(LDFLAGS)

both:
	@$(MAKE) LUA=lua5.4 BUILD_ROOT=$(BUILD_ROOT)
	@$(MAKE) LUA=luajit BUILD_ROOT=$(BUILD_ROOT)

# C tests print "name: N passed, N failed"; tools/run-tests sums them.
check: $(CTEST_BIN)
	@for t in $(CTEST_BIN); do PC_SHARED=$${PC_SHARED:-../shared} $$t || exit 1; done

ctests: $(CTEST_BIN)

test: both
	$(MAKE) BUILD_ROOT=$(BUILD_ROOT) ctests
	PC_BUILD_ROOT=$(BUILD_ROOT) bash tools/run-tests

# ASan + UBSan, and valgrind memcheck: every spec (a new one included) but
# those tagged #uninstrumented (their work happens in other programs, the tag's
# line says which), and the C tests. The ASan build runs in the uninstrumented
# lua5.4 with the runtime preloaded (tools/run-tests, tools/asan-children.lua).
# The LuaJIT build is for the emulator the specs start. PC_SPEC limits the specs.
INSTRUMENTED := PC_EXCLUDE_TAGS=uninstrumented PC_CTESTS=1 PC_SKIP_NGINX=1 PC_SKIP_TZ=1
asan:
	$(MAKE) LUA=luajit BUILD_ROOT=$(BUILD_ROOT) build
	$(MAKE) LUA=lua5.4 SANITIZE=address,undefined OPT="-O1 -g" BUILD_ROOT=$(BUILD_ROOT) build ctests
	PC_BUILD_ROOT=$(BUILD_ROOT) PC_RUNTIMES=lua54-asan PC_CTEST_RUNTIME=lua54-asan $(INSTRUMENTED) bash tools/run-tests

valgrind: both
	$(MAKE) LUA=lua5.4 BUILD_ROOT=$(BUILD_ROOT) ctests
	PC_BUILD_ROOT=$(BUILD_ROOT) PC_VALGRIND=1 PC_RUNTIMES=lua54 $(INSTRUMENTED) bash tools/run-tests

fuzz:
	bash tools/run-fuzz

# The pkg-config names of the libraries the core links (tools/run-fuzz reads them).
print-deps:
	@echo $(DEP_PC)

# bench/floor.c: the libcurl floor of the SDK's benchmark and its process meter;
# bench/libwork.c: the work cJSON and OpenSSL must do for the call, alone
FLOOR    := $(BUILD)/bench/floor
LIBWORK  := $(BUILD)/bench/libwork
floor: $(FLOOR) $(LIBWORK)
$(FLOOR): bench/floor.c bench/bench_common.h
	@mkdir -p $(dir $@)
	$(Q_LD)$(CC) -std=c99 -D_DEFAULT_SOURCE $(OPT) $(WARN) $(shell pkg-config --cflags libcurl) $< -o $@ \
	  $(shell pkg-config --libs libcurl) $(LDFLAGS)
$(LIBWORK): bench/libwork.c bench/bench_common.h
	@mkdir -p $(dir $@)
	$(Q_LD)$(CC) -std=c99 -D_DEFAULT_SOURCE $(OPT) $(WARN) $(shell pkg-config --cflags libcjson libcrypto) \
	  $< -o $@ $(shell pkg-config --libs libcjson libcrypto) $(LDFLAGS)

# One run: the SDK against its floors, interleaved rounds, a summary of ratios (bench/README.md).
bench: both
	$(MAKE) LUA=lua5.4 BUILD_ROOT=$(BUILD_ROOT) floor
	PC_BUILD_ROOT=$(BUILD_ROOT) bash tools/run-bench

models:
	lua5.4 tools/gen-models.lua $(MODELS) lua/partnercentral/models

# The API reference, the CLI's help data, the LuaLS types and the bash completion,
# all from the models of lua/partnercentral/services.lua (after `make`).
docs: $(MODULE)
	lua5.4 tools/gen-docs.lua $(MODELS)
	lua5.4 tools/gen-types.lua $(MODELS)
	lua5.4 tools/gen-completion.lua

deps:
	bash tools/install-deps

# Your own scripts against this checkout: eval "$(make env)" (Lua 5.4) or
# eval "$(make env LUA=luajit)" builds the core when needed (its output on
# stderr) and prints the exports of lua/ and of that runtime's build. Lua 5.4
# gets LUA_PATH_5_4 / LUA_CPATH_5_4, which LuaJIT does not read, so that both
# evals can live in one shell; each keeps what the variable held before after
# its own entries (tools/lua runs one script the same way).
ENV_SUFFIX := $(if $(filter luajit,$(LUA)),,_5_4)
ENV_LPATH  := $(CURDIR)/lua/?.lua;$(CURDIR)/lua/?/init.lua
env:
	@$(MAKE) -s build >&2
	@printf 'export LUA_PATH%s="%s;$${LUA_PATH%s:-%s}"\n' '$(ENV_SUFFIX)' '$(ENV_LPATH)' '$(ENV_SUFFIX)' \
	  '$(if $(ENV_SUFFIX),$${LUA_PATH:-;},;)'
	@printf 'export LUA_CPATH%s="%s;$${LUA_CPATH%s:-%s}"\n' '$(ENV_SUFFIX)' '$(abspath $(BUILD))/?.so' '$(ENV_SUFFIX)' \
	  '$(if $(ENV_SUFFIX),$${LUA_CPATH:-;},;)'

demo: both
	PC_BUILD_ROOT=$(BUILD_ROOT) bash tools/demo

# The emulator runs in nginx, i.e. LuaJIT: it needs that build of the core.
EMULATOR_ARGS ?= --port 4566
emulator:
	@$(MAKE) LUA=luajit BUILD_ROOT=$(BUILD_ROOT)
	PC_CORE_CPATH=$(BUILD_ROOT)/luajit emulator/bin/partnercentral-local $(EMULATOR_ARGS)

bench-emulator:
	@$(MAKE) LUA=luajit BUILD_ROOT=$(BUILD_ROOT)
	PC_BUILD_ROOT=$(BUILD_ROOT) bash tools/bench-emulator

# Both rockspecs (library and emulator) from the tree; spec/00 checks they are current.
rockspecs:
	lua5.4 tools/gen-rockspec.lua

# luacheck, cppcheck and clang-format --dry-run, each reported, then "N passed,
# N failed" (tools/run-lint says what each checks); `make format` applies
# clang-format to the C files.
lint:
	bash tools/run-lint

format:
	bash tools/run-lint format

clean:
	rm -rf build
