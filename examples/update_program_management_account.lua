-- Seed operation 2 (Channel API): rename a program management account,
-- using its revision for optimistic concurrency.
--   lua5.4 examples/update_program_management_account.lua
local pc = require("partnercentral")

local channel = pc.channel.new{ region = os.getenv("AWS_REGION") or "us-east-1" }

local function fail(what, err)
  io.stderr:write(what, " failed: ", tostring(err), "\n")
  os.exit(1)
end

-- Create one so the example is self-contained (the emulator starts empty).
-- The answer holds only its id and ARN.
local created, err = channel:create_program_management_account{
  catalog = "AWS", program = "SOLUTION_PROVIDER", displayName = "Example PMA",
  accountId = "123456789012",
}
if not created then fail("create_program_management_account", err) end
local id = created.programManagementAccountDetail.id
print(("created %s"):format(id))

-- The current revision comes from the listing.
local list
list, err = channel:list_program_management_accounts{ catalog = "AWS", accountIds = { "123456789012" } }
if not list then fail("list_program_management_accounts", err) end
local revision
for _, item in ipairs(list.items) do
  if item.id == id then revision = item.revision end
end
print(("%s has revision %s"):format(id, tostring(revision)))

local updated
updated, err = channel:update_program_management_account{
  catalog = "AWS", identifier = id, displayName = "Renamed PMA", revision = revision,
}
if not updated then fail("update_program_management_account", err) end
local d = updated.programManagementAccountDetail
print(("updated %s: %q, revision %s -> %s"):format(d.id, d.displayName, revision, d.revision))

-- Updating again with the old revision is a typed ConflictException.
local _, stale = channel:update_program_management_account{
  catalog = "AWS", identifier = id, displayName = "Too late", revision = revision,
}
print(("stale revision -> %s"):format(stale and stale.code or "no error?"))
