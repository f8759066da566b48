using StepLog.Analyzers.Tests.Infrastructure;
using static StepLog.Analyzers.Tests.Infrastructure.FlowVerifier;

namespace StepLog.Analyzers.Tests.Flow;

/// <summary>SL1001: a step that some path leaves without Success, Failure or Skip.</summary>
public class SL1001StepNotEndedTests
{
    [Fact]
    public Task Step_reaching_Complete_without_an_end_is_reported_with_its_number_name_and_exit() => VerifyFlowAsync(FlowCode.InClass("""
            void Run()
            {
                using var op = new StepLogger(_log, "Sync", 1);
                op.Start();
                {|#0:op.Step(1, "Fetch data")|};
                Work();
                op.Complete();
            }
        """), Diagnostic(Descriptors.StepNotEnded).WithLocation(0).WithArguments("1 \"Fetch data\"", "op", "Complete"));

    [Fact]
    public Task Step_reaching_the_next_step_is_reported() => VerifyFlowAsync(FlowCode.InClass("""
            void Run()
            {
                using var op = new StepLogger(_log, "Sync", 2);
                op.Start();
                {|#0:op.Step(1, "Fetch data")|};
                Work();
                op.Step(2, "Store data");
                op.Success();
                op.Complete();
            }
        """), Diagnostic(Descriptors.StepNotEnded).WithLocation(0).WithArguments("1 \"Fetch data\"", "op", "the next Step"));

    [Fact]
    public Task Early_return_inside_a_step_is_reported() => VerifyFlowAsync(FlowCode.InClass("""
            int Run(bool ready)
            {
                using var op = new StepLogger(_log, "Sync", 1);
                op.Start();
                {|#0:op.Step(1, "Validate API key")|};
                if (!ready)
                {
                    return -1;
                }

                op.Success();
                op.Complete();
                return 0;
            }
        """), Diagnostic(Descriptors.StepNotEnded).WithLocation(0).WithArguments("1 \"Validate API key\"", "op", "a return"));

    [Fact]
    public Task Explicit_throw_inside_a_step_is_reported() => VerifyFlowAsync(FlowCode.InClass("""
            void Run(bool ready)
            {
                using var op = new StepLogger(_log, "Sync", 1);
                op.Start();
                {|#0:op.Step(1, "Validate API key")|};
                if (!ready)
                {
                    throw new InvalidOperationException("no key");
                }

                op.Success();
                op.Complete();
            }
        """), Diagnostic(Descriptors.StepNotEnded).WithLocation(0).WithArguments("1 \"Validate API key\"", "op", "a throw"));

    [Fact]
    public Task End_of_body_inside_a_step_is_reported() => VerifyFlowAsync(FlowCode.InClass("""
            void Run()
            {
                using var op = new StepLogger(_log, "Sync");
                op.Start();
                op.Complete();
                {|#0:op.Step(1, "Late step")|};
            }
        """), Diagnostic(Descriptors.StepNotEnded).WithLocation(0).WithArguments("1 \"Late step\"", "op", "a return or the end of the method"));

    [Fact]
    public Task Step_ended_on_every_branch_of_if_and_switch_is_not_reported() => VerifyFlowAsync(FlowCode.InClass("""
            void Run(int mode)
            {
                using var op = new StepLogger(_log, "Sync", 2);
                op.Start();
                op.Step(1, "Fetch data");
                if (Check())
                {
                    op.Success();
                }
                else
                {
                    op.Skip("Already cached");
                }

                op.Step(2, "Store data");
                switch (mode)
                {
                    case 0:
                        op.Success();
                        break;
                    default:
                        op.Failure(new InvalidOperationException("mode"));
                        break;
                }

                op.Complete();
            }
        """));

    [Fact]
    public Task Step_ended_on_one_branch_only_is_reported() => VerifyFlowAsync(FlowCode.InClass("""
            void Run()
            {
                using var op = new StepLogger(_log, "Sync", 1);
                op.Start();
                {|SL1001:op.Step(1, "Fetch data")|};
                if (Check())
                {
                    op.Success();
                }

                op.Complete();
            }
        """));

    [Fact]
    public Task Step_in_a_catch_that_rethrows_after_Failure_is_not_reported() => VerifyFlowAsync(FlowCode.InClass("""
            void Run()
            {
                using var op = new StepLogger(_log, "Sync", 1);
                op.Start();
                op.Step(1, "Risky step");
                try
                {
                    Work();
                    op.Success();
                }
                catch (Exception e)
                {
                    op.Failure(e);
                    throw;
                }

                op.Complete();
            }
        """));

    [Fact]
    public Task Catch_that_rethrows_without_Failure_is_reported() => VerifyFlowAsync(FlowCode.InClass("""
            void Run()
            {
                using var op = new StepLogger(_log, "Sync", 1);
                op.Start();
                {|#0:op.Step(1, "Risky step")|};
                try
                {
                    Work();
                    op.Success();
                }
                catch (Exception)
                {
                    throw;
                }

                op.Complete();
            }
        """), Diagnostic(Descriptors.StepNotEnded).WithLocation(0).WithArguments("1 \"Risky step\"", "op", "a throw"));

    [Fact]
    public Task Step_ended_in_finally_is_not_reported() => VerifyFlowAsync(FlowCode.InClass("""
            int Run()
            {
                using var op = new StepLogger(_log, "Sync", 1);
                op.Start();
                op.Step(1, "Fetch data");
                try
                {
                    if (Check())
                    {
                        return 1;
                    }

                    Work();
                }
                finally
                {
                    op.Success();
                }

                op.Complete();
                return 0;
            }
        """));

