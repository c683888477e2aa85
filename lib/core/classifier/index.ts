// The thread classifier's public API. The trained model is not imported here: the background fetches it
// (lib/background/classifier-model.ts), tests and scripts read it (read-model-file.ts).
export { classifyThread, classifyText, categorize, correctionForThread, correctionForText } from './classify';
export type { ClassifierContext, TextMessage, CorrectionRequest } from './classify';
export { buildCorrectionIndex, addCorrection, emptyCorrectionIndex } from './corrections';
export type { CorrectionIndex } from './corrections';
export { decodeModel } from './model-codec';
export type { ClassifierModel } from './model';
export { decideOriginator } from './originator';
export { detectSource } from './source';
export { countQuestions } from './questions';
export { nextStep } from './next-step';
export type { NextStep, NextStepLink } from './next-step';
export { featuresOf } from './features';
