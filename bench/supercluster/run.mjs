// SPDX-License-Identifier: GPL-3.0-or-later
// The reference half of posko-bench-map: runs supercluster (what Mapbox uses) on exactly the
// points and viewports the C++ benchmark wrote, and prints one JSON object per line.
//
//   node --expose-gc run.mjs <points.f64> <config.json>
//
// points.f64: lon, lat pairs as little-endian float64. config.json:
//   {"n", "radius", "extent", "maxZoom", "builds", "reps", "views": [{"zoom", "bbox": [w, s, e, n]}]}
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import Supercluster from 'supercluster';

const [pointsFile, configFile] = process.argv.slice(2);
if (!pointsFile || !configFile) {
    console.error('usage: node run.mjs <points.f64> <config.json>');
    process.exit(2);
}
const cfg = JSON.parse(readFileSync(configFile, 'utf8'));
const raw = readFileSync(pointsFile);
// Copy: a Buffer may start at an offset that Float64Array cannot view.
const coords = new Float64Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
const n = coords.length / 2;

// GeoJSON input is what supercluster takes; making it is not part of the timed build.
const features = new Array(n);
for (let i = 0; i < n; ++i) {
    features[i] = {
        type: 'Feature',
        properties: { id: i + 1 },
        geometry: { type: 'Point', coordinates: [coords[2 * i], coords[2 * i + 1]] },
    };
}

const median = (a) => {
    const s = Float64Array.from(a).sort();
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const emit = (o) => console.log(JSON.stringify(o));
const gc = () => { if (globalThis.gc) globalThis.gc(); };
const heap = () => { const m = process.memoryUsage(); return m.heapUsed + m.arrayBuffers; };

// No map/reduce: supercluster's fastest configuration (it then only counts; Posko's index
// also keeps squad and SLA counts, so this favours the reference).
const options = { radius: cfg.radius, extent: cfg.extent, maxZoom: cfg.maxZoom, minZoom: 0 };
const buildTimes = [];
let index = null;
gc();
const heapBefore = heap();
let heapAfter = heapBefore;
for (let b = 0; b < cfg.builds; ++b) {
    index = null;
    gc();
    const t0 = performance.now();
    index = new Supercluster(options).load(features);
    buildTimes.push(performance.now() - t0);
    if (b === 0) {
        gc();
        heapAfter = heap();
    }
}
emit({ metric: 'supercluster_build', value: median(buildTimes), unit: 'ms', n });
emit({ metric: 'supercluster_build_first', value: buildTimes[0], unit: 'ms', n });
emit({ metric: 'supercluster_memory', value: (heapAfter - heapBefore) / 1048576, unit: 'MB', n, kind: 'heap_delta' });

// Warm-up pass so the JIT has compiled getClusters before anything is timed.
for (const v of cfg.views) index.getClusters(v.bbox, v.zoom);

const byZoom = new Map();
const all = [];
for (const v of cfg.views) {
    let items = 0;
    for (let r = 0; r < cfg.reps; ++r) {
        const t0 = performance.now();
        const res = index.getClusters(v.bbox, v.zoom);
        const dt = performance.now() - t0;
        items = res.length;
        if (!byZoom.has(v.zoom)) byZoom.set(v.zoom, { times: [], items: [] });
        byZoom.get(v.zoom).times.push(dt);
        all.push(dt);
    }
    byZoom.get(v.zoom).items.push(items);
}
for (const [zoom, z] of [...byZoom.entries()].sort((a, b) => a[0] - b[0])) {
    emit({ metric: 'supercluster_query', value: median(z.times), unit: 'ms', n, zoom, items: median(z.items) });
}
emit({ metric: 'supercluster_query', value: median(all), unit: 'ms', n });
