using System.Globalization;

namespace StepLog.Samples.Observability;

/// <summary>What the command line and the environment ask for; <see cref="Error"/> says what was wrong, if anything.</summary>
internal sealed record SampleSettings(int Port, int Runs, bool Serve, bool Otlp, bool Incident = false, string? Error = null)
{
    public const int DefaultPort = 9464;

    public static SampleSettings From(string[] args, Func<string, string?> environment)
    {
        var port = environment("METRICS_PORT") is { Length: > 0 } fromEnvironment ? fromEnvironment : null;
        var runs = "3";
        var serve = true;
        var incident = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--port" when i + 1 < args.Length:
                    port = args[++i];
                    break;
                case "--runs" when i + 1 < args.Length:
                    runs = args[++i];
                    break;
                case "--no-serve":
                    serve = false;
                    break;
                case "--incident":
                    incident = true;
                    break;
                default:
                    return Invalid($"Unknown argument '{args[i]}'. Use: [--port N] [--runs N] [--no-serve] [--incident].");
            }
        }

        var otlp = environment("OTEL_EXPORTER_OTLP_ENDPOINT") is { Length: > 0 };
        if (!int.TryParse(port ?? DefaultPort.ToString(CultureInfo.InvariantCulture), NumberStyles.None, CultureInfo.InvariantCulture, out var portNumber) || portNumber is < 1 or > 65535)
        {
            return Invalid($"The metrics port '{port}' (from --port or METRICS_PORT) is not a port number between 1 and 65535.");
        }

        if (!int.TryParse(runs, NumberStyles.None, CultureInfo.InvariantCulture, out var runCount) || runCount < 1)
        {
            return Invalid($"--runs '{runs}' is not a number of runs of 1 or more.");
        }

        if (incident && !serve)
        {
            return Invalid("--incident plays an outage in the metrics it serves: use it without --no-serve.");
        }

        return new SampleSettings(portNumber, runCount, serve, otlp, incident);

        static SampleSettings Invalid(string error) => new(0, 0, false, false, Error: error);
    }
}
