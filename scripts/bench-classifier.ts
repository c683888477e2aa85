// Classifier benchmark: cross-validated F1 on NLBSE'24, auto-replies caught, time per message,
// model size. Needs ../shared/corpus for the first two; the rest runs anywhere.
// Usage: node scripts/run-ts.mjs scripts/bench-classifier.ts [cv|adaptation|auto-replies|timing|size|load [git ref]]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Category } from '../lib/model/classification';
import { defaultSettings } from '../lib/model/settings';
import { categorize, classifyText, correctionForText, type ClassifierContext } from '../lib/core/classifier/classify';
import { addCorrection, emptyCorrectionIndex } from '../lib/core/classifier/corrections';
import { UNSURE_BELOW } from '../lib/core/classifier/unsure';
import type { ClassifierModel } from '../lib/core/classifier/model';
import { linearScores } from '../lib/core/classifier/linear-model';
import { fnv1a } from '../lib/core/classifier/hash';
import { decodeModel, encodeModel } from '../lib/core/classifier/model-codec';
import { MODEL_FILE, readShippedModel } from '../lib/core/classifier/read-model-file';
import { keptCount } from '../lib/core/classifier/linear-model';
import { parseEml } from '../lib/core/classifier/training/eml';
import { f1PerClass, macroF1, percentile, stratifiedFolds } from '../lib/core/classifier/training/evaluation';
import { nlbseExamples, NLBSE_LABELS, type NlbseExample } from '../lib/core/classifier/training/nlbse';
import { argmax, defaultTrainSettings, exampleRow, trainModel } from '../lib/core/classifier/training/train-model';
import { adaptationCurve, correctionOrder, type CorrectionOrder, type CurvePoint } from './adaptation-loop';

const corpus = resolve('../shared/corpus');
const FOLDS = 5;
const FOLD_SEED = 2024;
const fmt = (value: number): string => value.toFixed(4);

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`);
// One part only: `npm run bench:classifier -- adaptation` (or cv, auto-replies, timing, size, load).
const only = process.argv[2];
const part = (name: string): boolean => only === undefined || only === name;
if (part('cv')) crossValidate();
if (part('adaptation')) await adaptation();
if (part('auto-replies')) autoReplies();
if (part('timing')) timing();
if (part('size')) modelSize();
if (part('load')) await loadTime();

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
    console.log(`  fold ${k + 1}: l2=${result.l2}, temperature ${result.model.temperature.toFixed(3)}, ${keptCount(result.model.linear.kept)} buckets`);
  }
  const truth = examples.map((e) => e.label);
  report('learned model alone (3 classes)', truth, modelOnly);
  report('full classifier (8 categories; any other category counts as wrong)', truth, pipeline);
  const diverted = pipeline.filter((p) => p < 0).length;
  console.log(`  issues the full classifier put in another category: ${diverted}`);
  console.log(`  expected calibration error of the full classifier's confidence: ${fmt(calibrationError(truth, pipeline, confidence))}`);
  const unsure = examples.flatMap((_, i) => (confidence[i]! < UNSURE_BELOW ? [i] : []));
  const right = (at: number[]): string => fmt(at.filter((i) => pipeline[i] === truth[i]).length / Math.max(1, at.length));
  const sure = examples.flatMap((_, i) => (confidence[i]! >= UNSURE_BELOW ? [i] : []));
  console.log(`  "not sure" (confidence < ${UNSURE_BELOW}): ${unsure.length} of ${examples.length} issues, right ${right(unsure)} of the time; the others right ${right(sure)}`);
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

/**
 * How fast one-click corrections teach a new team: each repository in turn is the team, the
 * model is trained on the other four, and k of the team's rows are taught as corrections
 * through the background's classifier service (the sidebar's path), then the team's held-out
 * rows are scored.
 */
