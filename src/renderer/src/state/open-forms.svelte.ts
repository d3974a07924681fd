// Forms the fact-checker has open on a claim: new wording, a source being added. They live here, not in
// the claim's card, because the card's editors close when another claim is selected, and the unsaved text
// must be there again on return.
import { SvelteMap } from 'svelte/reactivity';

export interface SourceDraft {
  url: string;
  title: string;
  note: string;
}

class OpenForms {
  /** Unsaved wording by claim id; a claim is being reworded while it has an entry. */
  readonly wording = new SvelteMap<string, string>();
  /** A source being added, by claim id. */
  readonly sources = new SvelteMap<string, SourceDraft>();
}

export const openForms = new OpenForms();
