-- Paginated listing: every program management account (Channel) and every
-- connection invitation (Account), page by page and item by item.
--   lua5.4 examples/list_connections.lua
local pc = require("partnercentral")

local channel = pc.channel.new{ region = os.getenv("AWS_REGION") or "us-east-1" }

local n = 0
for page, err in channel:pages("ListProgramManagementAccounts", { catalog = "AWS", maxResults = 2 }) do
  if not page then io.stderr:write(tostring(err), "\n") os.exit(1) end
  n = n + 1
  print(("page %d: %d accounts"):format(n, #(page.items or {})))
end

for item, err in channel:items("ListProgramManagementAccounts", { catalog = "AWS", maxResults = 2 }) do
  if not item then io.stderr:write(tostring(err), "\n") os.exit(1) end
  print(("  %s  %s"):format(item.id, item.displayName))
end

local account = pc.account.new{ region = os.getenv("AWS_REGION") or "us-east-1" }
local count = 0
for _, err in account:items("ListConnectionInvitations", { Catalog = "AWS" }) do
  if err then io.stderr:write(tostring(err), "\n") os.exit(1) end
  count = count + 1
end
print(("%d connection invitations"):format(count))
