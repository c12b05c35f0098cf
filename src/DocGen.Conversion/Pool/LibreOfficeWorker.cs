using System.Diagnostics;
using System.Globalization;
using DocGen.Conversion.Bridge;
using Microsoft.Extensions.Logging;

namespace DocGen.Conversion.Pool;

/// <summary>
/// One warm worker: a headless soffice.bin with its own profile directory, listening on a private UNO pipe,
/// and one long-lived python3-uno bridge connected to it that converts documents in memory.
///
/// Why this shape (measured on the benchmark form, see bench/README.md): a process per file costs ~1.2 s;
/// JODConverter/Carbone keep soffice warm but pass files through disk; here the DOCX goes in over a pipe
/// and the PDF comes back over it, the bridge names the import filter (no type detection) and closes the
/// document after answering, which keeps ~20 ms of close time off each request.
/// </summary>
internal sealed class LibreOfficeWorker : IAsyncDisposable
{
    /// <summary>soffice.bin exits with 81 after it has created a fresh profile and expects to be started again.</summary>
    private const int RestartRequestedExitCode = 81;

    private static readonly TimeSpan GracefulStop = TimeSpan.FromSeconds(5);

    private readonly WorkerLaunchSettings _settings;
    private readonly ILogger _logger;
    private readonly string _profileDirectory;
    private readonly string _pipeName;
    private readonly string _privateTmp;
    private ChildProcess _office;
    private ChildProcess _bridge;
    private Task _officeExited;
    private IReadOnlyList<string> _ipcSockets = [];
    private int _disposed;

    private LibreOfficeWorker(WorkerLaunchSettings settings, int slot, ILogger logger)
    {
        _settings = settings;
        _logger = logger;
        Slot = slot;
        var id = Guid.NewGuid().ToString("N")[..12];
        _profileDirectory = Path.Combine(settings.WorkDirectory, $"worker-{slot}-{id}");
        _pipeName = $"docgen-{Environment.ProcessId}-{slot}-{id}";
        _privateTmp = Path.Combine(_profileDirectory, "tmp");
        _office = null!;
        _bridge = null!;
        _officeExited = Task.CompletedTask;
    }

    public int Slot { get; }

    /// <summary>soffice.bin process id (in the sandbox, the child of bubblewrap).</summary>
    public int Pid { get; private set; }

    /// <summary>The python bridge's process id.</summary>
    public int BridgePid => _bridge.Id;

    public int JobsDone { get; private set; }

    /// <summary>Set after a timeout or a crash: the worker must not take another job.</summary>
    public bool Broken { get; private set; }

    /// <summary>Completes when soffice.bin exits for any reason (crash, kill -9, OOM killer).</summary>
    public Task OfficeExited => _officeExited;

    public bool HasExited => _office.HasExited || _bridge.HasExited;

    public string ProfileDirectory => _profileDirectory;

    /// <summary>
    /// The OSL_PIPE_* sockets this worker's office listens on (in the sandbox: in its private /tmp, and the link to the
    /// UNO pipe in the real /tmp); removed when the worker is disposed.
    /// </summary>
    public IReadOnlyList<string> IpcSockets => _ipcSockets;

    /// <summary>Resident memory of soffice.bin and anything it started, in MiB (what grows as documents pass through).</summary>
    public long MemoryMb => ProcessTreeMemory.ResidentBytes(_office.Id) / (1024 * 1024);

    public static async Task<LibreOfficeWorker> StartAsync(WorkerLaunchSettings settings, int slot, ILogger logger, CancellationToken cancellationToken)
    {
        var worker = new LibreOfficeWorker(settings, slot, logger);
        try
        {
            await worker.LaunchAsync(cancellationToken).ConfigureAwait(false);
            return worker;
        }
        catch
        {
            await worker.DisposeCoreAsync(graceful: false).ConfigureAwait(false);
            throw;
        }
    }

