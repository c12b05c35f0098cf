using System.Net;
using System.Text;
using DocGen.Api.Templates;
using DocGen.Templates.Catalog;
using DocGen.Templates.Inspection;
using DocGen.Templates.Versions;

namespace DocGen.Api.Forms;

/// <summary>
/// The comparison of two versions as a page for officials and enterprises: every change listed, then both
/// versions' blank forms page by page side by side, with the changed paragraphs and rows marked on the pictures
/// (removed and old wording on the left, added and new wording on the right).
/// </summary>
internal sealed class VersionDiffPages(FormRenderer renderer, ILogger<PagePreviewer> logger)
{
    /// <summary>Pages pictured per version; the change list is always complete.</summary>
    public const int MaxPages = 40;

    public async Task<string> RenderAsync(FormVersion from, FormVersion to, VersionComparison comparison, CancellationToken cancellationToken)
    {
        var html = new StringBuilder();
        html.Append($"""
            <!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>{Encode(from.Manifest.Title)}：{Encode(from.Version)} 与 {Encode(to.Version)} 的差异</title>
            <style>
            body{"{"}font-family:sans-serif;margin:1.5rem;color:#222{"}"} table{"{"}border-collapse:collapse;margin-bottom:2rem{"}"}
            td,th{"{"}border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top;text-align:left{"}"}
            .added{"{"}background:#e6f4ea{"}"} .removed{"{"}background:#fce8e6{"}"} .changed{"{"}background:#fef7e0{"}"}
            .pages{"{"}display:grid;grid-template-columns:1fr 1fr;gap:1rem;align-items:start{"}"}
            figure{"{"}position:relative;margin:0;border:1px solid #999{"}"} figure img{"{"}width:100%;display:block{"}"}
            figcaption{"{"}font-size:.85rem;padding:.2rem .4rem;background:#f3f3f3{"}"}
            .mark{"{"}position:absolute;border:2px solid;box-sizing:border-box{"}"} .mark.from{"{"}border-color:#d93025;background:rgba(217,48,37,.12){"}"}
            .mark.to{"{"}border-color:#188038;background:rgba(24,128,56,.12){"}"}
            </style></head><body>
            <h1>{Encode(to.Manifest.Title)}</h1>
            <p>{Encode(from.Key)}（{Encode(from.Manifest.Notice.Number)}）→ {Encode(to.Key)}（{Encode(to.Manifest.Notice.Number)}）：共 {comparison.Changes.Count} 处差异</p>
            <table><thead><tr><th>位置</th><th>类型</th><th>原文（{Encode(from.Version)}）</th><th>新文（{Encode(to.Version)}）</th></tr></thead><tbody>
            """);
        foreach (var change in comparison.Changes)
            html.Append($"<tr class=\"{change.Kind}\"><td>{Encode(change.Location)}</td><td>{KindName(change.Kind)}</td><td>{Encode(change.Before)}</td><td>{Encode(change.After)}</td></tr>");
        html.Append("</tbody></table>");

        // Field changes have no place on the page; text and row changes are found on it by their words.
        var onPage = comparison.Changes.Where(c => !c.Location.StartsWith("字段", StringComparison.Ordinal)).ToList();
        var left = await PicturesAsync(from, onPage.Where(c => c.Kind != VersionChange.Added).Select(c => ChangedRegions.Pieces(c.Before, c.After)), cancellationToken);
        var right = await PicturesAsync(to, onPage.Where(c => c.Kind != VersionChange.Removed).Select(c => ChangedRegions.Pieces(c.After, c.Before)), cancellationToken);
        if ((left.Problem ?? right.Problem) is { } problem)
        {
            html.Append($"<p>无法生成页面图片：{Encode(problem)}</p>");
        }
        else
        {
            html.Append("<div class=\"pages\">");
            for (var i = 0; i < Math.Max(left.Pages.Count, right.Pages.Count); i++)
            {
                html.Append(Figure(from, i, left, "from"));
                html.Append(Figure(to, i, right, "to"));
            }
            html.Append("</div>");
            if (Math.Max(left.PageCount, right.PageCount) > MaxPages) html.Append($"<p>页面图片只显示前 {MaxPages} 页；上表列出全部差异。</p>");
        }
        html.Append("</body></html>");
        return html.ToString();
    }

    private static string Figure(FormVersion version, int index, Pictures pictures, string side)
    {
        if (index >= pictures.Pages.Count) return "<div></div>";
        var sb = new StringBuilder($"<figure><figcaption>{Encode(version.Version)} 第{index + 1}页</figcaption><div style=\"position:relative\">");
        sb.Append($"<img alt=\"{Encode(version.Version)} 第{index + 1}页\" src=\"data:image/png;base64,{Convert.ToBase64String(pictures.Pages[index])}\">");
        foreach (var mark in pictures.Marks.Where(m => m.Page == index + 1))
            sb.Append($"<div class=\"mark {side}\" style=\"left:{Percent(mark.Left)};top:{Percent(mark.Top)};width:{Percent(mark.Right - mark.Left)};height:{Percent(mark.Bottom - mark.Top)}\"></div>");
        return sb.Append("</div></figure>").ToString();
    }

    private sealed record Pictures(IReadOnlyList<byte[]> Pages, int PageCount, IReadOnlyList<PdfWord> Marks, string? Problem);

    private async Task<Pictures> PicturesAsync(FormVersion version, IEnumerable<IReadOnlyList<(string Text, bool Mark)>> changes, CancellationToken cancellationToken)
    {
        var (pdf, problem) = await renderer.ProduceBlankAsync(version, OutputFormat.Pdf, cancellationToken);
        if (pdf is null) return new Pictures([], 0, [], problem is null ? "PDF 转换失败" : "PDF 转换未启用或失败，只列出差异");
        var (pages, count, previewProblem) = await new PagePreviewer(logger).RenderAsync(pdf.Bytes, cancellationToken, MaxPages);
        if (previewProblem is not null) return new Pictures([], count, [], previewProblem);
        var words = await PdfWords.ReadAsync(pdf.Bytes, MaxPages, cancellationToken);
        return new Pictures(pages, count, ChangedRegions.Find(words, changes), null);
    }

    private static string KindName(string kind) => kind switch
    {
        VersionChange.Added => "新增",
        VersionChange.Removed => "删除",
        _ => "修改",
    };

    private static string Percent(double fraction) => (fraction * 100).ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) + "%";

    private static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");
}
