using System.Diagnostics;
using System.Threading.Channels;
using DocGen.Conversion.Bridge;
using DocGen.Conversion.Fonts;
using DocGen.Conversion.Pool;
using DocGen.Conversion.Preparation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocGen.Conversion;

/// <summary>
/// DOCX → PDF through a pool of warm LibreOffice workers (see <see cref="LibreOfficePoolOptions"/>).
///
/// Each slot runs a loop: start a worker, take jobs one at a time, and replace the worker when it times out,
/// crashes, reaches <see cref="LibreOfficePoolOptions.MaxJobsPerWorker"/> or grows past
/// <see cref="LibreOfficePoolOptions.MaxWorkerMemoryMb"/>. Jobs wait in an unbounded channel, but admission is
/// counted separately so that the queue length stays bounded, a full queue is refused at once, and a caller that
/// gives up frees its place immediately (a channel cannot remove an item from its middle).
///
/// A document is prepared before it is queued (<see cref="PreparedDocument"/>: one pass over its package removes its
/// external references and comment marks, measures it and finds its fonts) and refused when it is bigger than the pool
/// converts (its time and memory grow with its rows and text); a caller that gives up while its job runs has that worker killed and
/// replaced, and a worker is watched during each job so that growing past its memory limit stops the job.
/// </summary>
public sealed class LibreOfficePool : IPdfConverter
{
    private static readonly TimeSpan MaxRestartBackoff = TimeSpan.FromSeconds(30);

    private readonly LibreOfficePoolOptions _options;
    private readonly WorkerLaunchSettings _launch;
    private readonly ILogger _logger;
    private readonly FontSubstitutionInspector _fonts;
    private readonly Channel<PdfJob> _jobs = Channel.CreateUnbounded<PdfJob>(new UnboundedChannelOptions { SingleReader = false, SingleWriter = false });
    private readonly CancellationTokenSource _stopping = new();
    private readonly SlotState[] _slots;
    private readonly Task[] _slotLoops;
    private readonly TaskCompletionSource _firstReady = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly bool _ownsWorkDirectory;
    private int _queued;
    private int _busy;
    private long _jobsDone;
    private long _jobsFailed;
    private long _restarts;
    private long _averageJobTicks;
    private int _disposed;

    private LibreOfficePool(LibreOfficePoolOptions options, ILogger logger)
    {
        options.Validate();
        _options = options;
        _logger = logger;
        _ownsWorkDirectory = options.WorkDirectory is null;
        var workDirectory = options.WorkDirectory ?? Path.Combine(Path.GetTempPath(), $"docgen-pdf-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}");
        Directory.CreateDirectory(workDirectory);
        var fontConfig = options.FontConfigFile is not null && File.Exists(options.FontConfigFile) ? Path.GetFullPath(options.FontConfigFile) : null;
        if (options.FontConfigFile is not null && fontConfig is null)
        {
            logger.LogWarning("Font mapping {File} not found; PDF workers use the system fontconfig (Chinese text may fall back to Noto CJK JP)", options.FontConfigFile);
        }

        var mallocLibrary = WorkerLaunchSettings.ResolveMallocLibrary(options.MallocLibrary);
        if (!string.IsNullOrWhiteSpace(options.MallocLibrary) && mallocLibrary is null)
        {
            logger.LogWarning("Allocator {Library} not found; PDF workers use glibc's malloc (conversions about a fifth slower)", options.MallocLibrary);
        }

        var soffice = WorkerLaunchSettings.ResolveSofficeBinary(options.SofficePath);
        _launch = new WorkerLaunchSettings(soffice, options.PythonPath, fontConfig, mallocLibrary, workDirectory, options.StartupTimeout)
        {
            // The whole installation (soffice.bin lives in its program folder), where it is not in a system folder.
            Sandbox = WorkerSandbox.Find(options.SandboxPath, [Path.GetDirectoryName(Path.GetDirectoryName(soffice)), fontConfig, mallocLibrary], logger),
        };
        _fonts = new FontSubstitutionInspector(options.FcMatchPath, fontConfig, logger);
        _slots = Enumerable.Range(0, options.Workers).Select(i => new SlotState(i)).ToArray();
        _slotLoops = new Task[options.Workers];
    }

