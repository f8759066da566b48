using System.CommandLine;

namespace StepLog.Cli.Tests.Support;

/// <summary>Runs the steplog command line as Main does, with its output and error captured (never a terminal).</summary>
internal static class Tool
{
    public static (int Exit, string Output, string Error) Run(params string[] arguments)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = Program.RunAsync(arguments, new InvocationConfiguration { Output = output, Error = error }).GetAwaiter().GetResult();
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Writes text to a new temporary file and returns its path.</summary>
    public static string File(string text, string name = "app.log")
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("steplog-cli-").FullName, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }
}
