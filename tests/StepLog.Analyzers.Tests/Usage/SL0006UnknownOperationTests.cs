using Microsoft.CodeAnalysis.Testing;
using Verify = StepLog.Analyzers.Tests.Infrastructure.UsageVerifier<StepLog.Analyzers.Tests.Infrastructure.GeneratorRules>;

namespace StepLog.Analyzers.Tests.Usage;

/// <summary>SL0006: a step whose operation is ambiguous or names no [Operation] method of its type.</summary>
public class SL0006UnknownOperationTests
{
    // These sources declare no bodies: SL0003, which would report each, is off.
    private static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        Verify.VerifyAnalyzerAsync(source, ["SL0003"], expected);

    private static DiagnosticResult SL0006(int location, string step, string why, string type) =>
        Verify.Diagnostic(Descriptors.UnknownOperation).WithLocation(location).WithArguments(step, why, type);

    [Fact]
    public Task A_step_without_operation_in_a_type_with_several_is_reported_on_its_attribute() => VerifyAsync("""
        using StepLog;
        public partial class Sync
        {
            [Operation("Import")]
            public partial void Import();

            [Operation("Export")]
            public partial void Export();

            [{|#0:Step(1, "Read")|}]
            private partial void Read();

            [Step(1, "Write", Operation = nameof(Export))]
            private partial void Write();
        }
        """, SL0006(0, "Read", "does not say which of the operations 'Import', 'Export' it belongs to", "Sync"));

    [Fact]
    public Task An_operation_that_is_no_operation_method_is_reported_on_the_argument() => VerifyAsync("""
        using StepLog;
        public partial class Sync
        {
            [Operation("Import")]
            public partial void Import();

            public void Helper() { }

            [Step(1, "Read", {|#0:Operation = nameof(Helper)|})]
            private partial void Read();

            [Step(2, "Write", {|#1:Operation = "Imprt"|})]
            private partial void Write();
        }
        """,
        SL0006(0, "Read", "names operation 'Helper', which is not an [Operation] method of the type", "Sync"),
        SL0006(1, "Write", "names operation 'Imprt', which is not an [Operation] method of the type", "Sync"));

    [Fact]
    public Task An_operation_named_in_a_type_without_operations_is_reported() => VerifyAsync("""
        using StepLog;
        public partial class Sync
        {
            [Step(1, "Read", {|#0:Operation = "Import"|})]
            private partial void Read();
        }
        """, SL0006(0, "Read", "names operation 'Import', but 'Sync' has no [Operation] method", "Sync"));

    [Fact]
    public Task Steps_that_name_their_operation_or_have_only_one_are_clean() => VerifyAsync("""
        using StepLog;
        public partial class Sync
        {
            [Operation("Import")]
            public partial void Import();

            [Operation("Export")]
            public partial void Export();

            [Step(1, "Read", Operation = nameof(Import))]
            private partial void Read();

            [Step(1, "Write", Operation = nameof(Export))]
            private partial void Write();
        }

        public partial class Single
        {
            [Operation("Import")]
            public partial void Import();

            [Step(1, "Read")]
            private partial void Read();

            [Step(2, "Write", Operation = null)]
            private partial void Write();
        }
        """);

    [Fact]
    public Task An_operation_argument_that_is_not_a_constant_is_left_to_the_compiler() => VerifyAsync("""
        using StepLog;
        public partial class Sync
        {
            private static string name = "Import";

            [Operation("Import")]
            public partial void Import();

            [Operation("Export")]
            public partial void Export();

            [Step(1, "Read", Operation = {|CS0182:name|})]
            private partial void Read();
        }
        """);
}
