namespace DocGen.Templates.Extraction;

internal sealed record SlotPart(FieldSlot Slot) : InlinePart;
