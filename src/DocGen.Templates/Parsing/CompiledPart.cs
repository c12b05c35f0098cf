using DocGen.Templates.Rendering;

namespace DocGen.Templates.Parsing;

/// <summary>A part of the package that holds tags, compiled to render nodes.</summary>
internal sealed record CompiledPart(string Name, RenderNode[] Nodes);
