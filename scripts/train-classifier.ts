// Retrains the committed classifier model from the NLBSE'24 issues in ../shared (not needed to
// build or test). Writes public/classifier-model.bin: a bitmap of hashed buckets and int8
// weights, no text (format in lib/core/classifier/model-codec.ts).
// Usage: node scripts/run-ts.mjs scripts/train-classifier.ts [path/to/train.csv]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkModelFile, encodeModel } from '../lib/core/classifier/model-codec';
import { MODEL_FILE } from '../lib/core/classifier/read-model-file';
import { keptCount } from '../lib/core/classifier/linear-model';
import { nlbseExamples } from '../lib/core/classifier/training/nlbse';
import { defaultTrainSettings, trainModel } from '../lib/core/classifier/training/train-model';

const csvPath = resolve(process.argv[2] ?? '../shared/corpus/nlbse24/train.csv');
const outPath = resolve(MODEL_FILE);
if (!existsSync(csvPath)) {
  console.error(`No training data at ${csvPath} (it lives in ../shared, beside the repository).`);
  process.exit(1);
}

const started = performance.now();
const examples = nlbseExamples(readFileSync(csvPath, 'utf8'));
const result = trainModel(examples, defaultTrainSettings);
const file = encodeModel(result.model, `NLBSE'24 issue report classification, train.csv: ${examples.length} GitHub issues (bug/feature/question)`);
checkModelFile(file);
writeFileSync(outPath, file);

const inner = [...result.innerScores].map(([l2, f1]) => `l2=${l2}: ${f1.toFixed(4)}`).join(', ');
console.log(`trained on ${examples.length} issues in ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(`inner ${defaultTrainSettings.innerFolds}-fold macro-F1 by L2: ${inner}; chose l2=${result.l2}`);
console.log(`temperature ${result.model.temperature.toFixed(3)}, ${keptCount(result.model.linear.kept)} buckets kept`);
console.log(`wrote ${outPath} (${file.length} bytes)`);