    /// <summary>
    /// Creates the pool and starts every worker in the background; returns at once. The pool is
    /// <see cref="PoolStatus.Ready"/> when the first worker is warm (typically 1–3 s); jobs submitted earlier wait in the queue.
    /// </summary>
    public static LibreOfficePool Start(LibreOfficePoolOptions options, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var pool = new LibreOfficePool(options, logger ?? NullLogger.Instance);
        for (var i = 0; i < pool._slots.Length; i++)
        {
            var slot = pool._slots[i];
            pool._slotLoops[i] = Task.Run(() => pool.RunSlotAsync(slot));
        }

        pool._logger.LogInformation(
            "PDF pool starting {Workers} LibreOffice workers ({Soffice}, fonts {FontConfig}, {Isolation}), queue capacity {Capacity}",
            options.Workers, pool._launch.SofficeBinary, pool._launch.FontConfigFile ?? "system",
            pool._launch.Sandbox is null ? "unconfined" : "no network, system folders only", options.EffectiveQueueCapacity);
        return pool;
    }

    /// <summary>Completes when the first worker is warm; for hosts that want to wait at boot or in tests.</summary>
    public Task WaitUntilReadyAsync(CancellationToken cancellationToken = default) => _firstReady.Task.WaitAsync(cancellationToken);

    public PoolStatus Status
    {
        get
        {
            var details = _slots.Select(s => s.Snapshot()).ToArray();
            var up = details.Count(d => d.State is SlotState.Idle or SlotState.Busy);
            return new PoolStatus(
                Ready: up > 0 && Volatile.Read(ref _disposed) == 0,
                Workers: _slots.Length,
                WorkersUp: up,
                Busy: Volatile.Read(ref _busy),
                QueueLength: Math.Max(0, Volatile.Read(ref _queued)),
                QueueCapacity: _options.EffectiveQueueCapacity,
                EstimatedWait: EstimateRetryAfter(),
                JobsDone: Interlocked.Read(ref _jobsDone),
                JobsFailed: Interlocked.Read(ref _jobsFailed),
                Restarts: Interlocked.Read(ref _restarts),
                WorkersIsolated: _launch.Sandbox is not null,
                WorkerDetails: details);
        }
    }

    public async Task<PdfConversionResult> ConvertAsync(byte[] docx, PdfConversionOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(docx);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        cancellationToken.ThrowIfCancellationRequested();
        options ??= PdfConversionOptions.Default;
        var prepared = Prepare(docx, options.FontFamilies);
        if (_options.Refuse(prepared.Cost) is { } tooLarge)
        {
            throw tooLarge;
        }

        var job = new PdfJob(
            prepared.Docx,
            new BridgeRequestHeader(options.PdfA, options.Title, options.Subject, options.Keywords),
            options.Timeout ?? _options.JobTimeout);

        if (Interlocked.Increment(ref _queued) > _options.EffectiveQueueCapacity)
        {
            Interlocked.Decrement(ref _queued);
            throw new PdfQueueFullException(_options.EffectiveQueueCapacity, EstimateRetryAfter());
        }

        if (!_jobs.Writer.TryWrite(job))
        {
            Interlocked.Decrement(ref _queued);
            throw new ObjectDisposedException(nameof(LibreOfficePool));
        }

        // Font inspection runs alongside the conversion; it is cached per family and costs nothing after warm-up.
        var fonts = _fonts.InspectAsync(prepared.FontFamilies);
        BridgeReply reply;
        try
        {
            reply = await job.Completion.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Still waiting: give the place back now; the worker will skip the job when it reaches it. Already running:
            // its worker is killed (LibreOffice cannot abort an export) and replaced, instead of converting for nobody.
            if (job.Abandon())
            {
                Interlocked.Decrement(ref _queued);
            }

            Observe(fonts);
            throw;
        }

        var substitutions = await fonts.ConfigureAwait(false);
        return new PdfConversionResult(
            reply.Payload,
            substitutions,
            job.WorkerSlot,
            Stopwatch.GetElapsedTime(job.EnqueuedAt, job.StartedAt),
            Stopwatch.GetElapsedTime(job.StartedAt));
    }

