using StepLog.Analyzers.Flow;
using StepLog.Analyzers.Tests.Infrastructure;
using static StepLog.Analyzers.Tests.Infrastructure.FlowVerifier;

namespace StepLog.Analyzers.Tests.Flow;

/// <summary>SL1006: a constant step name that says nothing about the work.</summary>
public class SL1006VagueStepNameTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Step")]
    [InlineData("Step 1")]
    [InlineData("step1")]
    [InlineData("STEP_2")]
    [InlineData("Step #3")]
    [InlineData("First step")]
    [InlineData("Next step")]
    [InlineData("Do work")]
    [InlineData("Do the work")]
    [InlineData("Process")]
    [InlineData("Work")]
    [InlineData("Task")]
    [InlineData("Task 2")]
    [InlineData("Phase one")]
    [InlineData("TODO")]
    [InlineData("1")]
    [InlineData("...")]
    public void Vague_names(string name) => Assert.True(VagueStepNames.IsVague(name), name);

    [Theory]
    [InlineData("Fetch data")]
    [InlineData("Fetch from provider API")]
    [InlineData("Validate API key")]
    [InlineData("Process models")]
    [InlineData("Step through pages")]
    [InlineData("Upsert to database")]
    [InlineData("Check Redis")]
    [InlineData("Work out totals")]
    public void Descriptive_names(string name) => Assert.False(VagueStepNames.IsVague(name), name);

    [Fact]
    public Task Vague_constant_name_is_reported_at_the_name_argument() => VerifyAnalyzerAsync<VagueStepNameAnalyzer>(FlowCode.InClass("""
            void Run(StepLogger op)
            {
                const string generic = "Do work";
                op.Step(1, {|#0:"Step 1"|});
                op.Success();
                op.Step(2, {|#1:generic|});
                op.Success();
                op.Step(3, name: {|#2:""|});
                op.Success();
            }
        """),
        Diagnostic(Descriptors.VagueStepName).WithLocation(0).WithArguments("Step 1"),
        Diagnostic(Descriptors.VagueStepName).WithLocation(1).WithArguments("Do work"),
        Diagnostic(Descriptors.VagueStepName).WithLocation(2).WithArguments(""));

    [Fact]
    public Task Descriptive_and_computed_names_are_not_reported() => VerifyAnalyzerAsync<VagueStepNameAnalyzer>(FlowCode.InClass("""
            void Run(StepLogger op, string dynamicName)
            {
                op.Step(1, "Fetch from provider API", ("provider", "openrouter"));
                op.Success();
                op.Step(2, dynamicName);
                op.Success();
                op.Step(3, $"Fetch page {3}");
                op.Success();
            }
        """));

    [Fact]
    public Task Names_reordered_or_through_constants_are_judged_by_their_value() => VerifyAnalyzerAsync<VagueStepNameAnalyzer>(FlowCode.InClass("""
            private const string Prefix = "Step";

            private static class Names
            {
                public const string Generic = "Process";
                public const string Descriptive = "Fetch models";
            }

            void Run(StepLogger op)
            {
                op.Step(name: {|#0:"Do work"|}, number: 1);
                op.Success();
                op.Step(2, {|#1:Names.Generic|});
                op.Success();
                op.Step(3, {|#2:$"{Prefix} 3"|});
                op.Success();
                op.Step(4, {|#3:Prefix + " four"|});
                op.Success();
                op.Step(5, Names.Descriptive);
                op.Success();
                op.Step(6, name: Names.Descriptive + " again");
                op.Success();
            }
        """),
        Diagnostic(Descriptors.VagueStepName).WithLocation(0).WithArguments("Do work"),
        Diagnostic(Descriptors.VagueStepName).WithLocation(1).WithArguments("Process"),
        Diagnostic(Descriptors.VagueStepName).WithLocation(2).WithArguments("Step 3"),
        Diagnostic(Descriptors.VagueStepName).WithLocation(3).WithArguments("Step four"));

    [Fact]
    public Task A_vague_literal_passed_to_another_Step_method_is_not_reported() => VerifyAnalyzerAsync<VagueStepNameAnalyzer>(FlowCode.InClass("""
            private sealed class Wizard
            {
                public void Step(int number, string name) { }
            }

            void Run(Wizard wizard, StepLogger op)
            {
                wizard.Step(1, "Step 1");
                op.Step(1, "Fetch from provider API");
                op.Success();
            }
        """));
}
