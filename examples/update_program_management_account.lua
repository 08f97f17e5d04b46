-- Seed operation 2 (Channel API): rename a program management account,
-- using its revision for optimistic concurrency.
--   lua5.4 examples/update_program_management_account.lua
local pc = require("partnercentral")

local channel = pc.channel.new{ region = os.getenv("AWS_REGION") or "us-east-1" }

-- Create one so the example is self-contained (the emulator starts empty).
local created, err = channel:create_program_management_account{
  catalog = "AWS", program = "SOLUTION_PROVIDER", displayName = "Example PMA",
  accountId = "123456789012",
}
if not created then
  io.stderr:write("create failed: ", tostring(err), "\n")
  os.exit(1)
end
local pma = created.programManagementAccountDetail or created
print(("created %s revision %s"):format(pma.id, tostring(pma.revision)))

local updated
updated, err = channel:update_program_management_account{
  catalog = "AWS", identifier = pma.id, displayName = "Renamed PMA", revision = pma.revision,
}
if not updated then
  io.stderr:write("update failed: ", tostring(err), "\n")
  os.exit(1)
end
local d = updated.programManagementAccountDetail
print(("updated %s: %q revision %s"):format(d.id, d.displayName, d.revision))

-- Updating again with the old revision is a typed ConflictException.
local _, stale = channel:update_program_management_account{
  catalog = "AWS", identifier = pma.id, displayName = "Too late", revision = pma.revision,
}
print(("stale revision -> %s"):format(stale and stale.code or "no error?"))
