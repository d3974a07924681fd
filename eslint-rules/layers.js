// The import direction between the folders under src/, as ESLint `no-restricted-imports` rules.
// Each folder is named for where its code runs; a folder may import only from the layers listed here.

import { builtinModules } from 'node:module';

const electronMessage = 'Only src/main and src/preload may import electron.';
const nodeMessage = 'This layer runs outside Node (or in a sandbox): no Node built-in modules.';
// Exact names go in `paths` (a pattern like "util" would also match a local ./util folder).
const electronBan = { paths: [{ name: 'electron', message: electronMessage }], patterns: [{ group: ['electron/*'], message: electronMessage }] };
const nodeBan = {
  paths: builtinModules.filter((name) => !name.startsWith('_')).map((name) => ({ name, message: nodeMessage })),
  patterns: [{ group: ['node:*'], message: nodeMessage }],
};
const layer = (name) => ({ group: [`**/${name}/*`, `**/${name}`], message: `Layer rule: do not import src/${name} from here.` });

/** Which layers each layer must not import. Exported for the rule's own test. */
export const forbiddenImports = {
  shared: ['core', 'main', 'preload', 'renderer', 'cli'],
  core: ['main', 'preload', 'renderer', 'cli'],
  main: ['preload', 'renderer', 'cli'],
  cli: ['main', 'preload', 'renderer'],
  // Training and benchmark scripts: plain Node over core, like the CLI.
  scripts: ['main', 'preload', 'renderer', 'cli'],
  preload: ['core', 'main', 'renderer', 'cli'],
  renderer: ['core', 'main', 'preload', 'cli'],
};

const runsWithoutElectron = new Set(['shared', 'core', 'cli', 'renderer', 'scripts']);
const runsWithoutNode = new Set(['shared', 'renderer', 'preload']);

export const layerRules = Object.entries(forbiddenImports).map(([name, banned]) => ({
  files: name === 'scripts' ? ['scripts/**/*.ts'] : [`src/${name}/**/*.ts`, `src/${name}/**/*.svelte`],
  ignores: name === 'renderer' ? [] : name === 'scripts' ? ['scripts/**/*.test.ts'] : [`src/${name}/**/*.test.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [...(runsWithoutElectron.has(name) ? electronBan.paths : []), ...(runsWithoutNode.has(name) ? nodeBan.paths : [])],
        patterns: [
          ...banned.map(layer),
          ...(runsWithoutElectron.has(name) ? electronBan.patterns : []),
          ...(runsWithoutNode.has(name) ? nodeBan.patterns : []),
        ],
      },
    ],
  },
}));

// The renderer takes only types from the contract: its schemas (and valibot) stay out of the page.
layerRules.push({
  files: ['src/renderer/**/*.ts', 'src/renderer/**/*.svelte'],
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['**/shared/api'],
            allowTypeImports: true,
            message: 'Layer rule: the renderer imports only types from the API contract.',
          },
        ],
      },
    ],
  },
});
