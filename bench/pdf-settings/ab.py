"""Side-by-side A/B of the start-up settings of DocGen's PDF workers.

Starts one soffice.bin per variant (allocator × profile), all alive at once, and feeds them the same DOCX in turn
(A, B, C, D, A, B, …), so that the load of a shared machine, which drifts over minutes, hits every variant alike.
Each conversion goes through the workers' own bridge code (src/DocGen.Conversion/Bridge/uno_bridge.py).
Sequential runs of minutes each could not tell a 10 % difference from that drift. Prints the median import
(load), PDF export and close time per variant.

usage: /usr/bin/python3 bench/pdf-settings/ab.py DOCX [rounds=30]
       (bench/run.sh leaves the filled benchmark form in its work folder; any DOCX will do)
"""
import importlib.util
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

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


def load_bridge():
    """The worker's own bridge module, so that what is measured is exactly what the pool runs."""
    spec = importlib.util.spec_from_file_location("uno_bridge", os.path.join(REPO, "src/DocGen.Conversion/Bridge/uno_bridge.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BRIDGE = load_bridge()


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
    return BRIDGE.Converter(BRIDGE.connect(pipe, 60))


def convert(converter, docx):
    """One conversion as a worker does it (load from memory, export, close); times of each step."""
    pdf, meta, doc = converter.convert({}, docx)
    t0 = time.perf_counter()
    doc.close(True)
    return meta["loadMs"], meta["exportMs"], (time.perf_counter() - t0) * 1e3, len(pdf)


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
            offices.append((name, connect(pipe)))
        for _ in range(3):  # warm-up
            for _, converter in offices:
                convert(converter, docx)
        times = {name: [] for name, _ in offices}
        for _ in range(rounds):
            for name, converter in offices:
                times[name].append(convert(converter, docx))
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
        for _, converter in offices:
            try:
                converter.desktop.terminate()  # a terminated office removes its pipe socket; a killed one leaves it in /tmp
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
