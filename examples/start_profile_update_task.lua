-- Seed operation 1 (Account API): start a profile update task and wait for it.
--   lua5.4 examples/start_profile_update_task.lua [partner-id]
-- Credentials, region and endpoint come from the usual chain (environment,
-- ~/.aws files, ...). Against the local emulator the demo sets
-- AWS_ENDPOINT_URL and the test keys; see tools/demo.
local pc = require("partnercentral")

local account = pc.account.new{ region = os.getenv("AWS_REGION") or "us-east-1" }

-- The emulator prints its seeded partner ids; the demo passes one in.
local identifier = arg[1] or os.getenv("PC_PARTNER_ID") or "partner-abcdefghij123"

local function iso(t) return t and os.date("!%Y-%m-%dT%H:%M:%SZ", math.floor(t)) or "-" end

local task, info = account:start_profile_update_task{
  Catalog = "AWS",
  Identifier = identifier,
  TaskDetails = {
    DisplayName = "Example Partner",
    Description = "Cloud consulting and software for retail.",
    WebsiteUrl = "https://example.com",
    LogoUrl = "https://example.com/logo.png",
    PrimarySolutionType = "SOFTWARE_PRODUCTS",
    IndustrySegments = { "COMPUTER_SOFTWARE", "RETAIL" },
    TranslationSourceLocale = "en-US",
    LocalizedContents = {
      { DisplayName = "Exemple", Description = "Conseil et logiciels.",
        WebsiteUrl = "https://example.com/fr", LogoUrl = "https://example.com/logo-fr.png",
        Locale = "fr-FR" },
    },
  },
}                                  -- ClientToken is generated, and reused on retries
if not task then
  io.stderr:write("start_profile_update_task failed: ", tostring(info), "\n")   -- info is the error
  os.exit(1)
end
-- on success info is the call's metadata (request_id, attempts, status)
print(("task %s is %s (started %s, request id %s)"):format(task.TaskId, task.Status, iso(task.StartedAt),
  tostring(info.request_id)))

-- Poll with a delay (the client sleeps between polls) until the task is done.
local done, winfo = account:wait_for("ProfileUpdateTaskSucceeded",
  { Catalog = "AWS", Identifier = identifier }, { delay = 0.5, max_wait = 60 })
if not done then
  io.stderr:write("waiting failed: ", tostring(winfo), "\n")
  os.exit(1)
end
print(("task %s is %s (ended %s, %d polls)"):format(done.TaskId, done.Status, iso(done.EndedAt), winfo.polls))

local partner = assert(account:get_partner{ Catalog = "AWS", Identifier = identifier })
print(("partner %s is now %q"):format(partner.Id, partner.Profile.DisplayName))