    private async Task RunSlotAsync(SlotState slot)
    {
        var stop = _stopping.Token;
        var failures = 0;
        while (!stop.IsCancellationRequested)
        {
            LibreOfficeWorker worker;
            try
            {
                slot.Set(SlotState.Starting, null);
                worker = await LibreOfficeWorker.StartAsync(_launch, slot.Index, _logger, stop).ConfigureAwait(false);
                failures = 0;
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                failures++;
                var backoff = TimeSpan.FromMilliseconds(Math.Min(MaxRestartBackoff.TotalMilliseconds, 250 * Math.Pow(2, Math.Min(failures, 8))));
                slot.Set(SlotState.Failed, null);
                _logger.LogError(e, "PDF worker {Slot} failed to start (attempt {Attempt}); retrying in {Backoff}", slot.Index, failures, backoff);
                try
                {
                    await Task.Delay(backoff, stop).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }

                continue;
            }

            slot.Set(SlotState.Idle, worker);
            _firstReady.TrySetResult();
            try
            {
                await ServeAsync(slot, worker, stop).ConfigureAwait(false);
            }
            finally
            {
                slot.Set(stop.IsCancellationRequested ? SlotState.Stopping : SlotState.Restarting, null);
                await worker.DisposeAsync().ConfigureAwait(false);
            }

            if (!stop.IsCancellationRequested)
            {
                Interlocked.Increment(ref _restarts);
            }
        }

        slot.Set(SlotState.Stopped, null);
    }

