// Value types that carry 0 to 6 named values without boxing them. The file is regular and long on purpose,
// like the LoggerMessage.Define overloads: each arity is its own struct so that values keep their static types.
// Written out on purpose (duplicates reports it): a shared array or a boxed value would allocate on every call, and
// the allocation tests pin metadata at 0 B. Not generated: the rungs are public API that changes only by a deliberate,
// approved change (tests/StepLog.PublicApi.Tests pins every signature), and a template or a generator of the runtime's
// own would add build machinery for a file that does not otherwise change.
using System;

namespace StepLog;

/// <summary>No metadata.</summary>
public readonly struct StepMetadata : IStepMetadata
{
    /// <inheritdoc />
    public int Count => 0;

    /// <inheritdoc />
    public string GetKey(int index) => throw new ArgumentOutOfRangeException(nameof(index));

    /// <inheritdoc />
    public object? GetValue(int index) => throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Creates metadata of 1 named value.</summary>
    public static StepMetadata<T1> Of<T1>(string key1, T1 value1) => new(key1, value1);

    /// <summary>Creates metadata of 2 named values.</summary>
    public static StepMetadata<T1, T2> Of<T1, T2>(string key1, T1 value1, string key2, T2 value2) => new(key1, value1, key2, value2);

    /// <summary>Creates metadata of 3 named values.</summary>
    public static StepMetadata<T1, T2, T3> Of<T1, T2, T3>(string key1, T1 value1, string key2, T2 value2, string key3, T3 value3) => new(key1, value1, key2, value2, key3, value3);

    /// <summary>Creates metadata of 4 named values.</summary>
    public static StepMetadata<T1, T2, T3, T4> Of<T1, T2, T3, T4>(string key1, T1 value1, string key2, T2 value2, string key3, T3 value3, string key4, T4 value4) => new(key1, value1, key2, value2, key3, value3, key4, value4);

    /// <summary>Creates metadata of 5 named values.</summary>
    public static StepMetadata<T1, T2, T3, T4, T5> Of<T1, T2, T3, T4, T5>(string key1, T1 value1, string key2, T2 value2, string key3, T3 value3, string key4, T4 value4, string key5, T5 value5) => new(key1, value1, key2, value2, key3, value3, key4, value4, key5, value5);

    /// <summary>Creates metadata of 6 named values.</summary>
    public static StepMetadata<T1, T2, T3, T4, T5, T6> Of<T1, T2, T3, T4, T5, T6>(string key1, T1 value1, string key2, T2 value2, string key3, T3 value3, string key4, T4 value4, string key5, T5 value5, string key6, T6 value6) => new(key1, value1, key2, value2, key3, value3, key4, value4, key5, value5, key6, value6);
}

