using System.Text.Json.Nodes;

namespace DocGen.Templates.Json;

/// <summary>One place a <see cref="PointerPattern"/> matched in the data.</summary>
/// <param name="Node">The value there; null for a JSON null and for a member that is missing.</param>
/// <param name="Bindings">The member names (list indexes as digits) the pattern's stars took, in order.</param>
/// <param name="Pointer">The concrete JSON pointer of the place.</param>
/// <param name="Exists">False when the place is a missing last member, matched so that it can be written.</param>
internal readonly record struct PointerMatch(JsonNode? Node, string[] Bindings, string Pointer, bool Exists);
