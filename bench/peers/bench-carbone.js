#!/usr/bin/env node
// Baseline B: carbone (npm), same template in Carbone syntax.
// usage: node bench-carbone.js docx [warmup=50] [latencyN=200] [throughputN=2000]
//        node bench-carbone.js pdf  [warmup=3]  [latencyN=20]
// docx mode: carbone.render(template, data) -> DOCX Buffer (carbone re-reads + unzips the template file on every render; OS page cache).
// pdf mode:  carbone.render(..., {convertTo:'pdf'}) -> carbone's own LibreOffice factory (soffice.bin + python3 converter.py over a pipe).
//            Needs /usr/bin/python3 (has the uno module) first in PATH; run-all.sh sets PATH and FONTCONFIG_FILE.
'use strict';
const t0 = Number(process.hrtime.bigint()) / 1e6;
const fs = require('fs');
const path = require('path');
const carbone = require('carbone');
const { stats, nowMs, descendantsHWM } = require('./lib/stats');

const mode = process.argv[2] || 'docx';
const defs = mode === 'pdf' ? [3, 20, 0] : [50, 200, 2000];
const [warmup, latencyN, throughputN] = defs.map((d, i) => Number(process.argv[3 + i] || d));
// keep carbone's side effects (template dir + 'lang' subdir, render dir, LibreOffice profile) under /tmp
const WORK = process.env.CARBONE_WORK || '/tmp/bench-carbone';
fs.mkdirSync(path.join(WORK, 'templates'), { recursive: true });
fs.copyFileSync(path.join(__dirname, 'template-carbone.docx'), path.join(WORK, 'templates', 'template-carbone.docx'));
carbone.set({ tempPath: WORK, renderPath: path.join(WORK, 'render'), templatePath: path.join(WORK, 'templates') });
const data = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'shared-form', 'data.json'), 'utf8'));
const opts = mode === 'pdf' ? { convertTo: 'pdf' } : {};
const render = () => new Promise((resolve, reject) => {
  carbone.render('template-carbone.docx', data, opts, (err, buf) => (err ? reject(err) : resolve(buf)));
});

let peakRss = 0;
const sampleRss = () => { const r = process.memoryUsage().rss; if (r > peakRss) peakRss = r; };

(async () => {
  const a0 = nowMs();
  const first = await render();
  const firstMs = nowMs() - a0;
  fs.mkdirSync((process.env.OUT_DIR || '/tmp/bench-out'), { recursive: true });
  fs.writeFileSync(path.join(process.env.OUT_DIR || '/tmp/bench-out', `filled-carbone.${mode}`), first);

  for (let i = 0; i < warmup; i++) await render();
  sampleRss();
  const lat = [];
  for (let i = 0; i < latencyN; i++) { const a = nowMs(); await render(); lat.push(nowMs() - a); if (i % 10 === 0) sampleRss(); }

  let thr = null;
  if (throughputN > 0) {
    const tt0 = nowMs();
    for (let i = 0; i < throughputN; i++) { await render(); if (i % 100 === 0) sampleRss(); }
    const tt = nowMs() - tt0;
    thr = { renders: throughputN, total_s: Math.round(tt) / 1000, docs_per_s: Math.round(throughputN / (tt / 1000) * 10) / 10, avg_ms: Math.round(tt / throughputN * 1000) / 1000 };
  }
  sampleRss();
  const children = mode === 'pdf' ? descendantsHWM(process.pid) : [];
  const res = {
    tool: 'carbone', mode,
    versions: { node: process.version, carbone: require('carbone/package.json').version },
    output_bytes: first.length,
    first_render_in_process_ms: Math.round(firstMs * 10) / 10,
    process_start_to_first_render_done_ms: Math.round((a0 + firstMs - t0) * 10) / 10,
    warm_latency: stats(lat),
    throughput: thr,
    node_peak_rss_sampled_mib: Math.round(peakRss / 1048576 * 10) / 10,
    node_max_rss_mib: Math.round(process.resourceUsage().maxRSS / 1024 * 10) / 10,
    child_processes_vmhwm: children.map(c => ({ ...c, vmhwm_mib: c.vmhwm_kib && Math.round(c.vmhwm_kib / 1024 * 10) / 10 })),
  };
  console.log(JSON.stringify(res, null, 2));
  if (mode === 'pdf') {
    require('carbone/lib/converter').exit(() => process.exit(0));
    setTimeout(() => process.exit(0), 10000).unref();
  }
})().catch((e) => { console.error('carbone bench failed:', e); process.exit(1); });
