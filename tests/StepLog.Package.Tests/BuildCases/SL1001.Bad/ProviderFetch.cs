using Microsoft.Extensions.Logging;
using StepLog;

namespace Cases;

public static class ProviderFetch
{
    public static string? Validate(ILogger logger, string? apiKey)
    {
        using var op = new StepLogger(logger, "Provider Fetch", totalSteps: 2);
        op.Start();
        op.Step(1, "Validate API key"); // expect: warning SL1001
        if (apiKey is null)
        {
            return null;
        }

        op.Success(("validation", "passed"));
        op.Complete();
        return apiKey;
    }
}
