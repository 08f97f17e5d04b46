-- partnercentral.transport.ngx_response: reads one HTTP/1.1 answer from a
-- cosocket for the ngx transport (transport/ngx.lua), bounded in time and size.
--
--   local response = require("partnercentral.transport.ngx_response")
--   local r = response.new(sock, deadline)          -- deadline: ngx.now() based
--   local status, headers, version = response.read_head(r, limits)
--   local body, framed = response.read_body(r, method, max_body, status, headers, limits)
--   r:leftover()  -- true when the server sent bytes past the answer (never pool)
--   response.release(r)  -- done with r: kept for the next attempt
--   response.now() -> seconds; response.left_ms(deadline) -> ms left (>= 1) | nil
--   once it has passed
-- limits: max_header_bytes, max_header_lines, max_interim, max_trailer_bytes,
-- max_trailer_lines (core.http_limits). Failures: nil, err, kind with kind "io"
-- (err is the cosocket's error, "timeout" at the deadline), "parse" (a broken
-- answer; a bare CR or NUL in a header line), "big" (a limit), or "first"
-- from read_head when nothing at all was received.
local tonumber, tostring, setmetatable = tonumber, tostring, setmetatable
local concat, lower, find, sub, match, byte, fmt = table.concat, string.lower, string.find,
  string.sub, string.match, string.byte, string.format
local min, floor = math.min, math.floor
local parse_head = require("partnercentral.core").http_parse_head

local _M = { _VERSION = require("partnercentral.version") }

