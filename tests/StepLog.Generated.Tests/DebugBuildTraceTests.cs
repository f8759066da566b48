using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using StepLog.Generated.Tests.Traces;

namespace StepLog.Generated.Tests;

/// <summary>
/// <see cref="LoggedTraceTests"/> in a Debug build, what <c>dotnet run</c> builds: nothing optimised, nothing inlined.
/// The failing calls run in a child process (the StepLog.Generated.DebugChild project, always built in Debug), which
/// writes what every sink received; the promise is checked here.
/// </summary>
public class DebugBuildTraceTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Every_sink_receives_a_trace_of_the_users_frames_only_in_a_Debug_build()
    {
        var child = typeof(DebugBuildTraceTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "DebugChild").Value!;
        Assert.True(File.Exists(child), $"The Debug fixture was not built: {child}.");
        Assert.True(IsUnoptimised(child), $"The Debug fixture was compiled with optimisations: {child}.");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(child);

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Patience);
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 0, $"The Debug fixture exited with {process.ExitCode}:\n{await error}");
        var texts = JsonSerializer.Deserialize<List<SinkText>>(await output)!;
        LoggedTraceTests.AssertUserFramesOnly(texts);
    }

    // What a Debug build is to the JIT: the compiler's [Debuggable] attribute that turns its optimiser off.
    private static bool IsUnoptimised(string path)
    {
        var context = new System.Runtime.Loader.AssemblyLoadContext("debug-fixture", isCollectible: true);
        try
        {
            var debuggable = context.LoadFromAssemblyPath(path).GetCustomAttributesData()
                .SingleOrDefault(a => a.AttributeType.FullName == typeof(DebuggableAttribute).FullName);
            return debuggable?.ConstructorArguments.FirstOrDefault().Value is int modes
                && ((DebuggableAttribute.DebuggingModes)modes).HasFlag(DebuggableAttribute.DebuggingModes.DisableOptimizations);
        }
        finally
        {
            context.Unload();
        }
    }
}
