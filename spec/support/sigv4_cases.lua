-- Loaders for signing test vectors: the botocore suite (<case>.req/.creq/.sts/.authz),
-- the aws-c-auth v4a suite (context.json, request.txt, header-*.txt) and the
-- project's own vectors in spec/fixtures/sigv4/ (context.txt, request.txt, ...).
local lfs = require("lfs")
local helpers = require("spec.helpers")

local _M = {}

-- File contents with "\r\n" normalised, or nil when absent.
function _M.read(path)
  local s = helpers.read_file(path)
  if not s then return nil end
  return (s:gsub("\r\n", "\n"))
end

-- Expected-value files: a trailing newline is an editor artefact, not content.
function _M.read_expect(path)
  local s = _M.read(path)
  return s and (s:gsub("\n$", ""))
end

-- Sorted subdirectories of dir.
function _M.dirs(dir)
  local out = {}
  for name in lfs.dir(dir) do
    if name ~= "." and name ~= ".." and lfs.attributes(dir .. "/" .. name, "mode") == "directory" then
      out[#out + 1] = name
    end
  end
  table.sort(out)
  return out
end

-- "METHOD SP TARGET SP HTTP/1.1" (the target may contain a space: split at the
-- first and the last space), header lines "Name:value" with folded continuation
-- lines, a blank line, then the body.
function _M.parse_request(text)
  local head, body = text:match("^(.-)\n\n(.*)$")
  if not head then head, body = text:gsub("\n+$", ""), "" end
  local lines = {}
  for line in (head .. "\n"):gmatch("(.-)\n") do lines[#lines + 1] = line end
  local first = lines[1]
  local sp1 = first:find(" ", 1, true)
  local sp2 = #first - (first:reverse():find(" ", 1, true)) + 1
  local method, target = first:sub(1, sp1 - 1), first:sub(sp1 + 1, sp2 - 1)
  local path, query = target:match("^([^?]*)%??(.*)$")
  local headers = {}
  for i = 2, #lines do
    local l = lines[i]
    if l:match("^[ \t]") and #headers > 0 then   -- folded value: continues the previous header
      headers[#headers][2] = headers[#headers][2] .. "\n" .. l
    elseif l ~= "" then
      local name, value = l:match("^([^:]+):(.*)$")
      headers[#headers + 1] = { name, value }
    end
  end
  return { method = method, path = path, query = query, headers = headers, body = body }
end

-- Removes headers with this (case-insensitive) name; returns the last value removed.
function _M.remove_header(headers, lname)
  local found
  for i = #headers, 1, -1 do
    if headers[i][1]:lower() == lname then
      found = found or headers[i][2]
      table.remove(headers, i)
    end
  end
  return found
end

-- A request table for core.sign_* from a parsed request plus context fields.
function _M.request(parsed, ctx)
  local req = { method = parsed.method, path = parsed.path, query = parsed.query,
                headers = parsed.headers, body = parsed.body }
  for k, v in pairs(ctx) do req[k] = v end
  return req
end

-- Copy of req whose headers carry the ones a signer added (replacing any
-- older copies, as a client does).
function _M.signed_copy(req, added)
  local out = {}
  for k, v in pairs(req) do out[k] = v end
  out.headers = {}
  for _, h in ipairs(req.headers) do
    local replaced = false
    for k in pairs(added) do replaced = replaced or k:lower() == h[1]:lower() end
    if not replaced then out.headers[#out.headers + 1] = { h[1], h[2] } end
  end
  local names = {}
  for k in pairs(added) do names[#names + 1] = k end
  table.sort(names)
  for _, k in ipairs(names) do out.headers[#out.headers + 1] = { k, added[k] } end
  return out
end

-- The fields a verifier gets: no credentials or signing inputs beyond the request.
function _M.verify_request(req)
  return { method = req.method, path = req.path, query = req.query, headers = req.headers,
           body = req.body, normalize_path = req.normalize_path, double_encode = req.double_encode }
end

-- context.txt: "key=value" lines, '#' comments.
function _M.read_context(path)
  local ctx = {}
  for line in (_M.read(path) .. "\n"):gmatch("(.-)\n") do
    local k, v = line:match("^([%w_]+)=(.*)$")
    if k then ctx[k] = v end
  end
  return ctx
end

-- The few fields of an aws-c-auth context.json (flat, known shape).
function _M.read_context_json(path)
  local s = _M.read(path)
  local function str(k) return s:match('"' .. k .. '"%s*:%s*"([^"]*)"') end
  local function bool(k)
    local v = s:match('"' .. k .. '"%s*:%s*(%a+)')
    if v == nil then return nil end
    return v == "true"
  end
  return { access_key = str("access_key_id"), secret_key = str("secret_access_key"),
           token = str("token"), region = str("region"), service = str("service"),
           timestamp = str("timestamp"), normalize = bool("normalize"),
           sign_body = bool("sign_body"), omit_session_token = bool("omit_session_token") }
end

-- "2015-08-30T12:36:00Z" -> "20150830T123600Z"
function _M.amz_date(iso)
  return (iso:gsub("[-:]", ""))
end

return _M
