using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Microsoft.Extensions.Logging;
using StepLog.Analyzers.Usage;
using StepLog.Shared;

namespace StepLog.Analyzers.Tests.Usage;

/// <summary>
/// The key SL0011's fix writes is the key the runtime keeps a colliding value under: the fix's new keys are compared
/// with the keys a real StepLogger writes in the structured state of the same line.
/// </summary>
public class KeyRenameParityTests
{
    [Fact]
    public void The_fix_renames_a_repeated_key_as_the_runtime_keeps_it()
    {
        var runtime = RuntimeKeys(op => op.Start(("count", 1), ("count", 2), ("count_value", 3), ("count", 4)));

        var fix = FixKeys(["count", "count", "count_value", "count"], key => LineKeyRules.IsStepLogField(key, LineKind.OperationStart));

        Assert.Equal(["count", "count_value2", "count_value", "count_value3"], runtime);
        Assert.Equal(runtime, fix);
    }

    [Fact]
    public void The_fix_renames_a_key_StepLog_writes_as_the_runtime_keeps_it()
    {
        var runtime = RuntimeKeys(op => op.Start(("depth", 1), ("depth_value", 2), ("depth", 3)));

        var fix = FixKeys(["depth", "depth_value", "depth"], key => LineKeyRules.IsStepLogField(key, LineKind.OperationStart));

        Assert.Equal(runtime, fix);
    }

    // The user's keys of the start line, in order, as the runtime's structured state carries them.
    private static string[] RuntimeKeys(Action<StepLogger> log)
    {
        var logger = new StateKeysLogger();
        using (var op = new StepLogger(logger, "Sync", 1))
        {
            log(op);
        }

        var own = new HashSet<string>(["operation", "operation_id", "depth", "trace_id", "span_id", "subject", "{OriginalFormat}"]);
        return logger.FirstLineKeys!.Where(k => !own.Contains(k)).ToArray();
    }

    // The keys of the line after applying each SL0011 finding's new key.
    private static string[] FixKeys(string[] keys, Func<string, bool> isStepLogField)
    {
        var lineKeys = keys.Select((k, i) => new LineKey(k, Location.Create("a.cs", new TextSpan(i, 1), new LinePositionSpan(default, default)), "test")).ToList();
        var result = (string[])keys.Clone();
        foreach (var diagnostic in LineKeys.Check(lineKeys, isStepLogField, DiagnosticSeverity.Warning))
        {
            result[diagnostic.Location.SourceSpan.Start] = diagnostic.Properties[LineKeys.NewKeyProperty]!;
        }

        return result;
    }

    private sealed class StateKeysLogger : ILogger
    {
        public string[]? FirstLineKeys { get; private set; }

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (FirstLineKeys is null && state is IEnumerable<KeyValuePair<string, object?>> pairs)
            {
                FirstLineKeys = pairs.Select(p => p.Key).ToArray();
            }
        }
    }
}
