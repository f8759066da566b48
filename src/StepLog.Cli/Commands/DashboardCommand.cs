using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using StepLog.Cli.Dashboard;
using StepLog.Cli.Records;
using StepLog.Cli.Text;
using StepLog.Records;

namespace StepLog.Cli.Commands;

/// <summary><c>steplog dashboard --store CONNECTION [--port N] [--host ADDRESS] [--open]</c>: the dashboard's pages over a store.</summary>
internal static class DashboardCommand
{
    public static Command Create()
    {
        var store = StoreOptions.Store();
        var port = new Option<int>("--port")
        {
            Description = "The port to listen on; 0 (the default) takes a free one, and the URL printed says which.",
            HelpName = "N",
            CustomParser = ParsePort,
        };
        var host = new Option<IPAddress>("--host")
        {
            Description = "The address to listen on: 127.0.0.1 (the default) serves this machine only. Any other address " +
                "(0.0.0.0: every interface) exposes the step records, subjects, errors and details included, to whoever " +
                "can reach it: the dashboard has no sign-in.",
            HelpName = "ADDRESS",
            CustomParser = ParseHost,
            DefaultValueFactory = _ => IPAddress.Loopback,
        };
        var open = new Option<bool>("--open")
        {
            Description = "Open the dashboard in the default browser once it listens.",
        };

        var command = new Command("dashboard", "Serve the StepLog dashboard (overview, runs, each run's steps, subjects, errors, batches) over the step records store, " +
            "until Ctrl+C. Prints the URL it listens on.\n" +
            "Exit code: 0 when stopped, 2 when the store cannot be opened or the address cannot be listened on.")
        {
            store, port, host, open,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult,
            parseResult.GetRequiredValue(store),
            new IPEndPoint(parseResult.GetRequiredValue(host), parseResult.GetValue(port)),
            parseResult.GetValue(open),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, StoreConnection connection, IPEndPoint endpoint, bool open, CancellationToken cancellationToken)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        var store = StoreOpener.Open(connection, out var problem);
        if (store is null)
        {
            await error.WriteLineAsync("steplog dashboard: " + SafeText.Clean(problem ?? "")).ConfigureAwait(false);
            return ExitCodes.Error;
        }

        await using (store.ConfigureAwait(false))
        {
            // StoreOpener opens the SQLite and PostgreSQL stores, QueuedStepStores both, whose queries the pages read.
            var (server, cannotListen) = await DashboardServer.StartAsync(((QueuedStepStore)store).Queries, endpoint, error, cancellationToken).ConfigureAwait(false);
            if (server is null)
            {
                await error.WriteLineAsync($"steplog dashboard: cannot listen on {endpoint}: {SafeText.Clean(cannotListen ?? "")}; choose another --port (0 takes a free one) or --host.").ConfigureAwait(false);
                return ExitCodes.Error;
            }

            await using (server.ConfigureAwait(false))
            {
                return await ServeAsync(server, connection, endpoint, open, output, error, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task<int> ServeAsync(
        DashboardServer server, StoreConnection connection, IPEndPoint endpoint, bool open, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!IPAddress.IsLoopback(endpoint.Address))
        {
            await error.WriteLineAsync($"steplog dashboard: listening on {endpoint.Address}, not only this machine: whoever reaches it can read the {SafeText.Clean(connection.Display)}'s records. The dashboard has no sign-in.").ConfigureAwait(false);
        }

        await output.WriteLineAsync($"StepLog dashboard of the {SafeText.Clean(connection.Display)}: {server.Url} (Ctrl+C stops it)").ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        if (open && !BrowserLauncher.TryOpen(server.Url, out var why))
        {
            await error.WriteLineAsync($"steplog dashboard: could not open a browser ({why}); open {server.Url} yourself.").ConfigureAwait(false);
        }

        // Ctrl+C cancels the command's token; SIGTERM stops the host, which takes that signal for itself.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, server.Stopping);
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // the one way this command ends well
        }

        return ExitCodes.Ok;
    }

    private static int ParsePort(ArgumentResult result)
    {
        var text = result.Tokens.Single().Value;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= IPEndPoint.MaxPort)
        {
            return port;
        }

        result.AddError($"--port: '{text}' is not a port number; give one from 0 to {IPEndPoint.MaxPort} (0 takes a free one).");
        return 0;
    }

    private static IPAddress ParseHost(ArgumentResult result)
    {
        var text = result.Tokens.Single().Value;
        if (string.Equals(text, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return IPAddress.Loopback;
        }

        if (IPAddress.TryParse(text, out var address))
        {
            return address;
        }

        result.AddError($"--host: '{text}' is not an IP address; give 127.0.0.1 (this machine only, the default), 0.0.0.0 (every interface) or one of this machine's addresses.");
        return IPAddress.Loopback;
    }
}
