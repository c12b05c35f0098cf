using DocGen.Templates.Scripting;

namespace DocGen.Templates.Rendering;

/// <summary>One branch of a <c>case</c>: its <c>when</c> (none for <c>else</c>) and what it renders.</summary>
internal sealed record CaseBranch(WhenTag? When, RenderNode[] Body);
