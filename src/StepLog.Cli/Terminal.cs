using System;
using System.CommandLine;
using System.IO;

namespace StepLog.Cli;

/// <summary>Where a command writes, and whether that is a person at a terminal or a pipe, a file, a test.</summary>
internal static class Terminal
{
    /// <summary>The writer for results: the invocation's own (a test's), or standard output.</summary>
    public static TextWriter Output(ParseResult parseResult) => parseResult.InvocationConfiguration.Output;

    /// <summary>The writer for problems: the invocation's own (a test's), or standard error.</summary>
    public static TextWriter Error(ParseResult parseResult) => parseResult.InvocationConfiguration.Error;

    /// <summary>
    /// True only when the output is the process's standard output and that is a terminal: live bars, colours and
    /// tables there; plain lines, with no ANSI code, anywhere else.
    /// </summary>
    public static bool IsInteractive(ParseResult parseResult) =>
        ReferenceEquals(Output(parseResult), Console.Out) && !Console.IsOutputRedirected;
}
