namespace DocGen.Conversion.Pool;

/// <summary>
/// Seeds a worker's fresh LibreOffice profile with the settings in <c>worker-profile.xcu</c> (editor chores such as
/// word completion and spell checking as you type turned off) before soffice.bin first starts on it.
/// </summary>
internal static class WorkerProfile
{
    private static readonly Lazy<byte[]> Settings = new(() => EmbeddedFiles.Read("DocGen.Conversion.worker-profile.xcu"));

    /// <summary>
    /// Writes <c>user/registrymodifications.xcu</c> under <paramref name="profileDirectory"/>. LibreOffice keeps the
    /// file when it completes the profile on first start and adds its own entries to it.
    /// </summary>
    public static void Seed(string profileDirectory)
    {
        var user = Path.Combine(profileDirectory, "user");
        Directory.CreateDirectory(user);
        File.WriteAllBytes(Path.Combine(user, "registrymodifications.xcu"), Settings.Value);
    }
}
