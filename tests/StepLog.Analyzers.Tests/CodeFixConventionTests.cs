using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace StepLog.Analyzers.Tests;

/// <summary>
/// One convention for every code fix (see <see cref="StepLogCodeFixProvider"/>): named after the rule it fixes, in the
/// Fixes folder beside its analyzer, tested in the same place under tests/.
/// </summary>
public class CodeFixConventionTests
{
    public static TheoryData<string> Providers() =>
        new(typeof(StepLogCodeFixProvider).Assembly.GetTypes()
            .Where(t => typeof(CodeFixProvider).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => t.FullName!));

    [Theory]
    [MemberData(nameof(Providers))]
    public void A_fix_is_named_after_its_rule_and_lives_beside_its_analyzer(string typeName)
    {
        var type = typeof(StepLogCodeFixProvider).Assembly.GetType(typeName)!;
        var provider = (CodeFixProvider)Activator.CreateInstance(type)!;

        Assert.True(type.IsSubclassOf(typeof(StepLogCodeFixProvider)), $"{type.Name} does not derive from StepLogCodeFixProvider.");
        Assert.EndsWith("CodeFixProvider", type.Name, StringComparison.Ordinal);
        var ruleName = type.Name[..^"CodeFixProvider".Length];
        var rule = typeof(Descriptors).GetField(ruleName, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)?.GetValue(null) as DiagnosticDescriptor;
        Assert.True(rule is not null, $"{type.Name}: no rule Descriptors.{ruleName}.");
        Assert.Equal(rule.Id, provider.FixableDiagnosticIds[0]);

        var area = type.Namespace!.Split('.')[^2];
        Assert.Equal($"StepLog.Analyzers.{area}.Fixes", type.Namespace);
        Assert.True(File.Exists(Path.Combine(SourceRoot(), "src", "StepLog.Analyzers", area, "Fixes", type.Name + ".cs")), $"{type.Name}.cs is not in src/StepLog.Analyzers/{area}/Fixes.");
        Assert.True(File.Exists(Path.Combine(SourceRoot(), "tests", "StepLog.Analyzers.Tests", area, "Fixes", type.Name + "Tests.cs")), $"{type.Name}Tests.cs is not in tests/StepLog.Analyzers.Tests/{area}/Fixes.");
    }

    private static string SourceRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "StepLog.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("No StepLog.sln above " + AppContext.BaseDirectory);
    }
}
