import { Dec } from './Dec';

/**
 * A decimal string written for a person: `3 655,463` in Russian (no-break space between
 * thousands, decimal comma), `3,655.463` in English. Keeps every decimal it is given; with
 * `decimals`, at least that many (`364,0` for a cell that shows one).
 */
export function formatAmount(decimal: string, lang: 'ru' | 'en', decimals?: number): string {
  const value = new Dec(decimal);
  const negative = value.isNeg() && !value.isZero();
  const abs = value.abs();
  const [intPart, fracPart] = (decimals !== undefined && abs.decimalPlaces() < decimals ? abs.toFixed(decimals) : abs.toFixed()).split('.');
  const group = lang === 'ru' ? '\u00A0' : ',';
  const point = lang === 'ru' ? ',' : '.';
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${negative ? '\u2212' : ''}${grouped}${fracPart ? point + fracPart : ''}`;
}
