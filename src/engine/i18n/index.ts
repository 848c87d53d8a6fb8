export type { Lang, Locale } from './Locale';
export { LOCALES, localeOf, localizeFinding, langFromTag } from './localize';
export { signed as signedAmount, amountsOf } from './common';
export { correctionLines } from './correctionLines';
