-- partnercentral.paginate: page and item iterators from the model's paginators.
--   for page, err in client:pages("ListConnections", input) do ... end
--   for item, err in client:items("ListConnections", input) do ... end
-- On a failure the iterator yields nil, err once and then ends: loops must
-- check `err` (a `for` loop stops at the nil, so read it as the 2nd value).
-- A token received twice in a row ends with an error of kind "parse",
-- code "PaginationError" (PROTOCOL.md §12).
local errors = require("partnercentral.errors")

local _M = {}

local function copy(t)
  local o = {}
  for k, v in pairs(t or {}) do o[k] = v end
  return o
end

local function paginator(client, op)
  local p = client.model.paginators and client.model.paginators[op]
  if not p then error(("operation %s is not paginated"):format(tostring(op)), 3) end
  return p
end

function _M.pages(client, op, input, opts)
  local p = paginator(client, op)
  local req = copy(input)
  local done, last = false, nil
  return function()
    if done then return nil end
    local page, err = client:call(op, req, opts)
    if not page then done = true return nil, err end
    local tok = page[p.output_token]
    if tok == nil or tok == "" or type(tok) ~= "string" then
      done = true
    elseif tok == last or tok == req[p.input_token] then
      done = true
      return page, nil, errors.new{ kind = "parse", code = "PaginationError", operation = op,
        message = "The same next token was received twice" }
    else
      last = tok
      req[p.input_token] = tok
    end
    return page
  end
end

function _M.items(client, op, input, opts)
  local p = paginator(client, op)
  local pages = _M.pages(client, op, input, opts)
  local list, i, pending_err = nil, 0, nil
  return function()
    while true do
      if list and i < #list then
        i = i + 1
        return list[i]
      end
      if pending_err then local e = pending_err pending_err = nil return nil, e end
      local page, err, stop_err = pages()
      if not page then return nil, err end
      list, i, pending_err = page[p.result_key] or {}, 0, stop_err
    end
  end
end

return _M
