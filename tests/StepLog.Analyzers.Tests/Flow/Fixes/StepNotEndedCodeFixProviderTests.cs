using StepLog.Analyzers.Flow;
using StepLog.Analyzers.Flow.Fixes;
using StepLog.Analyzers.Tests.Infrastructure;
using static StepLog.Analyzers.Tests.Infrastructure.FlowVerifier;

namespace StepLog.Analyzers.Tests.Flow.Fixes;

/// <summary>The SL1001 code fix: add Success at the end of the step, or wrap the step in try/catch.</summary>
public class StepNotEndedCodeFixProviderTests
{
    // The two actions, by index and by equivalence key ("{rule}.{action}", see StepLogCodeFixProvider).
    private static Task VerifyAsync(string before, string after, int actionIndex = 0) =>
        VerifyFixAsync<StepLoggerFlowAnalyzer, StepNotEndedCodeFixProvider>(
            FlowCode.InClass(before), Array.Empty<Microsoft.CodeAnalysis.Testing.DiagnosticResult>(), FlowCode.InClass(after), actionIndex,
            equivalenceKey: actionIndex == 0 ? "SL1001.AddSuccess" : "SL1001.WrapInTryCatch");

    [Fact]
    public Task Adds_Success_before_the_next_step_and_before_Complete_fix_all() => VerifyAsync("""
            void Run()
            {
                using var op = new StepLogger(_log, "Sync", 2);
                op.Start();
                {|SL1001:op.Step(1, "Fetch data")|};
                var items = Fetch();

                // Step 2
                {|SL1001:op.Step(2, "Store data")|};
                Store(items);
                op.Complete();
            }
        """, """
            void Run()
            {
                using var op = new StepLogger(_log, "Sync", 2);
                op.Start();
                op.Step(1, "Fetch data");
                var items = Fetch();
                op.Success();

                // Step 2
                op.Step(2, "Store data");
                Store(items);
                op.Success();
                op.Complete();
            }
        """);

    [Fact]
    public Task Adds_Success_before_a_return_and_at_the_end_of_a_block() => VerifyAsync("""
            int Run()
            {
                using var op = new StepLogger(_log, "Sync", 2);
                op.Start();
                op.Complete();
                if (Check())
                {
                    {|SL1001:op.Step(1, "Fetch data")|};
                    Work();
                }

                {|SL1001:op.Step(2, "Store data")|};
                Work();
                return 0;
            }
        """, """
            int Run()
            {
                using var op = new StepLogger(_log, "Sync", 2);
                op.Start();
                op.Complete();
                if (Check())
                {
                    op.Step(1, "Fetch data");
                    Work();
                    op.Success();
                }

                op.Step(2, "Store data");
                Work();
                op.Success();
                return 0;
            }
        """);

    [Fact]
    public Task Adds_Success_before_break_in_a_switch_section() => VerifyAsync("""
            void Run(int mode)
            {
                using var op = new StepLogger(_log, "Sync", 1);
                op.Start();
                switch (mode)
                {
                    case 1:
                        {|SL1001:op.Step(1, "Fetch data")|};
                        Work();
                        break;
                }

                op.Complete();
            }
        """, """
            void Run(int mode)
            {
                using var op = new StepLogger(_log, "Sync", 1);
                op.Start();
                switch (mode)
                {
                    case 1:
                        op.Step(1, "Fetch data");
                        Work();
                        op.Success();
                        break;
                }

                op.Complete();
            }
        """);

    [Fact]
    public async Task Offers_no_fix_when_a_throw_ends_the_step()
    {
        // Success right before 'throw' would log a success for a failing step: nothing is offered.
        const string source = """
            void Run()
            {
                using var op = new StepLogger(_log, "Sync", 1);
                op.Start();
                {|SL1001:op.Step(1, "Fetch data")|};
                Work();
                throw new InvalidOperationException("not yet");
            }
        """;
        await VerifyFixAsync<StepLoggerFlowAnalyzer, StepNotEndedCodeFixProvider>(
            FlowCode.InClass(source), Array.Empty<Microsoft.CodeAnalysis.Testing.DiagnosticResult>(), FlowCode.InClass(source));
    }

    [Fact]
    public Task Wraps_the_step_in_try_catch() => VerifyAsync("""
            void Run()
            {
                using var op = new StepLogger(_log, "Sync", 1);
                op.Start();
                {|SL1001:op.Step(1, "Fetch data")|};
                Work();
                Work();
                op.Complete();
            }
        """, """
            void Run()
            {
                using var op = new StepLogger(_log, "Sync", 1);
                op.Start();
                op.Step(1, "Fetch data");
                try
                {
                    Work();
                    Work();
                    op.Success();
                }
                catch (System.Exception ex)
                {
                    op.Failure(ex);
                    throw;
                }

                op.Complete();
            }
        """, actionIndex: 1);

    [Fact]
    public async Task Offers_no_fix_when_the_step_is_ended_on_some_path_of_its_block()
    {
        // The step is ended after the if: only the early return misses it, and Success at the block's end would
        // end it twice. The diagnostic stays and the source is unchanged.
        const string source = """
            int Run()
            {
                using var op = new StepLogger(_log, "Sync", 1);
                op.Start();
                {|SL1001:op.Step(1, "Validate API key")|};
                if (!Check())
                {
                    return -1;
                }

                op.Success();
                op.Complete();
                return 0;
            }
        """;
        await VerifyFixAsync<StepLoggerFlowAnalyzer, StepNotEndedCodeFixProvider>(
            FlowCode.InClass(source), Array.Empty<Microsoft.CodeAnalysis.Testing.DiagnosticResult>(), FlowCode.InClass(source));
    }

    [Fact]
    public async Task Does_not_wrap_when_a_declared_local_is_used_after_the_step()
    {
        // items would fall out of scope inside try { }: only "Add Success" (index 0) is offered, so index 1 changes nothing.
        const string source = """
            void Run()
            {
                using var op = new StepLogger(_log, "Sync", 1);
                op.Start();
                {|SL1001:op.Step(1, "Fetch data")|};
                var items = Fetch();
                op.Complete(("count", items.Count));
            }
        """;
        await VerifyFixAsync<StepLoggerFlowAnalyzer, StepNotEndedCodeFixProvider>(
            FlowCode.InClass(source), Array.Empty<Microsoft.CodeAnalysis.Testing.DiagnosticResult>(), FlowCode.InClass(source), actionIndex: 1);
    }
}
