using System.Collections;
using System.Collections.Generic;
using StepLog.Testing;

namespace StepLog.Runtime.Tests;

/// <summary>
/// A collection of any element type renders as its count, in the text and the fields; a sequence that is not a
/// collection renders as &lt;sequence&gt; and is never enumerated (that could run a query or consume an iterator).
/// </summary>
public class CollectionValueTests
{
    private enum Color
    {
        Red,
        Green,
    }

    private readonly LogCapture _capture = new();

    public static TheoryData<string, object, int> Collections() => new()
    {
        { "HashSet<decimal>", new HashSet<decimal> { 1m, 2m, 3m }, 3 },
        { "HashSet<short>", new HashSet<short> { 1, 2 }, 2 },
        { "IEnumerable<Color> holding a HashSet", (IEnumerable<Color>)new HashSet<Color> { Color.Red, Color.Green }, 2 },
        { "a user's ICollection<T> of a struct only", new OnlyGenericCollection<(int, int)>(4), 4 },
        { "a user's IReadOnlyCollection<T> of an enum only", new OnlyReadOnlyCollection<Color>(5), 5 },
        { "a user's ICollection<T> of a class only", new OnlyGenericCollection<string>(6), 6 },
        { "an array of structs", new DateTime[7], 7 },
        { "a dictionary", new Dictionary<Color, decimal> { [Color.Red] = 1m }, 1 },
    };

    [Theory]
    [MemberData(nameof(Collections))]
    public void A_collection_of_any_element_type_is_its_count(string description, object collection, int count)
    {
        using var op = new StepLogger(_capture.CreateLogger("Tests"), "Op", 1);
        op.Start(("items", collection));

        Assert.True($"🚀 START: Op (items={count})" == _capture.Lines[0], description + ": " + _capture.Lines[0]);
        Assert.Equal(count, _capture.Entries[0].Field("items"));
    }

    [Fact]
    public void A_query_and_an_iterator_are_sequences_and_are_never_enumerated()
    {
        var source = new EnumerationCounter();
        var query = new List<int> { 1, 2, 3 }.Where(_ => source.Touch());
        var iterator = source.Iterate();

        using var op = new StepLogger(_capture.CreateLogger("Tests"), "Op", 1);
        op.Start(("query", query), ("iterator", iterator));
        _ = _capture.Entries[0].Fields.ToList();

        Assert.Equal("🚀 START: Op (query=<sequence>, iterator=<sequence>)", _capture.Lines[0]);
        Assert.Equal("<sequence>", _capture.Entries[0].Field("query"));
        Assert.Equal("<sequence>", _capture.Entries[0].Field("iterator"));
        Assert.Equal(0, source.Touches);
    }

    [Fact]
    public void A_string_is_a_string()
    {
        using var op = new StepLogger(_capture.CreateLogger("Tests"), "Op", 1);
        op.Start(("name", "abc"), ("chars", (IEnumerable<char>)"xyz"));

        Assert.Equal("🚀 START: Op (name=abc, chars=xyz)", _capture.Lines[0]);
        Assert.Equal("abc", _capture.Entries[0].Field("name"));
    }

    [Fact]
    public void A_count_that_throws_costs_the_value_not_the_line()
    {
        using var op = new StepLogger(_capture.CreateLogger("Tests"), "Op", 1);
        op.Start(("broken", new OnlyGenericCollection<Color>(-1)));

        Assert.Equal("🚀 START: Op (broken=<error: InvalidOperationException>)", _capture.Lines[0]);
        Assert.Equal("<error: InvalidOperationException>", _capture.Entries[0].Field("broken"));
    }

    [Fact]
    public void The_reader_that_Native_AOT_takes_reads_the_count_through_the_interface()
    {
        var getter = typeof(ICollection<decimal>).GetProperty(nameof(ICollection<decimal>.Count))!.GetMethod;

        var reader = CollectionCount.InvokedReader(getter)!;

        Assert.Equal(3, reader(new HashSet<decimal> { 1m, 2m, 3m }));
        Assert.Null(CollectionCount.InvokedReader(null));
        var throwing = CollectionCount.InvokedReader(typeof(ICollection<Color>).GetProperty(nameof(ICollection<Color>.Count))!.GetMethod)!;
        Assert.Throws<InvalidOperationException>(() => throwing(new OnlyGenericCollection<Color>(-1)));
    }

    private sealed class EnumerationCounter
    {
        public int Touches { get; private set; }

        public bool Touch()
        {
            Touches++;
            return true;
        }

        public IEnumerable<int> Iterate()
        {
            Touches++;
            yield return 1;
        }
    }

    /// <summary>Implements ICollection&lt;T&gt; and nothing non-generic; a negative count throws.</summary>
    private sealed class OnlyGenericCollection<T>(int count) : ICollection<T>
    {
        public int Count => count >= 0 ? count : throw new InvalidOperationException("no count");

        public bool IsReadOnly => true;

        public void Add(T item) => throw new NotSupportedException();

        public void Clear() => throw new NotSupportedException();

        public bool Contains(T item) => false;

        public void CopyTo(T[] array, int arrayIndex)
        {
        }

        public bool Remove(T item) => false;

        public IEnumerator<T> GetEnumerator() => throw new InvalidOperationException("enumerated");

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private sealed class OnlyReadOnlyCollection<T>(int count) : IReadOnlyCollection<T>
    {
        public int Count => count;

        public IEnumerator<T> GetEnumerator() => throw new InvalidOperationException("enumerated");

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
