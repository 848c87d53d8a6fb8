import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Select, Switch, Text, tokens } from '@fluentui/react-components';
import { useEffect } from 'react';
import { fillWording, type Lang } from '../../engine';
import type { FillPaneStrings } from '../fillStrings';
import type { PaneStrings } from '../paneStrings';
import { templateYears, type FillChoice, type FillPreview, type FillState } from '../useFill';
import { FillPreviewView } from './FillPreviewView';
import { ProblemBar } from './ProblemBar';
import { WorkProgress } from './WorkProgress';
import { yearSpan } from './TablesView';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  line: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  year: { maxWidth: '8em' },
});

/** The fill's state (see useFill), its words, and what its controls do. */
export interface FillPanelProps extends Omit<FillState, 'filled'> {
  readonly lang: Lang;
  readonly strings: PaneStrings;
  readonly words: FillPaneStrings;
  /** Cells written by the last fill, while it is in the workbook. */
  readonly filled?: { readonly written: number; readonly preview: FillPreview };
  readonly onRead: () => void;
  /** Stops the engine's work under way (shown while it plans). */
  readonly onCancel?: () => void;
  readonly onChoose: (patch: Partial<FillChoice>) => void;
  readonly onPreview: () => void;
  readonly onFill: () => void;
}

/** The fill: report, source (when there are several), year, overwrite; Preview shows the fill, Fill writes it. */
export function FillPanel(props: FillPanelProps) {
  const { lang, strings, words, busy, templates, sources, choice, preview, filled, problem } = props;
  const styles = useStyles();
  const w = fillWording(lang);
  const { onRead } = props;
  // the report forms are looked for when the panel is first shown
  useEffect(() => {
    if (templates === undefined && busy === null && !problem && !props.cancelled) onRead();
  }, [templates, busy, problem, props.cancelled, onRead]);
  const template = templates?.find((t) => t.sheet === choice.template);
  const years = templateYears(template);
  const done = filled !== undefined && filled.preview === preview;
  const canFill = preview !== undefined && preview.result.ok && preview.result.written > 0 && !done;
  return (
    <div className={styles.root} data-testid="fill-panel">
      <Text size={200}>{words.intro}</Text>
      {templates && templates.length === 0 ? (
        <MessageBar intent="info" data-testid="fill-none">
          <MessageBarBody>{words.noTemplates}</MessageBarBody>
        </MessageBar>
      ) : null}
      {templates && templates.length > 0 ? (
        <>
          <Field label={words.template} hint={template ? w.template(template) : undefined}>
            <Select value={choice.template ?? ''} disabled={busy !== null} onChange={(_, d) => props.onChoose({ template: d.value })} data-testid="fill-template">
              {templates.map((t) => (
                <option key={t.sheet} value={t.sheet}>
                  {t.sheet}
                </option>
              ))}
            </Select>
          </Field>
          {sources && sources.length > 1 ? (
            <Field label={words.source} validationState={preview?.result.problems.some((p) => p.code === 'ambiguous-source') ? 'warning' : 'none'}>
              <Select value={choice.source} disabled={busy !== null} onChange={(_, d) => props.onChoose({ source: d.value })} data-testid="fill-source">
                <option value="">{words.sourceToChoose}</option>
                {sources.map((s) => (
                  <option key={s.id} value={s.id}>
                    {w.table(s)}
                  </option>
                ))}
              </Select>
            </Field>
          ) : sources && sources.length === 1 ? (
            <Text className={styles.line}>{`${words.source}: ${w.table(sources[0])}`}</Text>
          ) : null}
          <Field
            label={words.year}
            hint={words.yearHint(years.length > 0 ? yearSpan(years) : '')}
            validationState={props.badYear !== undefined ? 'error' : 'none'}
            validationMessage={props.badYear !== undefined ? words.notAYear(props.badYear) : undefined}
          >
            <Input className={styles.year} value={choice.year} inputMode="numeric" disabled={busy !== null} onChange={(_, d) => props.onChoose({ year: d.value })} data-testid="fill-year" />
          </Field>
          <Switch label={words.overwrite} checked={choice.overwrite} disabled={busy !== null} onChange={(_, d) => props.onChoose({ overwrite: d.checked })} data-testid="fill-overwrite" />
        </>
      ) : null}
      {templates || props.cancelled ? (
        <div className={styles.actions}>
          {templates && templates.length > 0 ? (
            <>
              <Button appearance={canFill ? 'secondary' : 'primary'} disabled={busy !== null || !choice.template} onClick={props.onPreview}>
                {words.preview}
              </Button>
              <Button appearance={canFill ? 'primary' : 'secondary'} disabled={busy !== null || !canFill} onClick={props.onFill}>
                {words.fill}
              </Button>
            </>
          ) : null}
          <Button disabled={busy !== null} onClick={onRead}>
            {words.readAgain}
          </Button>
        </div>
      ) : null}
      {busy ? <WorkProgress busy={busy} strings={strings} onCancel={props.onCancel} testId="fill-progress" /> : null}
      {props.cancelled && !busy ? (
        <MessageBar intent="info" data-testid="fill-cancelled">
          <MessageBarBody>{strings.cancelledWrite}</MessageBarBody>
        </MessageBar>
      ) : null}
      {problem ? <ProblemBar problem={problem} strings={strings} /> : null}
      {props.changed ? (
        <MessageBar intent="warning" data-testid="fill-changed">
          <MessageBarBody>{words.changed}</MessageBarBody>
        </MessageBar>
      ) : null}
      {done ? (
        <MessageBar intent="success" data-testid="fill-done">
          <MessageBarBody>
            {words.filled(filled.written)} {words.undoHint}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {preview ? <FillPreviewView result={preview.result} words={words} w={w} done={done} /> : null}
    </div>
  );
}
