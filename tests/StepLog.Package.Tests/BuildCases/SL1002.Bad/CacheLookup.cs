using Microsoft.Extensions.Logging;
using StepLog;

namespace Cases;

public static class CacheLookup
{
    public static string? Find(ILogger logger, IReadOnlyDictionary<string, string> redis, string key)
    {
        var op = new StepLogger(logger, "Cache Lookup", totalSteps: 1);
        op.Start(); // expect: warning SL1002
        op.Step(1, "Check Redis");
        var hit = redis.GetValueOrDefault(key);
        op.Success();
        if (hit is not null)
        {
            return hit;
        }

        op.Complete();
        return null;
    }
}
