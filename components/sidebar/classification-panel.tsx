import type { JSX } from 'preact';
import type { Category, Classification } from '../../lib/model/classification';
import type { NextStep } from '../../lib/model/messages';
import { categories, categoryLabels } from '../shared/category-labels';
import { WebLink } from '../shared/web-link';


export interface ClassificationPanelProps {
  classification: Classification;
  nextStep: NextStep | null;
  onCorrect: (to: Category) => void;
}


/** What kind of case this is, why Casebook thinks so, and what to do next. */
export function ClassificationPanel({ classification, nextStep, onCorrect }: ClassificationPanelProps): JSX.Element {
  const percent = Math.round(classification.confidence * 100);
  const unsure = classification.unsure;
  return (
    <section class="cb-section" aria-label="Classification">
      <h3>
        {unsure ? (
          // Not sure: ask (worded by the background) with both answers one click away.
          <span data-testid="unsure">
            {unsure.prompt}{' '}
            {unsure.choices.map((choice) => (
              <button key={choice} type="button" onClick={() => onCorrect(choice)}>
                {categoryLabels[choice]}
              </button>
            ))}
          </span>
        ) : (
          <span class="cb-badge" data-testid="category">
            {categoryLabels[classification.category]}
          </span>
        )}{' '}
        <span class="cb-muted">{percent}% sure</span>
      </h3>
      {classification.reasons.length > 0 ? (
        <p class="cb-muted" data-testid="reasons">
          Because: {classification.reasons.slice(0, 5).join(', ')}
        </p>
      ) : null}
      <label class="cb-inline">
        Correct category{' '}
        <select
          aria-label="Correct category"
          value={classification.category}
          onChange={(event) => {
            const chosen = categories.find((category) => category === event.currentTarget.value);
            if (chosen) onCorrect(chosen);
          }}
        >
          {categories.map((category) => (
            <option key={category} value={category}>
              {categoryLabels[category]}
            </option>
          ))}
        </select>
      </label>
      <p class="cb-muted">
        From a {classification.originator} · via {classification.source.replace('_', ' ')}
      </p>
      {classification.severalQuestions ? (
        <p class="cb-advice" role="note">
          {classification.questionCount} separate questions in one message: answer each in its own email.
        </p>
      ) : null}
      {nextStep ? (
        <details class="cb-next" aria-label="Next step">
          <summary>
            <strong>Next step:</strong> {nextStep.summary}
          </summary>
          {nextStep.steps.length > 0 ? (
            <ol>
              {nextStep.steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          ) : null}
          {nextStep.links.map((link) => (
            <WebLink key={link.url} class="cb-link" url={link.url}>
              {link.label}
            </WebLink>
          ))}
        </details>
      ) : null}
    </section>
  );
}
