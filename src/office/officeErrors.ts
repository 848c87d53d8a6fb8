/** Why the add-in could not read or write, as data; the pane words it for the user. */
export type OfficeProblemCode = 'cell-edit-mode' | 'payload-too-large' | 'sheet-protected' | 'api-not-supported' | 'not-found' | 'unknown';

export class OfficeProblem extends Error {
  constructor(
    readonly code: OfficeProblemCode,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}

/** Office error codes (Excel.ErrorCodes, OfficeExtension) that mean a request, its answer or its range was too large. */
const PAYLOAD_CODES = new Set(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded', 'PayloadTooLarge', 'RangeExceedsLimit', 'OperationCellsExceedLimit']);

export function isPayloadTooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && PAYLOAD_CODES.has(code);
}

/** Turns an error thrown by Excel into an OfficeProblem with a code the pane can explain. */
export function toOfficeProblem(error: unknown): OfficeProblem {
  if (error instanceof OfficeProblem) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'InvalidOperationInCellEditMode') return new OfficeProblem('cell-edit-mode', 'Excel is in cell-edit mode: leave the cell (Enter or Esc) and try again.', error);
  if (isPayloadTooLarge(error)) return new OfficeProblem('payload-too-large', 'The workbook is too large to read in one request.', error);
  if (code === 'AccessDenied' || code === 'SheetProtected' || /protected/i.test(message)) return new OfficeProblem('sheet-protected', 'The sheet is protected: unprotect it to let the add-in change it.', error);
  if (code === 'ApiNotFound' || code === 'NotImplemented') return new OfficeProblem('api-not-supported', 'This version of Excel does not support what the add-in needs.', error);
  return new OfficeProblem('unknown', message, error);
}
