namespace DocGen.Validation.Formats;

/// <summary>One 大类 of GB/T 4754-2017 and the 门类 it belongs to.</summary>
internal sealed record IndustryDivision(string Code, char Section, string Name);
