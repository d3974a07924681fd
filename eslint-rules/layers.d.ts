import type { Linter } from 'eslint';

export const forbiddenImports: Record<string, string[]>;
export const layerRules: Linter.Config[];
