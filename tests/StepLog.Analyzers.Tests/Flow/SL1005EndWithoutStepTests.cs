using StepLog.Analyzers.Tests.Infrastructure;
using static StepLog.Analyzers.Tests.Infrastructure.FlowVerifier;

namespace StepLog.Analyzers.Tests.Flow;

/// <summary>SL1005: Success, Failure or Skip with no step in progress, or a second time for one step.</summary>
public class SL1005EndWithoutStepTests
{
    [Fact]
    public Task Success_before_any_step_is_reported() => VerifyFlowAsync(FlowCode.InClass("""
            void Run()
            {
                using var op = new StepLogger(_log, "Sync");
                op.Start();
                {|#0:op.Success()|};
                op.Complete();
            }
        """), Diagnostic(Descriptors.EndWithoutStep).WithLocation(0).WithArguments("Success on 'op'",
            "is called with no step in progress on some path; call Step(...) first, and end each step once"));

    [Fact]
    public Task Second_end_of_one_step_is_reported() => VerifyFlowAsync(FlowCode.InClass("""
            void Run()
            {
                using var op = new StepLogger(_log, "Sync", 1);
                op.Start();
                op.Step(1, "Fetch data");
                op.Success();
                {|#0:op.Skip("Again")|};
                op.Complete();
            }
        """), Diagnostic(Descriptors.EndWithoutStep).WithLocation(0).WithArguments("Skip on 'op'",
            "ends step 1 a second time on some path; end each step once, after its Step call"));

    [Fact]
    public Task End_twice_on_one_path_only_is_reported() => VerifyFlowAsync(FlowCode.InClass("""
            void Run()
            {
                using var op = new StepLogger(_log, "Sync", 1);
                op.Start();
                op.Step(1, "Fetch data");
                if (Check())
                {
                    op.Success();
                }

                {|SL1005:op.Failure(new InvalidOperationException("late"))|};
                op.Complete();
            }
        """));

    [Fact]
    public Task Failure_in_a_catch_after_the_step_ended_in_the_try_is_not_reported() => VerifyFlowAsync(FlowCode.InClass("""
            void Run()
            {
                using var op = new StepLogger(_log, "Sync", 2);
                op.Start();
                try
                {
                    op.Step(1, "Fetch data");
                    var items = Fetch();
                    op.Success();
                    Store(items);
                    op.Step(2, "Validate data");
                    Validate(items);
                    op.Success();
                }
                catch (Exception e)
                {
                    // The exception may come between steps: the rule does not guess, it stays quiet.
                    op.Failure(e);
                }

                op.Complete();
            }
        """));

    [Fact]
    public Task Each_step_ended_once_is_not_reported() => VerifyFlowAsync(FlowCode.InClass("""
            void Run()
            {
                using var op = new StepLogger(_log, "Sync", 2);
                op.Start();
                op.Step(1, "Fetch data");
                op.Success();
                op.Step(2, "Store data");
                op.Skip("Nothing to store");
                op.Complete();
            }
        """));
}
