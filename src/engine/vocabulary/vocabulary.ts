/**
 * Every label the engine recognises, in one table. Patterns run on normalised text
 * (see normalizeLabel: lower case, `ё` → `е`, single spaces). To teach the engine a new
 * word, add a row here; nothing else needs to change.
 */

export type TotalScope = 'grand' | 'subtotal' | 'generic';
export type SourceKey = 'federal' | 'regional' | 'local' | 'extrabudgetary';

export interface VocabularyEntry<T> {
  readonly value: T;
  readonly lang: 'ru' | 'en';
  readonly pattern: RegExp;
}

/**
 * A word boundary that knows Cyrillic (JS `\\b` only knows ASCII letters). Labels are
 * lower-cased before matching (normalizeLabel), so word characters are these; a class
 * compiles far faster than Unicode property escapes.
 */
const WORD = '[а-яёa-z0-9]';
const BOUNDARY = `(?:(?<=${WORD})(?!${WORD})|(?<!${WORD})(?=${WORD}))`;

/**
 * Compiles a table's patterns: Russian ones get Unicode word boundaries; English ones keep
 * JS's own `\\b`, which is right for ASCII words and much faster.
 */
function table<T>(entries: readonly VocabularyEntry<T>[]): readonly VocabularyEntry<T>[] {
  return entries.map((e) => (e.lang === 'ru' ? { ...e, pattern: unicodeBoundaries(e.pattern) } : e));
}

export function unicodeBoundaries(re: RegExp): RegExp {
  return new RegExp(re.source.replace(/\\b/g, BOUNDARY), re.flags.includes('u') ? re.flags : `${re.flags}u`);
}

/** Row labels that make a row (or a block) a total. Tested in order: the first hit wins. */
export const TOTAL_LABELS: readonly VocabularyEntry<TotalScope>[] = table([
  { value: 'grand', lang: 'ru', pattern: /^(?:итого|всего|общий объем)\b.*\b(?:по (?:муниципальной |государственной |ведомственной |региональной )?программ[еы]|по мп|по гп|по программе)\b/ },
  { value: 'grand', lang: 'ru', pattern: /^(?:итого|всего) по (?:муниципальной |государственной )?программ/ },
  { value: 'grand', lang: 'en', pattern: /^(?:grand total|total (?:for (?:the )?)?(?:programme|program)|(?:programme|program) total|total budget)\b/ },
  { value: 'subtotal', lang: 'ru', pattern: /^(?:итого|всего)\b.*\bпо (?:подпрограмм|задач|основному мероприятию|мероприяти|разделу|направлени|цели|проекту|компонент|блоку|объекту)/ },
  { value: 'subtotal', lang: 'en', pattern: /^(?:sub-?total|total (?:for |of )?(?:the )?(?:sub-?programme|sub-?program|task|component|objective|activity|output|outcome|section))\b/ },
  { value: 'generic', lang: 'ru', pattern: /^(?:итого|всего)(?:\b|$)/ },
  { value: 'generic', lang: 'en', pattern: /^total(?:\b|$)/ },
]);

/** Row labels that open a breakdown of the total above (not additive siblings). */
export const BREAKDOWN_LABELS: readonly VocabularyEntry<'breakdown' | 'thereof' | 'memo'>[] = table([
  { value: 'breakdown', lang: 'ru', pattern: /^(?:в том числе|в т\. ?ч\.?|в т\.ч\.?|втч)(?:\b|$|[: ])/ },
  { value: 'breakdown', lang: 'en', pattern: /^(?:including|incl\.|broken down)(?:\b|$)/ },
  { value: 'thereof', lang: 'ru', pattern: /^(?:из них|из него|в том числе из них)(?:\b|$)/ },
  { value: 'thereof', lang: 'en', pattern: /^(?:of which|thereof)(?:\b|$)/ },
  { value: 'memo', lang: 'ru', pattern: /^справочно(?:\b|$)/ },
  { value: 'memo', lang: 'en', pattern: /^(?:memo|for reference|memorandum)(?:\b|$)/ },
]);

/** A total label that ends by announcing its breakdown: `Всего по программе, в том числе:`. */
export const TRAILING_BREAKDOWN = /(?:в том числе|в т\. ?ч\.?|including|of which)$/u;

/**
 * Funding sources. Local comes before regional: `Бюджет городского округа Ступино
 * Московской области` is a local budget that names its region.
 */
export const SOURCE_LABELS: readonly VocabularyEntry<SourceKey>[] = table([
  { value: 'federal', lang: 'ru', pattern: /федеральн\S* бюджет|средств\S* федерального|федеральн\S* средств|^федеральн/ },
  { value: 'federal', lang: 'en', pattern: /\bfederal\b|\bnational budget\b|\bcentral government\b/ },
  { value: 'local', lang: 'ru', pattern: /местн\S* бюджет|районн\S* бюджет|муниципальн\S* бюджет|бюджет\S* (?:городского округа|муниципальн|поселени|сельского|городского поселения|района|города|округа|мо\b)|городск\S* бюджет|^районн|^местн|бюджет\S* [а-я-]+ского района/ },
  { value: 'local', lang: 'en', pattern: /\blocal\b|\bmunicipal\b|\bcity budget\b|\bcounty\b|\bdistrict budget\b/ },
  { value: 'regional', lang: 'ru', pattern: /областн\S* бюджет|краев\S* бюджет|республиканск\S* бюджет|окружн\S* бюджет|бюджет\S* (?:субъекта|[а-я-]+ской области|[а-я-]+ого края|[а-я-]+ой области|области|края|республики|автономного)|^областн|^краев|^республиканск/ },
  { value: 'regional', lang: 'en', pattern: /\bstate budget\b|\bregional\b|\bprovincial\b|\bstate\b/ },
  { value: 'extrabudgetary', lang: 'ru', pattern: /внебюджетн|иные источники|прочие источники|других источников|иных источников|собственные средства|средства (?:организаций|населения|юридических|предприятий|инвесторов)/ },
  { value: 'extrabudgetary', lang: 'en', pattern: /extra-?budgetary|off-?budget|non-?budget|other sources|private|own funds|co-?financing/ },
]);

