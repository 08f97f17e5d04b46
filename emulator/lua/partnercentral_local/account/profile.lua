-- Account family: profile update tasks.
-- StartProfileUpdateTask answers IN_PROGRESS; the task finishes `task_delay`
-- seconds later (computed on read, no timers). Then it is SUCCEEDED and the
-- partner profile shows the new details, or FAILED with ErrorDetailList when
-- a URL breaks the emulator's content rule:
--   * LogoUrl (and every LocalizedContents[].LogoUrl) must end, before any
--     query, in .png, .jpg, .jpeg or .svg            -> INVALID_LOGO_URL
--   * WebsiteUrl hosts must contain a dot and must not end in ".invalid"
--     (RFC 2606)                                      -> INVALID_WEBSITE_URL
-- (The model's pattern already requires https:// for both; other schemes
-- are a ValidationException before any task starts.)
-- One task at a time per partner: a second start -> ConflictException.
local util = require("partnercentral_local.util")
local json = require("partnercentral_local.json_codec")
local common = require("partnercentral_local.account.common")
local _M = { ops = {} }
local ops = _M.ops

local function bad_logo(url)
  local path = url:gsub("[?#].*$", ""):lower()
  for _, ext in ipairs({ ".png", ".jpg", ".jpeg", ".svg" }) do
    if path:sub(-#ext) == ext then return false end
  end
  return true
end

local function bad_website(url)
  local hostport = url:match("^[hH][tT][tT][pP][sS]://([^/]+)") or ""
  local host = hostport:gsub(":%d+$", ""):lower()
  return not host:find("%.") or host:sub(-8) == ".invalid"
end

local function content_errors(d)
  local errs = json.array()
  local function check(locale, website, logo)
    if logo and bad_logo(logo) then
      errs[#errs + 1] = { Locale = locale, Reason = "INVALID_LOGO_URL",
        Message = "The logo URL must point to a .png, .jpg, .jpeg or .svg file." }
    end
    if website and bad_website(website) then
      errs[#errs + 1] = { Locale = locale, Reason = "INVALID_WEBSITE_URL",
        Message = "The website URL does not point to a reachable public host." }
    end
  end
  check(d.TranslationSourceLocale, d.WebsiteUrl, d.LogoUrl)
  for _, lc in ipairs(d.LocalizedContents or {}) do check(lc.Locale, lc.WebsiteUrl, lc.LogoUrl) end
  return errs
end

local function finish(p, t)
  local errs = content_errors(t.details)
  if #errs > 0 then
    t.status, t.errors = "FAILED", errs
    return
  end
  local prof = util.deepcopy(t.details)
  p.profile = prof
end

function _M.settle(ctx, p)
  local t = p.tasks[#p.tasks]
  common.settle(t, ctx.delay, function(task) finish(p, task) end)
  return t
end

local function task_out(p, t)
  local out = common.head(p)
  out.TaskId, out.TaskDetails, out.StartedAt = t.id, t.details, t.started_at
  out.Status, out.EndedAt = t.status, t.ended_at
  if t.errors and #t.errors > 0 then out.ErrorDetailList = t.errors end
  return out
end

function ops.StartProfileUpdateTask(ctx, input)
  local p = common.partner(ctx, input.Catalog, input.Identifier)
  local cur = _M.settle(ctx, p)
  if cur and cur.status == "IN_PROGRESS" then
    ctx.fail("ConflictException", "A profile update task is already in progress for this partner.",
      { Reason = "INCOMPATIBLE_PARTNER_PROFILE_TASK_STATE" })
  end
  local t = { id = util.id("pprofiletask-"), details = input.TaskDetails, started_at = util.now(),
              status = "IN_PROGRESS" }
  p.tasks[#p.tasks + 1] = t
  return task_out(p, t)
end

function ops.GetProfileUpdateTask(ctx, input)
  local p = common.partner(ctx, input.Catalog, input.Identifier)
  local t = _M.settle(ctx, p)
  if not t then common.not_found(ctx, "PARTNER_PROFILE_TASK_NOT_FOUND", "Profile update task") end
  return task_out(p, t)
end

function ops.CancelProfileUpdateTask(ctx, input)
  local p = common.partner(ctx, input.Catalog, input.Identifier)
  _M.settle(ctx, p)
  local t
  for _, x in ipairs(p.tasks) do if x.id == input.TaskId then t = x end end
  if not t then common.not_found(ctx, "PARTNER_PROFILE_TASK_NOT_FOUND", "Task " .. input.TaskId) end
  if t.status ~= "IN_PROGRESS" then
    ctx.fail("ConflictException", "The task is " .. t.status .. " and cannot be canceled.",
      { Reason = "INCOMPATIBLE_PARTNER_PROFILE_TASK_STATE" })
  end
  t.status, t.ended_at = "CANCELED", util.now()
  return task_out(p, t)
end

return _M
