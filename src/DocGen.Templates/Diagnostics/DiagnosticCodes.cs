namespace DocGen.Templates.Diagnostics;

/// <summary>The stable codes of docs/template-language.md; tests and reviewers rely on them not moving.</summary>
public static class DiagnosticCodes
{
    public const string UnclosedTag = "DG0101";
    public const string StrayClose = "DG0102";
    public const string BadTag = "DG0103";
    public const string BadFilter = "DG0104";
    public const string UnopenedBlock = "DG0105";
    public const string UnclosedBlock = "DG0106";
    public const string BadRange = "DG0107";
    public const string MisplacedTag = "DG0108";
    public const string BadPackage = "DG0109";
    public const string TooComplex = "DG0110";
    public const string OverBudget = "DG0111";
    public const string ExternalReference = "DG0112";
    public const string UnknownField = "DG0201";
    public const string LoopOverNonArray = "DG0202";
    public const string CheckValueOutsideEnum = "DG0203";
    public const string UnusedField = "DG0204";
    public const string FilterTypeMismatch = "DG0205";
    public const string BadManifest = "DG0301";
    public const string BadSchema = "DG0302";
    public const string BadSample = "DG0303";
    public const string BadImage = "DG0401";
    public const string RenderFailed = "DG0402";
}
