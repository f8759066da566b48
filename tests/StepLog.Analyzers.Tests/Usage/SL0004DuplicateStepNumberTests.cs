using Microsoft.CodeAnalysis.Testing;
using Verify = StepLog.Analyzers.Tests.Infrastructure.UsageVerifier<StepLog.Analyzers.Usage.StepNumberingAnalyzer>;

namespace StepLog.Analyzers.Tests.Usage;

/// <summary>SL0004: two steps of one operation with one number, reported on the later step's attribute.</summary>
public class SL0004DuplicateStepNumberTests
{
    private static DiagnosticResult SL0004(int location, string first, string second, string operation, int number) =>
        Verify.Diagnostic(Descriptors.DuplicateStepNumber).WithLocation(location).WithArguments(first, second, operation, number);

    // Numbers 1, 2, 2 are not 1..3 either: SL0005 says so on the operation.
    private static DiagnosticResult SL0005(int location, string operation, string numbers, int count) =>
        Verify.Diagnostic(Descriptors.StepNumberGap).WithLocation(location).WithArguments(operation, numbers, count);

    [Fact]
    public Task The_second_step_with_a_number_is_reported_naming_both() => Verify.VerifyAnalyzerAsync("""
        using StepLog;
        public partial class Sync
        {
            [Operation("Model Sync")]
            public partial void {|#1:Run|}();

            [Step(1, "Fetch")]
            private partial void Fetch();

            [Step(2, "Validate")]
            private partial void Validate();

            [{|#0:Step(2, "Store")|}]
            private partial void Store();
        }
        """, SL0004(0, "Validate", "Store", "Run", 2), SL0005(1, "Run", "1, 2, 2", 3));

    [Fact]
    public Task Steps_of_a_type_without_operation_form_one_operation_named_after_the_type() => Verify.VerifyAnalyzerAsync("""
        using StepLog;
        public partial class {|#1:Importer|}
        {
            [Step(1, "Read")]
            public partial void Read();

            [{|#0:Step(1, "Parse")|}]
            public partial void Parse();
        }
        """, SL0004(0, "Read", "Parse", "Importer", 1), SL0005(1, "Importer", "1, 1", 2));

    [Fact]
    public Task Steps_of_different_operations_may_share_a_number() => Verify.VerifyAnalyzerAsync("""
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
    public Task A_number_still_being_typed_is_left_to_the_compiler() => Verify.VerifyAnalyzerAsync("""
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