    /// <summary>Feeds jobs to one worker until it has to be replaced or the pool stops.</summary>
    private async Task ServeAsync(SlotState slot, LibreOfficeWorker worker, CancellationToken stop)
    {
        while (true)
        {
            var waitForJob = _jobs.Reader.WaitToReadAsync(stop).AsTask();
            var first = await Task.WhenAny(waitForJob, worker.OfficeExited).ConfigureAwait(false);
            if (first != waitForJob || worker.HasExited)
            {
                _ = waitForJob.ContinueWith(static t => _ = t.Exception, TaskScheduler.Default);
                _logger.LogWarning("PDF worker {Slot} (pid {Pid}) exited while idle; replacing it", slot.Index, worker.Pid);
                return;
            }

            bool more;
            try
            {
                more = await waitForJob.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (!more)
            {
                return;
            }

            if (!_jobs.Reader.TryRead(out var job) || !job.TryStart())
            {
                continue; // another worker took it, or its caller gave up while it waited
            }

            Interlocked.Decrement(ref _queued);
            Interlocked.Increment(ref _busy);
            slot.Set(SlotState.Busy, worker, job);
            job.WorkerSlot = slot.Index;
            try
            {
                var reply = await worker.ConvertAsync(
                    job.Header, job.Docx, job.Timeout, _options.MaxWorkerMemoryMb, _options.MemoryPollInterval, job.CallerGone).ConfigureAwait(false);
                RecordDuration(Stopwatch.GetTimestamp() - job.StartedAt);
                Interlocked.Increment(ref _jobsDone);
                job.Completion.TrySetResult(reply);
            }
            catch (OperationCanceledException)
            {
                _logger.LogInformation("PDF worker {Slot} (pid {Pid}) stopped: its caller gave up during the conversion; replacing it", slot.Index, worker.Pid);
                job.Completion.TrySetCanceled(job.CallerGone);
            }
            catch (WorkerMemoryExceededException e)
            {
                Interlocked.Increment(ref _jobsFailed);
                _logger.LogWarning("PDF worker {Slot} (pid {Pid}) killed at {Memory} MiB during a job (limit {Limit} MiB); replacing it",
                    slot.Index, worker.Pid, e.MemoryMb, _options.MaxWorkerMemoryMb);
                job.Completion.TrySetException(new PdfWorkerMemoryExceededException(e.MemoryMb, _options.MaxWorkerMemoryMb, EstimateRetryAfter()));
            }
            catch (PdfConversionException e)
            {
                Interlocked.Increment(ref _jobsFailed);
                if (worker.Broken)
                {
                    _logger.LogWarning("PDF worker {Slot} (pid {Pid}) is replaced: {Reason}", slot.Index, worker.Pid, e.Message);
                }

                job.Completion.TrySetException(e);
            }
            finally
            {
                Interlocked.Decrement(ref _busy);
                slot.Set(SlotState.Idle, worker);
            }

            if (worker.Broken)
            {
                return;
            }

            if (_options.MaxJobsPerWorker > 0 && worker.JobsDone >= _options.MaxJobsPerWorker)
            {
                _logger.LogInformation("PDF worker {Slot} recycled after {Jobs} jobs", slot.Index, worker.JobsDone);
                return;
            }

            var memory = worker.MemoryMb;
            if (_options.MaxWorkerMemoryMb > 0 && memory > _options.MaxWorkerMemoryMb)
            {
                _logger.LogInformation("PDF worker {Slot} recycled at {Memory} MiB (limit {Limit} MiB)", slot.Index, memory, _options.MaxWorkerMemoryMb);
                return;
            }
        }
    }

    private void RecordDuration(long ticks)
    {
        // Exponential moving average; only used to suggest Retry-After.
        var previous = Interlocked.Read(ref _averageJobTicks);
        var next = previous == 0 ? ticks : (previous * 7 + ticks) / 8;
        Interlocked.Exchange(ref _averageJobTicks, next);
    }

    /// <summary>
    /// When a job submitted now could start: the jobs running and queued, each slot's running job by how long it has
    /// already run, the queued ones at the recent mean conversion time (see <see cref="QueueWait"/>). Whole seconds, at least 1.
    /// </summary>
    private TimeSpan EstimateRetryAfter()
    {
        if (_options.RetryAfter is { } fixedDelay)
        {
            return fixedDelay;
        }

        var average = Interlocked.Read(ref _averageJobTicks);
        var meanJob = average == 0 ? TimeSpan.FromSeconds(1) : Stopwatch.GetElapsedTime(0, average);
        var now = Stopwatch.GetTimestamp();
        var running = _slots.Select(s => s.Job).OfType<PdfJob>().Select(j => (Stopwatch.GetElapsedTime(j.StartedAt, now), j.Timeout)).ToArray();
        var wait = QueueWait.Estimate(running, Math.Max(0, Volatile.Read(ref _queued)), meanJob, _slots.Length);
        return TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling(wait.TotalSeconds)));
    }

    /// <summary>The one pass over the package before queueing (<see cref="PreparedDocument"/>); a package it cannot read is refused.</summary>
    private PreparedDocument Prepare(byte[] docx, IReadOnlyCollection<string>? fontFamilies)
    {
        try
        {
            return PreparedDocument.Prepare(docx, fontFamilies, _options.KeepExternalReferences);
        }
        catch (Exception e) when (e is InvalidDataException or System.Xml.XmlException)
        {
            throw new PdfConversionFailedException($"The document is not a readable DOCX: {e.Message}", workerCrashed: false, e);
        }
    }

    private static void Observe(Task task) => task.ContinueWith(static t => _ = t.Exception, TaskScheduler.Default);

    /// <summary>
    /// Stops taking jobs, fails the queued ones, lets running conversions end (they are bounded by the job
    /// timeout), terminates every worker (killing any that does not stop) and removes the profile directories.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _jobs.Writer.TryComplete();
        while (_jobs.Reader.TryRead(out var job))
        {
            if (job.TryAbandon())
            {
                Interlocked.Decrement(ref _queued);
                job.Completion.TrySetException(new PdfConversionFailedException("The PDF service is shutting down.", workerCrashed: false));
            }
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(_slotLoops).ConfigureAwait(false);
        _firstReady.TrySetCanceled();
        _stopping.Dispose();
        if (_ownsWorkDirectory)
        {
            try
            {
                Directory.Delete(_launch.WorkDirectory, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                _logger.LogWarning(e, "Could not remove the PDF work directory {Path}", _launch.WorkDirectory);
            }
        }

        _logger.LogInformation("PDF pool stopped after {Jobs} jobs ({Failed} failed, {Restarts} worker restarts)", _jobsDone, _jobsFailed, _restarts);
    }

    /// <summary>soffice.bin process ids of the workers that are up (for diagnostics and tests).</summary>
    internal IReadOnlyList<int> OfficeProcessIds => _slots.Select(s => s.Snapshot().Pid).Where(pid => pid > 0).ToArray();

    internal string WorkDirectory => _launch.WorkDirectory;

    /// <summary>The UNO and single-instance sockets of the workers that are up (for tests).</summary>
    internal IReadOnlyList<string> OfficeIpcSockets => _slots.SelectMany(s => s.Worker?.IpcSockets ?? []).ToArray();
}
