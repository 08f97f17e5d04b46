-- partnercentral.channel: the Partner Central Channel API client (17 operations).
--   local channel = require("partnercentral.channel").new{ region = "us-east-1" }
--   local channel = require("partnercentral.channel"){ region = "us-east-1" }   -- the same
return require("partnercentral.client").service_module("channel")
