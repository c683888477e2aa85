// Classifier benchmark: cross-validated F1 on NLBSE'24, auto-replies caught, time per message,
// model size. Needs ../shared/corpus for the first two; the rest runs anywhere.
// Usage: node scripts/run-ts.mjs scripts/bench-classifier.ts
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Category } from '../lib/model/classification';
import { defaultSettings } from '../lib/model/settings';
import { classifyText, type ClassifierContext } from '../lib/core/classifier/classify';
import { emptyCorrectionIndex } from '../lib/core/classifier/corrections';
import { linearScores } from '../lib/core/classifier/linear-model';
import { decodeModel, encodeModel } from '../lib/core/classifier/model-codec';
import { modelData } from '../lib/core/classifier/model-data';
import { parseEml } from '../lib/core/classifier/training/eml';
import { f1PerClass, macroF1, percentile, stratifiedFolds } from '../lib/core/classifier/training/evaluation';
import { nlbseExamples, NLBSE_LABELS } from '../lib/core/classifier/training/nlbse';
import { argmax, defaultTrainSettings, exampleRow, trainModel } from '../lib/core/classifier/training/train-model';

const corpus = resolve('../shared/corpus');
const FOLDS = 5;
const FOLD_SEED = 2024;
const fmt = (value: number): string => value.toFixed(4);

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`);
crossValidate();
autoReplies();
timing();
modelSize();

function crossValidate(): void {
  const csv = join(corpus, 'nlbse24/train.csv');
  if (!existsSync(csv)) return console.log(`\nNLBSE'24: skipped (no ${csv})`);
  const examples = nlbseExamples(readFileSync(csv, 'utf8'));
  const settings = defaultTrainSettings;
  const rows = examples.map((example) => exampleRow(example, settings));
  const folds = stratifiedFolds(examples.map((e) => e.stratum), FOLDS, FOLD_SEED);
  const modelOnly: number[] = [];
  const pipeline: number[] = [];
  const confidence: number[] = [];
  const started = performance.now();
  console.log(`\nNLBSE'24 train.csv: ${examples.length} issues, ${FOLDS}-fold CV stratified by repository and label (seed ${FOLD_SEED})`);
  console.log(`L2 (grid ${settings.l2Grid.join(', ')}) and temperature chosen by inner ${settings.innerFolds}-fold CV inside each training fold.`);
  for (let k = 0; k < FOLDS; k++) {
    const train = examples.flatMap((e, i) => (folds[i] !== k ? [e] : []));
    const result = trainModel(train, settings, examples.flatMap((_, i) => (folds[i] !== k ? [rows[i]!] : [])));
    const model = decodeModel(encodeModel(result.model, 'fold')); // the shipped, quantised form
    const ctx: ClassifierContext = { settings: defaultSettings, model, corrections: emptyCorrectionIndex };
    examples.forEach((example, i) => {
      if (folds[i] !== k) return;
      const scores = linearScores(model.linear, rows[i]!);
      modelOnly[i] = argmax(scores);
      const verdict = classifyText({ subject: example.title, body: example.body, from: '' }, ctx);
      pipeline[i] = settings.labels.indexOf(verdict.category as Category);
      confidence[i] = verdict.confidence;
    });
    console.log(`  fold ${k + 1}: l2=${result.l2}, temperature ${result.model.temperature.toFixed(3)}, ${result.model.linear.kept.length} buckets`);
  }
  const truth = examples.map((e) => e.label);
  report('learned model alone (3 classes)', truth, modelOnly);
  report('full classifier (8 categories; any other category counts as wrong)', truth, pipeline);
  const diverted = pipeline.filter((p) => p < 0).length;
  console.log(`  issues the full classifier put in another category: ${diverted}`);
  console.log(`  expected calibration error of the full classifier's confidence: ${fmt(calibrationError(truth, pipeline, confidence))}`);
  console.log(`  (CV took ${((performance.now() - started) / 1000).toFixed(0)} s)`);

  function report(title: string, y: number[], predicted: number[]): void {
    const perClass = f1PerClass(y, predicted, NLBSE_LABELS.length);
    const repos = [...new Set(examples.map((e) => e.repo))];
    const perRepo = repos.map((repo) => {
      const at = examples.flatMap((e, i) => (e.repo === repo ? [i] : []));
      return macroF1(at.map((i) => y[i]!), at.map((i) => predicted[i]!), NLBSE_LABELS.length);
    });
    console.log(`\n  ${title}`);
    console.log(`  macro-F1 ${fmt(macroF1(y, predicted, NLBSE_LABELS.length))}  (${NLBSE_LABELS.map((l, c) => `${l} ${fmt(perClass[c]!)}`).join(', ')})`);
    console.log(`  per-repository average macro-F1 ${fmt(perRepo.reduce((a, b) => a + b, 0) / repos.length)}  (${repos.map((r, i) => `${r} ${fmt(perRepo[i]!)}`).join(', ')})`);
  }
}

