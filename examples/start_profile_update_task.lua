-- Seed operation 1 (Account API): start a profile update task and wait for it.
--   lua5.4 examples/start_profile_update_task.lua
-- Credentials, region and endpoint come from the usual chain (environment,
-- ~/.aws files, ...). Against the local emulator the demo sets
-- AWS_ENDPOINT_URL and the test keys; see tools/demo.
local pc = require("partnercentral")

local account = pc.account.new{ region = os.getenv("AWS_REGION") or "us-east-1" }

-- The emulator prints its seeded partner ids; the demo passes one in.
local identifier = arg[1] or os.getenv("PC_PARTNER_ID") or "partner-abcdefghij123"

local task, err = account:start_profile_update_task{
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
  io.stderr:write("start_profile_update_task failed: ", tostring(err), "\n")
  os.exit(1)
end
print(("task %s is %s (started %s)"):format(task.TaskId, task.Status, os.date("!%Y-%m-%dT%H:%M:%SZ", math.floor(task.StartedAt))))

-- Poll (with a delay, no busy loop) until the task leaves IN_PROGRESS.
local done, werr = account:wait_for("ProfileUpdateTaskCompleted",
  { Catalog = "AWS", Identifier = identifier }, { delay = 0.5, max_wait = 60 })
if not done then
  io.stderr:write("waiting failed: ", tostring(werr), "\n")
  os.exit(1)
end
print(("task %s is %s"):format(done.TaskId, done.Status))