    private async Task LaunchAsync(CancellationToken cancellationToken)
    {
        WorkerProfile.Seed(_profileDirectory);
        if (_settings.Sandbox is not null)
        {
            // The link exists before the office does: the bridge retries until the socket behind it accepts.
            Directory.CreateDirectory(_privateTmp);
            var (outside, inside) = WorkerSandbox.PipePaths(_pipeName, _privateTmp);
            File.CreateSymbolicLink(outside, inside);
            _ipcSockets = [outside];
        }

        using var startup = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        startup.CancelAfter(_settings.StartupTimeout);

        _office = StartOffice();
        _bridge = StartBridge();
        var ready = BridgeProtocol.ReadReplyAsync(_bridge.StandardOutput, startup.Token);

        // The bridge keeps retrying its connection while soffice.bin restarts itself after creating the profile.
        var restartsLeft = 3;
        while (true)
        {
            var officeExit = _office.WaitForExitAsync(startup.Token);
            var first = await Task.WhenAny(ready, officeExit).ConfigureAwait(false);
            if (first == ready)
            {
                break;
            }

            if (startup.IsCancellationRequested)
            {
                Observe(ready);
                cancellationToken.ThrowIfCancellationRequested();
                throw new TimeoutException($"LibreOffice worker {Slot} did not start within {_settings.StartupTimeout.TotalSeconds:0} s.");
            }

            if (_office.ExitCode == RestartRequestedExitCode && restartsLeft-- > 0)
            {
                _office.Dispose();
                _office = StartOffice();
                continue;
            }

            Observe(ready);
            throw new InvalidOperationException($"soffice.bin exited with code {_office.ExitCode} while worker {Slot} was starting.");
        }

        BridgeReply reply;
        try
        {
            reply = await ready.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"LibreOffice worker {Slot} did not start within {_settings.StartupTimeout.TotalSeconds:0} s.");
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidOperationException($"The uno bridge of worker {Slot} exited during startup (is python3-uno installed for {_settings.PythonPath}?).", e);
        }

        if (reply.Status != 'R')
        {
            throw new InvalidOperationException($"The uno bridge of worker {Slot} did not start: {reply.Meta.Error}");
        }

        _officeExited = _office.WaitForExitAsync();
        if (_settings.Sandbox is null)
        {
            Pid = _office.Id;
            _ipcSockets = OfficeIpcSockets.ListenedOnBy(Pid);
        }
        else
        {
            Pid = WorkerSandbox.ProgramStartedBy(_office.Id) ?? _office.Id;
            _ipcSockets = [.. _ipcSockets, .. OfficeIpcSockets.In(_privateTmp)];
        }

