using StepLog.Analyzers.Tests.Infrastructure;
using static StepLog.Analyzers.Tests.Infrastructure.FlowVerifier;

namespace StepLog.Analyzers.Tests.Flow;

/// <summary>SL1003: a call between Start and Complete whose exception would leave the operation incomplete.</summary>
public class SL1003OperationNotExceptionSafeTests
{
    [Fact]
    public Task Call_between_Start_and_Complete_outside_any_handler_is_reported() => VerifyFlowAsync(FlowCode.InClass("""
            void Run()
            {
                var op = new StepLogger(_log, "Sync", 1);
                {|#0:op.Start()|};
                op.Step(1, "Fetch data");
                var items = Fetch();
                op.Success(("count", items.Count));
                op.Complete();
            }
        """), Diagnostic(Descriptors.OperationNotExceptionSafe).WithLocation(0).WithArguments("op"));

    [Fact]
    public Task No_call_between_Start_and_Complete_is_not_reported() => VerifyFlowAsync(FlowCode.InClass("""
            void Run()
            {
                var op = new StepLogger(_log, "Sync", 1);
                op.Start();
                op.Step(1, "Nothing to do");
                op.Skip("Empty");
                op.Complete();
            }
        """));

    [Fact]
    public Task Catch_that_completes_and_rethrows_is_not_reported() => VerifyFlowAsync(FlowCode.InClass("""
            void Run()
            {
                var op = new StepLogger(_log, "Sync", 1);
                op.Start();
                try
                {
                    op.Step(1, "Fetch data");
                    Work();
                    op.Success();
                    op.Complete();
                }
                catch (Exception e)
                {
                    op.Failure(e);
                    op.Complete(e);
                    throw;
                }
            }
        """));

    [Fact]
    public Task Finally_that_completes_is_not_reported() => VerifyFlowAsync(FlowCode.InClass("""
            void Run()
            {
                var op = new StepLogger(_log, "Sync");
                op.Start();
                try
                {
                    Work();
                }
                finally
                {
                    op.Complete();
                }
            }
        """));

    [Fact]
    public Task Call_after_the_try_that_completes_is_reported() => VerifyFlowAsync(FlowCode.InClass("""
            void Run()
            {
                var op = new StepLogger(_log, "Sync");
                {|SL1003:op.Start()|};
                Work();
                try
                {
                    Work();
                }
                finally
                {
                    op.Complete();
                }
            }
        """));

    [Fact]
    public Task Using_declaration_is_not_reported() => VerifyFlowAsync(FlowCode.InClass("""
            void Run()
            {
                using var op = new StepLogger(_log, "Sync");
                op.Start();
                Work();
                op.Complete();
            }
        """));

    [Fact]
    public Task Not_reported_twice_when_SL1002_already_is() => VerifyFlowAsync(FlowCode.InClass("""
            void Run()
            {
                var op = new StepLogger(_log, "Sync");
                {|SL1002:op.Start()|};
                Work();
            }
        """));
}
