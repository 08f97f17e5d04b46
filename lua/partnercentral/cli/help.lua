-- partnercentral.cli.help: `help` at every level, from the generated reference
-- (partnercentral.docs.<service>, the sections of doc/api/<service>.md).
--   help.top() / help.service(name) / help.operation(name, op) / help.waiters(name)
--   / help.waiter(name, waiter) -> text
local args = require("partnercentral.cli.args")
local services = require("partnercentral.services").list

local concat, format, ipairs = table.concat, string.format, ipairs

local _M = {}

local function docs(name) return require("partnercentral.docs." .. name) end

local function sorted(t)
  local ks = {}
  for k in pairs(t) do ks[#ks + 1] = k end
  table.sort(ks)
  return ks
end

_M.EXIT_CODES = [[
Exit codes: 0 success; 252 bad usage (unknown command or option, invalid input);
254 the service answered with an error; 255 any other failure (network,
credentials, a waiter that failed or timed out).]]

local function global_options()
  local out = {}
  for _, o in ipairs(args.GLOBAL) do
    out[#out + 1] = format("  --%-26s %s", o.name .. (o.value and " VALUE" or ""), o.help)
  end
  return concat(out, "\n")
end

function _M.top()
  local out = { "partnercentral: AWS Partner Central from the command line (lua-partnercentral)", "",
    "Usage: partnercentral [options] <service> <operation> [--member value ...]",
    "       partnercentral [options] <service> wait <waiter> [--member value ...]",
    "       partnercentral <service> help [<operation>]", "", "Services:" }
  for _, s in ipairs(services) do
    local d = docs(s.name)
    out[#out + 1] = format("  %-10s %s (%d operations)", s.name, d.title, #sorted(d.operations))
  end
  out[#out + 1] = ""
  out[#out + 1] = "Options (anywhere on the line):"
  out[#out + 1] = global_options()
  out[#out + 1] = ""
  out[#out + 1] = "Member flags are the model's member names in kebab-case (TaskDetails -> --task-details);"
  out[#out + 1] = "strings, numbers and booleans are given as is, structures, maps and lists as JSON."
  out[#out + 1] = ""
  out[#out + 1] = _M.EXIT_CODES
  return concat(out, "\n") .. "\n"
end

function _M.service(name)
  local d = docs(name)
  local out = { "# " .. d.title, "", d.overview, "",
    format("Usage: partnercentral %s <operation> [--member value ...]", name), "", "## Operations", "" }
  for _, op in ipairs(sorted(d.operations)) do
    out[#out + 1] = format("- %s: %s", args.kebab(op), d.summaries[op])
  end
  out[#out + 1] = ""
  out[#out + 1] = d.waiters
  out[#out + 1] = ""
  out[#out + 1] = format("`partnercentral %s help <operation>` shows an operation's members, errors and example.", name)
  return concat(out, "\n") .. "\n"
end

function _M.operation(name, op)
  local d = docs(name)
  local out = { d.operations[op] }
  local shapes = d.shapes_of[op] or {}
  if #shapes > 0 then
    out[#out + 1] = ""
    out[#out + 1] = "## Shapes"
    for _, s in ipairs(shapes) do
      out[#out + 1] = ""
      out[#out + 1] = d.shapes[s]
    end
  end
  out[#out + 1] = ""
  out[#out + 1] = "## Errors"
  for _, e in ipairs(d.errors_of[op] or {}) do
    out[#out + 1] = ""
    out[#out + 1] = d.errors[e]
  end
  out[#out + 1] = ""
  out[#out + 1] = _M.EXIT_CODES
  return concat(out, "\n") .. "\n"
end

function _M.waiters(name)
  return docs(name).waiters .. "\n"
end

function _M.waiter(name, waiter, op)
  local d = docs(name)
  local out = {}
  for line in (d.waiters .. "\n"):gmatch("([^\n]*)\n") do
    if line:find("`" .. waiter .. "`", 1, true) == 3 then out[#out + 1] = line end
  end
  out[#out + 1] = ""
  out[#out + 1] = format("Usage: partnercentral %s wait %s [--member value ...] "
    .. "[--waiter-delay S] [--waiter-max-wait S]", name, args.kebab(waiter))
  out[#out + 1] = format("The members are those of %s:", op)
  out[#out + 1] = ""
  out[#out + 1] = d.operations[op]
  return concat(out, "\n") .. "\n"
end

return _M
