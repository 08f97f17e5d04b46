-- tools/gen-docs.lua: the API reference, generated from the official models.
--
--   lua5.4 tools/gen-docs.lua [--check] [models-root]     (make docs; default ../shared/models)
--
-- For every service of lua/partnercentral/services.lua it writes
--   doc/api/<name>.md                 one section per operation, shapes, errors, waiters
--   lua/partnercentral/docs/<name>.lua the same sections as data, for `partnercentral help`
-- and doc/api/README.md, the index of every operation. The text comes from the
-- models' documentation (HTML converted to Markdown); members, constraints,
-- errors and their retry behaviour, pagination, waiters and idempotency tokens
-- come from partnercentral.describe over the runtime model, so the reference
-- says what the client does. Every example input passes the core validator
-- (strict). --check writes nothing and exits 1 when a committed file differs.
local script = arg and arg[0] or "tools/gen-docs.lua"
package.path = (script:match("^(.*)/[^/]*$") or ".") .. "/lib/?.lua;" .. package.path
local apidoc = require("apidoc")
local root = apidoc.setup(script)
local describe = require("partnercentral.describe")

local concat, format, ipairs, pairs = table.concat, string.format, ipairs, pairs
local code = apidoc.code

-- --out DIR writes under DIR instead of the checkout; --service NAME=MODEL_DIR
-- (repeatable) replaces the list of lua/partnercentral/services.lua, e.g. to try
-- a service before adding it there.
local function parse_args()
  local check, models_root, out_root, only = false, nil, root, nil
  local i = 1
  while i <= #arg do
    local a = arg[i]
    if a == "--check" then check = true
    elseif a == "--out" then out_root = arg[i + 1] i = i + 1
    elseif a == "--service" then
      local n, d = (arg[i + 1] or ""):match("^([%w_]+)=(.+)$")
      if not n then io.stderr:write("gen-docs: --service NAME=MODEL_DIR\n") os.exit(1) end
      only = only or {}
      only[#only + 1] = { name = n, model = d }
      i = i + 1
    else models_root = a end
    i = i + 1
  end
  return check, models_root, out_root, only
end
local check, models_root, out_root, only = parse_args()
models_root = models_root or (root .. "/../shared/models")
if out_root ~= root then
  os.execute("mkdir -p '" .. out_root .. "/doc/api' '" .. out_root .. "/lua/partnercentral/docs'")
end

---------------------------------------------------------------- phrases

local function anchor(kind, name) return kind .. "-" .. name:lower() end

local function is_enum(s) return s and s.type == "string" and s.enum ~= nil end

-- Shapes that get a section of their own (linked from members, never repeated).
local function linked(svc, name)
  local s = svc.model.shapes[name]
  return s ~= nil and not s.exception and (s.type == "structure" or is_enum(s))
end

local function bounds(b, unit)
  local u = unit and (" " .. unit) or ""
  if b.min and b.max then
    if b.min == b.max then return format("exactly %s%s", b.min, u) end
    return format("%s–%s%s", b.min, b.max, u)
  end
  if b.min then return format("at least %s%s", b.min, u) end
  return format("at most %s%s", b.max, u)
end

local MAX_INLINE_ENUM = 12

-- Constraints of a shape, as "; "-joined phrases (empty when none).
local function constraints(svc, name, with_enum)
  local d = describe.shape(svc.model, name)
  local out = {}
  if d.length then
    out[#out + 1] = "length " .. bounds(d.length, d.type == "string" and "code points" or "entries")
  end
  if d.range then out[#out + 1] = "range " .. bounds(d.range) end
  if d.pattern then out[#out + 1] = "pattern " .. code(d.pattern) end
  if d.enum and with_enum then
    if #d.enum <= MAX_INLINE_ENUM then
      local vals = {}
      for i, v in ipairs(d.enum) do vals[i] = code(v) end
      out[#out + 1] = "one of " .. concat(vals, ", ")
    else
      out[#out + 1] = format("one of %d values", #d.enum)
    end
  end
  if d.sensitive then out[#out + 1] = "sensitive (redacted in debug logs)" end
  return concat(out, "; ")
end

local SCALAR_TEXT = { timestamp = "timestamp (epoch seconds; input also takes an ISO 8601 string)",
  long = "integer (long)", double = "number", float = "number", document = "any JSON value" }

local type_phrase

-- "string (length 1–64 code points)" for a list element or map value
local function nested(svc, name)
  local t = type_phrase(svc, name)
  if linked(svc, name) then return t end
  local c = constraints(svc, name, true)
  local s = svc.model.shapes[name]
  if c ~= "" and s.type ~= "list" and s.type ~= "map" then t = t .. " (" .. c .. ")" end
  return t
end

function type_phrase(svc, name)
  local s = svc.model.shapes[name]
  if linked(svc, name) then
    return format("[%s](#%s)%s", code(name), anchor("shape", name), is_enum(s) and " (enum)" or "")
  end
  if s.type == "list" then
    local t = "list of " .. nested(svc, s.member)
    if s.min or s.max then t = t .. ", " .. bounds({ min = s.min, max = s.max }, "entries") end
    return t
  end
  if s.type == "map" then
    local t = "map of " .. nested(svc, s.key) .. " to " .. nested(svc, s.value)
    if s.min or s.max then t = t .. ", " .. bounds({ min = s.min, max = s.max }, "entries") end
    return t
  end
  return SCALAR_TEXT[s.type] or s.type
end

local function indent_doc(doc, pad)
  if doc == "" then return "" end
  return "\n" .. pad .. doc:gsub("\n", "\n" .. pad):gsub("\n" .. pad .. "\n", "\n\n")
end

-- One member: "- `Name` (`--flag`): type, **required**; constraints." and its text.
local function member_item(svc, shape_name, m, with_flag)
  local s = svc.model.shapes[m.shape]
  local head = code(m.name)
  if with_flag then head = head .. " (" .. code("--" .. apidoc.kebab(m.name)) .. ")" end
  local parts = { type_phrase(svc, m.shape) }
  if m.required then parts[#parts + 1] = "**required**" end
  if m.idempotency_token then parts[#parts + 1] = "idempotency token (filled in when absent)" end
  local c = ""
  if s.type ~= "list" and s.type ~= "map" and not linked(svc, m.shape) then c = constraints(svc, m.shape, true)
  elseif is_enum(s) then c = constraints(svc, m.shape, true)
  end
  local line = "- " .. head .. ": " .. concat(parts, ", ") .. (c ~= "" and ("; " .. c) or "") .. "."
  local doc = apidoc.member_doc(svc, shape_name, m.name)
  return line .. indent_doc(doc, "  ")
end

local function members_block(svc, shape_name, members, with_flag)
  if #members == 0 then return "No members." end
  local out = {}
  for i, m in ipairs(members) do out[i] = member_item(svc, shape_name, m, with_flag) end
  return concat(out, "\n")
end

local RETRY_TEXT = {
  throttling = "retried (throttling: backoff, retry quota)",
  transient = "retried (transient server error)",
  modeled = "retried (the model marks it retryable)",
}

local function retry_phrase(e)
  return e.retried and RETRY_TEXT[e.retry] or "not retried"
end

---------------------------------------------------------------- sections

local function example_block(svc, name, op)
  local d = describe.operation(svc.model, op)
  local input = apidoc.example_input(svc, op)
  local src = apidoc.lua_source(input, svc.model.operations[op].input, svc, "")
  return format("```lua\nlocal result, err = %s:%s%s\n```", name, d.method, src == "{}" and "()" or src)
end

local function waiter_call(name, w)
  return format("%s:wait_for(%q, input, { delay = 2, max_wait = 120 })", name, w.name)
end

local function op_section(svc, name, op)
  local d = describe.operation(svc.model, op)
  local out = { "## " .. op, "" }
  local doc = apidoc.op_doc(svc, op)
  if doc ~= "" then out[#out + 1] = doc out[#out + 1] = "" end
  out[#out + 1] = format("- Lua: %s or %s", code(format("%s:%s(input)", name, d.method)),
    code(format("%s:call(%q, input)", name, op)))
  out[#out + 1] = format("- CLI: %s", code(format("partnercentral %s %s", name, apidoc.kebab(op))))
  if d.idempotency_token then
    out[#out + 1] = format("- Idempotency token: %s, filled in with a UUID when absent and the same on every retry",
      code(d.idempotency_token))
  end
  if d.paginator then
    local p = d.paginator
    out[#out + 1] = format("- Paginated: %s in, %s out%s, items in %s: %s / %s; the CLI reads every page unless %s",
      code(p.input_token), code(p.output_token),
      p.limit_key and (", page size " .. code(p.limit_key)) or "", code(p.result_key),
      code(format("%s:pages(%q, input)", name, op)), code(format("%s:items(%q, input)", name, op)),
      code("--no-paginate"))
  end
  for _, w in ipairs(d.waiters) do
    out[#out + 1] = format("- Waiter: [%s](#waiters): %s; CLI %s", code(w.name), code(waiter_call(name, w)),
      code(format("partnercentral %s wait %s", name, apidoc.kebab(w.name))))
  end
  out[#out + 1] = ""
  out[#out + 1] = format("**Input** (%s)", code(d.input and d.input.shape or "none"))
  out[#out + 1] = ""
  out[#out + 1] = members_block(svc, d.input and d.input.shape, d.input and d.input.members or {}, true)
  out[#out + 1] = ""
  out[#out + 1] = format("**Output** (%s)", code(d.output and d.output.shape or "none"))
  out[#out + 1] = ""
  out[#out + 1] = members_block(svc, d.output and d.output.shape, d.output and d.output.members or {}, false)
  out[#out + 1] = ""
  out[#out + 1] = "**Errors**"
  out[#out + 1] = ""
  for _, e in ipairs(d.errors) do
    local meaning = apidoc.first_sentence(apidoc.shape_doc(svc, e.code))
    out[#out + 1] = format("- [%s](#%s): %s. %s", code(e.code), anchor("error", e.code), retry_phrase(e), meaning)
  end
  out[#out + 1] = ""
  out[#out + 1] = "**Example**"
  out[#out + 1] = ""
  out[#out + 1] = example_block(svc, name, op)
  return concat(out, "\n")
end

-- The head of a shape's or an error's section: its anchor, title and the model's text.
local function section_head(svc, kind, name)
  local out = { format('<a id="%s"></a>', anchor(kind, name)), "", "### " .. name, "" }
  local doc = apidoc.shape_doc(svc, name)
  if doc ~= "" then out[#out + 1] = doc out[#out + 1] = "" end
  return out
end

local function shape_section(svc, sname)
  local s = svc.model.shapes[sname]
  local out = section_head(svc, "shape", sname)
  if is_enum(s) then
    local vals = {}
    for i, v in ipairs(s.enum) do vals[i] = code(v) end
    out[#out + 1] = "Enum (string): " .. concat(vals, ", ") .. "."
    local c = constraints(svc, sname, false)
    if c ~= "" then out[#out + 1] = "" out[#out + 1] = "Constraints: " .. c .. "." end
  else
    local d = describe.shape(svc.model, sname)
    if d.union then out[#out + 1] = "A union: set exactly one member." out[#out + 1] = "" end
    out[#out + 1] = members_block(svc, sname, d.members, false)
  end
  return concat(out, "\n")
end

local function error_section(svc, ename)
  local s = svc.model.shapes[ename]
  local out = section_head(svc, "error", ename)
  local retried, why = describe.retry_of(svc.model, ename)
  out[#out + 1] = format("%s; `err.code` is %s, `err.kind` is `\"service\"`%s.",
    (retry_phrase{ retried = retried, retry = why }:gsub("^%l", string.upper)), code('"' .. ename .. '"'),
    s.fault and ", a server fault (HTTP 5xx)" or "")
  local d = describe.shape(svc.model, ename)
  local fields = {}
  for _, m in ipairs(d.members) do
    if m.name ~= "Message" and m.name ~= "message" then fields[#fields + 1] = m end
  end
  if #fields > 0 then
    out[#out + 1] = ""
    out[#out + 1] = "Fields (`err.fields`):"
    out[#out + 1] = ""
    out[#out + 1] = members_block(svc, ename, fields, false)
  end
  return concat(out, "\n")
end

local function waiters_section(svc, name)
  local ws = describe.waiters(svc.model)
  local out = { "## Waiters", "" }
  if #ws == 0 then
    out[#out + 1] = "None: the model has no asynchronous task the SDK waits for."
    return concat(out, "\n")
  end
  out[#out + 1] = "The SDK's waiters poll an operation every `delay` seconds (default 2) until a final status, "
    .. "for at most `max_wait` seconds (default 120): success returns the last result, a failure status is a "
    .. "`WaiterFailure` error, running out of time a `WaiterTimeout` error."
  out[#out + 1] = ""
  for _, w in ipairs(ws) do
    local succ, fail = {}, {}
    for i, v in ipairs(w.success) do succ[i] = code(v) end
    for i, v in ipairs(w.failure) do fail[i] = code(v) end
    local alias = #w.aliases > 0 and (" (also " .. concat((function()
      local t = {}
      for i, a in ipairs(w.aliases) do t[i] = code(a) end
      return t
    end)(), ", ") .. ")") or ""
    local rule = w.status and format("%s is %s; fails on %s", code(w.status), concat(succ, " or "),
      concat(fail, ", ")) or w.rule
    out[#out + 1] = format("- %s%s: polls [%s](#%s) until %s.%s %s; CLI %s.",
      code(w.name), alias, w.operation, w.operation:lower(), rule,
      w.note and (" " .. (w.note:gsub("^%l", string.upper)) .. ".") or "", code(waiter_call(name, w)),
      code(format("partnercentral %s wait %s", name, apidoc.kebab(w.name))))
  end
  return concat(out, "\n")
end

---------------------------------------------------------------- one service

local reachable

local function sorted(t)
  local ks = {}
  for k in pairs(t) do ks[#ks + 1] = k end
  table.sort(ks)
  return ks
end

-- Every named shape reachable from `name` (members, list members, map keys and values).
function reachable(svc, name, into)
  local s = svc.model.shapes[name]
  if not s or into[name] then return into end
  into[name] = true
  for _, m in ipairs(s.members or {}) do reachable(svc, m.shape, into) end
  if s.member then reachable(svc, s.member, into) end
  if s.key then reachable(svc, s.key, into) end
  if s.value then reachable(svc, s.value, into) end
  return into
end

-- Linked shapes reachable from an operation's input and output members.
local function shapes_of(svc, op)
  local d = describe.operation(svc.model, op)
  local top = { [d.input and d.input.shape or ""] = true, [d.output and d.output.shape or ""] = true }
  local names = {}
  for n in pairs(d.shapes) do
    if linked(svc, n) and not top[n] then names[#names + 1] = n end
  end
  table.sort(names)
  return names
end

local function render_service(svc, name)
  local md = svc.model.metadata
  local r = { service = name, title = svc.raw.metadata.serviceFullName or md.serviceId,
    overview = apidoc.markdown(svc.raw.documentation), operations = {}, summaries = {}, shapes = {},
    errors = {}, shapes_of = {}, errors_of = {} }
  local all_shapes, all_errors = {}, {}
  for _, op in ipairs(describe.operations(svc.model)) do
    r.operations[op] = op_section(svc, name, op)
    r.summaries[op] = apidoc.first_sentence(apidoc.op_doc(svc, op))
    r.shapes_of[op] = shapes_of(svc, op)
    r.errors_of[op] = {}
    for i, e in ipairs(svc.model.operations[op].errors or {}) do
      r.errors_of[op][i] = e
      all_errors[e] = true
    end
    for _, s in ipairs(r.shapes_of[op]) do all_shapes[s] = true end
  end
  -- the shapes the errors' fields use (reasons, error details) are linked too
  for e in pairs(all_errors) do
    for n in pairs(reachable(svc, e, {})) do
      if n ~= e and linked(svc, n) then all_shapes[n] = true end
    end
  end
  for _, s in ipairs(sorted(all_shapes)) do r.shapes[s] = shape_section(svc, s) end
  for _, e in ipairs(sorted(all_errors)) do r.errors[e] = error_section(svc, e) end
  r.waiters = waiters_section(svc, name)
  return r
end

local function service_markdown(r, svc)
  local md = svc.model.metadata
  local ops = sorted(r.operations)
  local out = {
    "# " .. r.title .. " reference",
    "",
    "<!-- derived from the AWS service model " .. md.uid .. " (its documentation, Apache-2.0, see NOTICE); "
      .. "changed by tools/gen-docs.lua: do not edit -->",
    "",
    r.overview,
    "",
    format("Client: `local %s = require(\"partnercentral\").%s.new{ region = \"us-east-1\" }`. Inputs and "
      .. "outputs are plain tables with the member names below; a call returns `result, meta` or `nil, err` "
      .. "(a typed error, [errors](#errors)). Lengths of strings count Unicode code points; lists and maps "
      .. "count entries. Validation runs before any request: by default patterns are searched and enums not "
      .. "enforced, `validation = \"strict\"` full-matches patterns and enforces enums.", r.service, r.service),
    "",
    format("Command line: `partnercentral %s <operation> --member value ...`; member flags are the member names in "
      .. "kebab-case, structures and lists are given as JSON.", r.service),
    "",
    "## Operations",
    "",
  }
  for _, op in ipairs(ops) do
    out[#out + 1] = format("- [%s](#%s): %s", op, op:lower(), r.summaries[op])
  end
  for _, op in ipairs(ops) do
    out[#out + 1] = ""
    out[#out + 1] = r.operations[op]
  end
  out[#out + 1] = ""
  out[#out + 1] = r.waiters
  out[#out + 1] = ""
  out[#out + 1] = "## Shapes"
  for _, s in ipairs(sorted(r.shapes)) do
    out[#out + 1] = ""
    out[#out + 1] = r.shapes[s]
  end
  out[#out + 1] = ""
  out[#out + 1] = "## Errors"
  out[#out + 1] = ""
  out[#out + 1] = "Besides these modeled errors, any call can fail on the client side (kinds `validation`, "
    .. "`network`, `timeout`, `credentials`, `endpoint`, `parse`, `config`, `signing`); the retry rules also "
    .. "retry network errors, timeouts and HTTP 500, 502, 503 and 504."
  for _, e in ipairs(sorted(r.errors)) do
    out[#out + 1] = ""
    out[#out + 1] = r.errors[e]
  end
  return concat(out, "\n") .. "\n"
end

-- Lua source of the help data: long strings keep the Markdown readable.
local function long_string(s)
  local eq = ""
  while s:find("]" .. eq .. "]", 1, true) do eq = eq .. "=" end
  return "[" .. eq .. "[\n" .. s .. "]" .. eq .. "]"
end

local function lua_value(v, indent)
  if type(v) == "string" then
    if v:find("\n") or #v > 60 then return long_string(v) end
    return format("%q", v)
  end
  if type(v) ~= "table" then return tostring(v) end
  local inner = indent .. "  "
  local parts = {}
  if #v > 0 or next(v) == nil then
    for i, x in ipairs(v) do parts[i] = lua_value(x, inner) end
    local one = "{ " .. concat(parts, ", ") .. " }"
    if #one < 90 and not one:find("\n") then return one == "{  }" and "{}" or one end
  else
    for _, k in ipairs(sorted(v)) do
      local key = k:match("^[%a_][%w_]*$") and k or ("[" .. format("%q", k) .. "]")
      parts[#parts + 1] = key .. " = " .. lua_value(v[k], inner)
    end
  end
  return "{\n" .. inner .. concat(parts, ",\n" .. inner) .. ",\n" .. indent .. "}"
end

local function help_module(r, svc)
  return "-- derived from the AWS service model " .. svc.model.metadata.uid
    .. " (its documentation, Apache-2.0, see NOTICE); changed by tools/gen-docs.lua"
    .. "; do not edit\n-- The reference sections of doc/api/" .. r.service .. ".md, read by `partnercentral help`.\n"
    .. "return " .. lua_value(r, "") .. "\n"
end

local function index_markdown(rendered)
  local out = { "# API reference", "",
    "<!-- generated by tools/gen-docs.lua from the official AWS models; do not edit -->", "",
    "Every operation of every service, one line each, generated from the official AWS models the clients run "
      .. "on. Each links to its section: members with types and constraints, errors and whether they are "
      .. "retried, pagination, waiters, idempotency token, and an example that passes validation.", "",
    "The same text is the command line's help (`partnercentral <service> help <operation>`); the editor "
      .. "types in [`types/`](../../types/) carry it too.", "" }
  for _, r in ipairs(rendered) do
    local ops = sorted(r.operations)
    out[#out + 1] = format("## [%s](%s.md) (`partnercentral.%s`, %d operations)", r.title, r.service, r.service, #ops)
    out[#out + 1] = ""
    out[#out + 1] = "| operation | Lua method | CLI | what it does |"
    out[#out + 1] = "|---|---|---|---|"
    for _, op in ipairs(ops) do
      out[#out + 1] = format("| [%s](%s.md#%s) | `%s` | `%s` | %s |", op, r.service, op:lower(),
        require("partnercentral.client").snake(op), apidoc.kebab(op), (r.summaries[op]:gsub("|", "\\|")))
    end
    out[#out + 1] = ""
  end
  return concat(out, "\n")
end

local ok_all = true
local rendered = {}
local list = apidoc.services(models_root)
if only then
  list = {}
  for j, o in ipairs(only) do list[j] = { name = o.name, path = models_root .. "/" .. o.model .. "/service-2.json" } end
end
for _, s in ipairs(list) do
  local svc, err = apidoc.load(s.path)
  if not svc then io.stderr:write("gen-docs: ", err, "\n") os.exit(1) end
  local r = render_service(svc, s.name)
  rendered[#rendered + 1] = r
  ok_all = apidoc.write_or_check(out_root .. "/doc/api/" .. s.name .. ".md", service_markdown(r, svc), check) and ok_all
  ok_all = apidoc.write_or_check(out_root .. "/lua/partnercentral/docs/" .. s.name .. ".lua", help_module(r, svc),
    check) and ok_all
end
ok_all = apidoc.write_or_check(out_root .. "/doc/api/README.md", index_markdown(rendered), check) and ok_all
if not ok_all then os.exit(1) end
