using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Serilog;

namespace StepLog.Samples.Workflow;

/// <summary>
/// The session's logging setup: the console at Information (StepLog's formatter), and a session file
/// <c>logs/SESSION_yyyyMMdd_HHmmss.log</c> at Debug that rolls over to <c>_001</c>, <c>_002</c>… when it reaches its
/// size limit. The file is Serilog's file sink behind Microsoft.Extensions.Logging.
/// </summary>
internal sealed class SessionLogging : IDisposable
{
    private const string FileTemplate = "{Timestamp:yyyy-MM-dd HH:mm:ss.fff} | {SourceContext,-40} | {Level:u3} | {Message:lj}{NewLine}{Exception}";

    private SessionLogging(string sessionId, string filePath, ILoggerFactory factory)
    {
        SessionId = sessionId;
        FilePath = filePath;
        Factory = factory;
    }

    public string SessionId { get; }

    /// <summary>The session's first file; later ones, after a rollover, sit beside it with a _NNN suffix.</summary>
    public string FilePath { get; }

    public ILoggerFactory Factory { get; }

    public static SessionLogging Start(string directory, long fileSizeLimitBytes)
    {
        var sessionId = DateTime.Now.ToString("yyyyMMdd_HHmmss", CultureInfo.InvariantCulture);
        var filePath = Path.Combine(directory, $"SESSION_{sessionId}.log");
        var file = new LoggerConfiguration()
            .MinimumLevel.Debug()
            .WriteTo.File(
                filePath,
                outputTemplate: FileTemplate,
                formatProvider: CultureInfo.InvariantCulture,
                fileSizeLimitBytes: fileSizeLimitBytes,
                rollOnFileSizeLimit: true,
                retainedFileCountLimit: 10)
            .CreateLogger();

        var factory = LoggerFactory.Create(builder => builder
            .SetMinimumLevel(LogLevel.Debug)
            .AddStepLog()
            .AddFilter<ConsoleLoggerProvider>(category: null, LogLevel.Information)
            .AddSerilog(file, dispose: true));
        return new SessionLogging(sessionId, filePath, factory);
    }

    /// <summary>Flushes the console queue and closes the file, so that every line is written before the program ends.</summary>
    public void Dispose() => Factory.Dispose();
}
