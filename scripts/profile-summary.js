'use strict';
/**
 * Where a CPU profile's time went: `node scripts/profile-summary.js .tmp/bench-load-….cpuprofile [top]`. Reads a
 * profile written by `node --cpu-prof` or by `npm run bench` with BENCH_PROFILE=true and prints the share of the
 * sampled time by where the code lives (idle, garbage collection, Node's own code, each package under node_modules,
 * this project's src) and the functions with the most self time. Self time is time spent in the function itself, not
 * in what it calls; the shares add up to 100 %.
 */
const fs = require('fs');
const path = require('path');

function summarise(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  // time per sample: the gap to the next sample (timeDeltas[i] is the time before sample i)
  const deltas = profile.timeDeltas || [];
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = deltas[i + 1] ?? 0;
    self.set(profile.samples[i], (self.get(profile.samples[i]) || 0) + dt);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0) || 1;
  const areas = new Map();
  const functions = new Map();
  for (const [id, us] of self) {
    const { callFrame } = byId.get(id);
    const area = areaOf(callFrame);
    areas.set(area, (areas.get(area) || 0) + us);
    const name = `${callFrame.functionName || '(anonymous)'}  ${shortUrl(callFrame.url)}${callFrame.url ? `:${callFrame.lineNumber + 1}` : ''}`;
    functions.set(name, (functions.get(name) || 0) + us);
  }
  return { total, areas, functions };
}

function areaOf({ url, functionName }) {
  if (!url) {
    if (functionName === '(idle)') return 'простій (idle)';
    if (functionName === '(garbage collector)') return 'збирання сміття (GC)';
    if (functionName === '(program)') return 'Node/V8 поза JS (program)';
    if (functionName.startsWith('RegExp:')) return 'Node/V8 (регулярні вирази)';
    return `Node/V8 (${functionName || 'native'})`;
  }
  if (url.startsWith('node:')) return 'Node (node:…)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.includes('/dist/src/') || url.includes('/src/')) return 'наш код (src)';
  return 'інше';
}

function shortUrl(url) {
  if (!url) return '';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) return url.slice(modules + 'node_modules/'.length);
  const src = url.indexOf('/src/');
  return src >= 0 ? url.slice(src + 1) : path.basename(url);
}

function main() {
  const [file, topArg] = process.argv.slice(2);
  if (!file) {
    console.error('Використання: node scripts/profile-summary.js <файл.cpuprofile> [кількість функцій, 25]');
    process.exit(2);
  }
  const top = Number(topArg || 25);
  const { total, areas, functions } = summarise(JSON.parse(fs.readFileSync(file, 'utf8')));
  const idle = areas.get('простій (idle)') || 0;
  const busy = total - idle || 1;
  const pct = (us, of) => `${((100 * us) / of).toFixed(1)} %`.padStart(8);
  console.log(`${file}: ${(total / 1e6).toFixed(2)} с вибірок, з них зайнято ${(busy / 1e6).toFixed(2)} с (${pct(busy, total).trim()})`);
  console.log('\nЗа місцем коду (власний час; частка всього часу, частка зайнятого):');
  const sortedAreas = [...areas].filter(([area]) => area !== 'простій (idle)').sort((a, b) => b[1] - a[1]);
  for (const [area, us] of sortedAreas.slice(0, top)) console.log(`${pct(us, total)}${pct(us, busy)}  ${area}`);
  const rest = sortedAreas.slice(top).reduce((sum, [, us]) => sum + us, 0);
  if (rest) console.log(`${pct(rest, total)}${pct(rest, busy)}  ще ${sortedAreas.length - top} місць`);
  console.log(`\nФункції з найбільшим власним часом (перші ${top}; частка всього часу, частка зайнятого):`);
  const sortedFunctions = [...functions].filter(([name]) => !name.startsWith('(idle)')).sort((a, b) => b[1] - a[1]);
  for (const [name, us] of sortedFunctions.slice(0, top)) console.log(`${pct(us, total)}${pct(us, busy)}  ${name}`);
}

if (require.main === module) main();
module.exports = { summarise, areaOf };