    [Fact]
    public Task Complete_in_finally_reached_by_an_exception_inside_a_step_is_not_reported() => VerifyFlowAsync(FlowCode.InClass("""
            void Run()
            {
                var op = new StepLogger(_log, "Sync", 1);
                op.Start();
                try
                {
                    op.Step(1, "Fetch data");
                    Work();
                    op.Success();
                }
                finally
                {
                    // An exception from Work() gets here with step 1 open: finally has no exception to give Failure.
                    op.Complete();
                }
            }
        """));

    [Fact]
    public Task Complete_in_finally_reached_normally_inside_a_step_is_reported() => VerifyFlowAsync(FlowCode.InClass("""
            void Run()
            {
                var op = new StepLogger(_log, "Sync", 1);
                op.Start();
                try
                {
                    {|#0:op.Step(1, "Fetch data")|};
                    Work();
                }
                finally
                {
                    op.Complete();
                }
            }
        """), Diagnostic(Descriptors.StepNotEnded).WithLocation(0).WithArguments("1 \"Fetch data\"", "op", "Complete"));

    [Fact]
    public Task Steps_in_a_loop_ended_each_pass_are_not_reported() => VerifyFlowAsync(FlowCode.InClass("""
            void Run(int count)
            {
                using var op = new StepLogger(_log, "Batches");
                op.Start();
                for (var i = 1; i <= count; i++)
                {
                    op.Step(i, "Fetch batch");
                    if (!Check())
                    {
                        op.Skip("Empty batch");
                        continue;
                    }

                    Work();
                    op.Success();
                }

                op.Complete();
            }
        """));

    [Fact]
    public Task Continue_that_skips_the_end_of_a_step_in_a_loop_is_reported() => VerifyFlowAsync(FlowCode.InClass("""
            void Run(int count)
            {
                using var op = new StepLogger(_log, "Batches");
                op.Start();
                for (var i = 1; i <= count; i++)
                {
                    {|#0:op.Step(i, "Fetch batch")|};
                    if (!Check())
                    {
                        continue;
                    }

                    op.Success();
                }

                op.Complete();
            }
        """), // the path through continue reaches both the next pass's Step and, after the loop, Complete: the first found is named
        Diagnostic(Descriptors.StepNotEnded).WithLocation(0).WithArguments("i \"Fetch batch\"", "op", "Complete"));

    [Fact]
    public Task Await_inside_a_step_keeps_the_flow() => VerifyFlowAsync(FlowCode.InClass("""
            async Task<int> RunAsync()
            {
                using var op = new StepLogger(_log, "Sync", 2);
                op.Start();
                op.Step(1, "Fetch from API");
                var items = await FetchAsync();
                op.Success(("count", items.Count));
                {|SL1001:op.Step(2, "Store data")|};
                await Task.Yield();
                op.Complete();
                return items.Count;
            }
        """));

    [Fact]
    public Task Lambda_and_local_function_bodies_are_analysed_on_their_own() => VerifyFlowAsync(FlowCode.InClass("""
            void Run()
            {
                Action inLambda = () =>
                {
                    using var op = new StepLogger(_log, "In lambda", 1);
                    op.Start();
                    {|#0:op.Step(1, "Fetch data")|};
                };
                inLambda();
                Local();

                void Local()
                {
                    using var op = new StepLogger(_log, "In local function", 1);
                    op.Start();
                    {|#1:op.Step(1, "Fetch data")|};
                }
            }
        """),
        Diagnostic(Descriptors.StepNotEnded).WithLocation(0).WithArguments("1 \"Fetch data\"", "op", "a return or the end of the lambda"),
        Diagnostic(Descriptors.StepNotEnded).WithLocation(1).WithArguments("1 \"Fetch data\"", "op", "a return or the end of the local function"));

    [Fact]
    public Task Call_with_a_conditional_argument_is_still_seen_on_its_logger() => VerifyFlowAsync(FlowCode.InClass("""
            void Run(bool fast)
            {
                using var op = new StepLogger(_log, "Sync", 2);
                op.Start();
                op.Step(1, fast ? "Fetch from cache" : "Fetch from API");
                Work();
                op.Success(("mode", fast ? "fast" : "slow"));
                {|SL1001:op.Step(2, fast ? "Skip validation" : "Validate data")|};
                op.Complete();
            }
        """));

    [Fact]
    public Task Escaping_loggers_are_not_reported() => VerifyFlowAsync(FlowCode.InClass("""
            private StepLogger? _kept;

            void Keep(StepLogger logger) { }

            StepLogger Returned()
            {
                var op = new StepLogger(_log, "Returned", 1);
                op.Start();
                op.Step(1, "Fetch data");
                return op;
            }

            void Passed()
            {
                var op = new StepLogger(_log, "Passed", 1);
                op.Start();
                op.Step(1, "Fetch data");
                Keep(op);
            }

            void Stored()
            {
                var op = new StepLogger(_log, "Stored", 1);
                op.Start();
                op.Step(1, "Fetch data");
                _kept = op;
            }

            void Captured()
            {
                var op = new StepLogger(_log, "Captured", 1);
                op.Start();
                op.Step(1, "Fetch data");
                Action end = () => op.Success();
                end();
            }

            void CapturedByLocalFunction()
            {
                var op = new StepLogger(_log, "Captured", 1);
                op.Start();
                op.Step(1, "Fetch data");
                End();

                void End() => op.Success();
            }

            void ConditionalAccess()
            {
                var op = new StepLogger(_log, "Conditional", 1);
                op.Start();
                op.Step(1, "Fetch data");
                op?.Success();
            }

            void Parameter(StepLogger op)
            {
                op.Start();
                op.Step(1, "Fetch data");
            }
        """));

    [Fact]
    public Task Code_without_StepLog_types_is_not_analysed() => VerifyFlowAsync("""
        class Sample
        {
            void Run() { }
        }
        """);
}
