-- partnercentral.paginate: page and item iterators from the model's paginators.
--   for page, err in client:pages("ListConnections", input) do
--     if not page then error(err) end ...
--   end
--   for item, err in client:items("list_connections", input) do ... end
-- op: the model name or the snake_case method name.
-- On a failure the iterator yields `false, err` once and then ends: `false`
-- (not nil) so that a generic `for` loop runs its body and sees the error.
-- A token received twice in a row yields the page, then `false, err` with an
-- error of kind "parse", code "PaginationError" (doc/protocol.md §12).
-- The input table is copied, never modified; opts are the per-call options.
-- An input that is not a table (nor nil) is the call's typed validation error,
-- yielded as `false, err` like any failure.
local errors = require("partnercentral.errors")

local _M = {}

-- a copy of the input to page with; anything but a table is given to the
-- first call as it is, which refuses it (a typed validation error)
local function copy(t)
  if t == nil then return {} end
  if type(t) ~= "table" then return t end
  local o = {}
  for k, v in pairs(t) do o[k] = v end
  return o
end

local function paginator(client, op)
  local ps = client.model.paginators or {}
  local name = op
  if not ps[name] and type(client.op_by_snake) == "table" and client.op_by_snake[op] then
    name = client.op_by_snake[op]
  end
  local p = ps[name]
  if not p then error(("operation %s is not paginated"):format(tostring(op)), 3) end
  return p, name
end

function _M.pages(client, op, input, opts)
  local p, name = paginator(client, op)
  local req = copy(input)
  local done, pending_err = false, nil
  return function()
    if pending_err then
      local e = pending_err
      pending_err, done = nil, true
      return false, e
    end
    if done then return nil end
    local page, err = client:call(name, req, opts)
    if not page then done = true return false, err end
    local tok = page[p.output_token]
    if type(tok) ~= "string" or tok == "" then
      done = true
    elseif tok == req[p.input_token] then
      pending_err = errors.new{ kind = "parse", code = "PaginationError", operation = name,
        message = "The same next token was received twice" }
    else
      req[p.input_token] = tok
    end
    return page
  end
end

function _M.items(client, op, input, opts)
  local p = paginator(client, op)
  local pages = _M.pages(client, op, input, opts)
  local list, i = nil, 0
  return function()
    while true do
      if list and i < #list then
        i = i + 1
        return list[i]
      end
      local page, err = pages()
      if not page then return page, err end
      list, i = page[p.result_key] or {}, 0
    end
  end
end

return _M
