using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using StepLog.Analyzers.Flow;
using StepLog.Analyzers.Tests.Infrastructure;
using static StepLog.Analyzers.Tests.Infrastructure.FlowVerifier;

namespace StepLog.Analyzers.Tests.Flow;

/// <summary>
/// The proof that lets the flow analyzer skip the control flow graph: it must accept the plain shapes users write (or it
/// saves nothing) and refuse every body where the graph could find something (or diagnostics would be lost).
/// </summary>
public class CleanFlowProofTests
{
    [Theory]
    [InlineData("""
        int Run(string provider)
        {
            using var op = new StepLogger(_log, "Sync", totalSteps: 2);
            op.Start(("provider", provider));
            op.Step(1, "Fetch batch", ("provider", provider));
            List<int> items;
            try
            {
                items = Fetch();
                op.Success(("count", items.Count));
            }
            catch (Exception error)
            {
                op.Failure(error);
                op.Complete(error);
                throw;
            }

            op.Step(2, "Store batch");
            if (items.Count == 0)
            {
                op.Skip("nothing to store");
            }
            else
            {
                Store(items);
                op.Success(("stored", items.Count));
            }

            op.Complete(("total", items.Count));
            return items.Count;
        }
        """)]
    [InlineData("""
        async Task<int> Run()
        {
            using (var op = new StepLogger(_log, "Sync", 1))
            {
                op.Start();
                op.Step(1, "Fetch from provider API");
                var items = await FetchAsync();
                op.Success(("count", items.Count));
                op.Complete();
                return items.Count;
            }
        }
        """)]
    [InlineData("""
        void Run(bool ready)
        {
            using var op = new StepLogger(_log, "Sync", 1);
            op.Start();
            if (!ready)
            {
                op.Complete();
                return;
            }

            op.Step(1, "Fetch data");
            Work();
            op.Success();
            op.Complete();
        }
        """)]
    public void Accepts_bodies_that_keep_the_rules(string method) => Assert.True(Prove(method));

    [Theory]
    // SL1001 only on the path where Fetch throws: the catch handler rethrows without ending the step.
    [InlineData("""
        void Run()
        {
            using var op = new StepLogger(_log, "Sync", 1);
            op.Step(1, "Fetch data");
            try { Fetch(); op.Success(); }
            catch (Exception) { throw; }
            op.Complete();
        }
        """)]
    // SL1001 at a return in one branch.
    [InlineData("""
        void Run(bool ready)
        {
            using var op = new StepLogger(_log, "Sync", 1);
            op.Step(1, "Fetch data");
            if (ready) { return; }
            op.Success();
        }
        """)]
    // SL1004: step 3 after step 1.
    [InlineData("""
        void Run()
        {
            using var op = new StepLogger(_log, "Sync");
            op.Step(1, "Fetch data"); op.Success();
            op.Step(3, "Store data"); op.Success();
        }
        """)]
    // SL1004: over totalSteps.
    [InlineData("""
        void Run()
        {
            using var op = new StepLogger(_log, "Sync", 1);
            op.Step(1, "Fetch data"); op.Success();
            op.Step(2, "Store data"); op.Success();
        }
        """)]
    // SL1005: ended twice on the path where the catch handler does not rethrow.
    [InlineData("""
        void Run()
        {
            using var op = new StepLogger(_log, "Sync", 1);
            op.Step(1, "Fetch data");
            try { Fetch(); op.Success(); }
            catch (Exception error) { op.Failure(error); }
            op.Success();
        }
        """)]
    // SL1001 at an explicit throw that leaves the method.
    [InlineData("""
        void Run(bool ready)
        {
            using var op = new StepLogger(_log, "Sync", 1);
            op.Step(1, "Fetch data");
            if (!ready) { throw new InvalidOperationException(); }
            op.Success();
        }
        """)]
    // Shapes the proof leaves to the graph: a logger without using, a loop, a finally, a lambda, another use of the logger.
    [InlineData("""
        void Run()
        {
            var op = new StepLogger(_log, "Sync", 1);
            op.Step(1, "Fetch data"); op.Success(); op.Complete();
        }
        """)]
    [InlineData("""
        void Run()
        {
            using var op = new StepLogger(_log, "Sync");
            for (var i = 1; i < 3; i++) { op.Step(i, "Fetch page"); op.Success(); }
        }
        """)]
    [InlineData("""
        void Run()
        {
            using var op = new StepLogger(_log, "Sync", 1);
            try { op.Step(1, "Fetch data"); Work(); op.Success(); }
            finally { op.Complete(); }
        }
        """)]
    [InlineData("""
        void Run()
        {
            using var op = new StepLogger(_log, "Sync", 1);
            Action later = () => Work();
            op.Step(1, "Fetch data"); op.Success();
        }
        """)]
    [InlineData("""
        void Run()
        {
            using var op = new StepLogger(_log, "Sync", 1);
            op.Step(1, "Fetch data");
            if (op.Depth > 0) { op.Success(); } else { op.Skip("nested"); }
        }
        """)]
    public void Leaves_to_the_graph_every_body_it_cannot_prove(string method) => Assert.False(Prove(method));

    [Fact]
    public Task A_step_left_open_only_on_the_exception_path_is_still_reported() => VerifyFlowAsync(FlowCode.InClass("""
            int Run()
            {
                using var op = new StepLogger(_log, "Sync", 1);
                op.Start();
                {|#0:op.Step(1, "Fetch data")|};
                List<int> items;
                try
                {
                    items = Fetch();
                    op.Success();
                }
                catch (Exception)
                {
                    op.Complete();
                    throw;
                }

                op.Complete();
                return items.Count;
            }
        """), Diagnostic(Descriptors.StepNotEnded).WithLocation(0).WithArguments("1 \"Fetch data\"", "op", "Complete"));

    private static bool Prove(string method)
    {
        var compilation = FlowCompilation.Create(FlowCode.InClass(method));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var tree = compilation.SyntaxTrees.Single();
        var declaration = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.ValueText == "Run");
        var root = compilation.GetSemanticModel(tree).GetOperation(declaration)!;
        var api = StepLoggerApi.TryCreate(compilation)!;
        var tracked = TrackedLoggerCollector.Collect(root, api);
        Assert.NotNull(tracked);
        return CleanFlowProof.IsClean(root, tracked.Values, api);
    }
}
