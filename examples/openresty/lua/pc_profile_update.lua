-- Content handler: start a profile update task for a partner from a JSON body.
--   POST /profile/partner-abcdefghij123  {"DisplayName":"Example", ...TaskDetails}
-- content_by_lua may yield: the SDK call is non-blocking here (cosockets).
-- One client per worker (pc_clients.lua).
local clients = require("pc_clients")
local core = require("partnercentral.core")

local _M = {}

local function reply(status, value)
  ngx.status = status
  ngx.header["Content-Type"] = "application/json"
  ngx.say(core.json_encode(value))
  return ngx.exit(status)
end

function _M.handle(partner_id)
  if ngx.req.get_method() ~= "POST" then return reply(405, { message = "POST a TaskDetails object" }) end
  ngx.req.read_body()
  local details, jerr = core.json_decode(ngx.req.get_body_data() or "")
  if type(details) ~= "table" then return reply(400, { message = "bad JSON: " .. tostring(jerr) }) end

  local task, err = clients.get("account"):start_profile_update_task{
    Catalog = "AWS", Identifier = partner_id, TaskDetails = details,
  }
  if not task then
    -- Typed errors: validation problems are the caller's, the rest are ours.
    local status = (err.kind == "validation" or err.kind == "service" and err.status == 400) and 400 or 502
    return reply(status, { code = err.code, message = err.message, violations = err.violations })
  end
  return reply(202, { TaskId = task.TaskId, Status = task.Status, StartedAt = task.StartedAt })
end

return _M
