namespace DocGen.Templates.Catalog;

/// <summary>form.yaml: what a template version is and where its text comes from (docs/catalog.md).</summary>
public sealed class FormManifest
{
    public string Title { get; set; } = "";
    public string Authority { get; set; } = "";
    public string AuthorityName { get; set; } = "";
    public NoticeInfo Notice { get; set; } = new();
    public string Attachment { get; set; } = "";
    public SourceInfo Source { get; set; } = new();
    /// <summary><c>official</c> (text from a notice) or <c>reconstructed</c> (built on a stated basis).</summary>
    public string Provenance { get; set; } = "";
    public string Basis { get; set; } = "";
    /// <summary>
    /// How sure a reconstructed form is: <c>national-copy</c> (text of a national copy of the format),
    /// <c>provincial-copy</c> (stands on a province's copy) or <c>synthetic</c> (built from the notice's requirements alone).
    /// </summary>
    public string Confidence { get; set; } = "";
    /// <summary>The copies and pages a reconstruction was checked against, and what each gave.</summary>
    public List<ConsultedSource> Consulted { get; set; } = [];
    public string FileName { get; set; } = "";
    public Dictionary<string, object?> Constants { get; set; } = new();
    /// <summary><c>authority/form@version</c> whose template.docx and schema.json this version uses when it has none of its own.</summary>
    public string Base { get; set; } = "";
    /// <summary>Totals and scores the service computes before rendering (docs/catalog.md).</summary>
    public List<ComputationSpec> Computations { get; set; } = [];
    /// <summary>Where the fields of the previous version went in this one (old pointer → new pointer, <c>*</c> for list members), for carrying data over.</summary>
    public Dictionary<string, string> Migrate { get; set; } = new();
    /// <summary>For a summary table: the forms it collects and how each fills a row (docs/extraction.md).</summary>
    public SummarySpec? Summary { get; set; }

    public sealed class NoticeInfo
    {
        public string Title { get; set; } = "";
        public string Number { get; set; } = "";
        public string Date { get; set; } = "";
    }

    /// <summary>Where the form's text is in the notice: a file of the repository's <c>notices/</c> and its lines (<c>134-366</c>).</summary>
    public sealed class SourceInfo
    {
        /// <summary>Relative to the folder that holds <c>templates/</c> (the repository), e.g. <c>notices/henan/ygxbj-2023-16.txt</c>.</summary>
        public string File { get; set; } = "";
        public string Lines { get; set; } = "";
    }
}
