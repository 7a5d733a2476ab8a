import { describe, expect, it } from 'vitest';
import { parseAst } from 'vite';
import { unwrapPreloads } from '../../src/integrations/no-preload-helper';

const parse = (code: string) => parseAst(code);

describe('unwrapPreloads (Vite preload helper removed from lazy imports)', () => {
  it('calls each lazy import directly and drops the helper import', () => {
    const code =
      'import{t as e}from"./preload-helper.Dy.js";' +
      'var a;function s(r){a??=e(()=>import(`./search-ui.C6.js`).then(e=>e.mountSearch(r)),__VITE_PRELOAD__)}' +
      'async function p(){let{m:r}=await e(async()=>{let{m:e}=await import(`./share.D.js`);return{m:e}},__VITE_PRELOAD__);return r}';
    const out = unwrapPreloads(code, parse) ?? '';
    expect(out).not.toContain('preload-helper');
    expect(out).not.toContain('__VITE_PRELOAD__');
    expect(out).toContain('a??=(()=>import(`./search-ui.C6.js`).then(e=>e.mountSearch(r)))()');
    expect(out).toContain('await (async()=>{let{m:e}=await import(`./share.D.js`);return{m:e}})()');
    expect(() => parse(out)).not.toThrow();
  });

  it('leaves a chunk without lazy imports alone', () => {
    expect(unwrapPreloads('export const a = 1;', parse)).toBeNull();
  });

  it('stops the build when a helper call has a shape it does not know', () => {
    const code = 'import{t as e}from"./preload-helper.Dy.js";e(()=>import(`./a.js`),__VITE_PRELOAD__,1);';
    expect(() => unwrapPreloads(code, parse)).toThrow(/not recognised/);
  });
});
