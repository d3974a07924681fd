import { describe, expect, it } from 'vitest';
import { packText, unpackText } from './packed-text';

describe('packText', () => {
  it('gives back the same text, in any script, smaller than it was', () => {
    const text = 'Экспорт зерна вырос на 12 процентов. 中哈贸易额增长百分之六点八。 Café — “quoted”.\n\n'.repeat(40);
    const packed = packText(text);
    expect(unpackText(packed)).toBe(text);
    expect(packed.byteLength).toBeLessThan(Buffer.byteLength(text) / 4);
    // Nothing more is held than the packed bytes.
    expect(packed.buffer.byteLength).toBe(packed.byteLength);
    expect(unpackText(packText(''))).toBe('');
  });
});
