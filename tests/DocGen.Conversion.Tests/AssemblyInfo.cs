// Every test drives real LibreOffice processes; running them one at a time keeps a 2-core machine responsive
// and keeps the process-table checks (no soffice left behind) unambiguous.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
