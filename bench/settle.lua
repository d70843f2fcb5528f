-- wrk script of bench/run.sh: POST /api/v1/settlements with unique encounter numbers.
-- Arguments (after wrk's "--"): persons year hospitalCode authHeader runTag
-- Each wrk thread has its own Lua state; setup() numbers the threads, so "<runTag>-<thread>-<counter>" is unique.
-- 95% of claims go to a person drawn uniformly from bp10…bpN-1, 5% to the hot persons bp0…bp9, whose large
-- claims run into their caps and whose claims wait for each other on the ledger lock.

local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  persons = tonumber(args[1])
  year = tonumber(args[2])
  hospital = args[3]
  auth = args[4]
  tag = args[5]
  math.randomseed(os.time() * 100 + id)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = auth
end

local diagnoses = { "K35.8", "I63.9", "J18.9", "E11.9", "C34.9", "I21.9", "N18.5", "S72.0" }

local function money(cents)
  return string.format("%d.%02d", math.floor(cents / 100), cents % 100)
end

function request()
  counter = counter + 1
  local hot = math.random() < 0.05
  local person = hot and math.random(0, 9) or math.random(10, persons - 1)
  local inpatient = hot or math.random() < 0.7
  local total = hot and math.random(3000000, 15000000)
    or (inpatient and math.random(50000, 6000000) or math.random(2000, 60000))
  local own = math.floor(total * math.random(0, 8) / 100)
  local over = math.floor(total * math.random(0, 3) / 100)
  local pre = math.floor(total * math.random(0, 6) / 100)
  local month = math.random(1, 11)
  local day = math.random(1, 18)
  local admission = string.format('"admissionDate": "%d-%02d-%02d", ', year, month, day)
  local discharge = string.format("%d-%02d-%02d", year, month, inpatient and day + math.random(1, 10) or day)
  local body = string.format(
    '{"hospitalCode": "%s", "encounterNo": "%s-%d-%d", "personId": "bp%d", "encounterType": "%s", '
      .. '"hospitalLevel": %d, "designated": true, %s"dischargeDate": "%s", "diagnoses": ["%s"], '
      .. '"amounts": {"total": %s, "fullyOwnPay": %s, "overLimit": %s, "preSelfPay": %s}}',
    hospital, tag, id, counter, person, inpatient and "INPATIENT" or "OUTPATIENT_GENERAL",
    math.random(1, 3), inpatient and admission or "", discharge, diagnoses[math.random(#diagnoses)],
    money(total), money(own), money(over), money(pre))
  return wrk.format(nil, "/api/v1/settlements", nil, body)
end

function done(summary, latency, requests)
  local e = summary.errors
  local socket = e.connect + e.read + e.write + e.timeout
  io.write(string.format(
    "WRK requests=%d duration_us=%d non2xx=%d socket_errors=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d\n",
    summary.requests, summary.duration, e.status, socket, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max))
end
