import { Button, Field, makeStyles, ProgressBar, tokens } from '@fluentui/react-components';
import type { OpenProgress } from './loadXlsx';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS, padding: `${tokens.spacingVerticalS} 0` },
  bar: { flexGrow: 1 },
});

/** What the opening of a file says, in the page's language. */
export interface OpenWords {
  readonly unzipping: (file: string) => string;
  readonly sheet: (file: string, done: number, total: number) => string;
  readonly building: (file: string) => string;
  readonly cancel: string;
}

export const OPEN_WORDS: { readonly en: OpenWords; readonly ru: OpenWords } = {
  en: {
    unzipping: (file) => `Opening ${file}…`,
    sheet: (file, done, total) => `Reading ${file}: sheet ${Math.min(done + 1, total)} of ${total}…`,
    building: (file) => `Preparing the sheets of ${file}…`,
    cancel: 'Cancel',
  },
  ru: {
    unzipping: (file) => `Открытие ${file}…`,
    sheet: (file, done, total) => `Чтение ${file}: лист ${Math.min(done + 1, total)} из ${total}…`,
    building: (file) => `Подготовка листов ${file}…`,
    cancel: 'Отменить',
  },
};

/** The opening of a file: a bar (sheets read of all) with what is being done, and Cancel. */
export function OpenProgressView({ file, progress, words, onCancel }: { readonly file: string; readonly progress: OpenProgress; readonly words: OpenWords; readonly onCancel: () => void }) {
  const styles = useStyles();
  const text = progress.stage === 'sheet' && progress.total > 0 ? words.sheet(file, progress.done, progress.total) : progress.stage === 'building' ? words.building(file) : words.unzipping(file);
  const value = progress.stage === 'sheet' && progress.total > 0 ? progress.done / progress.total : progress.stage === 'building' ? 1 : undefined;
  return (
    <div className={styles.root} data-testid="open-progress" data-stage={progress.stage}>
      <Field className={styles.bar} validationMessage={text} validationState="none">
        <ProgressBar thickness="large" value={value} aria-label={text} />
      </Field>
      <Button size="small" onClick={onCancel} data-testid="open-cancel">
        {words.cancel}
      </Button>
    </div>
  );
}
