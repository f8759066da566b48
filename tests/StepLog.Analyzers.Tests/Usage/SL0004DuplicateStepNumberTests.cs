using Microsoft.CodeAnalysis.Testing;
using Verify = StepLog.Analyzers.Tests.Infrastructure.UsageVerifier<StepLog.Analyzers.Tests.Infrastructure.GeneratorRules>;

namespace StepLog.Analyzers.Tests.Usage;

/// <summary>SL0004: two steps of one operation with one number, reported on the later step's attribute.</summary>
public class SL0004DuplicateStepNumberTests
{
    // These sources declare no bodies: SL0003, which would report each, is off.
    private static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        Verify.VerifyAnalyzerAsync(source, ["SL0003"], expected);

    private static DiagnosticResult SL0004(int location, string first, string second, string operation, int number) =>
        Verify.Diagnostic(Descriptors.DuplicateStepNumber).WithLocation(location).WithArguments(first, second, operation, number);

    // One mistake, one diagnostic: a repeated number is SL0004's alone, not also a "gap" (SL0005) on the operation.
    [Fact]
    public Task The_second_step_with_a_number_is_reported_naming_both() => VerifyAsync("""
        using StepLog;
        public partial class Sync
        {
            [Operation("Model Sync")]
            public partial void Run();

            [Step(1, "Fetch")]
            private partial void Fetch();

            [Step(2, "Validate")]
            private partial void Validate();

            [{|#0:Step(2, "Store")|}]
            private partial void Store();
        }
        """, SL0004(0, "Validate", "Store", "Run", 2));

    [Fact]
    public Task Steps_of_a_type_without_operation_form_one_operation_named_after_the_type() => VerifyAsync("""
        using StepLog;
        public partial class Importer
        {
            [Step(1, "Read")]
            public partial void Read();

            [{|#0:Step(1, "Parse")|}]
            public partial void Parse();
        }
        """, SL0004(0, "Read", "Parse", "Importer", 1));

    [Fact]
    public Task Steps_of_different_operations_may_share_a_number() => VerifyAsync("""
        using StepLog;
        public partial class Sync
        {
            [Operation("Import")]
            public partial void Import();

            [Operation("Export")]
            public partial void Export();

            [Step(1, "Read file", Operation = nameof(Import))]
            private partial void ReadFile();

            [Step(1, "Read table", Operation = nameof(Export))]
            private partial void ReadTable();
        }
        """);

    [Fact]
    public Task A_number_still_being_typed_is_left_to_the_compiler() => VerifyAsync("""
        using StepLog;
        public partial class Sync
        {
            [Operation("Run")]
            public partial void Run();

            [Step(1, "Fetch")]
            private partial void Fetch();

            [Step({|CS0103:count|}, "Store")]
            private partial void Store();
        }
        """);
}
