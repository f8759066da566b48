using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using StepLog.Analyzers.Flow;

namespace StepLog.Analyzers.Tests.Flow;

/// <summary>The text test that decides which bodies the flow analyzer binds: it must never miss the type's name.</summary>
public class LoggerTypeMentionTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(2020)]
    [InlineData(2030)]
    [InlineData(2035)]
    [InlineData(2040)]
    [InlineData(2045)]
    [InlineData(4070)]
    [InlineData(4080)]
    [InlineData(6000)]
    public void Finds_the_name_wherever_it_falls_in_the_body(int padding) =>
        Assert.True(LoggerTypeMention.In(Method($"{{ /*{new string('x', padding)}*/ StepLogger op = null!; }}"), default));

    [Fact]
    public void Finds_the_name_in_the_last_characters() =>
        Assert.True(LoggerTypeMention.In(Method("=> new StepLogger"), default));

    [Theory]
    [InlineData(0)]
    [InlineData(2040)]
    [InlineData(5000)]
    public void A_body_that_does_not_spell_the_name_is_not_bound(int padding) =>
        Assert.False(LoggerTypeMention.In(Method($"{{ /*{new string('x', padding)}*/ StepLog.Other op = null!; var s = \"StepLogge\"; }}"), default));

    [Fact]
    public void Looks_only_inside_the_node_it_is_given()
    {
        var tree = CSharpSyntaxTree.ParseText("class C { StepLogger _field; void M() { } }");
        var method = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single();
        Assert.False(LoggerTypeMention.In(method, default));
    }

    private static MethodDeclarationSyntax Method(string body) =>
        CSharpSyntaxTree.ParseText($"class C {{ void M() {body} }}").GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single();
}
