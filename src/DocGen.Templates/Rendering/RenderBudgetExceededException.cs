namespace DocGen.Templates.Rendering;

/// <summary>Thrown from deep inside a render when its <see cref="RenderBudget"/> is spent; the engine turns it into a diagnostic.</summary>
internal sealed class RenderBudgetExceededException(string message) : Exception(message);
