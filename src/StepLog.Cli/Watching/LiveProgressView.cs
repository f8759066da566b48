using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Spectre.Console;
using Spectre.Console.Rendering;
using StepLog.Cli.Text;

namespace StepLog.Cli.Watching;

/// <summary>
/// Live bars on a terminal, one per progress file: the batch's name, a bar, its count, rate and ETA or duration, and
/// its status; an unreadable file is a line of its own in red. The figures are the batch's own, from its file, not
/// estimates of the console's.
/// </summary>
internal sealed class LiveProgressView : IProgressView
{
    private readonly ProgressContext _context;
    private readonly Dictionary<string, ProgressTask> _tasks = new(StringComparer.Ordinal);
    private readonly Dictionary<int, ProgressReading> _readings = [];
    private ProgressTask? _waiting;

    private LiveProgressView(ProgressContext context) => _context = context;

    /// <summary>Runs <paramref name="watch"/> with live bars drawn on <paramref name="console"/>, and returns its result.</summary>
    public static Task<int> RunAsync(IAnsiConsole console, Func<IProgressView, Task<int>> watch)
    {
        var view = (LiveProgressView?)null;
        return console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(
                new TaskDescriptionColumn { Alignment = Justify.Left },
                new ProgressBarColumn(),
                new DetailsColumn(task => view!._readings.GetValueOrDefault(task.Id)))
            .StartAsync(async context =>
            {
                view = new LiveProgressView(context);
                return await watch(view).ConfigureAwait(false);
            });
    }

    public void Show(IReadOnlyList<ProgressReading> readings)
    {
        if (_waiting is { IsFinished: false } waiting && readings.Count > 0)
        {
            // A task cannot be removed, nor have an empty name: the waiting line stays, saying it is over.
            waiting.Description = "[grey]Progress files found[/]";
            waiting.IsIndeterminate = false;
            waiting.Value = waiting.MaxValue;
            waiting.StopTask();
        }

        foreach (var reading in readings)
        {
            if (!_tasks.TryGetValue(reading.Path, out var task))
            {
                task = _context.AddTask(Markup.Escape(SafeText.Clean(reading.Name)), autoStart: true, maxValue: 1);
                _tasks[reading.Path] = task;
            }

            _readings[task.Id] = reading;
            if (reading.Progress is { } progress)
            {
                task.Description = Markup.Escape(SafeText.Clean(progress.Operation));
                task.IsIndeterminate = false;
                task.MaxValue = Math.Max(1, progress.Total);
                task.Value = Math.Min(progress.Processed, task.MaxValue);
            }
            else
            {
                task.Description = "[red]" + Markup.Escape(SafeText.Clean(reading.Name)) + "[/]";
                task.IsIndeterminate = true;
            }
        }

        _context.Refresh();
    }

    public void Waiting(string message)
    {
        var description = Markup.Escape(SafeText.Clean(message));
        _waiting ??= _context.AddTask(description, autoStart: true, maxValue: 1);
        _waiting.IsIndeterminate = true;
        _waiting.Description = description;
        _context.Refresh();
    }

    /// <summary>Count, pace, failures and status after the bar, coloured by how the batch stands.</summary>
    private sealed class DetailsColumn(Func<ProgressTask, ProgressReading?> reading) : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
        {
            if (reading(task) is not { } current)
            {
                return Spectre.Console.Text.Empty;
            }

            if (current.Progress is not { } progress)
            {
                return new Markup("[red]unreadable: " + Markup.Escape(SafeText.Clean(current.Problem)) + "[/]");
            }

            var colour = progress.Status switch
            {
                BatchProgress.Running => "blue",
                BatchProgress.Completed => progress.Failed > 0 ? "yellow" : "green",
                _ => "red",
            };
            return new Markup(
                Markup.Escape($"{ProgressText.Count(progress)}  {ProgressText.Pace(progress)}{ProgressText.Failures(progress)}  ") +
                $"[{colour}]{Markup.Escape(SafeText.Clean(progress.Status))}[/]");
        }
    }
}
