using System;

namespace StepLog.Cli.Input;

/// <summary>
/// The strings a parser makes again and again (operation and step names, levels, keys): the same text gives the same
/// string, made once, instead of one per line. A small cache, not a set: texts whose slots collide replace each other,
/// so it holds a fixed number of strings however many names the input has. One per parser, so never shared between threads.
/// </summary>
internal sealed class TextPool
{
    // A power of two; names longer than this are rarely repeated often enough to pay for hashing them.
    private const int Slots = 1024;
    private const int MaxLength = 96;

    private readonly string?[] _slots = new string?[Slots];

    public string Get(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxLength)
        {
            return text.ToString();
        }

        ref var slot = ref _slots[Hash(text) & (Slots - 1)];
        if (slot is { } pooled && text.SequenceEqual(pooled))
        {
            return pooled;
        }

        return slot = text.ToString();
    }

    // Cheaper than a full string hash, and enough for a cache: names that differ tend to differ in length or at an end
    // (Sync 1, Sync 2); a collision costs a string, never a wrong one.
    private static int Hash(ReadOnlySpan<char> text) => text.IsEmpty
        ? 0
        : (int)((uint)(text.Length * 31 + text[0]) * 2654435769u ^ (uint)(text[^1] * 131 + text[text.Length / 2] * 7)) >>> 0;
}