/** Column headers of a total column (a row's total over its years or sources). */
export const TOTAL_COLUMN_LABELS: readonly VocabularyEntry<true>[] = table([
  { value: true, lang: 'ru', pattern: /^(?:всего|итого)(?:\b|$)|общий объем|объем финансирования|сумма,? всего|всего,|^сумма$|финансирование,? всего|^объем/ },
  { value: true, lang: 'en', pattern: /^(?:total|grand total)(?:\b|$)|\btotal\b|^amount$|total amount|^budget$/ },
]);

/** Column headers of a numbering column (`№ п/п`, `No.`, `Код`): labels, never figures. */
export const NUMBER_COLUMN_LABELS: readonly VocabularyEntry<true>[] = table([
  { value: true, lang: 'ru', pattern: /^(?:№|n|nn|№№)(?: ?п\/?п\.?| ?пп)?$|^код\b|^номер\b/ },
  { value: true, lang: 'en', pattern: /^(?:no\.?|#|nr\.?|item no\.?|ref\.?|code)$/ },
]);

/** Column headers of a unit column (indicator tables and some funding tables). */
export const UNIT_COLUMN_LABELS: readonly VocabularyEntry<true>[] = table([
  { value: true, lang: 'ru', pattern: /единиц\S* измерени|^ед\.? ?изм/ },
  { value: true, lang: 'en', pattern: /^units?\b|unit of measure/ },
]);

/** Words that make a table a table of indicators (targets), never checked as sums. */
export const INDICATOR_LABELS: readonly VocabularyEntry<true>[] = table([
  { value: true, lang: 'ru', pattern: /показател|индикатор|целев\S* значени|планируем\S* результат/ },
  { value: true, lang: 'en', pattern: /indicator|\btargets?\b|\bkpi\b|\bbaseline\b|performance measure/ },
]);

/** Column headers of columns that are not part of any sum: base values, facts for reference. */
export const NON_ADDITIVE_COLUMN_LABELS: readonly VocabularyEntry<true>[] = table([
  { value: true, lang: 'ru', pattern: /базов|справочно|исходн/ },
  { value: true, lang: 'en', pattern: /\bbase(?:line)?\b|for reference|memo/ },
]);

/** Money units, as written in headers, titles and labels; `value` is how the engine reports them. */
export const MONEY_UNITS: readonly VocabularyEntry<string>[] = table([
  { value: 'млрд руб.', lang: 'ru', pattern: /млрд\.? ?руб|миллиард\S* рубл/ },
  { value: 'млн руб.', lang: 'ru', pattern: /млн\.? ?руб|миллион\S* рубл/ },
  { value: 'тыс. руб.', lang: 'ru', pattern: /тыс\.? ?руб|тысяч\S* рубл|тыс\.? ?р\.|тыс\.? ?₽|^т\. ?р\.?$/ },
  { value: 'руб.', lang: 'ru', pattern: /(?:^|[^а-я])руб(?:\.|лей|ля|ль)?(?:$|[^а-я])|₽/ },
  { value: 'million USD', lang: 'en', pattern: /(?:usd|us\$|\$) ?(?:million|mln|m\b)|million (?:usd|us dollars|dollars)|\$ ?m\b/ },
  { value: 'thousand USD', lang: 'en', pattern: /(?:usd|us\$|\$) ?(?:thousand|'000|000s|k\b)|thousands? (?:of )?(?:usd|us dollars|dollars)|\$ ?'000|\$ ?000s/ },
  { value: 'thousands', lang: 'en', pattern: /\b(?:amounts? )?in thousands\b|\(000s?\)|\(in 000s?\)/ },
  { value: 'millions', lang: 'en', pattern: /\b(?:amounts? )?in millions\b/ },
  { value: 'USD', lang: 'en', pattern: /\busd\b|us dollars?|\(\$\)/ },
  { value: 'thousand EUR', lang: 'en', pattern: /(?:eur|€) ?(?:thousand|'000|k\b)|thousands? (?:of )?(?:eur|euros?)/ },
  { value: 'EUR', lang: 'en', pattern: /\beur\b|\beuros?\b|€/ },
]);

/** Units of indicators: anything of these in a unit column makes the table an indicator table. */
export const INDICATOR_UNITS = /^(?:%|процент\S*|ед\.?|единиц\S*|шт\.?|штук\S*|чел\.?|человек\S*|минут\S*|мин\.?|час\S*|дн\S*|день|дней|баллов?|балл\S*|кол-во|количество|раз|км|м2|кв\. ?м|га|тонн\S*|да\/нет|%\s*\(.*\)|percent|units?|people|persons?|days?|hours?|minutes?|number|count|score|ratio|index)$/;

export function matchVocabulary<T>(table: readonly VocabularyEntry<T>[], normalized: string): VocabularyEntry<T> | undefined {
  for (const entry of table) if (entry.pattern.test(normalized)) return entry;
  return undefined;
}
