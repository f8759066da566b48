using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
#if NET
using System.Diagnostics.CodeAnalysis;
#endif
using System.Reflection;

namespace StepLog;

/// <summary>
/// What a value that is a sequence renders as: a collection as its count, any other sequence as <c>&lt;sequence&gt;</c>,
/// never enumerated (enumerating could run a query or consume an iterator). Strings are not sequences here.
/// </summary>
internal static class CollectionCount
{
    /// <summary>The text of a sequence that is not a collection.</summary>
    public const string SequenceText = "<sequence>";

    // One reader per runtime type that is a sequence but neither a non-generic ICollection nor a covariant
    // IReadOnlyCollection; null for a sequence without a count. Found once per type, so that no line pays reflection twice.
    private static readonly ConcurrentDictionary<Type, Func<object, int>?> Readers = new();

    // The getters of the open interfaces, named here so that Native AOT keeps their metadata: a getter looked up by
    // name on a type known only at run time would find nothing there.
    private static readonly MethodInfo CollectionCountGetter = typeof(ICollection<>).GetProperty(nameof(ICollection<int>.Count))!.GetMethod!;
    private static readonly MethodInfo ReadOnlyCollectionCountGetter = typeof(IReadOnlyCollection<>).GetProperty(nameof(IReadOnlyCollection<int>.Count))!.GetMethod!;

    /// <summary>
    /// What a value renders as when reading it (its count, its text) threw: <c>&lt;error: TypeName&gt;</c>, which names
    /// the exception's type and never its message (the message is the user's text, and may throw too).
    /// </summary>
    public static string ErrorText(Exception fault) => "<error: " + fault.GetType().Name + ">";

    /// <summary>
    /// Whether <paramref name="value"/> is a sequence (other than a string): then <paramref name="count"/> is its count,
    /// or null for a sequence that is not a collection.
    /// </summary>
    public static bool IsSequence(object? value, out int? count)
    {
        switch (value)
        {
            case null or string or not IEnumerable:
                count = null;
                return false;

            // Arrays, List<T>, Dictionary<K,V>, most of the BCL.
            case ICollection collection:
                count = collection.Count;
                return true;

            // Covariance makes every collection of a reference type one of these.
            case IReadOnlyCollection<object> items:
                count = items.Count;
                return true;
        }

        var reader = Readers.GetOrAdd(value.GetType(), FindReader);
        count = reader?.Invoke(value);
        return true;
    }

    // ICollection<T> or IReadOnlyCollection<T> of any T: HashSet<decimal>, a user's ICollection<Color>, a user's
    // ICollection<string> that is not also an IReadOnlyCollection<string>.
#if NET
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "The type is a live object's: the trimmer keeps the interfaces it implements that are used (ICollection<T> and IReadOnlyCollection<T> are used here). Were one removed, the value would render as <sequence>, never fail.")]
#endif
    private static Func<object, int>? FindReader(Type type)
    {
        foreach (var implemented in type.GetInterfaces())
        {
            if (!implemented.IsGenericType)
            {
                continue;
            }

            var definition = implemented.GetGenericTypeDefinition();
            if (definition != typeof(ICollection<>) && definition != typeof(IReadOnlyCollection<>))
            {
                continue;
            }

            return CompiledReader(definition, implemented.GetGenericArguments()[0]) ?? InvokedReader(CountGetter(definition, implemented));
        }

        return null;
    }

    /// <summary>A delegate compiled for the element type, so that reading the count costs one interface call.</summary>
#if NET
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Only where dynamic code is supported; Native AOT takes the invoked reader.")]
    [UnconditionalSuppressMessage("Trimming", "IL2060", Justification = "The generic methods have no annotated type parameters; only where dynamic code is supported.")]
#endif
    private static Func<object, int>? CompiledReader(Type definition, Type element)
    {
#if NET
        if (!System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported)
        {
            return null;
        }
#endif

        var name = definition == typeof(ICollection<>) ? nameof(CountOfCollection) : nameof(CountOfReadOnlyCollection);
        var method = typeof(CollectionCount).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(element);
#if NET
        return method.CreateDelegate<Func<object, int>>();
#else
        return (Func<object, int>)method.CreateDelegate(typeof(Func<object, int>));
#endif
    }

    /// <summary>The Count getter of a constructed ICollection&lt;T&gt; or IReadOnlyCollection&lt;T&gt;, from its open definition's.</summary>
    private static MethodInfo? CountGetter(Type definition, Type constructed) =>
        MethodBase.GetMethodFromHandle(
            (definition == typeof(ICollection<>) ? CollectionCountGetter : ReadOnlyCollectionCountGetter).MethodHandle,
            constructed.TypeHandle) as MethodInfo;

    /// <summary>
    /// Native AOT cannot compile a new instantiation: the interface's getter is invoked instead, its exception unwrapped
    /// so that a throwing Count is reported as itself.
    /// </summary>
    internal static Func<object, int>? InvokedReader(MethodInfo? getter) =>
#if NET
        getter is null ? null : value => (int)getter.Invoke(value, BindingFlags.DoNotWrapExceptions, null, null, null)!;
#else
        getter is null ? null : value => (int)getter.Invoke(value, null)!;
#endif

    private static int CountOfCollection<T>(object value) => ((ICollection<T>)value).Count;

    private static int CountOfReadOnlyCollection<T>(object value) => ((IReadOnlyCollection<T>)value).Count;
}
