namespace DocGen.Templates.Extraction;

/// <summary>A slot of a paragraph pattern and the regular-expression group that captures it; <see cref="Repeat"/> when it sits in an inline loop.</summary>
internal sealed record SlotGroup(FieldSlot Slot, string Group, InlineRepeatPart? Repeat);