/// <summary>Metadata of 1 named value, kept unboxed until a provider asks for them.</summary>
/// <typeparam name="T1">The type of value 1.</typeparam>
public readonly struct StepMetadata<T1> : IStepMetadata
{
    private readonly string _key1;
    private readonly T1 _value1;

    /// <summary>Creates the metadata.</summary>
    public StepMetadata(string key1, T1 value1)
    {
        _key1 = key1;
        _value1 = value1;
    }

    /// <inheritdoc />
    public int Count => 1;

    /// <inheritdoc />
    public string GetKey(int index) => index switch
    {
            0 => _key1,
            _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    /// <inheritdoc />
    public object? GetValue(int index) => index switch
    {
            0 => _value1,
            _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}

/// <summary>Metadata of 2 named values, kept unboxed until a provider asks for them.</summary>
/// <typeparam name="T1">The type of value 1.</typeparam>
/// <typeparam name="T2">The type of value 2.</typeparam>
public readonly struct StepMetadata<T1, T2> : IStepMetadata
{
    private readonly string _key1;
    private readonly T1 _value1;
    private readonly string _key2;
    private readonly T2 _value2;

    /// <summary>Creates the metadata.</summary>
    public StepMetadata(string key1, T1 value1, string key2, T2 value2)
    {
        _key1 = key1;
        _value1 = value1;
        _key2 = key2;
        _value2 = value2;
    }

    /// <inheritdoc />
    public int Count => 2;

    /// <inheritdoc />
    public string GetKey(int index) => index switch
    {
            0 => _key1,
            1 => _key2,
            _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    /// <inheritdoc />
    public object? GetValue(int index) => index switch
    {
            0 => _value1,
            1 => _value2,
            _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}

/// <summary>Metadata of 3 named values, kept unboxed until a provider asks for them.</summary>
/// <typeparam name="T1">The type of value 1.</typeparam>
/// <typeparam name="T2">The type of value 2.</typeparam>
/// <typeparam name="T3">The type of value 3.</typeparam>
public readonly struct StepMetadata<T1, T2, T3> : IStepMetadata
{
    private readonly string _key1;
    private readonly T1 _value1;
    private readonly string _key2;
    private readonly T2 _value2;
    private readonly string _key3;
    private readonly T3 _value3;

    /// <summary>Creates the metadata.</summary>
    public StepMetadata(string key1, T1 value1, string key2, T2 value2, string key3, T3 value3)
    {
        _key1 = key1;
        _value1 = value1;
        _key2 = key2;
        _value2 = value2;
        _key3 = key3;
        _value3 = value3;
    }

    /// <inheritdoc />
    public int Count => 3;

    /// <inheritdoc />
    public string GetKey(int index) => index switch
    {
            0 => _key1,
            1 => _key2,
            2 => _key3,
            _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    /// <inheritdoc />
    public object? GetValue(int index) => index switch
    {
            0 => _value1,
            1 => _value2,
            2 => _value3,
            _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}

/// <summary>Metadata of 4 named values, kept unboxed until a provider asks for them.</summary>
/// <typeparam name="T1">The type of value 1.</typeparam>
/// <typeparam name="T2">The type of value 2.</typeparam>
/// <typeparam name="T3">The type of value 3.</typeparam>
/// <typeparam name="T4">The type of value 4.</typeparam>
public readonly struct StepMetadata<T1, T2, T3, T4> : IStepMetadata
{
    private readonly string _key1;
    private readonly T1 _value1;
    private readonly string _key2;
    private readonly T2 _value2;
    private readonly string _key3;
    private readonly T3 _value3;
    private readonly string _key4;
    private readonly T4 _value4;

    /// <summary>Creates the metadata.</summary>
    public StepMetadata(string key1, T1 value1, string key2, T2 value2, string key3, T3 value3, string key4, T4 value4)
    {
        _key1 = key1;
        _value1 = value1;
        _key2 = key2;
        _value2 = value2;
        _key3 = key3;
        _value3 = value3;
        _key4 = key4;
        _value4 = value4;
    }

    /// <inheritdoc />
    public int Count => 4;

    /// <inheritdoc />
    public string GetKey(int index) => index switch
    {
            0 => _key1,
            1 => _key2,
            2 => _key3,
            3 => _key4,
            _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    /// <inheritdoc />
    public object? GetValue(int index) => index switch
    {
            0 => _value1,
            1 => _value2,
            2 => _value3,
            3 => _value4,
            _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}

/// <summary>Metadata of 5 named values, kept unboxed until a provider asks for them.</summary>
/// <typeparam name="T1">The type of value 1.</typeparam>
/// <typeparam name="T2">The type of value 2.</typeparam>
/// <typeparam name="T3">The type of value 3.</typeparam>
/// <typeparam name="T4">The type of value 4.</typeparam>
/// <typeparam name="T5">The type of value 5.</typeparam>
public readonly struct StepMetadata<T1, T2, T3, T4, T5> : IStepMetadata
{
    private readonly string _key1;
    private readonly T1 _value1;
    private readonly string _key2;
    private readonly T2 _value2;
    private readonly string _key3;
    private readonly T3 _value3;
    private readonly string _key4;
    private readonly T4 _value4;
    private readonly string _key5;
    private readonly T5 _value5;

    /// <summary>Creates the metadata.</summary>
    public StepMetadata(string key1, T1 value1, string key2, T2 value2, string key3, T3 value3, string key4, T4 value4, string key5, T5 value5)
    {
        _key1 = key1;
        _value1 = value1;
        _key2 = key2;
        _value2 = value2;
        _key3 = key3;
        _value3 = value3;
        _key4 = key4;
        _value4 = value4;
        _key5 = key5;
        _value5 = value5;
    }

    /// <inheritdoc />
    public int Count => 5;

    /// <inheritdoc />
    public string GetKey(int index) => index switch
    {
            0 => _key1,
            1 => _key2,
            2 => _key3,
            3 => _key4,
            4 => _key5,
            _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    /// <inheritdoc />
    public object? GetValue(int index) => index switch
    {
            0 => _value1,
            1 => _value2,
            2 => _value3,
            3 => _value4,
            4 => _value5,
            _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}

/// <summary>Metadata of 6 named values, kept unboxed until a provider asks for them.</summary>
/// <typeparam name="T1">The type of value 1.</typeparam>
/// <typeparam name="T2">The type of value 2.</typeparam>
/// <typeparam name="T3">The type of value 3.</typeparam>
/// <typeparam name="T4">The type of value 4.</typeparam>
/// <typeparam name="T5">The type of value 5.</typeparam>
/// <typeparam name="T6">The type of value 6.</typeparam>
public readonly struct StepMetadata<T1, T2, T3, T4, T5, T6> : IStepMetadata
{
    private readonly string _key1;
    private readonly T1 _value1;
    private readonly string _key2;
    private readonly T2 _value2;
    private readonly string _key3;
    private readonly T3 _value3;
    private readonly string _key4;
    private readonly T4 _value4;
    private readonly string _key5;
    private readonly T5 _value5;
    private readonly string _key6;
    private readonly T6 _value6;

    /// <summary>Creates the metadata.</summary>
    public StepMetadata(string key1, T1 value1, string key2, T2 value2, string key3, T3 value3, string key4, T4 value4, string key5, T5 value5, string key6, T6 value6)
    {
        _key1 = key1;
        _value1 = value1;
        _key2 = key2;
        _value2 = value2;
        _key3 = key3;
        _value3 = value3;
        _key4 = key4;
        _value4 = value4;
        _key5 = key5;
        _value5 = value5;
        _key6 = key6;
        _value6 = value6;
    }

    /// <inheritdoc />
    public int Count => 6;

    /// <inheritdoc />
    public string GetKey(int index) => index switch
    {
            0 => _key1,
            1 => _key2,
            2 => _key3,
            3 => _key4,
            4 => _key5,
            5 => _key6,
            _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    /// <inheritdoc />
    public object? GetValue(int index) => index switch
    {
            0 => _value1,
            1 => _value2,
            2 => _value3,
            3 => _value4,
            4 => _value5,
            5 => _value6,
            _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
