-- partnercentral.benefits: the Partner Central Benefits API client (17 operations).
--   local benefits = require("partnercentral.benefits").new{ region = "us-east-1" }
--   local benefits = require("partnercentral.benefits"){ region = "us-east-1" }   -- the same
return require("partnercentral.client").service_module("benefits")
