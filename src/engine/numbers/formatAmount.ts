import { Dec } from './Dec';

/**
 * A decimal string written for a person: `3 655,463` in Russian (no-break space between
 * thousands, decimal comma), `3,655.463` in English. Keeps every decimal it is given.
 */
export function formatAmount(decimal: string, lang: 'ru' | 'en'): string {
  const value = new Dec(decimal);
  const negative = value.isNeg() && !value.isZero();
  const [intPart, fracPart] = value.abs().toFixed().split('.');
  const group = lang === 'ru' ? '\u00A0' : ',';
  const point = lang === 'ru' ? ',' : '.';
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${negative ? '\u2212' : ''}${grouped}${fracPart ? point + fracPart : ''}`;
}
