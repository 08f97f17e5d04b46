-- Error responses (doc/protocol.md §4): cm:parse_error(op, status, x-amzn-errortype, body).
local mh = require("spec.support.model_helpers")

local account, channel, tiny = mh.cm("account"), mh.cm("channel"), mh.cm("tiny")

describe("parse_error: the code", function()
  it("takes the X-Amzn-ErrorType header first, then __type, then code", function()
    local e = channel:parse_error("ListRelationships", 400, "ConflictException",
      '{"__type":"ValidationException","code":"ThrottlingException"}')
    assert.equal("ConflictException", e.code)
    e = channel:parse_error("ListRelationships", 400, nil, '{"__type":"ValidationException","code":"ThrottlingException"}')
    assert.equal("ValidationException", e.code)
    e = channel:parse_error("ListRelationships", 400, nil, '{"code":"ThrottlingException"}')
    assert.equal("ThrottlingException", e.code)
    e = channel:parse_error("ListRelationships", 400, "", '{"code":"ThrottlingException"}')
    assert.equal("ThrottlingException", e.code)
  end)

  it("sanitizes the Smithy forms (cut at ':', keep after the last '#')", function()
    for _, raw in ipairs{ "ConflictException",
        "ConflictException:http://internal.amazon.com/coral/com.amazon.coral.validate/",
        "com.amazonaws.partnercentralchannel#ConflictException",
        "aws.protocoltests.restjson#ConflictException:http://internal.amazon.com/coral/" } do
      assert.equal("ConflictException", channel:parse_error("CreateRelationship", 409, nil, '{"__type":"' .. raw .. '"}').code, raw)
      assert.equal("ConflictException", channel:parse_error("CreateRelationship", 409, raw, "").code, raw)
    end
  end)

  it("falls back to the status code", function()
    local e = account:parse_error("GetPartner", 418, nil, '{"message":"teapot"}')
    assert.equal("418", e.code)
    assert.equal("teapot", e.message)
    assert.is_false(e.modeled)
    assert.same({}, e.fields)
  end)
end)

