-- Selling family: partner solutions (ListSolutions). The partner's solutions
-- are registered in Partner Central, not through this API: the emulator seeds
-- a fixed set per catalog (the same ids after every reset), in each status the
-- model has. Only an Active solution can be associated with an opportunity.
local state = require("partnercentral_local.state")
local json = require("partnercentral_local.json_codec")
local common = require("partnercentral_local.selling.common")
local _M = { ops = {} }
local ops = _M.ops

-- id, name, status, category, created (UTC), marketplace solution ARN
local SEEDS = {
  AWS = {
    { "S-0000001", "Emulated Analytics SaaS", "Active", "Software", "2024-01-15T09:00:00Z",
      "arn:aws:aws-marketplace:us-east-1:111122223333:AWSMarketplace/Solution/sol-emulatedanalytics" },
    { "S-0000002", "Emulated Migration Practice", "Active", "Consulting", "2024-02-01T09:00:00Z" },
    { "S-0000003", "Emulated Managed Operations", "Inactive", "Managed Services", "2024-03-10T09:00:00Z" },
    { "S-0000004", "Emulated Draft Solution", "Draft", "Software", "2024-04-20T09:00:00Z" },
  },
  Sandbox = {
    { "S-0000101", "Sandbox Analytics SaaS", "Active", "Software", "2024-01-15T09:00:00Z" },
    { "S-0000102", "Sandbox Draft Solution", "Draft", "Consulting", "2024-02-01T09:00:00Z" },
  },
}

local function epoch(iso)
  local y, mo, d, h, mi, s = iso:match("^(%d+)-(%d+)-(%d+)T(%d+):(%d+):(%d+)Z$")
  -- days from civil (proleptic Gregorian), independent of the local time zone
  y, mo = tonumber(y), tonumber(mo)
  if mo <= 2 then y = y - 1 end
  local era = math.floor(y / 400)
  local yoe = y - era * 400
  local mp = (mo + 9) % 12
  local doy = math.floor((153 * mp + 2) / 5) + tonumber(d) - 1
  local doe = yoe * 365 + math.floor(yoe / 4) - math.floor(yoe / 100) + doy
  local days = era * 146097 + doe - 719468
  return days * 86400 + tonumber(h) * 3600 + tonumber(mi) * 60 + tonumber(s)
end

state.register("selling_solutions", function(store)
  store.by_id = {}
  local n = 0
  for catalog, list in pairs(SEEDS) do
    for _, s in ipairs(list) do
      n = n + 1
      store.by_id[s[1]] = { id = s[1], catalog = catalog, name = s[2], status = s[3], category = s[4],
        created = epoch(s[5]), marketplace_arn = s[6], seq = n }
    end
  end
end)

-- The solution `id` of `catalog`, or nil.
function _M.find(catalog, id)
  local s = state.store("selling_solutions").by_id[id]
  if s and s.catalog == catalog then return s end
end

local SORT_KEYS = {
  Identifier = function(s) return tonumber(s.id:sub(3)) end,
  Name = function(s) return s.name end,
  Status = function(s) return s.status end,
  Category = function(s) return s.category end,
  CreatedDate = function(s) return s.created end,
}

function ops.ListSolutions(ctx, input)
  common.catalog(ctx, input.Catalog)
  local items = {}
  for _, s in pairs(state.store("selling_solutions").by_id) do
    if s.catalog == input.Catalog and common.in_list(input.Status, s.status)
      and common.in_list(input.Identifier, s.id) and common.in_list(input.Category, s.category)
      and common.in_list(input.AwsMarketplaceSolutionArn, s.marketplace_arn or false) then
      items[#items + 1] = s
    end
  end
  common.sort_by(items, input.Sort, SORT_KEYS, "Identifier", "ASCENDING")
  local out = json.array()
  for i, s in ipairs(items) do
    -- the model's SolutionArn has the id's pattern (S-...): the id it is
    out[i] = { Catalog = s.catalog, Id = s.id, Arn = s.id, Name = s.name, Status = s.status,
      Category = s.category, CreatedDate = s.created, AwsMarketplaceSolutionArn = s.marketplace_arn }
  end
  local page, token = common.page(ctx, out, "ListSolutions", input, 20)
  return { SolutionSummaries = page, NextToken = token }
end

return _M
