// The text of the running header and footer, shared by the print options and the report page.
// Chromium draws header/footer templates in a separate document and silently drops both if one of their
// fonts is still loading, so the report page lays out the same text at the same weight beforehand: the
// templates then find their font files already loaded.

export const RUNNING_LABEL = 'Factdesk · Fact-check report';

/** Page numbers are filled in at print time, so every digit may appear. */
const PAGE_NUMBER_TEXT = 'Page of 0123456789';

export function toDisplayTitle(title: string): string {
  return title.trim() === '' ? 'Untitled article' : title;
}

export function collectRunningText(title: string): string {
  return `${toDisplayTitle(title)} ${RUNNING_LABEL} ${PAGE_NUMBER_TEXT}`;
}
