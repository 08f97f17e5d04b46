-- Seed operation 2 (Channel API): rename a program management account,
-- using its revision for optimistic concurrency.
--   lua5.4 examples/update_program_management_account.lua
local pc = require("partnercentral")

local channel = pc.channel.new{ region = os.getenv("AWS_REGION") or "us-east-1" }

local function fail(what, err)
  io.stderr:write(what, " failed: ", tostring(err), "\n")
  os.exit(1)
end

-- The account this example renames: found by listing (which carries its
-- current revision), or created first when there is none yet (the emulator
-- starts empty), so that the example can run again and again.
local ACCOUNT_ID, PROGRAM = "123456789012", "SOLUTION_PROVIDER"
local function find()
  local list, err = channel:list_program_management_accounts{ catalog = "AWS", accountIds = { ACCOUNT_ID },
    programs = { PROGRAM } }
  if not list then fail("list_program_management_accounts", err) end
  return list.items[1]
end

local pma = find()
if pma then
  print(("found %s"):format(pma.id))
else
  local created, err = channel:create_program_management_account{
    catalog = "AWS", program = PROGRAM, displayName = "Example PMA", accountId = ACCOUNT_ID,
  }
  if not created then fail("create_program_management_account", err) end
  print(("created %s"):format(created.programManagementAccountDetail.id))   -- the answer holds id and ARN
  pma = find()
end
local id, revision = pma.id, pma.revision
print(("%s has revision %s"):format(id, tostring(revision)))

local updated, err = channel:update_program_management_account{
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
