import { matchPatterns, type Evidence, type Pattern, type RuleInput } from './evidence';

/**
 * How customers phrase the three learned categories in e-mail, which GitHub issues (the
 * training data) rarely do. Small nudges: the learned model still decides.
 */
const HINTS: { category: 'defect' | 'question' | 'feature_request'; patterns: Pattern[] }[] = [
  {
    category: 'feature_request',
    patterns: [
      { re: /\b(feature request|would (it )?be (nice|great|useful|helpful) (if|to have)|please (add|consider adding|implement)|is there any plan to (support|add)|(do|are) you (plan|planning) to (support|add)|on (your|the) roadmap|enhancement request)/i, weight: 2.5 },
    ],
  },
  {
    category: 'question',
    patterns: [
      { re: /\b(how (do|can|should|could) (i|we)|is it possible to|what is the (best|recommended) way|can you (explain|tell me|advise)|could you (explain|advise|tell me)|wie kann (ich|man)|comment (puis-je|faire))/i, weight: 2 },
    ],
  },
  {
    category: 'defect',
    patterns: [
      { re: /\b((does not|doesn't|no longer|stopped|fails? to) (work|start|connect|run|accept)|(we|i) (get|got|are getting|keep getting) (an |the |this )?error|crash(es|ed)?|regression since|broken since|funktioniert nicht|ne fonctionne pas)/i, weight: 2 },
    ],
  },
];

export function emailHintEvidence(input: RuleInput): Evidence[] {
  return HINTS.flatMap(({ category, patterns }) => matchPatterns(category, patterns, input.latest, 'message'));
}
