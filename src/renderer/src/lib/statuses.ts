// How each claim status is named, keyed and described in the UI. Colours live in app.css (.status-<name>).
import { CLAIM_STATUSES, type ClaimStatus } from '../../../shared/model';

export interface StatusMeta {
  status: ClaimStatus;
  label: string;
  /** The key that sets this status on the selected claim (digits work on every keyboard layout). */
  key: string;
  description: string;
}

const META: Record<ClaimStatus, Omit<StatusMeta, 'status' | 'key'>> = {
  unverified: { label: 'Unverified', description: 'Not checked yet' },
  'in-progress': { label: 'In progress', description: 'Being checked' },
  verified: { label: 'Verified', description: 'Accurate, supported by evidence' },
  disputed: { label: 'Disputed', description: 'Credible sources disagree' },
  false: { label: 'False', description: 'Contradicted by evidence' },
  misleading: { label: 'Misleading', description: 'Accurate in part, but gives a wrong impression' },
  unverifiable: { label: 'Unverifiable', description: 'Cannot be checked with available evidence' },
  dismissed: { label: 'Dismissed', description: 'Not a check-worthy claim' },
};

export const STATUS_LIST: StatusMeta[] = CLAIM_STATUSES.map((status, index) => ({
  status,
  key: String(index + 1),
  ...META[status],
}));

export function statusMeta(status: ClaimStatus): StatusMeta {
  return STATUS_LIST.find((meta) => meta.status === status) ?? (STATUS_LIST[0] as StatusMeta);
}

export function statusForKey(key: string): ClaimStatus | null {
  return STATUS_LIST.find((meta) => meta.key === key)?.status ?? null;
}
