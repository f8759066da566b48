using Microsoft.CodeAnalysis.Testing;
using Verify = StepLog.Analyzers.Tests.Infrastructure.UsageVerifier<StepLog.Analyzers.Tests.Infrastructure.GeneratorRules>;

namespace StepLog.Analyzers.Tests.Usage;

/// <summary>SL0001: [Operation]/[Step] belong on partial method declarations without a body.</summary>
public class SL0001NotPartialDeclarationTests
{
    private static DiagnosticResult SL0001(int location, string method, string attribute, string why) =>
        Verify.Diagnostic(Descriptors.NotPartialDeclaration).WithLocation(location).WithArguments(method, attribute, why);

    private static string HasBody(string method) =>
        $"is not a partial method declaration without a body; declare it 'partial' with no body and move the body into '{method}Core'";

    private static string NoPartialMethod(string kind, string attribute) =>
        $"is {kind}, which cannot be a partial method; put the work in a partial method marked [{attribute}] and call that";

    [Fact]
    public Task Step_on_a_method_with_a_block_body_is_reported_on_its_name() => Verify.VerifyAnalyzerAsync("""
        using StepLog;
        public partial class Sync
        {
            [Step(1, "Fetch from provider API")]
            public int {|#0:Fetch|}(string provider) { return provider.Length; }
        }
        """, SL0001(0, "Fetch", "Step", HasBody("Fetch")));

    [Fact]
    public Task Operation_on_an_expression_bodied_method_names_the_attribute() => Verify.VerifyAnalyzerAsync("""
        using System.Threading.Tasks;
        using StepLog;
        public partial class Sync
        {
            [Operation("Model Sync")]
            public Task<int> {|#0:SyncAsync|}() => Task.FromResult(1);
        }
        """, SL0001(0, "SyncAsync", "Operation", HasBody("SyncAsync")));

    [Fact]
    public Task An_abstract_method_is_no_partial_declaration() => Verify.VerifyAnalyzerAsync("""
        using StepLog;
        public abstract partial class Sync
        {
            [Step(1, "Fetch")]
            protected abstract void {|#0:Fetch|}();
        }
        """, SL0001(0, "Fetch", "Step", "is not a partial method declaration without a body; declare a partial method and move the body into 'FetchCore'"));

    [Fact]
    public Task A_partial_implementation_without_declaration_is_reported() => Verify.VerifyAnalyzerAsync("""
        using StepLog;
        public partial class Sync
        {
            [Step(1, "Fetch")]
            partial void {|#0:Fetch|}() { }
        }
        """,
        DiagnosticResult.CompilerError("CS0759").WithLocation(0).WithArguments("Sync.Fetch()"),
        SL0001(0, "Fetch", "Step", HasBody("Fetch")));

    [Fact]
    public Task A_declaration_implemented_by_hand_is_reported() => Verify.VerifyAnalyzerAsync("""
        using StepLog;
        public partial class Sync
        {
            [Step(1, "Fetch")]
            private partial void {|#0:Fetch|}();
            private partial void Fetch() { }
        }
        """, SL0001(0, "Fetch", "Step", "is implemented by hand; delete its implementation part (the generator writes it) and move the body into 'FetchCore'"));

    [Fact]
    public Task A_local_function_is_reported() => Verify.VerifyAnalyzerAsync("""
        using StepLog;
        public partial class Sync
        {
            public void Run()
            {
                [Step(1, "Fetch")]
                void {|#0:Fetch|}() { }
                Fetch();
            }
        }
        """, SL0001(0, "Fetch", "Step", "is a local function, which the generator cannot implement; make it a partial method of the type, with its body in 'FetchCore'"));

    [Fact]
    public Task A_property_accessor_is_reported_by_its_property_name() => Verify.VerifyAnalyzerAsync("""
        using StepLog;
        public partial class Sync
        {
            public int Total { [Step(1, "Count")] {|#0:get|} => 1; }
        }
        """, SL0001(0, "Sync.Total.get", "Step", NoPartialMethod("an accessor", "Step")));

    // Named as C# writes it, and told what can be done: no 'A.operator +(A, A)Core' to write.
    [Fact]
    public Task An_operator_is_reported_by_its_CSharp_name_without_a_Core_to_write() => Verify.VerifyAnalyzerAsync("""
        using StepLog;
        public partial class A
        {
            [Operation("Add")]
            public static A operator {|#0:+|}(A left, A right) => left;
        }
        """, SL0001(0, "A.operator +(A, A)", "Operation", NoPartialMethod("an operator", "Operation")));

    [Fact]
    public Task A_partial_declaration_without_a_body_is_clean() => Verify.VerifyAnalyzerAsync("""
        using System.Threading.Tasks;
        using StepLog;
        public partial class Sync
        {
            [Operation("Model Sync")]
            public partial Task<int> SyncAsync([Log] string provider);

            [Step(1, "Fetch")]
            private partial int Fetch();

            private Task<int> SyncAsyncCore(string provider) => Task.FromResult(1);
            private int FetchCore() => 1;
        }
        """);

    [Fact]
    public Task Methods_without_StepLog_attributes_are_clean() => Verify.VerifyAnalyzerAsync("""
        using System;
        public class Plain
        {
            [Obsolete("old")]
            public int Fetch() => 1;
        }
        """);

    [Fact]
    public Task An_attribute_of_the_same_name_from_another_library_is_ignored() => Verify.VerifyAnalyzerAsync("""
        namespace Other
        {
            public sealed class StepAttribute : System.Attribute
            {
                public StepAttribute(int number, string name) { }
            }

            public class Plain
            {
                [Step(1, "Fetch")]
                public int Fetch() => 1;
            }
        }
        """);
}
