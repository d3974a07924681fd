import type { FactdeskWindowApi } from '../../shared/api';

declare global {
  interface Window {
    /** The app's API, exposed by the preload (or by the e2e harness). */
    factdesk?: FactdeskWindowApi;
  }
}

export {};
