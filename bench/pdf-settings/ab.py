"""Side-by-side A/B of the start-up settings of DocGen's PDF workers.

Starts one soffice.bin per variant (allocator × profile), all alive at once, and feeds them the same DOCX in turn
(A, B, C, D, A, B, …), so that the load of a shared machine, which drifts over minutes, hits every variant alike.
Sequential runs of minutes each could not tell a 10 % difference from that drift. Prints the median import
(load), PDF export and close time per variant.

usage: /usr/bin/python3 bench/pdf-settings/ab.py DOCX [rounds=30]
       (bench/run.sh leaves the filled benchmark form in its work folder; any DOCX will do)
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SOFFICE = "/usr/lib/libreoffice/program/soffice.bin"
PROFILE = os.path.join(REPO, "src/DocGen.Conversion/Pool/worker-profile.xcu")
FONTS = os.path.join(REPO, "fonts/fonts.conf")
TCMALLOC = next((p for p in ("/usr/lib/x86_64-linux-gnu/libtcmalloc_minimal.so.4",
                             "/usr/lib/aarch64-linux-gnu/libtcmalloc_minimal.so.4") if os.path.exists(p)), None)

VARIANTS = [  # name, preload, seeded profile
    ("glibc, default profile", None, False),
    ("glibc, seeded profile", None, True),
    ("tcmalloc, default profile", TCMALLOC, False),
    ("tcmalloc, seeded profile (DocGen)", TCMALLOC, True),
]


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def start(work, index, preload, seeded):
    profile = os.path.join(work, "profile-%d" % index)
    os.makedirs(os.path.join(profile, "user"))
    if seeded:
        shutil.copy(PROFILE, os.path.join(profile, "user", "registrymodifications.xcu"))
    env = dict(os.environ, FONTCONFIG_FILE=FONTS, SAL_USE_VCLPLUGIN="svp")
    if preload:
        env["LD_PRELOAD"] = preload
    pipe = "docgen_ab_%d_%d" % (os.getpid(), index)
    args = [SOFFICE, "--headless", "--invisible", "--nocrashreport", "--nodefault", "--nologo", "--nofirststartwizard",
            "--nolockcheck", "--norestore", "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe,
            "-env:UserInstallation=file://" + profile]
    # A fresh profile makes soffice.bin exit with 81 once it has created it; it expects to be started again.
    process = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if process.wait() == 81:
        process = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return process, pipe


def connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + 60
    while True:
        try:
            ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            return ctx, ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        except NoConnectException:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def convert(ctx, desktop, docx):
    """The worker's own sequence (Bridge/uno_bridge.py): load from memory with the filter named, export, close."""
    smgr = ctx.ServiceManager
    t0 = time.perf_counter()
    stream = smgr.createInstanceWithArgumentsAndContext("com.sun.star.io.SequenceInputStream", (uno.ByteSequence(docx),), ctx)
    doc = desktop.loadComponentFromURL("private:stream", "_blank", 0, (
        prop("InputStream", stream), prop("FilterName", "MS Word 2007 XML"), prop("Hidden", True), prop("ReadOnly", True)))
    t1 = time.perf_counter()
    out = smgr.createInstanceWithContext("com.sun.star.io.SequenceOutputStream", ctx)
    filter_data = uno.Any("[]com.sun.star.beans.PropertyValue", (
        prop("UseLosslessCompression", True), prop("ReduceImageResolution", False), prop("ExportBookmarks", True),
        prop("ExportNotes", False)))
    doc.storeToURL("private:stream", (prop("FilterName", "writer_pdf_Export"), prop("OutputStream", out),
                                      prop("FilterData", filter_data)))
    size = len(out.getWrittenBytes().value)
    t2 = time.perf_counter()
    doc.close(True)
    t3 = time.perf_counter()
    return (t1 - t0) * 1e3, (t2 - t1) * 1e3, (t3 - t2) * 1e3, size


def main():
    docx = open(sys.argv[1], "rb").read()
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    variants = [v for v in VARIANTS if TCMALLOC is not None or "tcmalloc" not in v[0]]
    if len(variants) < len(VARIANTS):
        print("libtcmalloc-minimal4 is not installed (scripts/install-pdf-deps.sh): glibc variants only", file=sys.stderr)
    work = tempfile.mkdtemp(prefix="docgen-ab-")
    processes, offices = [], []
    try:
        for i, (name, preload, seeded) in enumerate(variants):
            process, pipe = start(work, i, preload, seeded)
            processes.append(process)
            offices.append((name,) + connect(pipe))
        for _ in range(3):  # warm-up
            for _, ctx, desktop in offices:
                convert(ctx, desktop, docx)
        times = {name: [] for name, _, _ in offices}
        for _ in range(rounds):
            for name, ctx, desktop in offices:
                times[name].append(convert(ctx, desktop, docx))
        base = None
        print("| variant | load | export | load + export | close | PDF bytes |")
        print("|---|---|---|---|---|---|")
        for name, samples in times.items():
            load, export, close = (statistics.median(s[k] for s in samples) for k in range(3))
            total = statistics.median(s[0] + s[1] for s in samples)
            base = base or total
            print("| %s | %.1f ms | %.1f ms | %.1f ms (%.2f×) | %.1f ms | %d |" % (
                name, load, export, total, total / base, close, samples[0][3]))
        print("\n%d rounds, medians; load average at the end: %s" % (rounds, open("/proc/loadavg").read().strip()))
    finally:
        for _, _, desktop in offices:
            try:
                desktop.terminate()  # a terminated office removes its pipe socket; a killed one leaves it in /tmp
            except Exception:  # noqa: BLE001 - it may be gone already
                pass
        for process in processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