-- Seconds, fresh (ngx.now() alone is the time cached at the event loop's start).
function _M.now()
  ngx.update_time()
  return ngx.now()
end

-- Milliseconds left before the deadline (at least 1), or nil when it has passed.
-- ngx.now() is enough here: nginx updates its cached time each time the event
-- loop wakes up (no timer_resolution), so after any cosocket operation that
-- waited it is fresh, and one that did not wait took no time worth counting.
-- (ngx.update_time formats nginx's five cached time strings: not per read.)
function _M.left_ms(deadline)
  local ms = floor((deadline - ngx.now()) * 1000)
  if ms <= 0 then return nil end
  return ms
end

-- The response reader of one attempt. Every read is one receiveany() whose
-- timeout is what is left of the attempt's deadline: a single receive(n) or a
-- receiveuntil() reader re-arms its timer at every byte that arrives, so a
-- server dripping one byte per second could keep it alive for ever.
-- Returns of the methods: value | nil, err, kind ("io" with a cosocket error
-- or "timeout", "parse", "big").
local CHUNK = 65536
local Reader = {}
Reader.__index = Reader

-- Readers done with (_M.release) wait here for the next attempt of this worker:
-- no table per request. A reader is out of here while its attempt uses it,
-- so two requests of the worker never share one.
local SPARE_MAX = 16
local spare, nspare = {}, 0

function _M.new(sock, deadline)
  if nspare == 0 then
    return setmetatable({ sock = sock, deadline = deadline, buf = "", pos = 1, got = 0 }, Reader)
  end
  local r = spare[nspare]
  spare[nspare] = nil
  nspare = nspare - 1
  r.sock, r.deadline, r.buf, r.pos, r.got = sock, deadline, "", 1, 0
  return r
end

-- The attempt is over with r (it is not used again): kept for the next one.
function _M.release(r)
  r.sock, r.buf = nil, ""
  if nspare < SPARE_MAX then
    nspare = nspare + 1
    spare[nspare] = r
  end
end

-- Next piece from the socket into the (empty) buffer.
function Reader:fill()
  local ms = _M.left_ms(self.deadline)
  if not ms then return nil, "timeout", "io" end
  self.sock:settimeout(ms)
  local data, err = self.sock:receiveany(CHUNK)
  if not data then return nil, err, "io" end
  self.buf, self.pos, self.got = data, 1, self.got + #data
  return true
end

-- One line, its end (CRLF or a bare LF, as curl accepts) removed, of at most
-- `limit` bytes with its end. -> line, bytes used | nil, err, kind
function Reader:line(limit)
  local parts, used = nil, 0
  while true do
    local buf, pos = self.buf, self.pos
    local nl = find(buf, "\n", pos, true)
    if nl then
      used = used + nl - pos + 1
      if used > limit then return nil, "line", "big" end
      local piece = sub(buf, pos, nl - 1)
      self.pos = nl + 1
      if parts then parts[#parts + 1] = piece piece = concat(parts) end
      if byte(piece, -1) == 13 then piece = sub(piece, 1, -2) end
      return piece, used
    end
    used = used + #buf - pos + 1
    if used > limit then return nil, "line", "big" end
    if pos <= #buf then
      parts = parts or {}
      parts[#parts + 1] = sub(buf, pos)
    end
    self.buf, self.pos = "", 1
    local ok, err, kind = self:fill()
    if not ok then return nil, err, kind end
  end
end

-- Exactly n bytes, appended to parts. -> true | nil, err, kind
function Reader:take(n, parts)
  while n > 0 do
    if self.pos > #self.buf then
      local ok, err, kind = self:fill()
      if not ok then return nil, err, kind end
    end
    local k = min(#self.buf - self.pos + 1, n)
    parts[#parts + 1] = sub(self.buf, self.pos, self.pos + k - 1)
    self.pos, n = self.pos + k, n - k
  end
  return true
end

-- Bytes the server sent that no answer framing asked for.
function Reader:leftover()
  return self.pos <= #self.buf
end

-- A bare CR or NUL inside a header or trailer line: two readers could split
-- such a line differently (RFC 9112 section 2.2), so the answer is refused.
local function bad_line(line)
  return find(line, "\r", 1, true) ~= nil or find(line, "\0", 1, true) ~= nil
end

-- Reads the status line and headers of the final answer (interim 1xx answers
-- are skipped), within the limits of core.http_limits. The head is parsed by
-- the core (core.http_parse_head: the same rules line by line, in one pass)
-- once the bytes received hold a line end; usually the first read brings the
-- whole head and the body with it.
-- Returns status, headers, version | nil, err, kind (kind "first": nothing was
-- received at all, which on a reused connection means the server closed it).
function _M.read_head(r, lim)
  local pending = r.pos <= #r.buf and sub(r.buf, r.pos) or ""
  local parts, total = nil, #pending
  local ready = find(pending, "\n", 1, true) ~= nil
  while true do
    if ready or total > lim.max_header_bytes then
      if parts then
        parts[#parts + 1] = pending
        pending = concat(parts)
        parts = nil
      end
      local status, headers, version, stop = parse_head(pending, lim.max_header_bytes, lim.max_header_lines,
        lim.max_interim)
      if status then
        r.buf, r.pos = pending, stop
        return status, headers, version
      end
      if headers ~= "more" then return nil, version, headers end
    end
    -- more of the head: kept in pieces until a line end arrives (a server
    -- dripping bytes costs no copy per byte)
    local ok, err, kind = r:fill()
    if not ok then return nil, err, (kind == "io" and r.got == 0) and "first" or kind end
    local data = r.buf
    r.buf, r.pos = "", 1
    if total == 0 then
      pending = data
    else
      parts = parts or {}
      parts[#parts + 1] = pending
      pending = data
    end
    total = total + #data
    ready = find(data, "\n", 1, true) ~= nil
  end
end

-- Body readers: each returns body | nil, err, kind ("io"|"parse"|"big").
local function read_length(r, n, limit)
  if n > limit then return nil, fmt("response body of %d bytes is over max_body %d", n, limit), "big" end
  local pos = r.pos
  if #r.buf - pos + 1 >= n then                -- all there already (usually: with the head)
    r.pos = pos + n
    return sub(r.buf, pos, pos + n - 1)
  end
  local parts = {}
  local ok, err, kind = r:take(n, parts)
  if not ok then return nil, err, kind end
  return concat(parts)
end

-- Trailer lines up to the empty line, within their limits; counted, not kept.
local function read_trailers(r, lim)
  local bytes, lines = 0, 0
  while true do
    local line, n_or_err, kind = r:line(lim.max_trailer_bytes - bytes)
    if not line then
      if kind == "big" then return nil, "trailers are over " .. lim.max_trailer_bytes .. " bytes", "big" end
      return nil, n_or_err, kind
    end
    if line == "" then return true end
    bytes, lines = bytes + n_or_err, lines + 1
    if lines > lim.max_trailer_lines then
      return nil, "more than " .. lim.max_trailer_lines .. " trailer lines", "big"
    end
    if bad_line(line) then return nil, "bare CR or NUL in a trailer line", "parse" end
  end
end

local function read_chunked(r, limit, lim)
  local parts, total = {}, 0
  while true do
    local line, err, kind = r:line(1024)
    if not line then
      if kind == "big" then return nil, "chunk size line too long", "parse" end
      return nil, err, kind
    end
    local hex = match(line, "^%s*(%x+)")
    if not hex or #hex > 12 then return nil, "bad chunk size line", "parse" end
    local size = tonumber(hex, 16)
    if size == 0 then
      local ok
      ok, err, kind = read_trailers(r, lim)
      if not ok then return nil, err, kind end
      return concat(parts)
    end
    total = total + size
    if total > limit then return nil, fmt("chunked response body is over max_body %d", limit), "big" end
    local ok
    ok, err, kind = r:take(size, parts)
    if not ok then return nil, err, kind end
    line, err, kind = r:line(2)
    if kind == "big" or (line and line ~= "") then return nil, "missing CRLF after chunk", "parse" end
    if not line then return nil, err, kind end
  end
end

local function read_to_close(r, limit)
  local parts, total = {}, 0
  if r.pos <= #r.buf then
    parts[1] = sub(r.buf, r.pos)
    total = #parts[1]
    r.buf, r.pos = "", 1
  end
  while total <= limit do
    local ok, err, kind = r:fill()
    if not ok then
      if err == "closed" then return concat(parts) end
      return nil, err, kind
    end
    total = total + #r.buf
    parts[#parts + 1] = r.buf
    r.buf, r.pos = "", 1
  end
  return nil, fmt("response body is over max_body %d", limit), "big"
end

-- The body of the answer, by its framing (method: of the request; max_body:
-- bytes). -> body, framed | nil, err, kind
function _M.read_body(r, method, max_body, status, headers, lim)
  local te, cl = headers["transfer-encoding"], headers["content-length"]
  if method == "HEAD" or status == 204 or status == 304 or status < 200 then
    return "", true
  elseif te and find(lower(te), "chunked", 1, true) then
    local body, err, kind = read_chunked(r, max_body, lim)
    if not body then return nil, err, kind end
    return body, true
  elseif cl then
    -- 1*DIGIT only (RFC 9110 section 8.6): tonumber alone takes "0x10", "1e2", " 5"
    local n = find(cl, "^%d+$") and tonumber(cl)
    if not n then return nil, "bad Content-Length: " .. tostring(cl), "parse" end
    local body, err, kind = read_length(r, n, max_body)
    if not body then return nil, err, kind end
    return body, true
  end
  local body, err, kind = read_to_close(r, max_body)
  if not body then return nil, err, kind end
  return body, false
end

return _M
