using System.Collections.Generic;
using System.Threading;

namespace StepLog;

/// <summary>
/// Which item each worker runs, so that a batch that stops waiting for its items knows which it abandons, and so that
/// an abandoned item that returns late changes nothing: an item's outcome counts only if its worker claims it before
/// the batch abandons it, and a worker whose slot is abandoned takes no other item. One slot per worker, claimed with
/// one compare-and-swap, so that an item costs no allocation and no lock.
/// </summary>
internal sealed class InFlightItems
{
    private const int Idle = -1;
    private const int Recording = -2;
    private const int Abandoned = -3;

    private readonly int[] _slots;
    private readonly double[] _started;

    public InFlightItems(int workers)
    {
        _slots = new int[workers];
        _started = new double[workers];
        for (var i = 0; i < workers; i++)
        {
            _slots[i] = Idle;
        }
    }

    /// <summary>Marks <paramref name="index"/> as running on <paramref name="worker"/>; false once the batch abandoned its items.</summary>
    public bool TryBegin(int worker, int index, double started)
    {
        _started[worker] = started;
        return Interlocked.CompareExchange(ref _slots[worker], index, Idle) == Idle;
    }

    /// <summary>
    /// Claims the outcome of the item that returned on <paramref name="worker"/>: false when the batch abandoned it
    /// (its outcome is no longer the run's). After true, the worker records the outcome and calls <see cref="End"/>.
    /// </summary>
    public bool TryClaim(int worker, int index) =>
        Interlocked.CompareExchange(ref _slots[worker], Recording, index) == index;

    /// <summary>How many items run now, or have their outcome recorded: a moment's count, for the batch's gauge.</summary>
    public int Running
    {
        get
        {
            var running = 0;
            for (var worker = 0; worker < _slots.Length; worker++)
            {
                var slot = Volatile.Read(ref _slots[worker]);
                if (slot >= 0 || slot == Recording)
                {
                    running++;
                }
            }

            return running;
        }
    }

    /// <summary>Frees the worker's slot once its item's outcome is recorded.</summary>
    public void End(int worker) => Volatile.Write(ref _slots[worker], Idle);

    /// <summary>
    /// Takes every slot from its worker and returns the items that were running, with when each started. An outcome
    /// being recorded is waited for: it was claimed first, and the counts must hold it before the batch ends.
    /// </summary>
    public List<(int Index, double Started)> AbandonAll()
    {
        var abandoned = new List<(int, double)>();
        for (var worker = 0; worker < _slots.Length; worker++)
        {
            var spin = default(SpinWait);
            while (true)
            {
                var index = Volatile.Read(ref _slots[worker]);
                if (index == Recording)
                {
                    spin.SpinOnce();
                    continue;
                }

                if (Interlocked.CompareExchange(ref _slots[worker], Abandoned, index) == index)
                {
                    if (index >= 0)
                    {
                        abandoned.Add((index, _started[worker]));
                    }

                    break;
                }
            }
        }

        abandoned.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return abandoned;
    }
}