async function adaptation(): Promise<void> {
  const csv = join(corpus, 'nlbse24/train.csv');
  if (!existsSync(csv)) return console.log(`\nadaptation: skipped (no ${csv})`);
  const examples = nlbseExamples(readFileSync(csv, 'utf8'));
  const repos = [...new Set(examples.map((e) => e.repo))];
  const ks = [0, 10, 25, 50, 100, 200];
  const orders: CorrectionOrder[] = ['time within each label', 'time'];
  const curves = new Map<CorrectionOrder, CurvePoint[][]>(orders.map((order) => [order, []]));
  const started = performance.now();
  console.log(`\nadaptation to a new team (leave one repository out; corrections through the classifier service)`);
  console.log(`  scored: macro-F1 on each repository's rows after the first ${Math.max(...ks)} of the order (the same rows at every k);`);
  console.log('  settings are tuned on the dev half of those rows (even positions), the test half (odd positions) is the held-out figure');
  for (const repo of repos) {
    const rows = examples.filter((e) => e.repo === repo);
    const base = decodeModel(baseModelWithout(repo, examples));
    for (const order of orders) curves.get(order)!.push(await adaptationCurve(base, rows, correctionOrder(rows, order), ks));
  }
  for (const order of orders) {
    console.log(`\n  corrections in order: ${order}`);
    console.log(`  ${'k'.padEnd(44)}${ks.map((k) => String(k).padStart(8)).join('')}`);
    const perRepo = curves.get(order)!;
    perRepo.forEach((curve, r) => console.log(`  ${`${repos[r]} adapted`.padEnd(44)}${curve.map((p) => fmt(p.adapted.all).padStart(8)).join('')}`));
    const mean = (pick: (p: CurvePoint) => number): string => ks.map((_, j) => perRepo.reduce((sum, curve) => sum + pick(curve[j]!), 0) / perRepo.length).map((v) => (Number.isNaN(v) ? '—' : fmt(v)).padStart(8)).join('');
    for (const half of ['all', 'dev', 'test'] as const) {
      const rows = { all: 'all scored rows', dev: 'dev half (tuned on)', test: 'test half (held out)' }[half];
      console.log(`  ${rows}:`);
      console.log(`  ${'  average: base model (no corrections)'.padEnd(44)}${mean((p) => p.base[half])}`);
      console.log(`  ${'  average: trained on the k rows only'.padEnd(44)}${mean((p) => p.correctionsOnly[half])}`);
      console.log(`  ${'  average: base + k corrections'.padEnd(44)}${mean((p) => p.adapted[half])}`);
    }
  }
  console.log(`  (adaptation took ${((performance.now() - started) / 1000).toFixed(0)} s)`);
}

/**
 * The model trained on every repository but `repo`, kept under node_modules/.cache between runs
 * (training takes about half a minute each); the key covers the data and the training settings.
 */
