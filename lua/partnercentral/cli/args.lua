-- partnercentral.cli.args: the command line's words -> what to run.
--
--   args.GLOBAL: the global options ({ name =, value = bool, help = }), accepted
--     anywhere on the line, as the AWS CLI does.
--   args.split(argv) -> globals, positional_and_member_words | nil, usage_message
--   args.member_flags(model, op) -> { "--catalog", ... }, { boolean flags }
--   args.input(model, op, words, base) -> input table | nil, usage_message
--     words: "--member value" pairs (kebab-case member names); scalars are taken
--     from the word, structures, maps and lists of structures as JSON, lists of
--     scalars as JSON or as several words; booleans also as `--flag` / `--no-flag`.
--     Values are converted by the member's type where that is unambiguous
--     ("10" -> 10 for an integer); anything else is passed as given so that the
--     model's validator reports it with the library's own message.
local core = require("partnercentral.core")
local snake = require("partnercentral.client").snake

local ipairs, tonumber, concat, format = ipairs, tonumber, table.concat, string.format

local _M = {}

_M.GLOBAL = {
  { name = "region", value = true, help = "AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile)" },
  { name = "profile", value = true, help = "shared config/credentials profile" },
  { name = "endpoint-url", value = true, help = "endpoint URL (else AWS_ENDPOINT_URL..., the profile)" },
  { name = "output", value = true, help = "json (default), text or table" },
  { name = "cli-input-json", value = true, help = "the input as JSON: file://path, - (stdin) or the JSON text" },
  { name = "max-items", value = true, help = "paginated operations: stop after N items (prints NextToken)" },
  { name = "starting-token", value = true, help = "paginated operations: resume from a NextToken" },
  { name = "page-size", value = true, help = "paginated operations: items per service call" },
  { name = "cli-read-timeout", value = true, help = "seconds for one attempt (default 60)" },
  { name = "cli-connect-timeout", value = true, help = "seconds to connect (default 10)" },
  { name = "waiter-delay", value = true, help = "wait: seconds between polls (default 2)" },
  { name = "waiter-max-wait", value = true, help = "wait: seconds to wait at most (default 120)" },
  { name = "no-paginate", help = "one service call, no automatic pagination" },
  { name = "debug", help = "log requests and responses to stderr, secrets redacted" },
  { name = "version", help = "print the version" },
  { name = "help", help = "the help of the current level (same as the word help)" },
}
local GLOBAL_BY_NAME = {}
for _, o in ipairs(_M.GLOBAL) do GLOBAL_BY_NAME[o.name] = o end

function _M.kebab(name) return (snake(name):gsub("_", "-")) end

