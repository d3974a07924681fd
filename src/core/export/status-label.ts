// How a status reads in an export: the app's own label. A status this version does not know (a damaged file)
// reads as unverified, as the library counts it.
import { STATUS_LABELS } from '../../shared/labels';
import { toKnownStatus } from '../report/claim-labels';

export function labelStatus(status: string): string {
  return STATUS_LABELS[toKnownStatus(status)];
}
