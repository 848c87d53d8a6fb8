/**
 * Indicator names as sets of word stems, for matching a report's rows to the programme's
 * indicators: lower case, `ё` → `е`, quotes and punctuation dropped, common abbreviations
 * written out, small words dropped, each word cut to its stem.
 */

/** Abbreviations written out before matching; keys are normalised (lower case, `ё` → `е`, no trailing dot). */
export const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['гос', 'государственный'],
  ['госуслуги', 'государственные услуги'],
  ['госуслуг', 'государственных услуг'],
  ['муниц', 'муниципальный'],
  ['мун', 'муниципальный'],
  ['омсу', 'органов местного самоуправления'],
  ['мсу', 'местного самоуправления'],
  ['мо', 'муниципального образования'],
  ['мфц', 'многофункциональный центр'],
  ['кол-во', 'количество'],
  ['колво', 'количество'],
  ['к-во', 'количество'],
  ['ед', 'единиц'],
  ['чел', 'человек'],
  ['тыс', 'тысяч'],
  ['руб', 'рублей'],
  ['эл', 'электронный'],
  ['электр', 'электронный'],
  ['р-н', 'район'],
  ['р-на', 'района'],
  ['обл', 'область'],
  ['нас', 'население'],
  ['орг', 'организации'],
  ['образоват', 'образовательный'],
  ['соц', 'социальный'],
  ['доп', 'дополнительный'],
  ['инф', 'информационный'],
  ['информ', 'информационный'],
  ['жкх', 'жилищно коммунального хозяйства'],
  ['ср', 'средний'],
  ['т.ч', 'том числе'],
  ['no', 'number'],
  ['avg', 'average'],
  ['govt', 'government'],
  ['gov', 'government'],
  ['pct', 'percent'],
  ['yr', 'year'],
  ['mgmt', 'management'],
  ['dept', 'department'],
  ['hh', 'households'],
  ['ict', 'information communication technology'],
]);

/** Words that carry no meaning for matching. */
const STOP_WORDS = new Set([
  'и', 'в', 'во', 'на', 'по', 'с', 'со', 'из', 'к', 'ко', 'от', 'для', 'о', 'об', 'а', 'не', 'или', 'при', 'за', 'до', 'том', 'числе', 'чем', 'как',
  'the', 'of', 'and', 'in', 'to', 'for', 'a', 'an', 'by', 'on', 'with', 'or', 'at', 'from', 'as',
]);

const QUOTES = /[«»"“”„‟'‘’`]/g;
const CYRILLIC = /[а-я]/;

/** The text as words: normalised, abbreviations written out. */
export function nameWords(text: string): string[] {
  const lower = text.toLowerCase().replace(/ё/g, 'е').replace(QUOTES, ' ');
  // `%` is a word: Russian or English as the text is
  const percent = CYRILLIC.test(lower) ? 'процент' : 'percent';
  const out: string[] = [];
  // a word keeps its inner dots and hyphens for the abbreviation table (`т.ч.`, `кол-во`, `р-на`)
  for (const raw of lower.split(/[\s\u00A0\u202F,;:()[\]{}/\\|!?*+=<>№#–—]+/)) {
    const word = raw.replace(/^[.\-]+|[.\-]+$/g, '');
    if (!word) {
      if (raw.includes('%')) out.push(percent);
      continue;
    }
    const written = ABBREVIATIONS.get(word) ?? ABBREVIATIONS.get(word.replace(/[.\-]/g, ''));
    const parts = (written ?? word).split(/[.\-\s%]+/).filter(Boolean);
    if (!written && word.includes('%')) parts.push(percent);
    for (const p of parts) if (!STOP_WORDS.has(p)) out.push(p);
  }
  return out;
}

/**
 * A word's stem: Russian words cut to their first six letters (case endings go: `муниципальных`
 * and `муниципальной` are one stem), English words without a plural or verb ending.
 */
export function stemOf(word: string): string {
  if (CYRILLIC.test(word)) return word.length > 6 ? word.slice(0, 6) : word;
  const w = word.replace(/(?:ies)$/, 'y').replace(/(?:ing|ed|es|s)$/, '');
  return w.length >= 3 ? w : word;
}

/** The stems of a name, without repeats. */
export function nameTokens(text: string): string[] {
  return [...new Set(nameWords(text).map(stemOf))];
}

/** Two stems are the same word when equal, or when one Russian stem starts the other (`получ` / `получе`) and is at least five letters. */
export function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const short = a.length <= b.length ? a : b;
  const long = short === a ? b : a;
  return short.length >= 5 && long.startsWith(short);
}
