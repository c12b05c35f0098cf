namespace DocGen.Validation.Formats;

/// <summary>A picture's size as read from its header.</summary>
/// <param name="Extension">png, jpeg, gif or bmp.</param>
/// <param name="Pixels">What a decoder allocates: width × height, or for a GIF every frame at its own size.</param>
public readonly record struct ImageSize(string Extension, long Width, long Height, long Pixels)
{
    /// <summary>Both sides positive and no more than <see cref="ImageHeader.MaxPixels"/> to decode.</summary>
    public bool IsAcceptable => Width > 0 && Height > 0 && Pixels <= ImageHeader.MaxPixels;

    /// <summary>"12000×12000", or with the frames' pixel count when a GIF's frames hold more than its screen.</summary>
    public override string ToString() => Pixels == Width * Height ? $"{Width}×{Height}" : $"{Width}×{Height}, frames of {Pixels} pixels";
}
