namespace DocGen.Templates.Parsing;

/// <summary>Compiling a part ran past its <see cref="CompileDeadline"/>; the part compiler turns it into a diagnostic.</summary>
internal sealed class CompileDeadlineException(CompileDeadline deadline)
    : Exception($"compiling took longer than {deadline.Limit.TotalSeconds:0.#} s; the part is too large or holds too many tags and blocks");
