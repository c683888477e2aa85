import type { Category } from '../../lib/model/classification';
import { CATEGORIES } from '../../lib/model/vocabulary';

/** How each classifier category reads in the interface. */
export const categoryLabels: Record<Category, string> = {
  defect: 'Defect',
  question: 'Question',
  feature_request: 'Feature request',
  licensing_sales: 'Licensing and sales',
  installation_details: 'Installation details',
  chat_transcript: 'Chat transcript',
  phone_followup: 'Phone follow-up',
  auto_reply: 'Automatic reply',
};

export const categories: readonly Category[] = CATEGORIES;
