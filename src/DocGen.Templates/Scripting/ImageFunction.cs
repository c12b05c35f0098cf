using Scriban.Runtime;

namespace DocGen.Templates.Scripting;

/// <summary><c>{{ photo | image 5 }}</c>: a picture at most 5 cm wide (and, with a second number, that many cm high), never wider than its cell.</summary>
internal sealed class ImageFunction() : DocGenFunction("image", 0, 2, "| image, | image 5 (max width cm), | image 5 4 (and max height cm)")
{
    public const double MaxCentimetres = 60;

    public override ValueOutput Output => ValueOutput.Image;

    public override bool Accepts(int index, object? literal) => literal is int or decimal or double && Convert.ToDouble(literal) is > 0 and <= MaxCentimetres;

    protected override object Call(ScriptContext context, object? value, ScriptArray arguments) =>
        new ImageRequest(value, Centimetres(context, Argument(arguments, 0)), Centimetres(context, Argument(arguments, 1)));

    private static double? Centimetres(ScriptContext context, object? argument) =>
        argument is null ? null : Math.Clamp(context.ToObject<double>(default, argument), 0.01, MaxCentimetres);
}
