namespace DocGen.Conversion.Bridge;

/// <summary>One answer of the python bridge: 'R' ready, 'O' converted (payload = PDF), 'E' failed.</summary>
internal sealed record BridgeReply(char Status, BridgeReplyMeta Meta, byte[] Payload);
