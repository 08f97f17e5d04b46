-- partnercentral.log: debug lines for requests and responses, secrets redacted.
--   log.redact_headers(headers) -> "name: value" lines with Authorization,
--     X-Amz-Security-Token and any *token*/*secret* header value replaced by "<redacted>"
--   log.redact_body(s) -> s with values of "...Token"/"...Secret..." JSON keys redacted
local _M = {}

local SECRET_HEADERS = { authorization = true, ["x-amz-security-token"] = true }

local function secret_name(n)
  n = n:lower()
  return SECRET_HEADERS[n] or n:find("token", 1, true) ~= nil or n:find("secret", 1, true) ~= nil
end

function _M.redact_headers(headers)
  local out = {}
  if headers[1] ~= nil or next(headers) == nil then
    for _, h in ipairs(headers) do
      out[#out + 1] = h[1] .. ": " .. (secret_name(h[1]) and "<redacted>" or tostring(h[2]))
    end
  else
    local names = {}
    for k in pairs(headers) do names[#names + 1] = k end
    table.sort(names)
    for _, k in ipairs(names) do
      out[#out + 1] = k .. ": " .. (secret_name(k) and "<redacted>" or tostring(headers[k]))
    end
  end
  return table.concat(out, "\n")
end

function _M.redact_body(s)
  if type(s) ~= "string" then return "" end
  return (s:gsub('("[%w_]-[Tt]oken"%s*:%s*)"[^"]*"', '%1"<redacted>"')
           :gsub('("[%w_]-[Ss]ecret[%w_]-"%s*:%s*)"[^"]*"', '%1"<redacted>"'))
end

-- logger: function(line) or true (stderr)
function _M.make(opt)
  if opt == nil or opt == false then return nil end
  if type(opt) == "function" then return opt end
  return function(line) io.stderr:write(line, "\n") end
end

return _M
