namespace DocGen.Authoring.Model;

/// <summary>What the settings lines before the first block say about the whole document.</summary>
internal sealed class DocumentSettings
{
    public const string DefaultBodyFont = "仿宋_GB2312";

    public bool Landscape { get; set; }

    /// <summary>The <c>.margins</c> as written, for the orientation <c>.page</c> declares; null for GB/T 9704.</summary>
    public PageMargins? Margins { get; set; }

    public string BodyFont { get; set; } = DefaultBodyFont;

    /// <summary>三号, the size of body text in a notice.</summary>
    public int BodyHalfPoints { get; set; } = 32;

    /// <summary>The margins of a portrait page, whichever orientation the margins were written for.</summary>
    public PageMargins PortraitMargins => Margins switch
    {
        null => PageMargins.Official,
        { } given when Landscape => given.Unrotated(),
        { } given => given,
    };

    public bool PageNumbers { get; set; }

    /// <summary>Sorted so that the properties part comes out the same whatever order the source sets them in.</summary>
    public SortedDictionary<CoreProperty, string> Properties { get; } = [];
}
