# bench/nginx/lib.sh: sourced by tools/run-bench and bench/nginx/run.
#   pc_free_ports N            -> N free TCP ports on 127.0.0.1, space-separated
#   pc_nginx_start DIR CONF    starts `nginx -p DIR/ -c conf/CONF` (daemon off) as a job
#                              of this shell; sets PC_NGINX_PID
#   pc_nginx_stop PID          QUIT, then wait (only nginx started by this shell)
#   pc_wait_http URL           polls until URL answers 2xx (5 s), else returns 1
#   pc_upstream_start BENCH_DIR  the canned upstream: its own nginx, 1 worker, keep-alive,
#                              answering every request with the seed response
#                              (BENCH_DIR/upstream_return.conf, from bench/seed.lua);
#                              sets PC_UPSTREAM_PORT, PC_UPSTREAM_PID, PC_UPSTREAM_DIR
#   pc_upstream_stop
#   pc_front_prepare BENCH_DIR UP_PORT LUAJIT_BUILD   the directory and conf/front.conf of the
#                              front server (bench/nginx/front.conf.in: 1 worker, /sdk, /proxy,
#                              /_prof/*) with the LuaJIT core of LUAJIT_BUILD, not started;
#                              sets PC_FRONT_PORT, PC_FRONT_DIR
#   pc_front_start BENCH_DIR UP_PORT LUAJIT_BUILD   pc_front_prepare, then starts it;
#                              sets PC_FRONT_PID too
#   pc_front_stop
# nginx started as root runs workers as nobody: the temp dirs are 0755 and the
# configs say `user root;` then (doc/openresty.md).
PC_BENCH_NGINX_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

pc_free_ports() {
  python3 -c '
import socket, sys
s = [socket.socket() for _ in range(int(sys.argv[1]))]
for x in s: x.bind(("127.0.0.1", 0))
print(*[x.getsockname()[1] for x in s])' "$1"
}

pc_nginx_start() {
  (cd "$1" && exec nginx -p "$1/" -c "conf/$2" >"$1/logs/$2.out" 2>&1) &
  PC_NGINX_PID=$!
}

pc_nginx_stop() {
  [ -n "${1:-}" ] || return 0
  kill -QUIT "$1" 2>/dev/null && wait "$1" 2>/dev/null
  return 0
}

pc_wait_http() {
  local _
  for _ in $(seq 1 100); do
    curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
    sleep 0.05
  done
  return 1
}

pc_user_line() { [ "$(id -u)" = 0 ] && echo "user root;" || true; }

pc_upstream_start() {
  local bench_dir port
  bench_dir=$(cd "$1" && pwd)
  PC_UPSTREAM_DIR=$(mktemp -d /tmp/pc-bench-upstream.XXXXXX)
  chmod 755 "$PC_UPSTREAM_DIR"
  mkdir -p "$PC_UPSTREAM_DIR/logs" "$PC_UPSTREAM_DIR/conf"
  read -r port < <(pc_free_ports 1)
  sed -e "s|@USER@|$(pc_user_line)|" -e "s|@PORT@|$port|g" -e "s|@RETURN@|$bench_dir/upstream_return.conf|" \
    "$PC_BENCH_NGINX_DIR/upstream.conf.in" > "$PC_UPSTREAM_DIR/conf/upstream.conf"
  pc_nginx_start "$PC_UPSTREAM_DIR" upstream.conf
  PC_UPSTREAM_PID=$PC_NGINX_PID
  PC_UPSTREAM_PORT=$port
  if ! pc_wait_http "http://127.0.0.1:$port/"; then
    cat "$PC_UPSTREAM_DIR"/logs/* >&2
    pc_upstream_stop
    return 1
  fi
}

pc_upstream_stop() {
  pc_nginx_stop "${PC_UPSTREAM_PID:-}"
  PC_UPSTREAM_PID=""
  [ -n "${PC_UPSTREAM_DIR:-}" ] && rm -rf "$PC_UPSTREAM_DIR"
  PC_UPSTREAM_DIR=""
}

pc_front_prepare() {
  local bench_dir=$1 up_port=$2 core=$3/partnercentral/core.so root
  root=$(cd "$PC_BENCH_NGINX_DIR/../.." && pwd)
  PC_FRONT_DIR=$(mktemp -d /tmp/pc-bench-front.XXXXXX)
  chmod 755 "$PC_FRONT_DIR"
  mkdir -p "$PC_FRONT_DIR/logs" "$PC_FRONT_DIR/conf" "$PC_FRONT_DIR/lib/partnercentral"
  cp "$core" "$PC_FRONT_DIR/lib/partnercentral/" || return 1
  cp "$bench_dir/seed_input.lua" "$PC_FRONT_DIR/conf/seed_input.lua" || return 1
  read -r PC_FRONT_PORT < <(pc_free_ports 1)
  echo "return { up_port = $up_port, logs = \"$PC_FRONT_DIR/logs\" }" > "$PC_FRONT_DIR/conf/ngxt_params.lua"
  sed -e "s|@ROOT@|$root|g" -e "s|@T@|$PC_FRONT_DIR|g" -e "s|@USER@|$(pc_user_line)|g" \
      -e "s|@PORT@|$PC_FRONT_PORT|g" -e "s|@UP_PORT@|$up_port|g" \
      "$PC_BENCH_NGINX_DIR/front.conf.in" > "$PC_FRONT_DIR/conf/front.conf"
}

pc_front_start() {
  pc_front_prepare "$@" || return 1
  pc_nginx_start "$PC_FRONT_DIR" front.conf
  PC_FRONT_PID=$PC_NGINX_PID
  if ! pc_wait_http "http://127.0.0.1:$PC_FRONT_PORT/proxy"; then
    cat "$PC_FRONT_DIR"/logs/* >&2
    pc_front_stop
    return 1
  fi
}

# pid of the front server's (only) worker
pc_front_worker() {
  local w
  w=$(cat "/proc/$PC_FRONT_PID/task/$PC_FRONT_PID/children" 2>/dev/null || pgrep -P "$PC_FRONT_PID")
  echo "${w%% *}"
}

pc_front_stop() {
  pc_nginx_stop "${PC_FRONT_PID:-}"
  PC_FRONT_PID=""
  [ -n "${PC_FRONT_DIR:-}" ] && rm -rf "$PC_FRONT_DIR"
  PC_FRONT_DIR=""
}
