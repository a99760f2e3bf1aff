// SPDX-License-Identifier: LGPL-2.1-or-later
//
// peer-compromise.mjs — the `compromise` npm package on the CoNLL-2003
// sentences that tests/eval/ner-eval scores, scored the same way: exact
// entity spans (conlleval rules), PER = people(), ORG = organizations(),
// LOC = places(), micro-averaged over the three; tokens per second.
//
// compromise is not a dependency of precis: install it outside the tree.
//   (cd /tmp/peer && npm init -y && npm install compromise)
//   node tests/eval/peer-compromise.mjs /tmp/peer/node_modules/compromise \
//        ../shared/data/ner/conll2003/dev.conll
//
// Each document is given whole (its sentences one a line, tokens joined by
// spaces) so that compromise sees the same context as our tagger.  A
// predicted span becomes the tokens it overlaps.

import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

const [modulePath, conllPath] = process.argv.slice(2);
if (!modulePath || !conllPath) {
  console.error('usage: peer-compromise.mjs COMPROMISE_DIR FILE.conll');
  process.exit(2);
}
const pkg = JSON.parse(readFileSync(join(modulePath, 'package.json'), 'utf8'));
const entry = pkg.exports?.['.']?.import ?? pkg.module ?? pkg.main;
const nlp = (await import(pathToFileURL(join(modulePath, typeof entry === 'string' ? entry : entry.default)).href)).default;

// documents: [{ sentences: [[{word, tag}]] }]
const documents = [];
let doc = null, sentence = [];
const endSentence = () => { if (sentence.length) { if (!doc) { doc = { sentences: [] }; documents.push(doc); } doc.sentences.push(sentence); } sentence = []; };
for (const line of readFileSync(conllPath, 'utf8').split('\n')) {
  const cols = line.trim().split(' ');
  if (line.trim() === '') { endSentence(); continue; }
  if (cols[0] === '-DOCSTART-') { endSentence(); doc = { sentences: [] }; documents.push(doc); continue; }
  sentence.push({ word: cols[0], tag: cols[cols.length - 1] });
}
endSentence();

// conlleval chunks of one sentence's tags: "type:start:end" strings.
function chunks(tags) {
  const out = [];
  let i = 0;
  while (i < tags.length) {
    if (tags[i] === 'O') { i++; continue; }
    const type = tags[i].slice(2), start = i++;
    while (i < tags.length && tags[i] === 'I-' + type) i++;
    out.push(`${type}:${start}:${i}`);
  }
  return out;
}

const types = ['PER', 'ORG', 'LOC'];
const counts = Object.fromEntries(types.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
let nTokens = 0, seconds = 0;

for (const d of documents) {
  // Text and each token's character offsets.
  const offsets = [];
  let text = '';
  d.sentences.forEach((s, si) => {
    if (si) text += '\n';
    s.forEach((tok, ti) => {
      if (ti) text += ' ';
      offsets.push({ sentence: si, index: ti, start: text.length, end: text.length + tok.word.length });
      text += tok.word;
    });
  });
  nTokens += offsets.length;

  const t0 = process.hrtime.bigint();
  const parsed = nlp(text);
  const found = {
    PER: parsed.people().json({ offset: true }),
    ORG: parsed.organizations().json({ offset: true }),
    LOC: parsed.places().json({ offset: true }),
  };
  seconds += Number(process.hrtime.bigint() - t0) / 1e9;

  const predicted = d.sentences.map((s) => s.map(() => 'O'));
  for (const type of types) {
    for (const m of found[type]) {
      const start = m.offset.start, end = m.offset.start + m.offset.length;
      const covered = offsets.filter((o) => o.start < end && o.end > start);
      covered.forEach((o, k) => {
        if (predicted[o.sentence][o.index] === 'O')
          predicted[o.sentence][o.index] = (k === 0 || covered[k - 1].sentence !== o.sentence ? 'B-' : 'I-') + type;
      });
    }
  }
  d.sentences.forEach((s, si) => {
    const gold = new Set(chunks(s.map((t) => t.tag)).filter((c) => types.includes(c.split(':')[0])));
    const pred = new Set(chunks(predicted[si]));
    for (const c of pred) { const t = c.split(':')[0]; if (gold.has(c)) counts[t].tp++; else counts[t].fp++; }
    for (const c of gold) if (!pred.has(c)) counts[c.split(':')[0]].fn++;
  });
}

const prf = ({ tp, fp, fn }) => {
  const p = tp + fp ? (100 * tp) / (tp + fp) : 0, r = tp + fn ? (100 * tp) / (tp + fn) : 0;
  return [p, r, p + r ? (2 * p * r) / (p + r) : 0];
};
console.log(`# compromise ${pkg.version} on ${conllPath}\n`);
console.log('| type | precision | recall | F1 |\n|---|---:|---:|---:|');
const total = { tp: 0, fp: 0, fn: 0 };
for (const t of types) {
  const [p, r, f] = prf(counts[t]);
  console.log(`| ${t} | ${p.toFixed(2)} | ${r.toFixed(2)} | ${f.toFixed(2)} |`);
  for (const k of ['tp', 'fp', 'fn']) total[k] += counts[t][k];
}
const [p, r, f] = prf(total);
console.log(`| **micro PER/ORG/LOC** | ${p.toFixed(2)} | ${r.toFixed(2)} | **${f.toFixed(2)}** |\n`);
console.log(`speed: ${Math.round(nTokens / seconds)} tokens/s (${nTokens} tokens, ${seconds.toFixed(2)} s, parsing and the three queries)`);
