namespace StepLog.Analyzers.Tests.Infrastructure;

/// <summary>Wraps test members in a compilable file: usings, a logger and the helpers the seed-shaped code calls.</summary>
internal static class FlowCode
{
    public static string InClass(string members) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Logging;
        using StepLog;

        partial class Sample
        {
            private readonly ILogger _log = null!;

        {{members}}

            static List<int> Fetch() => new List<int>();
            static Task<List<int>> FetchAsync() => Task.FromResult(new List<int>());
            static List<int> Validate(List<int> items) => items;
            static void Store(List<int> items) { }
            static bool Check() => true;
            static void Work() { }
        }
        """;
}
