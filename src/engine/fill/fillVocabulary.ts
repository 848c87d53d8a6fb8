import { unicodeBoundaries, type VocabularyEntry } from '../vocabulary/vocabulary';

/**
 * What a column of an indicator table or of a report template is for, read from its header:
 * - `code`: the indicator's number (`№ п/п`, `Код`, `No.`);
 * - `name`: its name (`Наименование показателя`, `Indicator`);
 * - `unit`: its unit of measure;
 * - `base`: the base (baseline) value;
 * - `plan`: a planned (target) value, of the year the header or the title names;
 * - `fact`: the achieved value;
 * - `deviation`: fact − plan; `percent`: fact / plan × 100;
 * - `reason`, `other`: words the user writes (never filled).
 */
export type FillColumnRole = 'code' | 'name' | 'unit' | 'base' | 'plan' | 'fact' | 'deviation' | 'percent' | 'reason' | 'other';

function table<T>(entries: readonly VocabularyEntry<T>[]): readonly VocabularyEntry<T>[] {
  return entries.map((e) => (e.lang === 'ru' ? { ...e, pattern: unicodeBoundaries(e.pattern) } : e));
}

/**
 * Header words of fill columns, on normalised text (lower case, `ё` → `е`). Tested in order:
 * the first hit wins, so `Причины отклонения` is a reason before it is a deviation, and
 * `Наименование целевого показателя` a name before it is a target. A header with a year and
 * no word of this table is a plan column (`2024`, `FY2024`).
 */
export const FILL_COLUMN_LABELS: readonly VocabularyEntry<FillColumnRole>[] = table([
  { value: 'code', lang: 'ru', pattern: /^(?:№|n|nn|№№)(?: ?п\/?п\.?| ?пп)?$|^код\b|^номер\b|^№ показател/ },
  { value: 'code', lang: 'en', pattern: /^(?:no\.?|#|nr\.?|item no\.?|ref\.?|code|id)$/ },
  { value: 'unit', lang: 'ru', pattern: /единиц\S* измерени|^ед\.? ?изм/ },
  { value: 'unit', lang: 'en', pattern: /^units?\b|unit of measure/ },
  { value: 'reason', lang: 'ru', pattern: /причин|обосновани|пояснени|комментари|примечани/ },
  { value: 'reason', lang: 'en', pattern: /reason|explanation|comment|remark|\bnotes?\b/ },
  { value: 'percent', lang: 'ru', pattern: /%|процент\S* (?:исполнени|выполнени|достижени)|(?:уровень|степень) (?:исполнени|выполнени|достижени)/ },
  { value: 'percent', lang: 'en', pattern: /%|percent|achievement rate|rate of achievement/ },
  { value: 'deviation', lang: 'ru', pattern: /отклонени|разниц/ },
  { value: 'deviation', lang: 'en', pattern: /deviation|variance|difference/ },
  { value: 'name', lang: 'ru', pattern: /наименовани|^название|^показател|^индикатор|^цел[ьи]\b/ },
  { value: 'name', lang: 'en', pattern: /\bname\b|^indicators?\b|^description|^measures?\b|^kpi\b|^objective/ },
  { value: 'base', lang: 'ru', pattern: /базов|исходн/ },
  { value: 'base', lang: 'en', pattern: /\bbase(?:line)?\b/ },
  { value: 'fact', lang: 'ru', pattern: /факт|достигнут|^исполнено|^выполнено/ },
  { value: 'fact', lang: 'en', pattern: /\bactuals?\b|\bachieved\b|\bfact\b|\boutturn\b/ },
  { value: 'plan', lang: 'ru', pattern: /план|целев|прогноз|значени|ожидаем|утвержден/ },
  { value: 'plan', lang: 'en', pattern: /\btargets?\b|\bplan(?:ned)?\b|\bgoal\b|\bforecast\b|\bexpected\b|\bvalue\b/ },
]);

/** Words of a value kind in a placeholder (`{{1.2 | 2024 | факт}}`). */
export const PLACEHOLDER_KINDS: readonly VocabularyEntry<'plan' | 'fact' | 'base'>[] = table([
  { value: 'plan', lang: 'ru', pattern: /^(?:план\S*|цел\S*)$/ },
  { value: 'plan', lang: 'en', pattern: /^(?:plan(?:ned)?|target)$/ },
  { value: 'fact', lang: 'ru', pattern: /^(?:факт\S*)$/ },
  { value: 'fact', lang: 'en', pattern: /^(?:fact|actual)$/ },
  { value: 'base', lang: 'ru', pattern: /^(?:баз\S*)$/ },
  { value: 'base', lang: 'en', pattern: /^(?:base(?:line)?)$/ },
]);
