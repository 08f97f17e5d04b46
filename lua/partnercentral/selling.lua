-- partnercentral.selling: the Partner Central Selling API client (45 operations).
--   local selling = require("partnercentral.selling").new{ region = "us-east-1" }
--   local selling = require("partnercentral.selling"){ region = "us-east-1" }   -- the same
return require("partnercentral.client").service_module("selling")
