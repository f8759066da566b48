namespace StepLog;

/// <summary>
/// Named values that go on a StepLog line, e.g. <c>(raw_models=2834, status_code=200)</c>.
/// Implemented by value types so that the values stay unboxed and unformatted until a logging provider asks for them:
/// a disabled level, or a provider that discards, costs no allocation.
/// </summary>
public interface IStepMetadata
{
    /// <summary>The number of values.</summary>
    int Count { get; }

    /// <summary>The key of the value at <paramref name="index"/>.</summary>
    string GetKey(int index);

    /// <summary>The value at <paramref name="index"/>; boxes value types, so it is called only when a provider asks.</summary>
    object? GetValue(int index);
}
