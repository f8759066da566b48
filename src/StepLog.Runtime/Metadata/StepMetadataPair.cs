namespace StepLog;

/// <summary>
/// Two metadata sets logged one after the other, without allocating: the runtime's support of generated operations puts
/// its own values before the result's with it. Internal: user code passes up to six values, or more through its own
/// <see cref="IStepMetadata"/>.
/// </summary>
/// <typeparam name="TFirst">The first set.</typeparam>
/// <typeparam name="TSecond">The second set.</typeparam>
internal readonly struct StepMetadataPair<TFirst, TSecond> : IStepMetadata
    where TFirst : struct, IStepMetadata
    where TSecond : struct, IStepMetadata
{
    private readonly TFirst _first;
    private readonly TSecond _second;

    /// <summary>Joins two metadata sets.</summary>
    public StepMetadataPair(TFirst first, TSecond second)
    {
        _first = first;
        _second = second;
    }

    /// <inheritdoc />
    public int Count => _first.Count + _second.Count;

    /// <inheritdoc />
    public string GetKey(int index) => index < _first.Count ? _first.GetKey(index) : _second.GetKey(index - _first.Count);

    /// <inheritdoc />
    public object? GetValue(int index) => index < _first.Count ? _first.GetValue(index) : _second.GetValue(index - _first.Count);
}
