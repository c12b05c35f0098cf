namespace DocGen.Api.Templates;

/// <summary>The parts of a template check upload (multipart/form-data), as the contract describes them; <see cref="CheckUpload"/> reads them.</summary>
/// <param name="Template">The candidate template.docx.</param>
/// <param name="Schema">Its schema.json; without it, the schema of <paramref name="Form"/>, else none.</param>
/// <param name="Sample">Sample data (JSON) to render a filled preview with.</param>
/// <param name="Form">A catalog form (authority/form@version) whose schema, constants and samples to check against.</param>
internal sealed record TemplateCheckUpload(IFormFile Template, IFormFile? Schema, IFormFile? Sample, string? Form);
