namespace DocGen.Filling;

/// <summary>How a fill ended; only <see cref="Filled"/> has the document asked for.</summary>
public enum FillOutcome
{
    Filled,

    /// <summary>The bytes are not a JSON object (<see cref="FillResult.Unreadable"/>).</summary>
    Unreadable,

    /// <summary>The data breaks the form's rules (<see cref="FillResult.Errors"/>).</summary>
    Invalid,

    /// <summary>The engine could not render the data (<see cref="FillResult.RenderProblems"/>).</summary>
    NotRendered,

    /// <summary>A PDF was asked for and this filler converts none; answered before anything is rendered.</summary>
    PdfUnavailable,

    /// <summary>The DOCX was made, its conversion failed (<see cref="FillResult.PdfFailure"/>).</summary>
    PdfFailed,
}
