-- tools/gen-types.lua: LuaLS (lua-language-server) annotation files, generated
-- from the models, for completion, hover docs and type checks.
--
--   lua5.4 tools/gen-types.lua [--check] [models-root]          (make docs)
--     -> types/partnercentral.lua (the library: clients, options, errors, stubber)
--        types/partnercentral/<name>.lua for every service of lua/partnercentral/services.lua
--   lua5.4 tools/gen-types.lua --model path/service-2.json --name NAME [--out FILE]
--     -> the types of any model given to pc.client{ model = ... }: a client class
--        NAME.Client; annotate the client with `---@type NAME.Client`.
--
-- Use them with `"workspace.library": ["<checkout>/types"]` in .luarc.json.
-- --check writes nothing and exits 1 when a committed file differs.
local script = arg and arg[0] or "tools/gen-types.lua"
package.path = (script:match("^(.*)/[^/]*$") or ".") .. "/lib/?.lua;" .. package.path
local apidoc = require("apidoc")
local root = apidoc.setup(script)
local describe = require("partnercentral.describe")

local concat, format, ipairs = table.concat, string.format, ipairs

---------------------------------------------------------------- one model

-- One line of documentation: LuaLS shows it on hover; line breaks would end the annotation.
local function one_line(md)
  return (md:gsub("\n+", " "):gsub("%s+", " "):gsub("^ ", ""):gsub(" $", ""))
end

