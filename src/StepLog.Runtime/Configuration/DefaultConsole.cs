using System;
using System.Text;
using System.Threading;
using Microsoft.Extensions.Logging;

namespace StepLog;

/// <summary>The zero-configuration logger factory: the console, the <c>steplog</c> formatter, the level from the environment.</summary>
internal static class DefaultConsole
{
    private static readonly Action<ILogger, string, Exception?> InvalidLevel =
        LoggerMessage.Define<string>(LogLevel.Warning, new EventId(100, "InvalidLevel"), "{Problem}");

    private static int s_utf8Checked;

    public static ILoggerFactory CreateFactory()
    {
        var (level, problem) = LevelSetting.Read(Environment.GetEnvironmentVariable);
        var factory = LoggerFactory.Create(builder => builder.AddStepLogConsole().SetMinimumLevel(level));

        // The console logger writes from a queue on a background thread; disposing the factory at exit flushes it,
        // so that the last lines of a short program (its COMPLETE) are not lost.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => factory.Dispose();

        if (problem is not null)
        {
            InvalidLevel(factory.CreateLogger("StepLog"), problem, null);
        }

        return factory;
    }

    /// <summary>Emoji need a UTF-8 console; Windows consoles default to a legacy code page that mangles them.</summary>
    public static void EnsureUtf8Output()
    {
        if (Interlocked.Exchange(ref s_utf8Checked, 1) != 0)
        {
            return;
        }

        try
        {
            if (Console.OutputEncoding.CodePage != Encoding.UTF8.CodePage)
            {
                Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
            }
        }
        catch (Exception)
        {
            // Some hosts (services, redirected handles on old runtimes) refuse; the ASCII symbols remain for them.
        }
    }
}
