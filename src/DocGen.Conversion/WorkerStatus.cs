namespace DocGen.Conversion;

/// <summary>One worker slot. Pid is the soffice.bin process (0 while starting).</summary>
public sealed record WorkerStatus(int Slot, string State, int Pid, int JobsDone, long MemoryMb);
