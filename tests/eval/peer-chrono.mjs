// SPDX-License-Identifier: LGPL-2.1-or-later
// peer-chrono.mjs — chrono-node on the TimeML texts written by
// `timex-eval --dump DIR`, printed in the format `timex-eval --predictions`
// scores: file, start, end (code points), TIMEX3 type, value.
//
//   npm install --prefix /tmp/chrono chrono-node
//   NODE_PATH=/tmp/chrono/node_modules node tests/eval/peer-chrono.mjs DIR > chrono.tsv
import { createRequire } from 'module';
import fs from 'fs';
import path from 'path';

const require = createRequire(import.meta.url);
const chrono = require('chrono-node');

const pad = (n, w = 2) => String(n).padStart(w, '0');

// The TIMEX3 value of a chrono component, at the precision it is sure of.
function timex(component) {
  const d = component.date();
  const y = pad(d.getFullYear(), 4), m = pad(d.getMonth() + 1), day = pad(d.getDate());
  if (component.isCertain('hour'))
    return ['TIME', `${y}-${m}-${day}T${pad(d.getHours())}:${pad(d.getMinutes())}`];
  if (component.isCertain('day') || component.isCertain('weekday'))
    return ['DATE', `${y}-${m}-${day}`];
  if (component.isCertain('month'))
    return ['DATE', `${y}-${m}`];
  if (component.isCertain('year'))
    return ['DATE', y];
  return ['DATE', `${y}-${m}-${day}`];
}

const dir = process.argv[2];
for (const name of fs.readdirSync(dir).sort()) {
  if (!name.endsWith('.txt'))
    continue;
  const base = name.slice(0, -4);
  const text = fs.readFileSync(path.join(dir, name), 'utf8');
  const dct = fs.readFileSync(path.join(dir, base + '.dct'), 'utf8').trim();
  const [yy, mm, dd] = dct.slice(0, 10).split('-').map(Number);
  const ref = new Date(yy, mm - 1, dd, 12, 0, 0);
  for (const r of chrono.parse(text, ref)) {
    // chrono counts UTF-16 units; precis counts code points.
    const start = Array.from(text.slice(0, r.index)).length;
    const end = start + Array.from(r.text).length;
    const [type, value] = timex(r.start);
    console.log([base, start, end, type, value].join('\t'));
  }
}
