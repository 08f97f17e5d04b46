-- partnercentral.credentials.process: the profile's `credential_process`
-- (doc/protocol.md §11.3). The command is split shell-style and run without a shell
-- interpretation of its words; stdout must be JSON Version 1. With Expiration
-- the credentials refresh by running the command again.
--
-- ctx.exec(argv, { timeout = s }) -> { status =, stdout =, stderr =, timed_out = }
--   | nil, reason. The default uses io.popen and coreutils `timeout`; it blocks,
--   so inside nginx prefer a shared_cache (one worker refreshes for all).
-- Messages carry the exit status and a short stderr summary with anything that
-- looks like key material cut out; stdout is never echoed (it holds the secret).
local util = require("partnercentral.credentials.util")

local type, tostring, tonumber, concat, ipairs = type, tostring, tonumber, table.concat, ipairs
local find, sub = string.find, string.sub

local _M = { name = "process", DEFAULT_TIMEOUT = 60 }

function _M.new(ctx)
  return setmetatable({ ctx = ctx }, { __index = _M })
end

-- shlex.split (POSIX mode): quotes, backslash escapes, no expansion.
-- -> argv | nil, reason
function _M.split(s)
  local argv, cur, has, i, n = {}, {}, false, 1, #s
  while i <= n do
    local c = sub(s, i, i)
    if find(c, "^%s$") then
      if has then argv[#argv + 1] = concat(cur) cur, has = {}, false end
    elseif c == "'" then
      local close = find(s, "'", i + 1, true)
      if not close then return nil, "unclosed single quote" end
      cur[#cur + 1] = sub(s, i + 1, close - 1)
      has, i = true, close
    elseif c == '"' then
      has = true
      i = i + 1
      while true do
        if i > n then return nil, "unclosed double quote" end
        local d = sub(s, i, i)
        if d == '"' then break end
        if d == "\\" and find(sub(s, i + 1, i + 1), '^["\\$`]$') then
          d = sub(s, i + 1, i + 1)
          i = i + 1
        end
        cur[#cur + 1] = d
        i = i + 1
      end
    elseif c == "\\" then
      if i == n then return nil, "trailing backslash" end
      cur[#cur + 1] = sub(s, i + 1, i + 1)
      has, i = true, i + 1
    else
      cur[#cur + 1] = c
      has = true
    end
    i = i + 1
  end
  if has then argv[#argv + 1] = concat(cur) end
  return argv
end

local shquote = util.shquote
local read_file = require("partnercentral.config_files").read_file

local function slurp(path) return read_file(path) or "" end

function _M.default_exec(argv, opts)
  local errf, rcf = os.tmpname(), os.tmpname()
  local q = {}
  for i, a in ipairs(argv) do q[i] = shquote(a) end
  -- `timeout -k`: the command gets TERM at the limit and KILL 2 s later
  local cmd = ("timeout -k 2 %d %s </dev/null 2>%s; echo $? >%s"):format(
    math.max(1, math.ceil(opts.timeout or _M.DEFAULT_TIMEOUT)), concat(q, " "), shquote(errf), shquote(rcf))
  local p = io.popen(cmd, "r")
  if not p then os.remove(errf) os.remove(rcf) return nil, "cannot start a shell" end
  local out = p:read("*a")
  p:close()
  local stderr, rc = slurp(errf), tonumber((slurp(rcf):match("%d+")))
  os.remove(errf)
  os.remove(rcf)
  if not rc then return nil, "the command's exit status is unknown" end
  return { status = rc, stdout = out, stderr = stderr, timed_out = rc == 124 }
end

-- (the summary moved to util, shared with sts and sso; kept here as before)
_M.summary = util.summary

local function bad(msg)
  return nil, util.err("InvalidCredentialProcessOutput", "credential_process output " .. msg)
end

function _M:load()
  local p, perr = self.ctx:profile()
  if p == nil then return nil, perr end
  local cmd = p and util.str(p.credential_process)
  if not cmd then return false, "no credential_process in the profile" end
  local argv, serr = _M.split(cmd)
  if not argv or #argv == 0 then
    return nil, util.err("InvalidCredentialProcess", "credential_process cannot be split: "
      .. tostring(serr or "empty command"))
  end
  local timeout = self.ctx.process_timeout or _M.DEFAULT_TIMEOUT
  local r, xerr = (self.ctx.exec or _M.default_exec)(argv, { timeout = timeout })
  if not r then
    return nil, util.err("CredentialProcessFailed", "credential_process could not run: " .. tostring(xerr))
  end
  if r.timed_out then
    return nil, util.err("CredentialProcessTimeout", ("credential_process did not finish in %s s")
      :format(tostring(timeout)))
  end
  if r.status ~= 0 then
    local sum = _M.summary(r.stderr)
    return nil, util.err("CredentialProcessFailed", ("credential_process exited with status %s%s")
      :format(tostring(r.status), sum ~= "" and (": " .. sum) or ""), { exit_status = r.status })
  end
  local doc = util.decode_object(r.stdout)
  if not doc then return bad("is not a JSON object") end
  if doc.Version ~= 1 then
    return bad(type(doc.Version) == "number" and ("has Version " .. tostring(doc.Version) .. ", expected 1")
      or "has no numeric Version (expected 1)")
  end
  if not util.str(doc.AccessKeyId) then return bad("has no AccessKeyId") end
  if not util.str(doc.SecretAccessKey) then return bad("has no SecretAccessKey") end
  local exp
  if util.str(doc.Expiration) then
    exp = util.parse_time(doc.Expiration)
    if not exp then return bad("has an Expiration that is not an ISO 8601 time") end
  end
  return util.make({ access_key = doc.AccessKeyId, secret_key = doc.SecretAccessKey,
    session_token = util.str(doc.SessionToken), expiration = exp,
    account_id = util.str(doc.AccountId) or p.aws_account_id }, "process")
end

return _M