local function constraint_note(d)
  local out = {}
  local function b(x)
    if x.min and x.max then return x.min .. "-" .. x.max end
    if x.min then return ">= " .. x.min end
    return "<= " .. x.max
  end
  if d.length then out[#out + 1] = "length " .. b(d.length) .. (d.type == "string" and " code points" or " entries") end
  if d.range then out[#out + 1] = "range " .. b(d.range) end
  if d.pattern then out[#out + 1] = "pattern " .. d.pattern end
  return concat(out, "; ")
end

local SCALARS = { string = "string", integer = "integer", long = "integer", short = "integer", byte = "integer",
  double = "number", float = "number", boolean = "boolean", blob = "string", document = "any",
  timestamp = "number|string" }

local function type_name(ns, model, name)
  local s = model.shapes[name]
  if s.type == "structure" then return ns .. "." .. name end
  if s.type == "string" and s.enum then return ns .. "." .. name end
  if s.type == "list" then
    local inner = type_name(ns, model, s.member)
    if inner:find("|", 1, true) then inner = "(" .. inner .. ")" end
    return inner .. "[]"
  end
  if s.type == "map" then
    return format("table<%s, %s>", type_name(ns, model, s.key), type_name(ns, model, s.value))
  end
  return SCALARS[s.type] or "any"
end

local function sorted_shapes(model)
  local names = {}
  for n in pairs(model.shapes) do names[#names + 1] = n end
  table.sort(names)
  return names
end

local function shape_block(svc, ns, name)
  local model = svc.model
  local s = model.shapes[name]
  local out = {}
  local doc = one_line(apidoc.shape_doc(svc, name))
  if s.type == "string" and s.enum then
    local vals = {}
    for i, v in ipairs(s.enum) do vals[i] = format("%q", v) end
    if doc ~= "" then out[#out + 1] = "---" .. doc end
    out[#out + 1] = format("---@alias %s.%s %s", ns, name, concat(vals, "|"))
    return concat(out, "\n")
  end
  if s.type ~= "structure" then return nil end
  if doc ~= "" then out[#out + 1] = "---" .. doc end
  if s.union then out[#out + 1] = "---A union: set exactly one member." end
  out[#out + 1] = format("---@class %s.%s", ns, name)
  local d = describe.shape(model, name)
  for _, m in ipairs(d.members) do
    local note = constraint_note(m)
    local text = one_line(apidoc.member_doc(svc, name, m.name))
    local extra = {}
    if m.required then extra[#extra + 1] = "required" end
    if m.idempotency_token then extra[#extra + 1] = "idempotency token, filled in when absent" end
    if note ~= "" then extra[#extra + 1] = note end
    if #extra > 0 then text = text .. (text ~= "" and " " or "") .. "(" .. concat(extra, "; ") .. ")" end
    local key = m.name:match("^[%a_][%w_]*$") and m.name or format("[%q]", m.name)
    out[#out + 1] = format("---@field %s%s %s%s", key, m.required and "" or "?",
      type_name(ns, model, m.shape), text ~= "" and (" " .. text) or "")
  end
  return concat(out, "\n")
end

local function method_block(svc, ns, client_class, var, op)
  local d = describe.operation(svc.model, op)
  local out = {}
  local doc = apidoc.op_doc(svc, op)
  if doc ~= "" then
    for line in (doc .. "\n"):gmatch("([^\n]*)\n") do out[#out + 1] = "---" .. line end
    out[#out + 1] = "---"
  end
  local errs = {}
  for _, e in ipairs(d.errors) do errs[#errs + 1] = e.code end
  out[#out + 1] = "---Errors: " .. concat(errs, ", ") .. "."
  if d.paginator then out[#out + 1] = format("---Paginated: `%s:pages(%q, input)`.", var, op) end
  out[#out + 1] = format("---@param input%s %s", d.input and "" or "?",
    d.input and (ns .. "." .. d.input.shape) or "table")
  out[#out + 1] = "---@param call_opts? partnercentral.CallOptions"
  out[#out + 1] = format("---@return %s? result", d.output and (ns .. "." .. d.output.shape) or "table")
  out[#out + 1] = "---@return partnercentral.Meta|partnercentral.Error meta_or_err"
  out[#out + 1] = format("function %s:%s(input, call_opts) end", client_class, d.method)
  return concat(out, "\n")
end

-- The annotation file of one model. ns: the type namespace ("partnercentral.account"),
-- module: the require name of its client module or nil (a model given to pc.client).
local function model_types(svc, ns, module, var, source)
  local model = svc.model
  local out = {
    "---@meta" .. (module and (" " .. module) or ""),
    "-- generated by tools/gen-types.lua from " .. source .. "; do not edit",
    "-- LuaLS annotations: add the types/ folder to \"workspace.library\" in .luarc.json.",
    "",
  }
  local ops = describe.operations(model)
  local opnames = {}
  for i, op in ipairs(ops) do opnames[i] = format("%q", op) end
  out[#out + 1] = format("---@alias %s.Operation %s", ns, concat(opnames, "|"))
  out[#out + 1] = ""
  for _, name in ipairs(sorted_shapes(model)) do
    local b = shape_block(svc, ns, name)
    if b then out[#out + 1] = b out[#out + 1] = "" end
  end
  local errs = {}
  for _, name in ipairs(sorted_shapes(model)) do
    if model.shapes[name].exception then errs[#errs + 1] = format("%q", name) end
  end
  if #errs > 0 then
    out[#out + 1] = format("---The modeled error codes (`err.code` of a service error).\n---@alias %s.ErrorCode %s",
      ns, concat(errs, "|"))
    out[#out + 1] = ""
  end
  local title = svc.raw.metadata and svc.raw.metadata.serviceFullName or model.metadata.serviceId
  local client_class = "Client"
  out[#out + 1] = format("---A client of the %s: every operation is a method.", tostring(title))
  out[#out + 1] = format("---@class %s.Client: partnercentral.Client", ns)
  out[#out + 1] = "local Client = {}"
  out[#out + 1] = ""
  out[#out + 1] = "---Calls an operation by its model name or method name."
  out[#out + 1] = format("---@param op %s.Operation|string", ns)
  out[#out + 1] = "---@param input? table"
  out[#out + 1] = "---@param call_opts? partnercentral.CallOptions"
  out[#out + 1] = "---@return table? result"
  out[#out + 1] = "---@return partnercentral.Meta|partnercentral.Error meta_or_err"
  out[#out + 1] = "function Client:call(op, input, call_opts) end"
  for _, op in ipairs(ops) do
    out[#out + 1] = ""
    out[#out + 1] = method_block(svc, ns, client_class, var, op)
  end
  out[#out + 1] = ""
  if module then
    out[#out + 1] = format("---The %s module: `new(opts)` (or a call) makes a client.", module)
    out[#out + 1] = format("---@class %s.module", ns)
    out[#out + 1] = format("---@overload fun(opts?: partnercentral.ClientOptions): %s.Client", ns)
    out[#out + 1] = "local M = {}"
    out[#out + 1] = ""
    out[#out + 1] = "---@param opts? partnercentral.ClientOptions"
    out[#out + 1] = format("---@return %s.Client", ns)
    out[#out + 1] = "function M.new(opts) end"
    out[#out + 1] = ""
    out[#out + 1] = "return M"
  else
    out[#out + 1] = "return Client"
  end
  return concat(out, "\n") .. "\n"
end

---------------------------------------------------------------- the library file

local function library_types(services)
  local fields, news, names = {}, {}, {}
  for _, s in ipairs(services) do
    fields[#fields + 1] = format("---@field %s partnercentral.%s.module the %s client module", s.name, s.name, s.name)
    news[#news + 1] = format("pc.%s.new{...}", s.name)
    names[#names + 1] = format("%q", s.name)
  end
  local text = ([[
---@meta partnercentral
-- generated by tools/gen-types.lua; do not edit
-- LuaLS annotations: add the types/ folder to "workspace.library" in .luarc.json.

---Per-call options (the last argument of every operation method).
---@class partnercentral.CallOptions
---@field timeout? number total seconds for one attempt
---@field connect_timeout? number seconds to connect
---@field max_attempts? integer attempts including the first (retries)
---@field raise_errors? boolean raise the error object instead of returning nil, err
---@field retry_after_send? boolean false: no retry once the request may have reached the server (no-token ops)
---@field headers? string[][] extra headers { {name, value}, ... } (sent unsigned)

---Client options (@NEWS@, pc.client.new{...}).
---@class partnercentral.ClientOptions
---@field region? string AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile)
---@field endpoint? string endpoint URL (else AWS_ENDPOINT_URL[_<SERVICE>], the profile)
---@field credentials? table|userdata { access_key =, secret_key =, session_token = } or a provider with :get()
---@field profile? string shared config profile
---@field model? string|table a botocore service-2.json path or table (pc.client only)
---@field service? string @NAMES@ (pc.client only)
---@field validation? "default"|"strict"|false client-side validation mode
---@field retry_mode? "standard"|"legacy"|"adaptive"|"none"
---@field max_attempts? integer
---@field timeout? number
---@field connect_timeout? number
---@field raise_errors? boolean
---@field retry_after_send? boolean false: no retry once the request may have reached the server (no-token ops)
---@field auth_scheme? "sigv4a"|"sigv4"|string|string[] preferred schemes ("sigv4a,sigv4" or a list)
---@field sigv4a_signing_region_set? string "*" or comma-separated regions (SigV4a)
---@field transport? "curl"|"ngx"|table
---@field hooks? { before_send?: fun(req: table), after_response?: fun(resp: table, req: table) }
---@field debug? boolean|fun(line: string) redacted request/response log
---@field logger? fun(line: string)|boolean
---@field ca_file? string CA bundle (else AWS_CA_BUNDLE, the profile's ca_bundle)
---@field verify? boolean false: do not verify the server's certificate
---@field proxy? string
---@field user_agent_extra? string
---@field use_fips? boolean
---@field use_dualstack? boolean
---@field ignore_configured_endpoint_urls? boolean
---@field request_min_compression_size_bytes? integer 0..10485760 (default 10240)
---@field disable_request_compression? boolean
---@field sleep? fun(seconds: number)
---@field getenv? fun(name: string): string? where environment settings are read (default os.getenv)
---@field shared_cache? table|userdata

---What a successful call returns second.
---@class partnercentral.Meta
---@field request_id? string x-amzn-RequestId
---@field status integer HTTP status
---@field attempts integer attempts made
---@field invocation_id? string amz-sdk-invocation-id
---@field stubbed? boolean answered by partnercentral.stub

---A validation violation: the path of the member and what is wrong.
---@class partnercentral.Violation
---@field path string
---@field kind string
---@field message string

---The one error type of the library (partnercentral.errors).
---@class partnercentral.Error
---@field kind "service"|"validation"|"network"|"timeout"|"credentials"|"endpoint"|"parse"|"config"|"signing"
---@field code string modeled exception name or a client-side code
---@field message string
---@field status? integer HTTP status
---@field request_id? string
---@field retryable? boolean
---@field throttling? boolean
---@field fault? boolean
---@field fields? table the modeled members of the exception (Reason, ErrorDetails, ...)
---@field violations? partnercentral.Violation[] validation errors only
---@field operation? string model name of the operation
---@field attempts? integer
local Error = {}
---True when name is the code or the kind.
---@param name string
---@return boolean
function Error:is(name) end

---What every client has besides its operations.
---@class partnercentral.Client
local Client = {}
---@param op string
---@param input? table
---@param call_opts? partnercentral.CallOptions
---@return table? result
---@return partnercentral.Meta|partnercentral.Error meta_or_err
function Client:call(op, input, call_opts) end
---Pages of a paginated operation; a failed page is `false, err`.
---@param op string
---@param input? table
---@param call_opts? partnercentral.CallOptions
---@return fun(): table|false|nil, partnercentral.Error?
function Client:pages(op, input, call_opts) end
---Items of a paginated operation, page after page.
---@param op string
---@param input? table
---@param call_opts? partnercentral.CallOptions
---@return fun(): any, partnercentral.Error?
function Client:items(op, input, call_opts) end
---Polls until a final status (waiters of doc/api).
---@param name string
---@param input table
---@param opts? { delay?: number, max_wait?: number, call?: partnercentral.CallOptions }
---@return table? result
---@return table|partnercentral.Error meta_or_err
function Client:wait_for(name, input, opts) end
---The model names of the operations, sorted.
---@return string[]
function Client:operations() end
---An operation's members, constraints, errors, pagination and waiters as plain tables.
---@param op string
---@return table
function Client:describe(op) end
function Client:close() end

---Canned answers for unit tests (partnercentral.stub).
---@class partnercentral.Stubber
---@field ANY table matches any value in an expected input
local Stubber = {}
---@param op string
---@param output? table validated strictly against the output shape
---@param expected_input? table|fun(input: table): boolean, string?
---@return partnercentral.Stubber
function Stubber:add_response(op, output, expected_input) end
---@param op string
---@param err string|{ code: string, message?: string, fields?: table, status?: integer }
---@param expected_input? table|fun(input: table): boolean, string?
---@return partnercentral.Stubber
function Stubber:add_error(op, err, expected_input) end
---Raises unless every queued call was made and none failed.
function Stubber:assert_done() end
function Stubber:activate() end
function Stubber:deactivate() end

---The partnercentral module.
---@class partnercentral
@FIELDS@
---@field client fun(opts: partnercentral.ClientOptions): partnercentral.Client a client of any awsJson model
---@field errors table
---@field stub fun(client: partnercentral.Client): partnercentral.Stubber
local pc = {}
return pc
]]):gsub("@FIELDS@", function() return concat(fields, "\n") end)
  text = text:gsub("@NEWS@", function() return concat(news, ", ") end)
  text = text:gsub("@NAMES@", function() return concat(names, "|") end)
  return text
end

---------------------------------------------------------------- main

local opts = { check = false }
local i = 1
while i <= #arg do
  local a = arg[i]
  if a == "--check" then opts.check = true
  elseif a == "--model" or a == "--name" or a == "--out" then opts[a:sub(3)] = arg[i + 1] i = i + 1
  else opts.root = a end
  i = i + 1
end

local function die(msg) io.stderr:write("gen-types: ", msg, "\n") os.exit(1) end

if opts.model then
  if not opts.name or not opts.name:match("^[%a_][%w_%.]*$") then
    die("--model needs --name NAME (a Lua identifier: the type namespace, e.g. myservice)")
  end
  local svc, err = apidoc.load(opts.model)
  if not svc then die(err) end
  local text = model_types(svc, opts.name, nil, "client", (opts.model:match("[^/]*/[^/]*$") or opts.model))
  if opts.out then
    apidoc.write_or_check(opts.out, text, false)
  else
    io.write(text)
  end
  os.exit(0)
end

local models_root = opts.root or (root .. "/../shared/models")
local ok = true
local services = apidoc.services(models_root)
ok = apidoc.write_or_check(root .. "/types/partnercentral.lua", library_types(services), opts.check) and ok
for _, s in ipairs(services) do
  local svc, err = apidoc.load(s.path)
  if not svc then die(err) end
  local text = model_types(svc, "partnercentral." .. s.name, "partnercentral." .. s.name, s.name,
    "the AWS service model " .. svc.model.metadata.uid .. " (its documentation, Apache-2.0, see NOTICE)")
  ok = apidoc.write_or_check(root .. "/types/partnercentral/" .. s.name .. ".lua", text, opts.check) and ok
end
if not ok then os.exit(1) end