-- Global options out of argv, wherever they are; the other words in order.
function _M.split(argv)
  local globals, rest = {}, {}
  local i = 1
  while i <= #argv do
    local a = argv[i]
    local name, inline = a:match("^%-%-([%w%-]+)=(.*)$")
    name = name or a:match("^%-%-([%w%-]+)$")
    local o = name and GLOBAL_BY_NAME[name]
    if o then
      if o.value then
        local v = inline
        if v == nil then
          v = argv[i + 1]
          i = i + 1
        end
        if v == nil then return nil, format("argument --%s: expected one argument", name) end
        globals[name] = v
      else
        globals[name] = true
      end
    else
      rest[#rest + 1] = a
    end
    i = i + 1
  end
  return globals, rest
end

local SCALAR = { string = true, integer = true, long = true, short = true, byte = true, double = true,
  float = true, boolean = true, timestamp = true, blob = true }

local function input_members(model, op)
  local o = model.operations[op]
  local s = o and o.input and model.shapes[o.input]
  return s and s.members or {}
end

function _M.member_flags(model, op)
  local flags, bools = {}, {}
  for _, m in ipairs(input_members(model, op)) do
    local f = "--" .. _M.kebab(m.name)
    flags[#flags + 1] = f
    if (model.shapes[m.shape] or {}).type == "boolean" then
      bools[#bools + 1] = f
      bools[#bools + 1] = "--no-" .. _M.kebab(m.name)
    end
  end
  table.sort(flags)
  table.sort(bools)
  return flags, bools
end

-- 10.0 -> 10 on Lua 5.4 (an integer subtype, as the validator expects; nil past
-- 2^63, where the caller keeps the float); LuaJIT
-- has no integer subtype and no math.tointeger (hence the luacheck exception:
-- std ngx_lua does not list it), so the number stays as it is.
local to_integer = math.tointeger or function(n) return n end -- luacheck: ignore 143

-- One scalar word for a shape type: a number or boolean when the word is one,
-- else the word itself (the validator then says what is wrong).
local function scalar(t, word)
  if t == "integer" or t == "long" or t == "short" or t == "byte" then
    local n = tonumber(word)
    if n and n == math.floor(n) and word:match("^%s*[-+]?%d+%s*$") then return to_integer(n) or n end
    return word
  end
  if t == "double" or t == "float" then return tonumber(word) or word end
  if t == "boolean" then
    if word == "true" then return true end
    if word == "false" then return false end
    return word
  end
  if t == "timestamp" then
    if word:match("^%d+%.?%d*$") then return tonumber(word) end
    return word
  end
  return word
end

local function json_value(flag, word)
  local v, code, msg = core.json_decode(word)
  if v == nil then
    return nil, format("Error parsing parameter '%s': Invalid JSON: %s\nJSON received: %s", flag,
      tostring(msg or code), #word > 200 and (word:sub(1, 200) .. "...") or word)
  end
  return v
end

function _M.input(model, op, words, base)
  local input = {}
  for k, v in pairs(base or {}) do input[k] = v end
  local by_flag = {}
  for _, m in ipairs(input_members(model, op)) do by_flag[_M.kebab(m.name)] = m end
  local unknown = {}
  local i = 1
  while i <= #words do
    local w = words[i]
    local name, inline = w:match("^%-%-([%w%-]+)=(.*)$")
    name = name or w:match("^%-%-([%w%-]+)$")
    local m = name and by_flag[name]
    local negated = false
    if name and not m and name:sub(1, 3) == "no-" and by_flag[name:sub(4)] then
      m, negated = by_flag[name:sub(4)], true
    end
    if not m then
      unknown[#unknown + 1] = w
      i = i + 1
    else
      local flag = "--" .. name
      local s = model.shapes[m.shape] or {}
      local function value_word()
        if inline ~= nil then return inline end
        local nxt = words[i + 1]
        if nxt == nil or nxt:match("^%-%-[%w]") then return nil end
        i = i + 1
        return nxt
      end
      if s.type == "boolean" and (negated or inline == nil) and (negated or words[i + 1] == nil
          or words[i + 1]:match("^%-%-") or (words[i + 1] ~= "true" and words[i + 1] ~= "false")) then
        input[m.name] = not negated
      elseif negated then
        unknown[#unknown + 1] = w
      else
        local v = value_word()
        if v == nil then return nil, format("argument %s: expected one argument", flag) end
        local elem = s.type == "list" and model.shapes[s.member] or nil
        if SCALAR[s.type] then
          input[m.name] = scalar(s.type, v)
        elseif elem and SCALAR[elem.type] and not v:match("^%s*%[") then
          -- a list of scalars as words: --industry-segments RETAIL GAMING
          local list = { scalar(elem.type, v) }
          while inline == nil and words[i + 1] and not words[i + 1]:match("^%-%-[%w]") do
            i = i + 1
            list[#list + 1] = scalar(elem.type, words[i])
          end
          input[m.name] = list
        else
          local decoded, err = json_value(flag, v)
          if decoded == nil then return nil, err end
          input[m.name] = decoded
        end
      end
      i = i + 1
    end
  end
  if #unknown > 0 then return nil, "Unknown options: " .. concat(unknown, ", ") end
  return input
end

return _M
