using System;
using System.IO;

namespace StepLog.Cli.Output;

/// <summary>Whether output goes to a terminal (tables, colour) or to a pipe or file (plain text, never an ANSI code).</summary>
internal static class Terminal
{
    public static bool IsTerminal(TextWriter output) =>
        ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected
        && Environment.GetEnvironmentVariable("TERM") is not "dumb";
}
