// The layer rule has its own test (as Signal Desktop does): lint small snippets as if they sat in
// each folder, and check the forbidden imports are reported and the allowed ones are not.
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cwd = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({ cwd });

async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${cwd}/${file}` });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId?.endsWith('no-restricted-imports')).map((message) => message.message);
}

describe('layer rules', () => {
  it('keeps electron out of core, shared, cli and the renderer', async () => {
    for (const file of ['src/core/x.ts', 'src/shared/x.ts', 'src/cli/x.ts', 'src/renderer/src/x.ts']) {
      expect(await layerErrors(file, "import { app } from 'electron';\nexport const x = app;\n"), file).not.toEqual([]);
    }
    expect(await layerErrors('src/main/x.ts', "import { app } from 'electron';\nexport const x = app;\n")).toEqual([]);
    expect(await layerErrors('src/preload/x.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n")).toEqual([]);
  });

  it('lets imports go one way only', async () => {
    const importing = (path: string) => `import { x } from '${path}';\nexport const y = x;\n`;
    expect(await layerErrors('src/core/a.ts', importing('../main/menu'))).not.toEqual([]);
    expect(await layerErrors('src/core/a.ts', importing('../cli/run-cli'))).not.toEqual([]);
    expect(await layerErrors('src/shared/a.ts', importing('../core/app'))).not.toEqual([]);
    expect(await layerErrors('src/renderer/src/a.ts', importing('../../core/app'))).not.toEqual([]);
    expect(await layerErrors('src/preload/a.ts', importing('../core/app'))).not.toEqual([]);
    expect(await layerErrors('src/main/a.ts', importing('../core/app'))).toEqual([]);
    expect(await layerErrors('src/cli/a.ts', importing('../core/app'))).toEqual([]);
    expect(await layerErrors('src/core/a.ts', importing('../shared/model'))).toEqual([]);
    expect(await layerErrors('scripts/a.ts', importing('../src/core/detect'))).toEqual([]);
    expect(await layerErrors('scripts/a.ts', importing('../src/main/menu'))).not.toEqual([]);
    expect(await layerErrors('scripts/a.ts', "import { app } from 'electron';\nexport const x = app;\n")).not.toEqual([]);
  });

  it('lets the renderer take only types from the API contract', async () => {
    expect(await layerErrors('src/renderer/src/a.ts', "import { api } from '../../shared/api';\nexport const x = api;\n")).not.toEqual([]);
    expect(await layerErrors('src/renderer/src/a.ts', "import type { Api } from '../../shared/api';\nexport type X = Api;\n")).toEqual([]);
    expect(await layerErrors('src/renderer/src/a.ts', "import { CLAIM_STATUSES } from '../../shared/model';\nexport const x = CLAIM_STATUSES;\n")).toEqual([]);
  });

  it('keeps Node built-ins out of code that runs in the page, the sandboxed preload, or anywhere', async () => {
    for (const code of ["import { readFile } from 'node:fs';\nexport const x = readFile;\n", "import { readFile } from 'fs';\nexport const x = readFile;\n"]) {
      expect(await layerErrors('src/shared/a.ts', code)).not.toEqual([]);
      expect(await layerErrors('src/renderer/src/a.ts', code)).not.toEqual([]);
      expect(await layerErrors('src/preload/a.ts', code)).not.toEqual([]);
      expect(await layerErrors('src/core/a.ts', code)).toEqual([]);
    }
    expect(await layerErrors('src/renderer/src/a.ts', "import { x } from './util/format';\nexport const y = x;\n")).toEqual([]);
    expect(await layerErrors('src/core/a.ts', "import { app } from 'electron/main';\nexport const x = app;\n")).not.toEqual([]);
  });
});