function baseModelWithout(repo: string, examples: NlbseExample[]): Uint8Array {
  const key = fnv1a(JSON.stringify({ repo, settings: defaultTrainSettings, rows: examples.map((e) => `${e.repo}${e.label}${e.title}${e.body.length}`) })).toString(36);
  const file = resolve('node_modules/.cache/bench-classifier', `base-${key}.bin`);
  if (existsSync(file)) return readFileSync(file);
  const data = encodeModel(trainModel(examples.filter((e) => e.repo !== repo), defaultTrainSettings).model, `all but ${repo}`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, data);
  return data;
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
  const ctx: ClassifierContext = { settings: defaultSettings, model: readShippedModel(), corrections: emptyCorrectionIndex };
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
  const model = readShippedModel();
  const ctx: ClassifierContext = { settings: defaultSettings, model, corrections: emptyCorrectionIndex };
  learningTime(model);
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

/**
 * What one correction costs (correctionForText + addCorrection: the team model learns it), with
 * a team that already made 1,000, and what classifying a 5 KB message costs with them.
 */
function learningTime(model: ClassifierModel): void {
  const message = syntheticMessage(5_000);
  let index = emptyCorrectionIndex;
  const times: number[] = [];
  const categories: Category[] = ['defect', 'question', 'feature_request', 'licensing_sales'];
  for (let i = 0; i < 1_200; i++) {
    // Every correction a different thread: words of its own in subject and body.
    const own = { ...message, subject: `${message.subject} ${i.toString(36)}x`, body: `Case q${i.toString(36)} w${(i * 7).toString(36)}\n${message.body}` };
    const start = performance.now();
    const correction = correctionForText(own, { id: `c${i}`, caseId: null, at: i, from: 'defect', to: categories[i % categories.length]! }, model);
    index = addCorrection(index, correction);
    if (i === 0) categorize(own, { model, corrections: index }); // builds the team model once; later ones are handed on
    if (i >= 200) times.push(performance.now() - start);
  }
  console.log(`  learning one correction (5 KB thread, team with 200–1,200 corrections): median ${percentile(times, 50).toFixed(3)} ms, p95 ${percentile(times, 95).toFixed(3)} ms over ${times.length}`);
  const ctx: ClassifierContext = { settings: defaultSettings, model, corrections: index };
  for (let i = 0; i < 20; i++) classifyText(message, ctx);
  const classify: number[] = [];
  for (let i = 0; i < 200; i++) {
    const start = performance.now();
    classifyText({ ...message, subject: `${message.subject} ${i}` }, ctx);
    classify.push(performance.now() - start);
  }
  console.log(`  5 KB message with 1,200 corrections taught: median ${percentile(classify, 50).toFixed(3)} ms, p95 ${percentile(classify, 95).toFixed(3)} ms over ${classify.length} runs`);
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
  const file = readFileSync(MODEL_FILE);
  const started = performance.now();
  decodeModel(file);
  const decode = performance.now() - started;
  console.log(`\nmodel file ${MODEL_FILE}: ${(file.length / 1024).toFixed(1)} KB (${(gzipSync(file).length / 1024).toFixed(1)} KB gzipped), decoded in ${decode.toFixed(2)} ms`);
}

/**
 * What loading the model costs a worker that just started (the budget is 15 ms), each run in a
 * fresh Node process and in a fresh Chromium worker (where the background runs). For this
 * tree: the decoder's script evaluated, then the model file read (Node) or fetched from a local
 * HTTP server (Chromium, as the background fetches it from the extension) and decoded. For a
 * tree from before the binary file (`load <git ref>`, e.g. `load main`): the model module (the
 * model as base64 in a script) evaluated, then decoded. Both alternate run by run, so a loaded
 * machine's noise falls on both alike.
 */
async function loadTime(): Promise<void> {
  const LOAD_RUNS = 15;
  const { build } = await import('esbuild');
  const { createServer } = await import('node:http');
  const dir = resolve('node_modules/.cache/bench-classifier');
  mkdirSync(dir, { recursive: true });
  const against = process.argv[3];
  type Build = { name: string; entry: string; file: string | null };
  // A tree with a model file: the codec is the entry, the file is fetched; before: the model module.
  const buildOf = (name: string, root: string): Build => {
    const file = join(root, MODEL_FILE);
    return existsSync(file) ? { name, entry: join(root, 'lib/core/classifier/model-codec.ts'), file } : { name, entry: join(root, 'lib/core/classifier/load-model.ts'), file: null };
  };
  const builds: Build[] = [buildOf('this tree', resolve('.'))];
  if (against !== undefined) {
    // That commit's lib/ and public/, unpacked beside the cache (its model and decoder as committed).
    const root = join(dir, `at-${against.replace(/[^\w.-]/g, '_')}`);
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
    const archive = spawnSync('git', ['archive', against, 'lib', 'public'], { maxBuffer: 1 << 28 });
    if (archive.status !== 0) throw new Error(`git archive ${against}: ${String(archive.stderr)}`);
    const unpacked = spawnSync('tar', ['-x', '-C', root], { input: archive.stdout });
    if (unpacked.status !== 0) throw new Error(`tar: ${String(unpacked.stderr)}`);
    builds.unshift(buildOf(against, root));
  }
  const bundle = async (at: number, format: 'esm' | 'iife'): Promise<string> => {
    const outfile = join(dir, `load-model-${at}.${format === 'esm' ? 'mjs' : 'js'}`);
    await build({ entryPoints: [builds[at]!.entry], outfile, bundle: true, format, globalName: 'casebookModel', platform: 'neutral', mainFields: ['module', 'main'], logLevel: 'warning' });
    return outfile;
  };
  const stats = (name: string, values: number[]): string => `${name} median ${percentile(values, 50).toFixed(1)} ms, p95 ${percentile(values, 95).toFixed(1)} ms`;
  console.log(`\nmodel load, cold, ${LOAD_RUNS} runs each (evaluate = the decoder's or model module's top level; decode = reading or fetching the file, if any, and decoding it)`);
  builds.forEach((b) => console.log(`  ${b.name}: ${b.file ? `a decoder script and a ${(readFileSync(b.file).length / 1024).toFixed(1)} KB model file` : 'the model inside a script'}`));

  type NodeRun = { evaluate: number; decode: number; cpu: number; decodeCpu: number };
  const probes = await Promise.all(builds.map(async (b, at) => {
    const esmFile = await bundle(at, 'esm');
    console.log(`  ${b.name}: script ${(readFileSync(esmFile).length / 1024).toFixed(1)} KB`);
    const esm = pathToFileURL(esmFile).href;
    const decode = b.file ? `m.decodeModel(readFileSync(${JSON.stringify(b.file)}));` : 'm.loadModel();';
    return [
      "import { readFileSync } from 'node:fs';",
      'const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };',
      `const t0 = performance.now(), c0 = cpu(); const m = await import(${JSON.stringify(esm)});`,
      `const t1 = performance.now(), c1 = cpu(); ${decode} const t2 = performance.now(), c2 = cpu();`,
      'console.log(JSON.stringify({ evaluate: t1 - t0, decode: t2 - t1, cpu: c2 - c0, decodeCpu: c2 - c1 }));',
    ].join('\n');
  }));
  const node = builds.map((): NodeRun[] => []);
  for (let i = 0; i < LOAD_RUNS; i++) probes.forEach((probe, at) => node[at]!.push(JSON.parse(spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' }).stdout) as NodeRun));
  builds.forEach(({ name }, at) => {
    const runs = node[at]!;
    console.log(`  Node ${process.version}, fresh process, ${name}: ${stats('evaluate', runs.map((r) => r.evaluate))}; ${stats('decode', runs.map((r) => r.decode))}; ${stats('both', runs.map((r) => r.evaluate + r.decode))} (CPU time ${stats('', runs.map((r) => r.cpu)).trim()}; decode alone ${stats('', runs.map((r) => r.decodeCpu)).trim()})`);
  });

  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) return console.log(`  Chromium: skipped (no ${executablePath})`);
  const { chromium } = await import('playwright-core');
  const scripts = await Promise.all(builds.map(async (_, at) => readFileSync(await bundle(at, 'iife'), 'utf8')));
  const files = builds.map((b) => (b.file ? readFileSync(b.file) : null));
  // Worker start-up (thread, isolate, fetching and pre-parsing the script) is measured against
  // an empty worker's, so what is left is the model's own share. A real local server, not
  // Playwright's request interception, whose round trips through the driver would be counted.
  const worker = (at: number | null): string => {
    if (at === null) return 'const started = performance.now();\npostMessage({ started, evaluate: 0, fetch: 0, decode: 0 });';
    const fetchFile = files[at] ? `const bytes = new Uint8Array(await (await fetch('/model-${at}.bin')).arrayBuffer());` : '';
    const decode = files[at] ? 'self.casebookModel.decodeModel(bytes);' : 'self.casebookModel.loadModel();';
    return `const started = performance.now();\n${scripts[at]!}\nconst t1 = performance.now();\n(async () => { ${fetchFile} const t2 = performance.now(); ${decode} const t3 = performance.now();\npostMessage({ started, evaluate: t1 - started, fetch: t2 - t1, decode: t3 - t2 }); })();`;
  };
  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    const script = /^\/w(\d+|e)-/.exec(url);
    const bin = /^\/model-(\d+)\.bin$/.exec(url);
    if (script) {
      response.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' });
      response.end(worker(script[1] === 'e' ? null : Number(script[1])));
    } else if (bin && files[Number(bin[1])]) {
      response.writeHead(200, { 'content-type': 'application/octet-stream', 'cache-control': 'no-store' });
      response.end(files[Number(bin[1])]);
    } else {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<!doctype html><title>load</title>');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  type WorkerRun = { started: number; evaluate: number; fetch: number; decode: number };
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const empty: WorkerRun[] = [];
    const runs = builds.map((): WorkerRun[] => []);
    const once = async (which: string): Promise<WorkerRun> => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${origin}/`);
      const run = await page.evaluate((name) => new Promise<WorkerRun>((done) => {
        const w = new Worker(`/w${name}-${Math.random()}.js`);
        w.onmessage = (event: MessageEvent<WorkerRun>) => done(event.data);
      }), which);
      await context.close();
      return run;
    };
    for (let i = 0; i < LOAD_RUNS; i++) {
      empty.push(await once('e'));
      for (let at = 0; at < builds.length; at++) runs[at]!.push(await once(String(at)));
    }
    builds.forEach(({ name }, at) => {
      const model = runs[at]!;
      const parse = model.map((r, i) => r.started - (empty[i]?.started ?? 0));
      const fetched = files[at] ? `${stats('model file fetch', model.map((r) => r.fetch))}; ` : '';
      console.log(`  Chromium ${browser.version()}, fresh worker, ${name}: ${stats('script fetch + pre-parse beyond an empty worker', parse)}; ${stats('evaluate', model.map((r) => r.evaluate))}; ${fetched}${stats('decode', model.map((r) => r.decode))}; ${stats('all', model.map((r, i) => (parse[i] ?? 0) + r.evaluate + r.fetch + r.decode))}`);
    });
  } finally {
    await browser.close();
    server.close();
  }
  await extensionFetch(LOAD_RUNS * 3, stats);
}

/**
 * The model file fetched inside the built extension's own service worker, as the background
 * does (browser.runtime.getURL): the one part the local server above can only stand in for.
 */
async function extensionFetch(runs: number, stats: (name: string, values: number[]) => string): Promise<void> {
  if (!existsSync(resolve('.output/chrome-mv3/classifier-model.bin'))) return console.log('  extension: skipped (build first: npx wxt build)');
  const { chromium } = await import('playwright-core');
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const extension = resolve('.output/chrome-mv3');
  const profile = mkdtempSync(join(tmpdir(), 'casebook-bench-'));
  // As test/e2e/harness.ts launches it (that module finds the build from its own path, which a bundled script does not have).
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    // The manifest (a few KB) alongside: what any fetch of the extension's own files costs here.
    const { model, manifest } = await worker.evaluate(async (count: number) => {
      const time = async (path: string): Promise<number> => {
        const started = performance.now();
        await (await fetch(chrome.runtime.getURL(path))).arrayBuffer();
        return performance.now() - started;
      };
      const out = { model: [] as number[], manifest: [] as number[] };
      for (let i = 0; i < count; i++) {
        out.model.push(await time('/classifier-model.bin'));
        out.manifest.push(await time('/manifest.json'));
      }
      return out;
    }, runs);
    const min = (values: number[]): string => Math.min(...values).toFixed(1);
    console.log(`  Chromium, the built extension's service worker, ${runs} of each alternating: ${stats('model file fetch', model)}, fastest ${min(model)} ms (first ${model[0]?.toFixed(1)} ms); ${stats('manifest.json fetch', manifest)}, fastest ${min(manifest)} ms`);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
// The adaptation part's in-memory IndexedDB keeps Node's event loop alive once everything is printed.
process.exit(0);
