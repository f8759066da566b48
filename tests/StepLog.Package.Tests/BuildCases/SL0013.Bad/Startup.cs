using Microsoft.Extensions.DependencyInjection;
using StepLog;

namespace Cases;

// The health check's package is forgotten: the compiler names only the logging AddStepLog (CS1929), SL0013 the package.
// The error is in a method body, so the analyzers still run.
public static class Startup
{
    public static void Configure(IServiceCollection services)
    {
        services.AddHealthChecks().AddStepLog(); // expect: error SL0013, CS1929
    }
}
