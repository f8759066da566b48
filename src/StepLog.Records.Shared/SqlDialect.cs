using System.Data.Common;

namespace StepLog.Records;

/// <summary>
/// How one database spells what <see cref="StoreSchema"/> writes: its column types, how SQL names a parameter, and the
/// package a user updates to read a newer schema. These words are part of the shipped migrations: never change one; a
/// migration that needs another spelling adds a property.
/// </summary>
internal sealed class SqlDialect(
    string package,
    char parameterMarker,
    string rowId,
    string integer,
    string bigInteger,
    string real,
    string text,
    string orderedText,
    string json,
    string keyOnlyTable)
{
    /// <summary>The store's package, named in the error for a database written by a newer StepLog.</summary>
    public string Package { get; } = package;

    /// <summary>What starts a parameter's name in SQL.</summary>
    public char ParameterMarker { get; } = parameterMarker;

    /// <summary>The records table's key, numbered by the database in the order rows are added.</summary>
    public string RowId { get; } = rowId;

    /// <summary>A 32-bit integer.</summary>
    public string Integer { get; } = integer;

    /// <summary>A 64-bit integer: ticks, sequences, counts.</summary>
    public string BigInteger { get; } = bigInteger;

    /// <summary>A double-precision number.</summary>
    public string Real { get; } = real;

    /// <summary>Text, compared as the database compares it by default.</summary>
    public string Text { get; } = text;

    /// <summary>Text compared by code point, so that keyset paging orders ids and names as every store does.</summary>
    public string OrderedText { get; } = orderedText;

    /// <summary>A record's details, as the JSON text <see cref="DetailsJson"/> writes.</summary>
    public string Json { get; } = json;

    /// <summary>What follows a table whose rows are found only by their primary key, to store them by that key.</summary>
    public string KeyOnlyTable { get; } = keyOnlyTable;

    /// <summary>
    /// Adds a parameter by its bare name (<c>after</c> for <c>$after</c> or <c>@after</c>): both providers bind it to the
    /// name with their marker, and infer the database type from the value's.
    /// </summary>
    public static void AddParameter(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
