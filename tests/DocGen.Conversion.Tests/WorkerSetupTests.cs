using DocGen.Conversion.Pool;

namespace DocGen.Conversion.Tests;

/// <summary>How each soffice.bin is started: the preloaded allocator and the seeded profile settings.</summary>
public sealed class WorkerSetupTests : IClassFixture<PoolFixture>
{
    private readonly LibreOfficePool _pool;

    public WorkerSetupTests(PoolFixture fixture) => _pool = fixture.Pool;

    [Fact]
    public void Soffice_runs_on_the_preloaded_allocator()
    {
        // scripts/install-pdf-deps.sh installs libtcmalloc-minimal4, so the default must have been found and loaded.
        var office = Assert.Single(_pool.OfficeProcessIds);
        var mappings = File.ReadAllText($"/proc/{office}/maps");
        Assert.Contains("libtcmalloc_minimal.so.4", mappings, StringComparison.Ordinal);
    }

    [Fact]
    public void Soffice_runs_in_a_session_of_its_own_so_the_terminals_Ctrl_C_does_not_reach_it()
    {
        var office = Assert.Single(_pool.OfficeProcessIds);

        Assert.Equal(office, SessionOf(office.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.NotEqual(SessionOf("self"), SessionOf(office.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task The_profile_keeps_the_seeded_settings_after_LibreOffice_completed_it()
    {
        // A document through the worker first, so LibreOffice has finished with its profile at least once.
        await _pool.ConvertAsync(TestDocuments.FilledForm(), null, CancellationToken.None);

        var office = Assert.Single(_pool.OfficeProcessIds);
        var arguments = File.ReadAllText($"/proc/{office}/cmdline").Split('\0');
        var installation = arguments.Single(a => a.StartsWith("-env:UserInstallation=", StringComparison.Ordinal));
        var profile = new Uri(installation["-env:UserInstallation=".Length..]).LocalPath;
        var settings = File.ReadAllText(Path.Combine(profile, "user", "registrymodifications.xcu"));

        Assert.Contains("""<item oor:path="/org.openoffice.Office.Writer/AutoFunction/Completion"><prop oor:name="CollectWords" oor:op="fuse"><value>false</value>""", settings, StringComparison.Ordinal);
        Assert.Contains("""<item oor:path="/org.openoffice.Office.Linguistic/SpellChecking"><prop oor:name="IsSpellAuto" oor:op="fuse"><value>false</value>""", settings, StringComparison.Ordinal);
    }

    /// <summary>The session id from /proc/PID/stat (fields after the command name: state, ppid, pgrp, session).</summary>
    private static int SessionOf(string process)
    {
        var stat = File.ReadAllText($"/proc/{process}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return int.Parse(fields[3], System.Globalization.CultureInfo.InvariantCulture);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("libdoes-not-exist.so.1")]
    [InlineData("/nowhere/libtcmalloc_minimal.so.4")]
    public void No_allocator_is_preloaded_when_none_is_configured_or_it_is_missing(string? configured)
    {
        Assert.Null(WorkerLaunchSettings.ResolveMallocLibrary(configured));
    }

    [Fact]
    public void A_library_name_is_found_in_the_system_library_folders()
    {
        var resolved = WorkerLaunchSettings.ResolveMallocLibrary("libtcmalloc_minimal.so.4");

        Assert.NotNull(resolved);
        Assert.True(Path.IsPathRooted(resolved));
        Assert.True(File.Exists(resolved));
        Assert.Equal(resolved, WorkerLaunchSettings.ResolveMallocLibrary(resolved));
    }
}