/** Mean |accuracy − confidence| over ten confidence bins, weighted by bin size. */
function calibrationError(truth: number[], predicted: number[], confidence: number[]): number {
  const bins = Array.from({ length: 10 }, () => ({ n: 0, correct: 0, confidence: 0 }));
  truth.forEach((t, i) => {
    const bin = bins[Math.min(9, Math.floor((confidence[i] ?? 0) * 10))]!;
    bin.n++;
    bin.correct += predicted[i] === t ? 1 : 0;
    bin.confidence += confidence[i] ?? 0;
  });
  return bins.reduce((sum, b) => sum + (b.n === 0 ? 0 : Math.abs(b.correct - b.confidence)), 0) / truth.length;
}

function autoReplies(): void {
  const dir = join(corpus, 'autoreplies');
  if (!existsSync(dir)) return console.log(`\nauto-replies: skipped (no ${dir})`);
  const ctx: ClassifierContext = { settings: defaultSettings, model: decodeModel(modelData), corrections: emptyCorrectionIndex };
  const files = readdirSync(dir).filter((f) => f.endsWith('.eml')).sort();
  const results = files.map((file) => {
    const { subject, body, from } = parseEml(readFileSync(join(dir, file), 'latin1'));
    return { file, verdict: classifyText({ subject, body, from }, ctx) };
  });
  const caught = results.filter((r) => r.verdict.category === 'auto_reply').length;
  console.log(`\nauto-replies caught (subject + body + from only, no headers): ${caught}/${files.length}`);
  for (const { file, verdict } of results) console.log(`  ${file}: ${verdict.category} ${verdict.confidence}`);
}

function timing(): void {
  const ctx: ClassifierContext = { settings: defaultSettings, model: decodeModel(modelData), corrections: emptyCorrectionIndex };
  console.log('\ntime per message (classifyText: category, originator, source, questions)');
  for (const [name, size, runs] of [['5 KB', 5_000, 500], ['1 MB', 1_000_000, 40]] as const) {
    const message = syntheticMessage(size);
    for (let i = 0; i < 20; i++) classifyText(message, ctx);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      classifyText({ ...message, subject: `${message.subject} ${i}` }, ctx);
      times.push(performance.now() - start);
    }
    console.log(`  ${name} (${message.body.length} chars): median ${percentile(times, 50).toFixed(3)} ms, p95 ${percentile(times, 95).toFixed(3)} ms over ${runs} runs`);
  }
}

/** A customer's defect report followed by a pasted server log, `size` characters in all. */
function syntheticMessage(size: number): { subject: string; body: string; from: string } {
  const intro = [
    'Hello support team,',
    '',
    'Since we upgraded the server to version 4.12.0 on Windows Server 2019, SFTP uploads from our',
    'partners fail intermittently with "connection reset". FTPS is not affected. Could you have a',
    'look at the log below? We restarted the service twice without any change.',
    '',
  ].join('\n');
  const lines: string[] = [];
  let length = intro.length;
  for (let i = 0; length < size; i++) {
    const second = String(i % 60).padStart(2, '0');
    const line = `2024-03-0${(i % 9) + 1} 10:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${second} | 20${i % 7}${i % 10} | session ${1000 + (i % 777)} | sftp upload of /incoming/file-${i}.csv ${i % 5 === 0 ? 'failed: connection reset by peer' : 'ok'}`;
    lines.push(line);
    length += line.length + 1;
  }
  return { subject: 'SFTP uploads fail after upgrade', body: `${intro}${lines.join('\n')}`.slice(0, size), from: 'jane@customer.example' };
}

function modelSize(): void {
  const json = JSON.stringify(modelData);
  const started = performance.now();
  decodeModel(modelData);
  const decode = performance.now() - started;
  console.log(`\nmodel in the bundle: ${(json.length / 1024).toFixed(1)} KB minified JSON (${(gzipSync(json).length / 1024).toFixed(1)} KB gzipped), decoded in ${decode.toFixed(1)} ms`);
}
