-- Other SDKs against partnercentral-local, for the interop spec (21) and the
-- installed-rock spec (22): boto3 (Debian's python3-boto3, the models from
-- ../shared through AWS_DATA_PATH) and the AWS SDK for JavaScript v3 (npm
-- packages installed into a cache folder, $PC_BUILD_ROOT/interop or
-- build/interop, never into the tree).
--   interop.boto3(url, partner, flow) -> rc, output | nil, reason (pending); flow "selling": the Selling flow
--   interop.js_modules() -> node_modules path | nil, reason (installs once)
--   interop.js(mods, url, partner, mode, extra) -> rc, output   (mode "on"|"off": SigV4a signer;
--     extra " --flow selling": the Selling flow)
--   interop.boto3_benefits(url) / interop.js_benefits(mods, url) -> rc, output: the Benefits checks
--   interop.algorithms(emu) -> { [signing name] = { sigv4 = n, sigv4a = n } } since the last reset
--   interop.say(msg): a line on stderr, "interop: msg"
local helpers = require("spec.helpers")
local _M = {}

local function run(cmd)
  local p = io.popen(cmd .. " 2>&1; echo \"rc=$?\"")
  local out = p:read("*a")
  p:close()
  local rc = tonumber(out:match("rc=(%d+)%s*$"))
  return rc, out
end
_M.run = run

local function exists(path)
  local f = io.open(path, "rb")
  if f then f:close() return true end
  return false
end

local function q(s) return "'" .. tostring(s):gsub("'", "'\\''") .. "'" end

function _M.say(msg) io.stderr:write("interop: " .. msg .. "\n") end

-- flow: nil (Account and Channel) or "selling"
function _M.boto3(url, partner, flow)
  local shared = helpers.shared("models")
  if not shared then return nil, "boto3 needs ../shared/models (through AWS_DATA_PATH)" end
  local py = exists("/usr/bin/python3") and "/usr/bin/python3" or "python3"
  if run(py .. " -c 'import boto3'") ~= 0 then return nil, "python3-boto3 is not installed" end
  return run(py .. " tools/interop/boto3_check.py --endpoint " .. q(url) .. " --partner " .. q(partner)
    .. " --shared " .. q(shared:gsub("/models$", "")) .. (flow and (" --flow " .. flow) or ""))
end

-- Absolute cache folder for the npm packages.
local function npm_dir()
  local root = os.getenv("PC_BUILD_ROOT") or "build"
  os.execute("mkdir -p " .. q(root .. "/interop"))
  local p = io.popen("cd " .. q(root .. "/interop") .. " && pwd")
  local dir = p:read("*l")
  p:close()
  return dir
end

-- Exact versions, checked to run on Debian 12's Node.js 18 with its npm 9
-- (tools/install-deps): later releases of the SDK announce Node >= 22. Change
-- them on purpose, after a run of spec/21 on that Node.
local NPM_PACKAGES = {
  { name = "@aws-sdk/client-partnercentral-account", version = "3.1086.0" },
  { name = "@aws-sdk/client-partnercentral-channel", version = "3.1124.0" },
  { name = "@aws-sdk/client-partnercentral-selling", version = "3.1124.0" },
  { name = "@aws-sdk/client-partnercentral-benefits", version = "3.1124.0" },
  { name = "@aws-sdk/signature-v4a", version = "3.1138.0" },
}

local INSTALL_HINT = " (bash tools/install-deps installs Node.js and npm)"

local function installed_version(mods, name)
  local f = io.open(mods .. "/" .. name .. "/package.json", "rb")
  if not f then return nil end
  local text = f:read("*a")
  f:close()
  return text:match('"version"%s*:%s*"([^"]+)"')
end

function _M.js_modules()
  if run("node --version") ~= 0 then return nil, "node is not installed" .. INSTALL_HINT end
  local dir = npm_dir()
  local mods = dir .. "/node_modules"
  local specs, all = {}, true
  for _, p in ipairs(NPM_PACKAGES) do
    specs[#specs + 1] = p.name .. "@" .. p.version
    if installed_version(mods, p.name) ~= p.version then all = false end
  end
  if all then return mods end
  if run("npm --version") ~= 0 then return nil, "npm is not installed" .. INSTALL_HINT end
  if not exists(dir .. "/package.json") then
    local f = assert(io.open(dir .. "/package.json", "w"))
    f:write('{"name":"pc-interop","private":true}\n')
    f:close()
  end
  local rc, out = run("timeout 300 npm install --prefix " .. q(dir) .. " --no-audit --no-fund --loglevel=error "
    .. table.concat(specs, " "))
  for i, p in ipairs(NPM_PACKAGES) do
    if installed_version(mods, p.name) ~= p.version then
      return nil, "npm could not install " .. specs[i] .. " (rc " .. tostring(rc) .. "): " .. out:sub(1, 300)
    end
  end
  return mods
end

function _M.js(mods, url, partner, mode, extra)
  return run("PC_INTEROP_NODE_MODULES=" .. q(mods) .. " node tools/interop/js_check.mjs --endpoint "
    .. q(url) .. " --partner " .. q(partner) .. " --sigv4a " .. mode .. (extra or ""))
end

-- The Benefits checks (tools/interop/*_benefits.*): create -> submit a benefit application.
function _M.boto3_benefits(url)
  local shared = helpers.shared("models")
  if not shared then return nil, "boto3 needs ../shared/models (through AWS_DATA_PATH)" end
  local py = exists("/usr/bin/python3") and "/usr/bin/python3" or "python3"
  if run(py .. " -c 'import boto3'") ~= 0 then return nil, "python3-boto3 is not installed" end
  return run(py .. " tools/interop/boto3_benefits.py --endpoint " .. q(url) .. " --shared " .. q(shared:gsub("/models$", "")))
end

function _M.js_benefits(mods, url)
  return run("PC_INTEROP_NODE_MODULES=" .. q(mods) .. " node tools/interop/js_benefits.mjs --endpoint " .. q(url))
end

function _M.algorithms(emu)
  local code, st = emu:control("state")
  assert(code == 200, "GET /_local/state: " .. tostring(code))
  local out = {}
  for svc, seen in pairs(st.auth or {}) do
    out[svc] = { sigv4 = seen.sigv4 or 0, sigv4a = seen.sigv4a or 0 }
  end
  return out
end

function _M.describe_algs(a)
  local parts = {}
  for _, svc in ipairs({ "partnercentral-account", "partnercentral-channel", "partnercentral-selling" }) do
    local s = a[svc] or { sigv4 = 0, sigv4a = 0 }
    parts[#parts + 1] = string.format("%s sigv4=%d sigv4a=%d", svc, s.sigv4, s.sigv4a)
  end
  return table.concat(parts, ", ")
end

return _M
