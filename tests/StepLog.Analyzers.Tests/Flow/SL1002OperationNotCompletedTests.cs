using StepLog.Analyzers.Tests.Infrastructure;
using static StepLog.Analyzers.Tests.Infrastructure.FlowVerifier;

namespace StepLog.Analyzers.Tests.Flow;

/// <summary>SL1002: a started operation that some path leaves without Complete (and no using).</summary>
public class SL1002OperationNotCompletedTests
{
    [Fact]
    public Task Early_return_without_Complete_is_reported() => VerifyFlowAsync(FlowCode.InClass("""
            int Run(bool cached)
            {
                var op = new StepLogger(_log, "Sync");
                {|#0:op.Start()|};
                if (cached)
                {
                    return 1;
                }

                op.Complete();
                return 0;
            }
        """), Diagnostic(Descriptors.OperationNotCompleted).WithLocation(0).WithArguments("op", "a return"));

    [Fact]
    public Task End_of_body_without_Complete_is_reported() => VerifyFlowAsync(FlowCode.InClass("""
            void Run()
            {
                var op = new StepLogger(_log, "Sync");
                {|#0:op.Start()|};
            }
        """), Diagnostic(Descriptors.OperationNotCompleted).WithLocation(0).WithArguments("op", "a return or the end of the method"));

    [Fact]
    public Task Rethrow_without_Complete_is_reported() => VerifyFlowAsync(FlowCode.InClass("""
            void Run()
            {
                var op = new StepLogger(_log, "Sync", 1);
                {|#0:op.Start()|};
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
                    throw;
                }
            }
        """), Diagnostic(Descriptors.OperationNotCompleted).WithLocation(0).WithArguments("op", "a throw"));

    [Fact]
    public Task Completed_on_every_path_is_not_reported() => VerifyFlowAsync(FlowCode.InClass("""
            int Run(bool cached)
            {
                var op = new StepLogger(_log, "Sync");
                op.Start();
                if (cached)
                {
                    op.Complete();
                    return 1;
                }

                op.Complete();
                return 0;
            }
        """));

    [Fact]
    public Task Using_declaration_and_using_statement_are_not_reported() => VerifyFlowAsync(FlowCode.InClass("""
            void Declaration()
            {
                using var op = new StepLogger(_log, "Sync");
                op.Start();
            }

            void Statement()
            {
                using (var op = new StepLogger(_log, "Sync"))
                {
                    op.Start();
                }
            }
        """));

    [Fact]
    public Task Complete_in_finally_is_not_reported() => VerifyFlowAsync(FlowCode.InClass("""
            int Run()
            {
                var op = new StepLogger(_log, "Sync");
                op.Start();
                try
                {
                    if (Check())
                    {
                        return 1;
                    }

                    Work();
                    return 0;
                }
                finally
                {
                    op.Complete();
                }
            }
        """));

    [Fact]
    public Task Never_started_operation_is_not_reported() => VerifyFlowAsync(FlowCode.InClass("""
            void Run()
            {
                var op = new StepLogger(_log, "Sync");
                Work();
            }
        """));

    [Fact]
    public Task Operation_started_in_a_loop_and_not_completed_before_the_next_pass_is_reported() => VerifyFlowAsync(FlowCode.InClass("""
            void Run()
            {
                while (true)
                {
                    var op = new StepLogger(_log, "Poll");
                    {|#0:op.Start()|};
                    if (Check())
                    {
                        op.Complete();
                        return;
                    }
                }
            }
        """), Diagnostic(Descriptors.OperationNotCompleted).WithLocation(0).WithArguments("op", "the next pass of the loop"));

    [Fact]
    public Task Bare_return_in_a_void_method_is_named_with_the_end_of_the_method() => VerifyFlowAsync(FlowCode.InClass("""
            void Run(bool cached)
            {
                var op = new StepLogger(_log, "Sync");
                {|#0:op.Start()|};
                if (cached)
                {
                    return;
                }

                op.Complete();
            }
        """), // the graph does not tell 'return;' from the end of the body
        Diagnostic(Descriptors.OperationNotCompleted).WithLocation(0).WithArguments("op", "a return or the end of the method"));

    [Fact]
    public Task Explicit_Dispose_in_finally_counts_like_using() => VerifyFlowAsync(FlowCode.InClass("""
            void Run()
            {
                var op = new StepLogger(_log, "Sync");
                try
                {
                    op.Start();
                    Work();
                }
                finally
                {
                    op.Dispose();
                }
            }
        """));

    [Fact]
    public Task Logger_given_to_a_using_statement_later_escapes_and_is_not_reported() => VerifyFlowAsync(FlowCode.InClass("""
            void Run()
            {
                var op = new StepLogger(_log, "Sync");
                using (op)
                {
                    op.Start();
                }
            }
        """));

    [Fact]
    public Task Goto_out_of_the_operation_is_followed() => VerifyFlowAsync(FlowCode.InClass("""
            void Run(bool stop)
            {
                var op = new StepLogger(_log, "Sync");
                {|#0:op.Start()|};
                if (stop)
                {
                    goto done;
                }

                op.Complete();
            done:
                Console.WriteLine("done");
            }
        """),
        Diagnostic(Descriptors.OperationNotCompleted).WithLocation(0).WithArguments("op", "a return or the end of the method"));

    [Fact]
    public Task Target_typed_new_is_tracked() => VerifyFlowAsync(FlowCode.InClass("""
            void Run()
            {
                StepLogger op = new(_log, "Sync");
                {|SL1002:op.Start()|};
            }
        """));
}
