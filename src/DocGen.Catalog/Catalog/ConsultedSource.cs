namespace DocGen.Templates.Catalog;

/// <summary>One copy a reconstructed form was compared with (form.yaml <c>consulted:</c>): where it is, its year and what was taken from it.</summary>
public sealed class ConsultedSource
{
    /// <summary>What the copy is, in its own words (e.g. 附件4-2 绿色园区第三方评价报告（格式）).</summary>
    public string Title { get; set; } = "";
    /// <summary>The public address the copy was read at, or a catalog version (<c>authority/form@version</c>) holding a province's copy.</summary>
    public string Address { get; set; } = "";
    /// <summary>The year the copy bears or was published in; absent when the copy is undated.</summary>
    public int? Year { get; set; }
    /// <summary>What the form took from the copy (labels, sections, wording), or what the copy confirmed.</summary>
    public string Took { get; set; } = "";
}
