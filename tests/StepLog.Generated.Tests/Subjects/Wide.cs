using Microsoft.Extensions.Logging;

namespace StepLog.Generated.Tests.Subjects;

/// <summary>A step with more values than any StepMetadata arity, of value and reference types.</summary>
public partial class Wide(ILogger logger)
{
    private readonly ILogger _logger = logger;

    [Step(1, "Take eight")]
    public partial void Take([Log] int a, [Log] long b, [Log] string c, [Log] string? d, [Log] bool e, [Log] double f, [Log] Guid g, [Log("last")] DayOfWeek h);

    private void TakeCore(int a, long b, string c, string? d, bool e, double f, Guid g, DayOfWeek h)
    {
    }
}

/// <summary>A step whose result counts how often its size is read.</summary>
public partial class Listing(ILogger logger)
{
    private readonly ILogger _logger = logger;

    [Step(1, "List", Result = "items")]
    public partial CountedCollection List(CountedCollection list);

    private CountedCollection ListCore(CountedCollection list) => list;
}

public sealed class CountedCollection : IEnumerable<int>
{
    public int Reads { get; private set; }

    public int Count
    {
        get
        {
            Reads++;
            return 3;
        }
    }

    public IEnumerator<int> GetEnumerator() => Enumerable.Empty<int>().GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
