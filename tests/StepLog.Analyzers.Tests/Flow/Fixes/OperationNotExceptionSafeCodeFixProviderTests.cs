using StepLog.Analyzers.Flow;
using StepLog.Analyzers.Flow.Fixes;
using StepLog.Analyzers.Tests.Infrastructure;
using static StepLog.Analyzers.Tests.Infrastructure.FlowVerifier;

namespace StepLog.Analyzers.Tests.Flow.Fixes;

/// <summary>The SL1003 code fix: wrap what follows Start in a try/catch that completes the operation as failed and rethrows.</summary>
public class OperationNotExceptionSafeCodeFixProviderTests
{
    private static Task VerifyAsync(string before, string after) =>
        VerifyFixAsync<StepLoggerFlowAnalyzer, OperationNotExceptionSafeCodeFixProvider>(
            FlowCode.InClass(before), Array.Empty<Microsoft.CodeAnalysis.Testing.DiagnosticResult>(), FlowCode.InClass(after), 0);

    [Fact]
    public Task Wraps_the_rest_of_the_block_and_rethrows() => VerifyAsync("""
            void Run()
            {
                var op = new StepLogger(_log, "Sync", 1);
                {|SL1003:op.Start()|};
                op.Step(1, "Fetch from provider API");
                Work();
                op.Success();
                op.Complete();
            }
        """, """
            void Run()
            {
                var op = new StepLogger(_log, "Sync", 1);
                op.Start();
                try
                {
                    op.Step(1, "Fetch from provider API");
                    Work();
                    op.Success();
                    op.Complete();
                }
                catch (System.Exception error)
                {
                    op.Failure(error);
                    op.Complete(error);
                    throw;
                }
            }
        """);

    [Fact]
    public Task Picks_a_free_name_for_the_exception() => VerifyAsync("""
            void Run(int error)
            {
                var op = new StepLogger(_log, "Sync");
                {|SL1003:op.Start()|};
                Work();
                op.Complete();
            }
        """, """
            void Run(int error)
            {
                var op = new StepLogger(_log, "Sync");
                op.Start();
                try
                {
                    Work();
                    op.Complete();
                }
                catch (System.Exception error1)
                {
                    op.Complete(error1);
                    throw;
                }
            }
        """);
}
