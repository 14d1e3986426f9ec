import { own } from './own.js';
import type { CareChoiceConfig } from './types.js';

/** Fills `{name}` placeholders. Values are plain text; callers render the result as text, never HTML. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (Object.hasOwn(values, key) ? String(values[key]) : match));
}

/**
 * A config date (YYYY-MM-DD) in the language's own words ("November 25, 2026", "25 de noviembre
 * de 2026"), from its month names and pattern (`date.months`, `date.format`); undefined for a
 * language that gives none.
 */
export function wordedDate(iso: string, config: CareChoiceConfig): string | undefined {
  const [year, month, day] = iso.split('-').map(Number);
  const months = own(config.strings, 'date.months')?.split(' ');
  const pattern = own(config.strings, 'date.format');
  return months?.length === 12 && pattern ? format(pattern, { day: day!, month: months[month! - 1]!, year: year! }) : undefined;
}
