-- partnercentral.account: the Partner Central Account API client (34 operations).
--   local account = require("partnercentral.account").new{ region = "us-east-1" }
--   local account = require("partnercentral.account"){ region = "us-east-1" }   -- the same
return require("partnercentral.client").service_module("account")
