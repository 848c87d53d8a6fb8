import type { Finding } from '../findings';
import { en } from './en';
import type { Lang, Locale } from './Locale';
import { ru } from './ru';

export const LOCALES: { readonly [L in Lang]: Locale } = { en, ru };

export function localeOf(lang: Lang): Locale {
  return LOCALES[lang];
}

/** The finding in words, in the given language. */
export function localizeFinding(finding: Finding, lang: Lang): string {
  return LOCALES[lang].finding[finding.code](finding);
}

/** `ru` for Russian language tags (`ru`, `ru-RU`, `ru_RU.UTF-8`), `en` for the rest. */
export function langFromTag(tag: string | undefined | null): Lang {
  return tag && /^ru(?:[-_]|$)/i.test(tag) ? 'ru' : 'en';
}
