// How each claim status is named, keyed and described in the UI. Colours live in app.css (.status-<name>).
import { STATUS_DESCRIPTIONS, STATUS_LABELS } from '../../../shared/labels';
import { CLAIM_STATUSES, type ClaimStatus } from '../../../shared/model';

export interface StatusMeta {
  status: ClaimStatus;
  label: string;
  /** The key that sets this status on the selected claim (digits work on every keyboard layout). */
  key: string;
  description: string;
}

export const STATUS_LIST: StatusMeta[] = CLAIM_STATUSES.map((status, index) => ({
  status,
  key: String(index + 1),
  label: STATUS_LABELS[status],
  description: STATUS_DESCRIPTIONS[status],
}));

export function getStatusMeta(status: ClaimStatus): StatusMeta {
  return STATUS_LIST.find((meta) => meta.status === status) ?? (STATUS_LIST[0] as StatusMeta);
}

export function findStatusForKey(key: string): ClaimStatus | null {
  return STATUS_LIST.find((meta) => meta.key === key)?.status ?? null;
}
