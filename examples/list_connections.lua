-- Paginated listing: program management accounts (Channel) page by page and
-- item by item, then connection invitations (Account).
--   lua5.4 examples/list_connections.lua
-- Failures arrive inside the loop as `false, err`.
local pc = require("partnercentral")

local channel = pc.channel.new{ region = os.getenv("AWS_REGION") or "us-east-1" }

-- Something to list on a fresh emulator: a few accounts. The client tokens
-- make a second run return the same accounts instead of creating more.
for n = 1, 4 do
  local res, err = channel:create_program_management_account{ catalog = "AWS", program = "DISTRIBUTION",
    displayName = "Listed " .. n, accountId = "10000000000" .. n, clientToken = "example-list-" .. n }
  if not res then io.stderr:write(tostring(err), "\n") os.exit(1) end
end

local n = 0
for page, err in channel:pages("ListProgramManagementAccounts", { catalog = "AWS", maxResults = 2 }) do
  if not page then io.stderr:write(tostring(err), "\n") os.exit(1) end
  n = n + 1
  print(("page %d: %d accounts%s"):format(n, #page.items, page.nextToken and ", more to come" or ""))
end

for item, err in channel:items("ListProgramManagementAccounts", { catalog = "AWS", maxResults = 2 }) do
  if not item then io.stderr:write(tostring(err), "\n") os.exit(1) end
  print(("  %s  %-12s %s"):format(item.id, item.status, item.displayName))
end

local account = pc.account.new{ region = os.getenv("AWS_REGION") or "us-east-1" }
local count = 0
for item, err in account:items("ListConnectionInvitations", { Catalog = "AWS", MaxResults = 10 }) do
  if not item then io.stderr:write(tostring(err), "\n") os.exit(1) end
  count = count + 1
end
print(("%d connection invitations"):format(count))