describe("parse_error: message, generic and odd bodies", function()
  it("reads message, then Message", function()
    assert.equal("lower", channel:parse_error("ListRelationships", 400, nil, '{"message":"lower","Message":"upper"}').message)
    assert.equal("upper", account:parse_error("GetPartner", 400, nil, '{"Message":"upper"}').message)
    assert.equal("", account:parse_error("GetPartner", 400, nil, '{"errorMessage":"no"}').message)
  end)

  it("turns a 5xx with an empty or HTML body into the status and reason", function()
    local e = account:parse_error("GetPartner", 503, nil, "")
    assert.same({ code = "503", message = "Service Unavailable", fields = {}, retryable = false,
      throttling = false, fault = true, modeled = false }, e)
    e = account:parse_error("GetPartner", 502, nil, "\n<html><body>Bad Gateway</body></html>")
    assert.equal("502", e.code)
    assert.equal("Bad Gateway", e.message)
    e = account:parse_error("GetPartner", 500, nil, nil)
    assert.equal("500", e.code)
  end)

  -- issue 10: Smithy and the other SDKs read the header whatever the status
  it("takes the code from X-Amzn-ErrorType on a 5xx with an empty or HTML body", function()
    local e = account:parse_error("GetPartner", 500, "InternalServerException:http://internal.amazon.com/x", "")
    assert.equal("InternalServerException", e.code)
    assert.equal("Internal Server Error", e.message)
    assert.is_true(e.modeled)
    assert.is_true(e.fault)
    assert.is_true(e.retryable)
    e = account:parse_error("GetPartner", 503, "ns#NotModeledHere", "<html>down</html>")
    assert.equal("NotModeledHere", e.code)
    assert.is_false(e.modeled)
    assert.is_true(e.fault)
    e = account:parse_error("GetPartner", 503, "", "")
    assert.equal("503", e.code)
  end)

  it("tolerates a non-JSON body and describes it without copying any of it", function()
    local e = account:parse_error("GetPartner", 400, nil, "Request rejected")
    assert.equal("400", e.code)
    assert.equal("HTTP 400 with a non-JSON body (16 bytes)", e.message)
    e = account:parse_error("GetPartner", 403, "AccessDeniedException", "<html>denied</html>")
    assert.equal("AccessDeniedException", e.code)
    assert.equal("HTTP 403 with a non-JSON body (19 bytes)", e.message)
    assert.is_true(e.modeled)
    e = account:parse_error("GetPartner", 400, nil, '{"__type":')
    assert.equal("400", e.code)
    assert.equal("HTTP 400 with a non-JSON body (10 bytes)", e.message)
    -- a proxy page echoing the request (a token, say) stays out of the message
    local echo = "502 from proxy; you sent X-Amz-Security-Token: SECRETTOKEN " .. string.rep("z", 1200)
    e = account:parse_error("GetPartner", 502, nil, echo)
    assert.equal("HTTP 502 with a non-JSON body (" .. #echo .. " bytes)", e.message)
    assert.is_nil(e.message:find("SECRETTOKEN", 1, true))
  end)
end)

describe("parse_error: modeled errors", function()
  it("Account ValidationException: fields with PascalCase members", function()
    local e = account:parse_error("StartProfileUpdateTask", 400, nil, [[{
      "__type":"com.amazonaws.partnercentralaccount#ValidationException",
      "Message":"bad input","Reason":"REQUEST_VALIDATION_FAILED",
      "ErrorDetails":[{"FieldValidationError":{"Name":"TaskDetails.LogoUrl","Message":"bad url","Code":"INVALID_VALUE"}},
                      {"FieldValidationError":{},"BusinessValidationError":{}}],
      "Unmodeled":1}]])
    assert.equal("ValidationException", e.code)
    assert.equal("bad input", e.message)
    assert.is_true(e.modeled)
    assert.is_false(e.retryable)
    assert.equal("REQUEST_VALIDATION_FAILED", e.fields.Reason)
    assert.equal("bad input", e.fields.Message)
    assert.is_nil(e.fields.Unmodeled)
    -- the second item (two union members) is dropped, the rest is kept
    assert.same({ { FieldValidationError = { Name = "TaskDetails.LogoUrl", Message = "bad url",
      Code = "INVALID_VALUE" } } }, e.fields.ErrorDetails)
  end)

  it("Channel ValidationException: camelCase members (the documented example)", function()
    local e = channel:parse_error("CreateRelationship", 400, nil,
      '{"__type":"com.amazonaws.partnercentralchannel#ValidationException","message":"bad",' ..
      '"reason":"REQUEST_VALIDATION_FAILED","fieldList":[{"name":"catalog","message":"required","code":"x"}]}')
    assert.equal("ValidationException", e.code)
    assert.equal("bad", e.message)
    assert.equal("REQUEST_VALIDATION_FAILED", e.fields.reason)
    assert.equal("catalog", e.fields.fieldList[1].name)
  end)

  it("takes retryable, throttling and fault from the model", function()
    local e = channel:parse_error("ListRelationships", 429, nil, '{"__type":"ThrottlingException","message":"slow"}')
    assert.is_true(e.retryable and e.throttling)
    assert.is_false(e.fault)
    e = account:parse_error("GetPartner", 429, nil, '{"__type":"ThrottlingException","Message":"slow"}')
    assert.is_true(e.retryable)
    assert.is_false(e.throttling)                    -- the Account model says throttling:false (sic)
    e = account:parse_error("GetPartner", 500, nil, '{"__type":"InternalServerException","Message":"oops"}')
    assert.is_true(e.retryable and e.fault)
    e = account:parse_error("StartProfileUpdateTask", 402, nil, '{"__type":"ServiceQuotaExceededException","Message":"q"}')
    assert.is_false(e.retryable)
    e = channel:parse_error("CreateRelationship", 402, nil, '{"__type":"ServiceQuotaExceededException","message":"q"}')
    assert.is_true(e.retryable)
    assert.is_true(e.modeled)
  end)

  it("treats an error the operation does not list as unmodeled (botocore: the op's own errors only)", function()
    -- Channel ListRelationships does not list ServiceQuotaExceededException,
    -- whose shape says retryable: the trait must not apply here
    local body = '{"__type":"ServiceQuotaExceededException","message":"q","quotaCode":"c"}'
    local e = channel:parse_error("ListRelationships", 402, nil, body)
    assert.equal("ServiceQuotaExceededException", e.code)
    assert.equal("q", e.message)
    assert.same({ retryable = false, throttling = false, fault = false, modeled = false, fields = {} },
      { retryable = e.retryable, throttling = e.throttling, fault = e.fault, modeled = e.modeled, fields = e.fields })
    -- the same body on an operation that lists it is modeled and retryable
    e = channel:parse_error("CreateRelationship", 402, nil, body)
    assert.is_true(e.modeled and e.retryable)
    assert.equal("c", e.fields.quotaCode)
    -- unlisted and 5xx: a fault from the status only
    e = account:parse_error("GetPartner", 500, nil, '{"__type":"ServiceQuotaExceededException","Message":"q"}')
    assert.is_false(e.modeled)
    assert.is_true(e.fault)
    assert.is_false(e.retryable)
  end)

  it("rejects an operation the model does not have (nil: any error of the service)", function()
    assert.has_error(function() channel:parse_error("NoSuchOperation", 400, nil, "{}") end)
    local e = channel:parse_error(nil, 402, nil, '{"__type":"ServiceQuotaExceededException","message":"q"}')
    assert.is_true(e.modeled and e.retryable)
  end)

  it("matches error names case-insensitively as a fallback", function()
    local e = account:parse_error("GetPartner", 404, "resourcenotfoundexception", '{"Message":"gone"}')
    assert.equal("ResourceNotFoundException", e.code)
    assert.is_true(e.modeled)
  end)

  it("converts modeled timestamps and drops unknown members (fixture model)", function()
    local e = tiny:parse_error(nil, 400, nil,
      '{"__type":"BadInputException","Message":"m","When":"2025-11-19T10:00:00Z","Fields":[{"Code":"en-US"}],"x":1}')
    assert.same({ Message = "m", When = 1763546400, Fields = { { Code = "en-US" } } }, e.fields)
    e = tiny:parse_error(nil, 400, nil, '{"__type":"Name","message":"not an exception shape"}')
    assert.is_false(e.modeled)
  end)
end)
