using StepLog.Analyzers.Flow;
using StepLog.Analyzers.Flow.Fixes;
using StepLog.Analyzers.Tests.Infrastructure;
using static StepLog.Analyzers.Tests.Infrastructure.FlowVerifier;

namespace StepLog.Analyzers.Tests.Flow.Fixes;

/// <summary>The SL1002/SL1003 code fix: declare the logger with using, or add Complete before the exits that lack it.</summary>
public class OperationNotCompletedCodeFixProviderTests
{
    private static Task VerifyAsync(string before, string after, int actionIndex = 0) =>
        VerifyFixAsync<StepLoggerFlowAnalyzer, OperationNotCompletedCodeFixProvider>(
            FlowCode.InClass(before), Array.Empty<Microsoft.CodeAnalysis.Testing.DiagnosticResult>(), FlowCode.InClass(after), actionIndex);

    [Fact]
    public Task Declares_the_logger_with_using_for_SL1002_and_SL1003_fix_all() => VerifyAsync("""
            void First()
            {
                // the operation
                var op = new StepLogger(_log, "First");
                {|SL1002:op.Start()|};
            }

            void Second()
            {
                var op = new StepLogger(_log, "Second");
                {|SL1003:op.Start()|};
                Work();
                op.Complete();
            }
        """, """
            void First()
            {
                // the operation
                using var op = new StepLogger(_log, "First");
                op.Start();
            }

            void Second()
            {
                using var op = new StepLogger(_log, "Second");
                op.Start();
                Work();
                op.Complete();
            }
        """);

    [Fact]
    public Task Adds_Complete_before_the_exits_that_lack_it() => VerifyAsync("""
            int Run(bool cached)
            {
                var op = new StepLogger(_log, "Sync");
                {|SL1002:op.Start()|};
                if (cached)
                    return 1;
                if (Check())
                {
                    op.Complete();
                    return 2;
                }

                try
                {
                    Work();
                }
                catch (Exception e)
                {
                    throw;
                }

                Work();
                return 0;
            }
        """, """
            int Run(bool cached)
            {
                var op = new StepLogger(_log, "Sync");
                {|SL1003:op.Start()|};
                if (cached)
                {
                    op.Complete();
                    return 1;
                }

                if (Check())
                {
                    op.Complete();
                    return 2;
                }

                try
                {
                    Work();
                }
                catch (Exception e)
                {
                    op.Complete(e);
                    throw;
                }

                Work();
                op.Complete();
                return 0;
            }
        """, actionIndex: 1); // the calls between Start and Complete stay outside any handler: SL1003 (info) remains

    [Fact]
    public Task Adds_Complete_at_the_end_of_the_body() => VerifyAsync("""
            void Run()
            {
                var op = new StepLogger(_log, "Sync");
                {|SL1002:op.Start()|};
                if (Check())
                {
                    Work();
                }
            }
        """, """
            void Run()
            {
                var op = new StepLogger(_log, "Sync");
                {|SL1003:op.Start()|};
                if (Check())
                {
                    Work();
                }

                op.Complete();
            }
        """, actionIndex: 1); // the calls between Start and Complete stay outside any handler: SL1003 (info) remains

    [Fact]
    public async Task Offers_no_using_in_a_switch_section_and_no_Complete_before_a_computed_return()
    {
        // 'using var' may not sit directly in a switch section, and Complete before 'return Fetch().Count' would
        // log the completion before the work: neither fix is offered, the source stays.
        const string source = """
            int Run(int mode)
            {
                switch (mode)
                {
                    case 1:
                        var op = new StepLogger(_log, "Sync");
                        {|SL1002:op.Start()|};
                        return Fetch().Count;
                    default:
                        return 0;
                }
            }
        """;
        await VerifyFixAsync<StepLoggerFlowAnalyzer, OperationNotCompletedCodeFixProvider>(
            FlowCode.InClass(source), Array.Empty<Microsoft.CodeAnalysis.Testing.DiagnosticResult>(), FlowCode.InClass(source));
    }
}
