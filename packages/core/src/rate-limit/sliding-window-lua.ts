// The Lua lives in a TS string, not a .lua file read via import.meta.url: apps/api is bundled
// with esbuild, and a bundled import.meta.url points at dist/, where no .lua file would exist.
// String.raw keeps the Lua byte-for-byte (no escapes to double); the script has no backticks.
export const SLIDING_WINDOW_LUA = String.raw`
-- Exact sliding-window log for several subjects, decided and recorded in one atomic step.
-- KEYS[1..n]  one sorted set per subject, all in one hash slot: score = hit time in microseconds
-- ARGV[1]     cost (hits this request is worth)
-- ARGV[2]     decision token, unique per decision: members are "<token>:<i>", so a caller can
--             take back exactly the hits it recorded (ZREM) if another slot refuses the request
-- ARGV[3]     1: record the hits when allowed; 0: only measure
-- ARGV[4..]   per subject: rule count, then "limit windowMs" for each rule
-- Returns { allowed (1|0), then per rule in input order: count before, resetUs, retryUs }
--   retryUs: -1 = this rule has room, -2 = the cost can never fit this rule

-- Server time, so every app process agrees on "now" (Redis 7 replicates effects, so TIME is allowed).
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
local cost = tonumber(ARGV[1])
local token = ARGV[2]
local record = ARGV[3] == '1'
local subjectCount = #KEYS

-- Scores reach ~1.7e15: format explicitly so they never go out in exponent notation.
local function fmt(n)
  return string.format('%.0f', n)
end

local subjects = {}
local arg = 4
local allowed = true
for s = 1, subjectCount do
  local key = KEYS[s]
  local ruleCount = tonumber(ARGV[arg])
  arg = arg + 1
  local rules = {}
  local longestMs = 0
  for r = 1, ruleCount do
    local windowMs = tonumber(ARGV[arg + 1])
    rules[r] = { limit = tonumber(ARGV[arg]), window = windowMs * 1000 }
    arg = arg + 2
    if windowMs > longestMs then longestMs = windowMs end
  end

  -- Hits older than the longest window can never count again.
  redis.call('ZREMRANGEBYSCORE', key, '-inf', fmt(now - longestMs * 1000))

  for r = 1, ruleCount do
    local rule = rules[r]
    -- Exclusive bound: a hit exactly one window old has just expired.
    rule.since = '(' .. fmt(now - rule.window)
    rule.count = redis.call('ZCOUNT', key, rule.since, '+inf')
    rule.retry = -1
    if rule.count + cost > rule.limit then
      allowed = false
      local mustExpire = rule.count + cost - rule.limit
      if mustExpire > rule.count then
        rule.retry = -2
      else
        local hit = redis.call('ZRANGE', key, rule.since, '+inf', 'BYSCORE', 'LIMIT', mustExpire - 1, 1, 'WITHSCORES')
        rule.retry = tonumber(hit[2]) + rule.window - now
      end
    end
  end
  subjects[s] = { key = key, rules = rules, longestMs = longestMs }
end

if allowed and record then
  local score = fmt(now)
  local prefix = token .. ':'
  for s = 1, subjectCount do
    local subject = subjects[s]
    -- Batches keep unpack() far below Lua's C stack limit for large costs.
    local batch = {}
    for i = 1, cost do
      batch[#batch + 1] = score
      batch[#batch + 1] = prefix .. i
      if #batch >= 1000 or i == cost then
        redis.call('ZADD', subject.key, unpack(batch))
        batch = {}
      end
    end
    redis.call('PEXPIRE', subject.key, subject.longestMs)
  end
end

local result = { allowed and 1 or 0 }
for s = 1, subjectCount do
  local subject = subjects[s]
  for _, rule in ipairs(subject.rules) do
    local reset = 0
    local oldest = redis.call('ZRANGE', subject.key, rule.since, '+inf', 'BYSCORE', 'LIMIT', 0, 1, 'WITHSCORES')
    if oldest[2] then reset = tonumber(oldest[2]) + rule.window - now end
    result[#result + 1] = rule.count
    result[#result + 1] = reset
    result[#result + 1] = rule.retry
  end
end
return result
`;
