namespace DocGen.Templates.Extraction;

internal sealed record ContainerStep(ContainerPattern Pattern, DocContainer Container, Trail Inner) : Step;
