using Microsoft.Extensions.Logging;
using StepLog;

namespace Cases;

public static class ProviderFetch
{
    public static string? Validate(ILogger logger, string? apiKey, bool cached)
    {
        using var op = new StepLogger(logger, "Provider Fetch", totalSteps: 2);
        op.Start();
        op.Step(1, "Validate API key");
        if (apiKey is null)
        {
            op.Failure(new InvalidOperationException("No API key"));
            op.Complete();
            return null;
        }

        op.Success(("validation", "passed"));
        op.Step(2, "Fetch models");
        if (cached)
        {
            op.Skip("Already cached");
        }
        else
        {
            op.Success();
        }

        op.Complete();
        return apiKey;
    }
}
