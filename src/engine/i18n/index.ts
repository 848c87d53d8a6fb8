export type { Lang, Locale } from './Locale';
export { LOCALES, localeOf, localizeFinding, langFromTag } from './localize';
export { signed as signedAmount } from './common';
export { correctionLines } from './correctionLines';
