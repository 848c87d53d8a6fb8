/** The look-up `npm test` starts with (scripts/prerequisites.js): where Chromium and LibreOffice are. */
export const { chromiumPath, sofficePath, missingMessage } = require('../../scripts/prerequisites.js') as {
  chromiumPath: () => string | null;
  sofficePath: () => string | null;
  missingMessage: (which: 'chromium' | 'soffice' | 'bash') => string;
};

/**
 * The error a test fails with when a prerequisite is missing: what is missing and how to install
 * it, without a stack trace (jest prints the stack when there is one).
 */
export function missingPrerequisite(which: 'chromium' | 'soffice' | 'bash'): Error {
  const error = new Error(missingMessage(which));
  error.stack = error.message;
  return error;
}
