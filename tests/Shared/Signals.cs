using System.Runtime.InteropServices;

namespace DocGen.Tests.Shared;

/// <summary>
/// POSIX signals for the fault tests: SIGSTOP freezes a worker's soffice.bin so that a job is reliably
/// in progress (queue full, timeout, a client hanging up) without depending on how fast the machine converts.
/// </summary>
internal static class Signals
{
    public const int Kill = 9;
    public const int Continue = 18;
    public const int Stop = 19;

    public static void Send(int pid, int signal)
    {
        if (kill(pid, signal) != 0)
        {
            throw new InvalidOperationException($"kill({pid}, {signal}) failed: errno {Marshal.GetLastPInvokeError()}");
        }
    }

    public static bool IsAlive(int pid)
    {
        // A zombie still answers kill(0); /proc/<pid>/stat state 'Z' means it is gone for our purposes.
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var state = stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[0];
            return state != "Z" && state != "X";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int sig);
}
