-- What moves on with time in the Selling API, brought up to date before each
-- of its calls (services.lua: settle), computed from the emulated clock (so
-- POST /_local/clock moves it too) instead of timers: invitations expire,
-- tasks finish, reviews progress, running snapshot jobs take their snapshots.
-- The order matters: a task that finishes may submit an opportunity (whose
-- review then starts) or create a job.
local invitations = require("partnercentral_local.selling.invitations")
local tasks = require("partnercentral_local.selling.tasks")
local opportunities = require("partnercentral_local.selling.opportunities")
local snapshots = require("partnercentral_local.selling.snapshots")
local _M = {}

function _M.settle(ctx)
  invitations.settle(ctx)
  tasks.settle(ctx)
  opportunities.settle(ctx)
  snapshots.settle(ctx)
end

return _M
