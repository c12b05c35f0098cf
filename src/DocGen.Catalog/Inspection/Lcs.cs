namespace DocGen.Templates.Inspection;

/// <summary>Length of the longest common subsequence, bit-parallel (Hyyrö 2004): how much of a notice's text appears in a document in the same order.</summary>
public static class Lcs
{
    public static int Length(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0) return 0;
        var words = (a.Length + 63) / 64;
        var masks = new Dictionary<char, ulong[]>();
        for (var i = 0; i < a.Length; i++)
        {
            if (!masks.TryGetValue(a[i], out var mask)) masks[a[i]] = mask = new ulong[words];
            mask[i / 64] |= 1UL << (i % 64);
        }
        var v = new ulong[words];
        Array.Fill(v, ulong.MaxValue);
        var empty = new ulong[words];
        foreach (var c in b)
        {
            var m = masks.TryGetValue(c, out var found) ? found : empty;
            ulong carry = 0;
            for (var w = 0; w < words; w++)
            {
                var u = v[w] & m[w];
                var sum = v[w] + u;
                var withCarry = sum + carry;
                carry = (sum < v[w] || withCarry < sum) ? 1UL : 0UL;
                v[w] = withCarry | (v[w] - u);
            }
        }
        var zeros = 0;
        for (var i = 0; i < a.Length; i++) if ((v[i / 64] & (1UL << (i % 64))) == 0) zeros++;
        return zeros;
    }
}
