using System;
using System.Collections.Generic;
using System.Globalization;

namespace StepLog.Records;

/// <summary>
/// The one rule for what a detail value becomes in a store, so that every store gives back the same thing: strings,
/// booleans and null stay as they are, whole numbers become <see cref="long"/>, other numbers <see cref="double"/>,
/// and anything else (and a number that neither holds, such as NaN) its invariant string form, or
/// <c>&lt;error: T&gt;</c> when making that form throws <c>T</c>.
/// </summary>
/// <remarks>
/// Internal: records are normalized when they are added (see <see cref="FrozenDetails"/>), so a store's writer, the
/// first-party stores' and a third party's alike, only ever receives values this rule has already made.
/// </remarks>
internal static class StepDetailValue
{
    /// <summary>The value as every store returns it.</summary>
    /// <param name="value">A detail value as the caller gave it.</param>
    public static object? Normalize(object? value) => value switch
    {
        null or string or bool or long => value,
        int number => (long)number,
        short number => (long)number,
        sbyte number => (long)number,
        byte number => (long)number,
        ushort number => (long)number,
        uint number => (long)number,
        ulong number => number <= long.MaxValue ? (long)number : (double)number,
        double number => double.IsNaN(number) || double.IsInfinity(number) ? number.ToString(CultureInfo.InvariantCulture) : number,
        float number => Normalize((double)number),
        decimal number => (double)number,
        _ => Text(value),
    };

    // A value's text must not cost the record, nor reach the caller: the fault is kept as the value, as on the line.
    private static string? Text(object value)
    {
        try
        {
            return value is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : value.ToString();
        }
        catch (Exception fault)
        {
            return "<error: " + fault.GetType().Name + ">";
        }
    }
}