        _logger.LogInformation(
            "PDF worker {Slot} ready: soffice.bin pid {Pid}{Isolation}, connect {ConnectMs} ms, warm-up {WarmUpMs} ms",
            Slot, Pid, _settings.Sandbox is null ? "" : " (no network, system folders only)", reply.Meta.ConnectMs, reply.Meta.WarmUpMs);
    }

    /// <summary>
    /// Runs one job, reading the worker's memory every <paramref name="memoryPollInterval"/> while it runs. Throws the
    /// pool's exceptions; after a timeout, a crash, a memory breach or a cancellation <see cref="Broken"/> is set and
    /// the processes are killed (LibreOffice cannot abort an export, so a job is stopped only by ending its worker).
    /// </summary>
    /// <exception cref="WorkerMemoryExceededException">soffice.bin's tree grew past <paramref name="maxMemoryMb"/>.</exception>
    /// <exception cref="OperationCanceledException">The caller gave up during the job.</exception>
    public async Task<BridgeReply> ConvertAsync(
        BridgeRequestHeader header, byte[] docx, TimeSpan timeout, int maxMemoryMb, TimeSpan memoryPollInterval, CancellationToken cancellationToken)
    {
        if (HasExited)
        {
            Broken = true;
            throw new PdfConversionFailedException($"LibreOffice worker {Slot} is not running.", workerCrashed: true);
        }

        var started = Stopwatch.GetTimestamp();
        var exchange = ExchangeAsync(header, docx);
        while (true)
        {
            var left = timeout - Stopwatch.GetElapsedTime(started);
            if (left <= TimeSpan.Zero)
            {
                Stop(exchange);
                throw new PdfConversionTimeoutException(timeout);
            }

            using var pause = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var tick = Task.Delay(left < memoryPollInterval ? left : memoryPollInterval, pause.Token);
            var first = await Task.WhenAny(exchange, _officeExited, tick).ConfigureAwait(false);
            await pause.CancelAsync().ConfigureAwait(false);
            if (first == exchange)
            {
                return Finish(exchange);
            }

            if (first == _officeExited)
            {
                Stop(exchange);
                throw new PdfConversionFailedException(
                    $"LibreOffice worker {Slot} crashed during the conversion (soffice.bin exit code {_office.ExitCode?.ToString(CultureInfo.InvariantCulture) ?? "unknown"}).", workerCrashed: true);
            }

            if (cancellationToken.IsCancellationRequested)
            {
                Stop(exchange);
                throw new OperationCanceledException(cancellationToken);
            }

            var memory = MemoryMb;
            if (maxMemoryMb > 0 && memory > maxMemoryMb)
            {
                Stop(exchange);
                throw new WorkerMemoryExceededException(memory);
            }
        }
    }

    private BridgeReply Finish(Task<BridgeReply> exchange)
    {
        BridgeReply reply;
        try
        {
            reply = exchange.GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or ObjectDisposedException or InvalidDataException)
        {
            Broken = true;
            throw new PdfConversionFailedException($"LibreOffice worker {Slot} stopped answering during the conversion.", workerCrashed: true, e);
        }

        JobsDone++;
        if (reply.Status == 'O')
        {
            return reply;
        }

        Broken |= reply.Meta.Fatal;
        throw new PdfConversionFailedException(
            $"LibreOffice could not convert the document: {reply.Meta.Error}", workerCrashed: reply.Meta.Fatal);
    }

    private void Stop(Task exchange)
    {
        Broken = true;
        Kill();
        Observe(exchange);
    }

    private async Task<BridgeReply> ExchangeAsync(BridgeRequestHeader header, byte[] docx)
    {
        await BridgeProtocol.WriteRequestAsync(_bridge.StandardInput, header, docx, CancellationToken.None).ConfigureAwait(false);
        return await BridgeProtocol.ReadReplyAsync(_bridge.StandardOutput, CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>Immediate stop, used on timeout and crash: kill -9 both processes (and anything they spawned).</summary>
    public void Kill()
    {
        _office?.Kill();
        _bridge?.Kill();
    }

    public ValueTask DisposeAsync() => DisposeCoreAsync(graceful: !Broken);

    private async ValueTask DisposeCoreAsync(bool graceful)
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        // Graceful: closing the bridge's stdin makes it terminate the office, which removes its own pipes.
        if (graceful && _bridge is not null && _office is not null && !HasExited)
        {
            try
            {
                _bridge.CloseStandardInput();
                await Task.WhenAll(_office.WaitForExitAsync(), _bridge.WaitForExitAsync()).WaitAsync(GracefulStop).ConfigureAwait(false);
            }
            catch (Exception e) when (e is TimeoutException or IOException or InvalidOperationException)
            {
                _logger.LogWarning("PDF worker {Slot} did not stop within {Seconds} s; killing it", Slot, GracefulStop.TotalSeconds);
            }
        }

        foreach (var process in new[] { _office, _bridge })
        {
            if (process is null)
            {
                continue;
            }

            if (!await process.KillAsync(GracefulStop).ConfigureAwait(false))
            {
                _logger.LogError("PDF worker {Slot}: process {Pid} survived kill", Slot, process.Id);
            }

            process.Dispose();
        }

        OfficeIpcSockets.Delete(_ipcSockets);
        DeleteDirectory(_profileDirectory);
    }

    private ChildProcess StartOffice()
    {
        var environment = ChildEnvironment();
        if (_settings.MallocLibrary is not null)
        {
            var inherited = Environment.GetEnvironmentVariable("LD_PRELOAD");
            environment["LD_PRELOAD"] = string.IsNullOrEmpty(inherited) ? _settings.MallocLibrary : _settings.MallocLibrary + ":" + inherited;
        }

        string[] arguments =
        [
            "--headless", "--invisible", "--nocrashreport", "--nodefault", "--nologo", "--nofirststartwizard",
            "--nolockcheck", "--norestore",
            $"--accept=pipe,name={_pipeName};urp;StarOffice.ComponentContext",
            $"-env:UserInstallation={new Uri(_profileDirectory + "/").AbsoluteUri.TrimEnd('/')}",
        ];
        if (_settings.Sandbox is null)
        {
            return Launch(_settings.SofficeBinary, environment, "soffice.bin", readStdout: true, arguments);
        }

        var (sandbox, wrapped) = _settings.Sandbox.Wrap(_settings.SofficeBinary, arguments, _profileDirectory, _privateTmp);
        return Launch(sandbox, environment, "soffice.bin", readStdout: true, [.. wrapped]);
    }

    private ChildProcess StartBridge()
    {
        var environment = ChildEnvironment();
        // A pyenv or virtualenv in the service's environment must not redirect Debian's interpreter.
        environment["PYTHONHOME"] = null;
        environment["PYTHONPATH"] = null;
        environment["PYTHONNOUSERSITE"] = "1";
        environment["PYTHONUNBUFFERED"] = "1";
        // Standard output carries the bridge protocol, read by the worker itself.
        return Launch(_settings.PythonPath, environment, "uno bridge", readStdout: false,
            "-c", BridgeProtocol.BridgeScript, "--pipe", _pipeName,
            "--connect-timeout", _settings.StartupTimeout.TotalSeconds.ToString("0", CultureInfo.InvariantCulture));
    }

    private Dictionary<string, string?> ChildEnvironment()
    {
        // The office must not pick up a desktop session or a display it could block on.
        var environment = new Dictionary<string, string?>
        {
            ["DISPLAY"] = null,
            ["WAYLAND_DISPLAY"] = null,
            ["SAL_USE_VCLPLUGIN"] = "svp",
        };
        if (_settings.FontConfigFile is not null)
        {
            environment["FONTCONFIG_FILE"] = _settings.FontConfigFile;
        }

        return environment;
    }

    /// <summary>
    /// Starts <paramref name="program"/> through <c>setsid</c> when there is one: in a session of its own, a worker does
    /// not receive the Ctrl-C (SIGINT to the terminal's process group) meant for the service, which would kill it while
    /// the pool is still running and have it replaced during shutdown. setsid execs in place, so the process id is the
    /// program's; the pool alone ends its workers.
    /// </summary>
    private ChildProcess Launch(string program, Dictionary<string, string?> environment, string role, bool readStdout, params string[] arguments)
    {
        var file = _settings.SessionLauncher ?? program;
        try
        {
            return ChildProcess.Start(file, _settings.SessionLauncher is null ? arguments : arguments.Prepend(program), environment,
                readStdout ? line => LogLine(role, line, LogLevel.Debug) : null,
                line => LogLine(role, line, LogLevel.Warning));
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"Cannot start {file} for PDF worker {Slot}: {e.Message}", e);
        }
    }

    private void LogLine(string role, string line, LogLevel level)
    {
        if (!string.IsNullOrWhiteSpace(line))
        {
            _logger.Log(level, "PDF worker {Slot} {Role}: {Line}", Slot, role, line);
        }
    }

    private static void Observe(Task task) => task.ContinueWith(static t => _ = t.Exception, TaskScheduler.Default);

    private void DeleteDirectory(string path)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }

                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                if (attempt == 2)
                {
                    _logger.LogWarning(e, "PDF worker {Slot}: could not remove profile directory {Path}", Slot, path);
                }

                Thread.Sleep(50);
            }
        }
    }
}
