#!/usr/bin/env node
// Baseline A: docxtemplater + pizzip, DOCX -> DOCX, in one Node process.
// usage: node bench-docxtemplater.js [warmup=50] [latencyN=200] [throughputN=2000]
// Each render = new PizZip(templateBuffer) + new Docxtemplater + render(data) + generate(DEFLATE) to a Buffer
// (template bytes and parsed JSON are kept in memory; nothing is written to disk inside the timed loop).
'use strict';
const t0 = Number(process.hrtime.bigint()) / 1e6;
const fs = require('fs');
const path = require('path');
const PizZip = require('pizzip');
const Docxtemplater = require('docxtemplater');
const { stats, nowMs } = require('./lib/stats');

const [warmup, latencyN, throughputN] = [50, 200, 2000].map((d, i) => Number(process.argv[2 + i] || d));
const tpl = fs.readFileSync(path.join(__dirname, 'template-docxtemplater.docx'));
const data = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'shared-form', 'data.json'), 'utf8'));

function render() {
  const doc = new Docxtemplater(new PizZip(tpl), { paragraphLoop: true, linebreaks: true });
  doc.render(data);
  return doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}

let peakRss = 0;
const sampleRss = () => { const r = process.memoryUsage().rss; if (r > peakRss) peakRss = r; };

const tFirst0 = nowMs();
const first = render();
const firstMs = nowMs() - tFirst0;
fs.mkdirSync((process.env.OUT_DIR || '/tmp/bench-out'), { recursive: true });
fs.writeFileSync(path.join(process.env.OUT_DIR || '/tmp/bench-out', 'filled-docxtemplater.docx'), first);

for (let i = 0; i < warmup; i++) render();
sampleRss();

const lat = [];
for (let i = 0; i < latencyN; i++) { const a = nowMs(); render(); lat.push(nowMs() - a); if (i % 50 === 0) sampleRss(); }

const tt0 = nowMs();
let bytes = 0;
for (let i = 0; i < throughputN; i++) { bytes += render().length; if (i % 100 === 0) sampleRss(); }
const tt = nowMs() - tt0;
sampleRss();

// Phase breakdown (200 extra renders): unzip / compile (constructor) / render / zip generate (DEFLATE, and STORE for reference)
const acc = { unzip: 0, compile: 0, render: 0, generate_deflate: 0, generate_store_extra: 0 };
const BN = 200;
for (let i = 0; i < BN; i++) {
  const a = nowMs(); const z = new PizZip(tpl);
  const b = nowMs(); const d = new Docxtemplater(z, { paragraphLoop: true, linebreaks: true });
  const c = nowMs(); d.render(data);
  const e = nowMs(); d.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' });
  const f = nowMs(); d.getZip().generate({ type: 'nodebuffer', compression: 'STORE' });
  const g = nowMs();
  acc.unzip += b - a; acc.compile += c - b; acc.render += e - c; acc.generate_deflate += f - e; acc.generate_store_extra += g - f;
}
for (const k in acc) acc[k] = Math.round(acc[k] / BN * 100) / 100;

const res = {
  tool: 'docxtemplater',
  versions: { node: process.version, docxtemplater: require('docxtemplater/package.json').version, pizzip: require('pizzip/package.json').version },
  output_bytes: first.length,
  process_start_to_first_render_done_ms: Math.round((tFirst0 + firstMs - t0) * 10) / 10,
  first_render_in_process_ms: Math.round(firstMs * 10) / 10,
  warm_latency: stats(lat),
  throughput: { renders: throughputN, total_s: Math.round(tt) / 1000, docs_per_s: Math.round(throughputN / (tt / 1000) * 10) / 10, avg_ms: Math.round(tt / throughputN * 1000) / 1000 },
  peak_rss_sampled_mib: Math.round(peakRss / 1048576 * 10) / 10,
  max_rss_mib: Math.round(process.resourceUsage().maxRSS / 1024 * 10) / 10,
  avg_output_bytes: Math.round(bytes / throughputN),
  phase_breakdown_avg_ms: acc,
};
console.log(JSON.stringify(res, null, 2));
