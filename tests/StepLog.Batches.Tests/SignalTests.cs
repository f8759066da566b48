using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace StepLog.Batches.Tests;

/// <summary>
/// Real signals sent to a child process that runs a batch (the StepLog.Batches.Child project, built beside the tests).
/// The tests wait for lines, never for time.
/// </summary>
public sealed class SignalTests : IDisposable
{
    private const int SigInt = 2;
    private const int SigKill = 9;
    private const int SigTerm = 15;
    private const int Items = 2000;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "steplog-signal-" + Guid.NewGuid().ToString("N"));

    private string CheckpointPath => Path.Combine(_folder, "batch.checkpoint");

    private string ProgressPath => Path.Combine(_folder, "progress", "batch.json");

    [Theory]
    [InlineData(SigInt)]
    [InlineData(SigTerm)]
    public async Task A_first_signal_stops_gracefully_and_the_rerun_resumes_each_item_exactly_once(int signal)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        await using var child = Child.Start("slow", CheckpointPath, ProgressPath, Items);
        await child.WaitForLineAsync(l => l.StartsWith("✅ [") && child.Count(x => x.StartsWith("✅")) >= 5);
        Child.Signal(child.Id, signal);
        var exit = await child.ExitAsync();

        Assert.Equal(0, exit);
        var interrupted = child.Lines.Single(l => l.StartsWith("⏹️  INTERRUPTED: Child Batch (processed="));
        Assert.Contains($"total={Items}", interrupted);
        Assert.DoesNotContain(child.Lines, l => l.Contains("CANCELLED")); // items in flight finished
        var succeeded = child.Count(l => l.StartsWith("✅"));
        Assert.Contains($"RESULT interrupted=True resumed=0 succeeded={succeeded} failed=0", child.Lines);

        var progress = ProgressFileTests.Read(ProgressPath);
        Assert.Equal("interrupted", progress.GetProperty("status").GetString());
        Assert.Equal(succeeded, progress.GetProperty("processed").GetInt32());
        Assert.Equal(child.Id, progress.GetProperty("pid").GetInt32());
        Assert.Equal(succeeded, Checkpoint.Read(CheckpointPath).Count);

        await using var rerun = Child.Start("fast", CheckpointPath, ProgressPath, Items);
        Assert.Equal(0, await rerun.ExitAsync());
        Assert.Equal($"🚀 START: Child Batch (total={Items}, resumed={succeeded})", rerun.Lines[0]);
        Assert.Contains($"RESULT interrupted=False resumed={succeeded} succeeded={Items - succeeded} failed=0", rerun.Lines);
        Assert.Equal("completed", ProgressFileTests.Read(ProgressPath).GetProperty("status").GetString());

        // Across both runs, every item succeeded exactly once.
        var recorded = File.ReadAllLines(CheckpointPath);
        Assert.Equal(Items, recorded.Length);
        Assert.Equal(Enumerable.Range(1, Items).Select(i => "ok\titem-" + i).Order(), recorded.Order());
    }

    [Fact]
    public async Task A_second_signal_cancels_the_items_in_flight()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        // Items wait for their token and the grace period is minutes: only the second signal can end them.
        await using var child = Child.Start("hang", CheckpointPath, ProgressPath, Items);
        await child.WaitForLineAsync(_ => child.Count(x => x.StartsWith("STARTED")) >= 2);
        Child.Signal(child.Id, SigTerm);
        Child.Signal(child.Id, SigInt);
        var exit = await child.ExitAsync();

        Assert.Equal(0, exit);
        Assert.Equal(2, child.Count(l => l.StartsWith("⏹️  [") && l.Contains(" - CANCELLED (duration_ms=")));
        Assert.Contains($"⏹️  INTERRUPTED: Child Batch (processed=0, total={Items}, succeeded=0, failed=0, total_duration_ms=", string.Join('\n', child.Lines));
        Assert.Equal("interrupted", ProgressFileTests.Read(ProgressPath).GetProperty("status").GetString());
        Assert.Empty(Checkpoint.Read(CheckpointPath)); // cancelled items are not outcomes: a rerun runs them
    }

    [Theory]
    [InlineData(SigInt)]
    [InlineData(SigTerm)]
    public async Task A_signal_ends_the_process_even_when_the_items_ignore_their_token(int signal)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        // Items block their threads for two minutes and never look at their token; the grace period is 2 s.
        await using var child = Child.Start("ignore", CheckpointPath, ProgressPath, Items);
        await child.WaitForLineAsync(_ => child.Count(x => x.StartsWith("STARTED")) >= 2);
        Child.Signal(child.Id, signal);
        var exit = await child.ExitAsync(TimeSpan.FromSeconds(30)); // exits, where it used to hang until SIGKILL

        Assert.Equal(0, exit);
        Assert.Equal(2, child.Count(l => l.StartsWith("⏹️  [") && l.Contains(" - ABANDONED (duration_ms=")));
        Assert.Contains($"⏹️  INTERRUPTED: Child Batch (processed=0, total={Items}, succeeded=0, failed=0, abandoned=2, total_duration_ms=", string.Join('\n', child.Lines));
        Assert.Contains("RESULT interrupted=True resumed=0 succeeded=0 failed=0", child.Lines);
        Assert.Contains("ABANDONED item-1,item-2", child.Lines);
        Assert.Equal("interrupted", ProgressFileTests.Read(ProgressPath).GetProperty("status").GetString());
        Assert.Empty(Checkpoint.Read(CheckpointPath)); // abandoned items are not outcomes: a rerun runs them
    }

    [Fact]
    public async Task After_SIGKILL_the_rerun_skips_no_item()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        await using (var child = Child.Start("slow", CheckpointPath, ProgressPath, Items))
        {
            await child.WaitForLineAsync(_ => File.Exists(CheckpointPath) && Checkpoint.Read(CheckpointPath).Count >= 10);
            Child.Signal(child.Id, SigKill);
            Assert.NotEqual(0, await child.ExitAsync());
            Assert.DoesNotContain(child.Lines, l => l.Contains("INTERRUPTED") || l.Contains("COMPLETE"));
        }

        var recorded = Checkpoint.Read(CheckpointPath).Count;
        await using var rerun = Child.Start("fast", CheckpointPath, ProgressPath, Items);
        Assert.Equal(0, await rerun.ExitAsync());

        Assert.Equal($"🚀 START: Child Batch (total={Items}, resumed={recorded})", rerun.Lines[0]);
        var outcomes = Checkpoint.Read(CheckpointPath);
        Assert.Equal(Items, outcomes.Count);
        Assert.All(outcomes.Values, Assert.True);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private sealed class Child : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly List<string> _lines = [];
        private readonly SemaphoreSlim _changed = new(0);

        private Child(Process process) => _process = process;

        public int Id => _process.Id;

        public IReadOnlyList<string> Lines
        {
            get
            {
                lock (_lines)
                {
                    return _lines.ToArray();
                }
            }
        }

        public static Child Start(string mode, string checkpoint, string progress, int count)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
                UseShellExecute = false,
            };
            start.ArgumentList.Add("exec");
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "StepLog.Batches.Child.dll"));
            start.ArgumentList.Add(mode);
            start.ArgumentList.Add(checkpoint);
            start.ArgumentList.Add(progress);
            start.ArgumentList.Add(count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var child = new Child(new Process { StartInfo = start });
            child._process.OutputDataReceived += (_, e) =>
            {
                if (e.Data is { } line)
                {
                    lock (child._lines)
                    {
                        child._lines.Add(line);
                    }

                    child._changed.Release();
                }
            };
            child._process.Start();
            child._process.BeginOutputReadLine();
            child._process.BeginErrorReadLine();
            return child;
        }

        public static void Signal(int pid, int signal) => Assert.Equal(0, Kill(pid, signal));

        public int Count(Func<string, bool> predicate) => Lines.Count(predicate);

        public async Task WaitForLineAsync(Func<string, bool> done)
        {
            using var timeout = new CancellationTokenSource(Patience);
            while (!Lines.Any(done))
            {
                Assert.False(_process.HasExited, "The child ended early:\n" + string.Join('\n', Lines));
                await _changed.WaitAsync(TimeSpan.FromMilliseconds(200), timeout.Token);
            }
        }

        public async Task<int> ExitAsync(TimeSpan? patience = null)
        {
            using var timeout = new CancellationTokenSource(patience ?? Patience);
            await _process.WaitForExitAsync(timeout.Token);
            _process.WaitForExit(); // drains the output
            return _process.ExitCode;
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                _process.Kill();
                await _process.WaitForExitAsync();
            }

            _process.Dispose();
            _changed.Dispose();
        }

        [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
        private static extern int Kill(int pid, int signal);
    }
}
