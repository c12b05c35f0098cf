namespace DocGen.Validation.Tests.Support;

/// <summary>
/// An independent implementation of the GB 32100-2015 check character, written from the standard's
/// description rather than from the product code, to build valid and invalid codes for tests.
/// </summary>
internal static class Uscc
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    public static string Complete(string first17)
    {
        Assert.Equal(17, first17.Length);
        var sum = 0;
        var weight = 1;
        foreach (var c in first17)
        {
            // The weights are 3^i mod 31.
            sum += Alphabet.IndexOf(c) * weight;
            weight = weight * 3 % 31;
        }

        var check = 31 - sum % 31;
        return first17 + Alphabet[check == 31 ? 0 : check];
    }

    /// <summary>The same code with a different (wrong) last character.</summary>
    public static string WithWrongCheck(string valid)
    {
        var wrong = Alphabet[(Alphabet.IndexOf(valid[17]) + 1) % Alphabet.Length];
        return valid[..17] + wrong;
    }
}
