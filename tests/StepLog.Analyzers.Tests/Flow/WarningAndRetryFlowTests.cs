using StepLog.Analyzers.Tests.Infrastructure;
using static StepLog.Analyzers.Tests.Infrastructure.FlowVerifier;

namespace StepLog.Analyzers.Tests.Flow;

/// <summary>Warning ends a step as Success does (SL1001, SL1005); Retry leaves it in progress.</summary>
public class WarningAndRetryFlowTests
{
    [Fact]
    public Task A_step_ended_by_Warning_is_not_reported() => VerifyFlowAsync(FlowCode.InClass("""
            void Run()
            {
                using var op = new StepLogger(_log, "Sync", 1);
                op.Start();
                op.Step(1, "Fetch data");
                op.Warning("partial data");
                op.Complete();
            }
        """));

    [Fact]
    public Task Retries_then_Success_end_the_step_once() => VerifyFlowAsync(FlowCode.InClass("""
            void Run()
            {
                using var op = new StepLogger(_log, "Sync", 1);
                op.Start();
                op.Step(1, "Fetch data");
                op.Retry(new InvalidOperationException("busy"), 1);
                op.Retry(new InvalidOperationException("busy"), 2, ("delay_ms", 200));
                op.Success();
                op.Complete();
            }
        """));

    [Fact]
    public Task A_step_left_after_a_Retry_is_still_not_ended() => VerifyFlowAsync(FlowCode.InClass("""
            void Run()
            {
                using var op = new StepLogger(_log, "Sync", 1);
                op.Start();
                {|#0:op.Step(1, "Fetch data")|};
                op.Retry(new InvalidOperationException("busy"), 1);
                op.Complete();
            }
        """), Diagnostic(Descriptors.StepNotEnded).WithLocation(0).WithArguments("1 \"Fetch data\"", "op", "Complete"));

    [Fact]
    public Task Success_after_a_Warning_ends_the_step_a_second_time() => VerifyFlowAsync(FlowCode.InClass("""
            void Run()
            {
                using var op = new StepLogger(_log, "Sync", 1);
                op.Start();
                op.Step(1, "Fetch data");
                op.Warning("partial data");
                {|#0:op.Success()|};
                op.Complete();
            }
        """), Diagnostic(Descriptors.EndWithoutStep).WithLocation(0).WithArguments("Success on 'op'",
            "ends step 1 a second time on some path; end each step once, after its Step call"));
}
