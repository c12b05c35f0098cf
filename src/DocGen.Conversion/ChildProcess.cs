using System.ComponentModel;
using System.Diagnostics;

namespace DocGen.Conversion;

/// <summary>
/// A program started with its standard streams redirected, and the one way DocGen starts, reads, waits for and ends
/// one. Ending always kills the whole process tree: a tool that forks (a shell, soffice) must not leave children
/// behind when it runs too long or its caller gives up. Used by the LibreOffice workers, font inspection and page
/// previews alike, and by the tests for every tool they run (poppler, soffice, dotnet, kiota, redocly).
/// </summary>
public sealed class ChildProcess : IDisposable
{
    private readonly Process _process;

    private ChildProcess(Process process)
    {
        _process = process;
        Id = process.Id;
    }

    /// <summary>The process id, kept from the start so it can still be logged after the process is gone.</summary>
    public int Id { get; }

    public bool HasExited
    {
        get
        {
            try
            {
                return _process.HasExited;
            }
            catch (InvalidOperationException)
            {
                return true;
            }
        }
    }

    /// <summary>The exit code, or null while the process runs.</summary>
    public int? ExitCode => HasExited ? _process.ExitCode : null;

    public Stream StandardInput => _process.StandardInput.BaseStream;

    /// <summary>Standard output as bytes; only when no line handler was given for it at the start.</summary>
    public Stream StandardOutput => _process.StandardOutput.BaseStream;

    /// <summary>
    /// Starts <paramref name="program"/>. Each stream with a line handler is read in the background line by line; a
    /// stream without one is left to the caller, who must read it (a full pipe stops the child). In
    /// <paramref name="environment"/> a null value removes the variable from what the child inherits. The child runs
    /// in <paramref name="workingDirectory"/>, or in this process's current directory when none is given.
    /// </summary>
    /// <exception cref="Win32Exception">The program does not exist or cannot be run, or the working directory does not exist.</exception>
    public static ChildProcess Start(
        string program,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string?>? environment = null,
        Action<string>? standardOutputLine = null,
        Action<string>? standardErrorLine = null,
        string? workingDirectory = null)
    {
        var info = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory ?? string.Empty,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                info.Environment.Remove(name);
            }
            else
            {
                info.Environment[name] = value;
            }
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        if (standardOutputLine is not null)
        {
            process.OutputDataReceived += (_, e) => Deliver(standardOutputLine, e.Data);
        }

        if (standardErrorLine is not null)
        {
            process.ErrorDataReceived += (_, e) => Deliver(standardErrorLine, e.Data);
        }

        try
        {
            process.Start();
        }
        catch
        {
            process.Dispose();
            throw;
        }

        if (standardOutputLine is not null)
        {
            process.BeginOutputReadLine();
        }

        if (standardErrorLine is not null)
        {
            process.BeginErrorReadLine();
        }

        return new ChildProcess(process);
    }

    /// <summary>
    /// Runs <paramref name="program"/> to its end: <paramref name="input"/> goes to its standard input while both
    /// output streams are read, so no amount of output can block it. A run longer than <paramref name="timeout"/>
    /// or a cancelled one has its process tree killed. The program runs in <paramref name="workingDirectory"/> when
    /// one is given.
    /// </summary>
    /// <returns>The exit code, standard output as bytes and standard error as text.</returns>
    /// <exception cref="TimeoutException">The program ran longer than <paramref name="timeout"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="Win32Exception">The program does not exist or cannot be run, or the working directory does not exist.</exception>
    public static async Task<(int ExitCode, byte[] Output, string Error)> RunAsync(
        string program,
        IEnumerable<string> arguments,
        ReadOnlyMemory<byte> input,
        TimeSpan timeout,
        IReadOnlyDictionary<string, string?>? environment = null,
        string? workingDirectory = null,
        CancellationToken cancellationToken = default)
    {
        using var child = Start(program, arguments, environment, workingDirectory: workingDirectory);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        // Killing the tree closes the pipes, which ends the reads below even where a pipe read ignores its token.
        using var kill = limit.Token.Register(child.Kill);
        using var output = new MemoryStream();
        var reading = child.StandardOutput.CopyToAsync(output, limit.Token);
        var error = child._process.StandardError.ReadToEndAsync(limit.Token);
        var writing = child.WriteAndCloseInputAsync(input, limit.Token);
        try
        {
            await Task.WhenAll(reading, error, writing).ConfigureAwait(false);
            await child._process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
            return (child._process.ExitCode, output.ToArray(), await error.ConfigureAwait(false));
        }
        catch (Exception e) when (limit.IsCancellationRequested && e is OperationCanceledException or IOException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw new TimeoutException($"{program} ran longer than {timeout.TotalSeconds:0.#} s and was killed.", e);
        }
        finally
        {
            if (!child.HasExited)
            {
                child.Kill();
            }
        }
    }

    public Task WaitForExitAsync(CancellationToken cancellationToken = default) => _process.WaitForExitAsync(cancellationToken);

    /// <summary>Closes standard input: the end of the input for a program that reads until then.</summary>
    public void CloseStandardInput() => _process.StandardInput.Close();

    /// <summary>Kills the process and every process it started (SIGKILL, no chance to clean up); nothing if it is gone.</summary>
    public void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception or NotSupportedException)
        {
            // Already gone.
        }
    }

    /// <summary>Kills the process tree and waits up to <paramref name="patience"/> for the process to exit.</summary>
    /// <returns>false when the process is still there after that.</returns>
    public async Task<bool> KillAsync(TimeSpan patience)
    {
        Kill();
        try
        {
            await _process.WaitForExitAsync().WaitAsync(patience).ConfigureAwait(false);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }

    /// <summary>Releases the process handle; the process itself is left as it is (see <see cref="Kill"/>).</summary>
    public void Dispose() => _process.Dispose();

    private async Task WriteAndCloseInputAsync(ReadOnlyMemory<byte> input, CancellationToken cancellationToken)
    {
        try
        {
            if (!input.IsEmpty)
            {
                await StandardInput.WriteAsync(input, cancellationToken).ConfigureAwait(false);
            }

            CloseStandardInput();
        }
        catch (IOException) when (!cancellationToken.IsCancellationRequested)
        {
            // The program stopped reading (it rejected the input, or needs none); its exit code and message say why.
        }
    }

    private static void Deliver(Action<string> handler, string? line)
    {
        if (line is not null)
        {
            handler(line);
        }
    }
}
