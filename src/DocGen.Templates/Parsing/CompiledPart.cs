using DocGen.Templates.Rendering;

namespace DocGen.Templates.Parsing;

/// <summary>A part of the package that holds tags, compiled to render nodes.</summary>
/// <param name="RepeatsIds">A loop in the part repeats markup carrying ids that must be unique (see <c>UniqueIds</c>).</param>
internal sealed record CompiledPart(string Name, RenderNode[] Nodes, bool RepeatsIds = false);
