namespace RxHub.Simulator.Market;

/// <summary>FNV-1a over strings: string.GetHashCode is randomized per process, this is the same on every run.</summary>
public static class StableHash
{
    public static int Of(int seed, params string[] parts)
    {
        unchecked
        {
            var hash = 2166136261u ^ (uint)seed;
            foreach (var part in parts)
            {
                foreach (var c in part)
                {
                    hash ^= c;
                    hash *= 16777619u;
                }
                hash ^= 0xff;
                hash *= 16777619u;
            }
            return (int)(hash & 0x7fffffff);
        }
    }
}
