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

        ref var slot = ref _slots[string.GetHashCode(text) & (Slots - 1)];
        if (slot is { } pooled && text.SequenceEqual(pooled))
        {
            return pooled;
        }

        return slot = text.ToString();
    }
}
