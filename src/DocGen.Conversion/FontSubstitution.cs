namespace DocGen.Conversion;

/// <summary>
/// A font the DOCX names that is not installed, and the face fontconfig (with the project's fonts.conf)
/// gives LibreOffice instead. <see cref="Mapped"/> is true when fonts.conf maps the name on purpose
/// (e.g. 宋体 → Noto Serif CJK SC); false means an unplanned fallback worth a warning.
/// </summary>
public sealed record FontSubstitution(string Requested, string Substitute, bool Mapped);
