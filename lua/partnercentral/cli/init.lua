-- partnercentral.cli: the `partnercentral` command (bin/partnercentral).
--
--   partnercentral [options] <service> <operation> [--member value ...]
--   partnercentral [options] <service> wait <waiter> [--member value ...]
--   partnercentral [<service> [<operation>|wait [<waiter>]]] help
--
--   cli.main(argv) -> exit code: 0 success, 252 bad usage (unknown command or
--   option, bad JSON, input the model rejects, a bad option value), 254 a
--   service error, 255 any other failure (network, credentials, a waiter that
--   failed or timed out, an internal error).
-- Habits of the AWS CLI: kebab-case operations and members, --cli-input-json
-- (file://path, - for stdin, or the JSON text; flags override its members),
-- --output json|text|table, automatic pagination (--no-paginate, --max-items,
-- --starting-token, --page-size), --region, --profile, --endpoint-url, --debug
-- (the client's redacted log). Results go to stdout, errors to stderr with their
-- code, message and request id.
local args = require("partnercentral.cli.args")
local help = require("partnercentral.cli.help")
local output = require("partnercentral.cli.output")
local services = require("partnercentral.services").list
local core = require("partnercentral.core")

local format, concat, ipairs, tostring = string.format, table.concat, ipairs, tostring

local _M = { _VERSION = require("partnercentral.version"), OK = 0, USAGE = 252, SERVICE = 254, OTHER = 255 }

local stdout, stderr = io.stdout, io.stderr

local function usage(msg)
  stderr:write("usage: partnercentral [options] <service> <operation> [--member value ...]\n",
    "To see help text, you can run:\n  partnercentral help\n  partnercentral <service> help\n",
    "  partnercentral <service> <operation> help\n\npartnercentral: error: ", msg, "\n")
  return _M.USAGE
end

-- a suggestion only for a near spelling (the client's rule)
local function closest(word, choices)
  local best, bd = require("partnercentral.config").closest(word, choices)
  if best and bd <= math.max(2, math.floor(#word / 4)) then return best end
end

local function invalid_choice(word, choices)
  local hint = closest(word, choices)
  return usage(format("argument: Invalid choice '%s'%s; valid choices are:\n  %s", word,
    hint and (", maybe you meant '" .. hint .. "'") or "", concat(choices, "\n  ")))
end

local function service_names()
  local t = {}
  for i, s in ipairs(services) do t[i] = s.name end
  return t
end

-- kebab-case, snake_case or model name of an operation -> model name
local function find_op(model, word)
  for op in pairs(model.operations) do
    if op == word or args.kebab(op) == word or require("partnercentral.client").snake(op) == word then return op end
  end
end

local function op_choices(model)
  local t = {}
  for op in pairs(model.operations) do t[#t + 1] = args.kebab(op) end
  table.sort(t)
  return t
end

local function read_all(f)
  local s = f:read("*a")
  return s
end

-- --cli-input-json: file://path, - (stdin) or the JSON text -> table | nil, message
local function cli_input(spec)
  local text
  if spec == "-" then
    text = read_all(io.stdin)
  elseif spec:sub(1, 7) == "file://" then
    local f, err = io.open(spec:sub(8), "rb")
    if not f then
      return nil, "Error parsing parameter '--cli-input-json': Unable to load paramfile " .. spec .. ": "
        .. tostring(err)
    end
    text = read_all(f)
    f:close()
  else
    text = spec
  end
  local v, code, msg = core.json_decode(text or "")
  if type(v) ~= "table" or getmetatable(v) == core.json_array_mt then
    return nil, "Error parsing parameter '--cli-input-json': a JSON object is expected"
      .. (v == nil and (": " .. tostring(msg or code)) or "")
  end
  return v
end

-- A global option of seconds (the library's own rule: finite, 0.001 to
-- 2147483; zero_ok for --waiter-max-wait) -> seconds | nil | nil, usage message
local function seconds_opt(g, name, zero_ok)
  local v = g[name]
  if v == nil then return nil end
  if zero_ok and tonumber(v) == 0 then return 0 end
  local n, why = require("partnercentral.config").conv.seconds(v)
  if not n then
    return nil, format("argument --%s: %s%s, got '%s'", name, zero_ok and "must be 0 or " or "",
      zero_ok and tostring(why):gsub("^must be ", "") or why, v)
  end
  return n
end

-- -> client | nil, message, is_usage (a bad timeout option is bad usage)
local function make_client(name, g)
  local timeout, e1 = seconds_opt(g, "cli-read-timeout")
  if e1 then return nil, e1, true end
  local connect, e2 = seconds_opt(g, "cli-connect-timeout")
  if e2 then return nil, e2, true end
  local ok, c = pcall(require("partnercentral")[name].new, { region = g.region, profile = g.profile,
    endpoint = g["endpoint-url"], debug = g.debug and true or nil, timeout = timeout or 60,
    connect_timeout = connect or 10 })
  if not ok then return nil, tostring(c) end
  return c
end

---------------------------------------------------------------- failures

local function report(err)
  if type(err) ~= "table" then
    stderr:write("partnercentral: ", tostring(err), "\n")
    return _M.OTHER
  end
  if err.kind == "validation" then
    stderr:write("\nParameter validation failed:\n", tostring(err.message), "\n")
    return _M.USAGE
  end
  if err.code == "WaiterFailure" or err.code == "WaiterTimeout" then
    stderr:write("\nWaiter failed: ", tostring(err.code), ": ", tostring(err.message), "\n")
    return _M.OTHER
  end
  if err.kind == "service" then
    stderr:write(format("\nAn error occurred (%s) when calling the %s operation: %s\n", tostring(err.code),
      tostring(err.operation), tostring(err.message)))
    local extra = {}
    if err.status then extra[#extra + 1] = "HTTP " .. tostring(err.status) end
    if err.request_id then extra[#extra + 1] = "request id " .. tostring(err.request_id) end
    if err.attempts and err.attempts > 1 then extra[#extra + 1] = tostring(err.attempts) .. " attempts" end
    if #extra > 0 then stderr:write("(", concat(extra, ", "), ")\n") end
    if type(err.fields) == "table" and next(err.fields) ~= nil then
      local fields = {}
      for k, v in pairs(err.fields) do
        if k ~= "Message" and k ~= "message" then fields[k] = v end
      end
      if next(fields) then stderr:write("fields: ", core.json_encode(fields) or "{}", "\n") end
    end
    return _M.SERVICE
  end
  stderr:write("\n", tostring(err.kind), " error: ", tostring(err), "\n")
  return _M.OTHER
end

---------------------------------------------------------------- pagination

-- NextToken of a truncated listing: the service token of the page to resume
-- from and how many of its items were already printed (the AWS CLI's own form).
local function encode_token(token, skip)
  return core.base64_encode(core.json_encode({ token = token or core.null, skip = skip }))
end

local function decode_token(s)
  local raw = core.base64_decode(s)
  local t = raw and core.json_decode(raw)
  if type(t) == "table" and type(t.skip) == "number" then
    return t.token ~= core.null and t.token or nil, t.skip
  end
  return s, 0   -- a service token as the service gave it
end

local function paginate(client, op, p, input, g)
  local max_items = g["max-items"] and tonumber(g["max-items"])
  if g["max-items"] and (not max_items or max_items < 1 or max_items % 1 ~= 0) then
    return nil, "usage", "argument --max-items: a positive integer is expected"
  end
  local page_size = g["page-size"] and tonumber(g["page-size"])
  if g["page-size"] and not page_size then return nil, "usage", "argument --page-size: a number is expected" end
  if page_size and p.limit_key then input[p.limit_key] = page_size end
  local skip = 0
  if g["starting-token"] then input[p.input_token], skip = decode_token(g["starting-token"]) end
  local items, first, next_out = {}, nil, nil
  while true do
    local page, err = client:call(op, input)
    if not page then return nil, err end
    first = first or page
    local list = page[p.result_key] or {}
    for i = skip + 1, #list do
      if max_items and #items >= max_items then
        next_out = encode_token(input[p.input_token], i - 1)
        break
      end
      items[#items + 1] = list[i]
    end
    skip = 0
    local tok = page[p.output_token]
    if next_out or type(tok) ~= "string" or tok == "" then break end
    if tok == input[p.input_token] then
      return nil, require("partnercentral.errors").new{ kind = "parse", code = "PaginationError", operation = op,
        message = "the same next token was received twice" }
    end
    if max_items and #items >= max_items then next_out = encode_token(tok, 0) break end
    input[p.input_token] = tok
  end
  local result = {}
  for k, v in pairs(first) do result[k] = v end
  result[p.result_key] = setmetatable(items, core.json_array_mt)
  result[p.output_token] = nil
  if next_out then result.NextToken = next_out end
  return result
end

---------------------------------------------------------------- commands

local function print_result(g, model, shape, title, result)
  local kind = g.output or "json"
  stdout:write(output.format(kind, result, model, shape, title))
end

local function input_for(model, op, g, words)
  local base
  if g["cli-input-json"] then
    local v, err = cli_input(g["cli-input-json"])
    if not v then return nil, err end
    base = v
  end
  return args.input(model, op, words, base)
end

local function run_wait(name, model, g, rest)
  local describe = require("partnercentral.describe")
  local ws, choices = describe.waiters(model), {}
  for i, w in ipairs(ws) do choices[i] = args.kebab(w.name) end
  local word = rest[3]
  if word == nil or word == "help" or g.help then
    if word and word ~= "help" then
      for _, w in ipairs(ws) do
        if args.kebab(w.name) == word then stdout:write(help.waiter(name, w.name, w.operation)) return _M.OK end
      end
    end
    stdout:write(help.waiters(name))
    return _M.OK
  end
  local waiter
  for _, w in ipairs(ws) do
    if args.kebab(w.name) == word or w.name == word then waiter = w end
  end
  if not waiter then return invalid_choice(word, choices) end
  if rest[4] == "help" then stdout:write(help.waiter(name, waiter.name, waiter.operation)) return _M.OK end
  local words = {}
  for i = 4, #rest do words[#words + 1] = rest[i] end
  local input, uerr = input_for(model, waiter.operation, g, words)
  if not input then return usage(uerr) end
  local delay, e1 = seconds_opt(g, "waiter-delay")
  if e1 then return usage(e1) end
  local max_wait, e2 = seconds_opt(g, "waiter-max-wait", true)
  if e2 then return usage(e2) end
  local client, cerr, bad_usage = make_client(name, g)
  if not client then return bad_usage and usage(cerr) or report(cerr) end
  local res, err = client:wait_for(waiter.name, input, { delay = delay or 2, max_wait = max_wait or 120 })
  if not res then return report(err) end
  return _M.OK
end

local function run_operation(name, model, op, g, rest)
  local words = {}
  for i = 3, #rest do words[#words + 1] = rest[i] end
  if words[#words] == "help" and #words == 1 or g.help then
    stdout:write(help.operation(name, op))
    return _M.OK
  end
  local input, uerr = input_for(model, op, g, words)
  if not input then return usage(uerr) end
  if g.output and g.output ~= "json" and g.output ~= "text" and g.output ~= "table" then
    return usage(format("argument --output: Invalid choice '%s'; valid choices are: json, text, table", g.output))
  end
  local client, cerr, bad_usage = make_client(name, g)
  if not client then return bad_usage and usage(cerr) or report(cerr) end
  local p = (model.paginators or {})[op]
  local result, err, msg
  if p and not g["no-paginate"] then
    result, err, msg = paginate(client, op, p, input, g)
    if err == "usage" then return usage(msg) end
  else
    result, err = client:call(op, input)
  end
  if not result then return report(err) end
  print_result(g, model, model.operations[op].output, op, result)
  return _M.OK
end

local function run(argv)
  local g, rest = args.split(argv or {})
  if not g then return usage(rest) end
  if g.version then
    stdout:write("partnercentral/", _M._VERSION, " lua-partnercentral/", require("partnercentral").VERSION, " ",
      require("partnercentral.client").USER_AGENT:match("%S+$"), "\n")
    return _M.OK
  end
  local name = rest[1]
  if name == nil or name == "help" then
    stdout:write(help.top())
    return name == nil and not g.help and _M.USAGE or _M.OK
  end
  local known = false
  for _, s in ipairs(services) do if s.name == name then known = true end end
  if not known then return invalid_choice(name, service_names()) end
  local model = require("partnercentral.models." .. name)
  local word = rest[2]
  if word == nil or word == "help" and rest[3] == nil or (g.help and word == nil) then
    stdout:write(help.service(name))
    return _M.OK
  end
  if word == "help" then
    local op = find_op(model, rest[3])
    if not op then return invalid_choice(rest[3], op_choices(model)) end
    stdout:write(help.operation(name, op))
    return _M.OK
  end
  if word == "wait" then return run_wait(name, model, g, rest) end
  local op = find_op(model, word)
  if not op then
    local choices = op_choices(model)
    choices[#choices + 1] = "wait"
    choices[#choices + 1] = "help"
    return invalid_choice(word, choices)
  end
  return run_operation(name, model, op, g, rest)
end

-- Whatever goes wrong inside (a bug: every expected failure has its exit code
-- above) is reported on stderr and exits 255, never as a raw Lua traceback;
-- the traceback follows with --debug.
function _M.main(argv)
  local ok, rc = xpcall(function() return run(argv) end, function(e)
    return { message = tostring(e), traceback = debug.traceback("", 2) }
  end)
  if ok then return rc end
  stderr:write("partnercentral: internal error: ", rc.message, "\n")
  local debug_flag = false
  for _, a in ipairs(type(argv) == "table" and argv or {}) do if a == "--debug" then debug_flag = true end end
  if debug_flag then stderr:write(rc.traceback, "\n") end
  return _M.OTHER
end

return _M
