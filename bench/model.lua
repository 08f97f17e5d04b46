-- bench/model.lua: CPU cost per call of the model-driven core (os.clock over
-- many iterations) for StartProfileUpdateTask's full input: serialize +
-- validate (default, strict, off), and deserialize of its full response.
--   LUA_CPATH="build/lua54/?.so;;" LUA_PATH="lua/?.lua;lua/?/init.lua;;" lua5.4 bench/model.lua [N]
-- Goal: a few microseconds per call. Figures only, never a pass/fail.
package.path = "./?.lua;" .. package.path
local core = require("partnercentral.core")
local N = tonumber(arg and arg[1]) or 50000

local cm = core.model_compile(require("partnercentral.models.account"))

local input = {
  Catalog = "AWS", Identifier = "partner-abcdefghij123", ClientToken = "3f1c9a52-8d2e-4b7a-9c41-0e5d6f7a8b9c",
  TaskDetails = {
    DisplayName = "Example Corp", Description = "We build things on AWS for customers worldwide.",
    WebsiteUrl = "https://example.com", LogoUrl = "https://example.com/logo.png",
    PrimarySolutionType = "SOFTWARE_PRODUCTS",
    IndustrySegments = { "COMPUTER_SOFTWARE", "FINANCIAL_SERVICES", "HEALTHCARE" },
    TranslationSourceLocale = "en-US",
    LocalizedContents = {
      { DisplayName = "Beispiel GmbH", Description = "Wir bauen Dinge auf AWS.", WebsiteUrl = "https://example.de",
        LogoUrl = "https://example.de/logo.png", Locale = "de-DE" },
      { DisplayName = "Exemple SARL", Description = "Nous construisons sur AWS.", WebsiteUrl = "https://example.fr",
        LogoUrl = "https://example.fr/logo.png", Locale = "fr-FR" },
    },
    Headquarters = { CountryCode = "US", SubdivisionCode = "WA" },
  },
}
local response = [[{"Catalog":"AWS",
"Arn":"arn:aws:partnercentral:us-east-1:123456789012:catalog/AWS/partner/partner-abcdefghij123",
"Id":"partner-abcdefghij123","TaskId":"pprofiletask-abcdefghij123","TaskDetails":{"DisplayName":"Example Corp",
"Description":"We build things on AWS for customers worldwide.","WebsiteUrl":"https://example.com",
"LogoUrl":"https://example.com/logo.png","PrimarySolutionType":"SOFTWARE_PRODUCTS",
"IndustrySegments":["COMPUTER_SOFTWARE","FINANCIAL_SERVICES","HEALTHCARE"],"TranslationSourceLocale":"en-US",
"LocalizedContents":[{"DisplayName":"Beispiel GmbH","Description":"Wir bauen Dinge auf AWS.",
"WebsiteUrl":"https://example.de",
"LogoUrl":"https://example.de/logo.png","Locale":"de-DE"}],"Headquarters":{"CountryCode":"US","SubdivisionCode":"WA"}},
"StartedAt":"2025-11-19T10:00:00Z","Status":"IN_PROGRESS","ErrorDetailList":[]}]]

local function measure(label, fn)
  for _ = 1, 1000 do fn() end                       -- warm up: regexes compiled, JIT traces
  collectgarbage()
  local c0 = os.clock()
  for _ = 1, N do fn() end
  local us = (os.clock() - c0) * 1e6 / N
  print(("%-44s %7.2f us/call  (%d calls)"):format(label, us, N))
end

assert(cm:serialize("StartProfileUpdateTask", input))
assert(cm:deserialize("StartProfileUpdateTask", response))
local strict, off = { validation = "strict" }, { validation = false }
measure("serialize+validate StartProfileUpdateTask", function() cm:serialize("StartProfileUpdateTask", input) end)
measure("  same, validation = \"strict\"", function() cm:serialize("StartProfileUpdateTask", input, strict) end)
measure("  same, validation = false", function() cm:serialize("StartProfileUpdateTask", input, off) end)
local no_token = {}
for k, v in pairs(input) do no_token[k] = v end
no_token.ClientToken = nil
measure("  same, token generated (UUID v4)", function() cm:serialize("StartProfileUpdateTask", no_token) end)
measure("deserialize StartProfileUpdateTask response", function()
  cm:deserialize("StartProfileUpdateTask", response)
end)
measure("parse_error ValidationException", function()
  cm:parse_error("StartProfileUpdateTask", 400, nil,
    '{"__type":"ValidationException","Message":"bad","Reason":"REQUEST_VALIDATION_FAILED"}')
end)
