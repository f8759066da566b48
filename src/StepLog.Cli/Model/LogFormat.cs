namespace StepLog.Cli.Model;

/// <summary>The format a line was written in; detected per line, so one file may mix them.</summary>
internal enum LogFormat
{
    /// <summary>StepLog's own text: the <c>steplog</c> console formatter, or any sink that writes the message as it is.</summary>
    StepLogText,

    /// <summary>Serilog's default text file template: <c>timestamp | source | LVL | message</c>.</summary>
    SerilogText,

    /// <summary>Microsoft.Extensions.Logging's JSON console formatter: <c>{"EventId":…,"State":{…}}</c>.</summary>
    JsonConsole,

    /// <summary>Serilog's compact JSON (CLEF): <c>{"@t":…,"@mt":…,…}</c>.</summary>
    CompactJson,
}
