using StepLog.Analyzers.Tests.Infrastructure;
using static StepLog.Analyzers.Tests.Infrastructure.FlowVerifier;

namespace StepLog.Analyzers.Tests.Flow;

/// <summary>SL1004: constant step numbers out of order on a path, or above the constant totalSteps.</summary>
public class SL1004StepOutOfOrderTests
{
    [Fact]
    public Task Gap_is_reported() => VerifyFlowAsync(FlowCode.InClass("""
            void Run()
            {
                using var op = new StepLogger(_log, "Sync", 3);
                op.Start();
                op.Step(1, "Fetch data");
                op.Success();
                {|#0:op.Step(3, "Store data")|};
                op.Success();
                op.Complete();
            }
        """), Diagnostic(Descriptors.StepOutOfOrder).WithLocation(0).WithArguments(3,
            "follows step 1 on some path; number the steps 1, 2, 3, ... in the order they run (end a step that does not run with Skip)"));

    [Fact]
    public Task Repeated_number_is_reported() => VerifyFlowAsync(FlowCode.InClass("""
            void Run()
            {
                using var op = new StepLogger(_log, "Sync", 3);
                op.Start();
                op.Step(2, "Fetch data");
                op.Success();
                {|#0:op.Step(2, "Store data")|};
                op.Success();
                op.Complete();
            }
        """), Diagnostic(Descriptors.StepOutOfOrder).WithLocation(0).WithArguments(2,
            "repeats step 2 on some path; give each step its own number, in the order the steps run"));

    [Fact]
    public Task Number_above_totalSteps_is_reported() => VerifyFlowAsync(FlowCode.InClass("""
            void Run()
            {
                using var op = new StepLogger(_log, "Sync", totalSteps: 1);
                op.Start();
                op.Step(1, "Fetch data");
                op.Success();
                {|#0:op.Step(2, "Store data")|};
                op.Success();
                op.Complete();
            }
        """), Diagnostic(Descriptors.StepOutOfOrder).WithLocation(0).WithArguments(2,
            "is larger than the 1 steps given to 'op' as totalSteps; raise totalSteps or renumber the steps"));

    [Fact]
    public Task Step_skipped_on_one_branch_only_is_reported_there() => VerifyFlowAsync(FlowCode.InClass("""
            void Run()
            {
                using var op = new StepLogger(_log, "Sync", 3);
                op.Start();
                op.Step(1, "Fetch data");
                op.Success();
                if (Check())
                {
                    op.Step(2, "Validate data");
                    op.Success();
                }

                {|SL1004:op.Step(3, "Store data")|};
                op.Success();
                op.Complete();
            }
        """));

    [Fact]
    public Task Steps_in_order_with_Skip_are_not_reported() => VerifyFlowAsync(FlowCode.InClass("""
            void Run()
            {
                using var op = new StepLogger(_log, "Sync", 3);
                op.Start();
                op.Step(1, "Fetch data");
                op.Success();
                op.Step(2, "Validate data");
                if (Check())
                {
                    op.Success();
                }
                else
                {
                    op.Skip("Validation disabled");
                }

                op.Step(3, "Store data");
                op.Success();
                op.Complete();
            }
        """));

    [Fact]
    public Task Numbers_that_are_not_constant_and_unknown_totals_are_not_judged() => VerifyFlowAsync(FlowCode.InClass("""
            void Run(int total)
            {
                using var op = new StepLogger(_log, "Batches", total);
                op.Start();
                for (var i = 1; i <= total; i++)
                {
                    op.Step(i, "Fetch batch");
                    op.Success();
                }

                op.Step(7, "Summarize batches");
                op.Success();
                op.Complete();
            }
        """));
}
