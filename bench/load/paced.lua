-- Paces each wrk connection so that all of them together offer about RATE requests per second:
-- every connection waits CONNECTIONS * 1000 / RATE ms before each request (wrk's delay() hook).
local rate = tonumber(os.getenv("RATE") or "500")
local connections = tonumber(os.getenv("CONNECTIONS") or "8")
function delay()
  return math.floor(connections * 1000 / rate)
end
