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
