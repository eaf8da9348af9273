/**
 * Messages for text refused for a character it holds (schema.ts refinements): control
 * characters, bidi controls, lone surrogates, zero-width characters — which one, at which
 * character of the text, and what to do.
 */
import type { Bilingual, ProblemCode } from './problems';
import { BIDI_CONTROLS, LONE_SURROGATE, ZERO_WIDTH } from './schema';

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

const U = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

const HIDDEN_NAMES: Record<number, { zh: string; en: string }> = {
  0x202a: { zh: '从左到右嵌入', en: 'left-to-right embedding' },
  0x202b: { zh: '从右到左嵌入', en: 'right-to-left embedding' },
  0x202c: { zh: '方向格式结束', en: 'pop directional formatting' },
  0x202d: { zh: '从左到右覆盖', en: 'left-to-right override' },
  0x202e: { zh: '从右到左覆盖', en: 'right-to-left override' },
  0x2066: { zh: '从左到右隔离', en: 'left-to-right isolate' },
  0x2067: { zh: '从右到左隔离', en: 'right-to-left isolate' },
  0x2068: { zh: '首强字符隔离', en: 'first strong isolate' },
  0x2069: { zh: '方向隔离结束', en: 'pop directional isolate' },
  0x200b: { zh: '零宽空格', en: 'zero-width space' },
  0x2060: { zh: '零宽不换行', en: 'word joiner' },
  0xfeff: { zh: '零宽不换行空格（BOM）', en: 'zero-width no-break space (BOM)' },
  0x180e: { zh: '蒙古文元音分隔符', en: 'Mongolian vowel separator' },
};

type Hidden = { code: ProblemCode; message: Bilingual; hint: Bilingual };

/** The message for a text refused for a character it holds: which one, at which character. */
export function hiddenCharacter(kind: string, value: string): Hidden | undefined {
  const pattern =
    kind === 'control-character'
      ? CONTROL
      : kind === 'bidi-control'
        ? BIDI_CONTROLS
        : kind === 'lone-surrogate'
          ? LONE_SURROGATE
          : kind === 'zero-width'
            ? ZERO_WIDTH
            : undefined;
  if (!pattern) return undefined;
  const idx = value.search(pattern);
  if (idx < 0) return undefined;
  const cp = value.charCodeAt(idx);
  // Characters are counted in code points, as editors do.
  const n = [...value.slice(0, idx)].length + 1;
  const name = HIDDEN_NAMES[cp];
  switch (kind) {
    case 'control-character':
      return {
        code: 'control-character',
        message: {
          zh: `文字第 ${n} 个字符是控制字符 ${U(cp)}，无法显示或导出。`,
          en: `Character ${n} of the text is the control character ${U(cp)}, which cannot be shown or exported.`,
        },
        hint: {
          zh: '删除该字符（常见于从其他文档复制的文字）。',
          en: 'Delete it (it often comes with text copied from other documents).',
        },
      };
    case 'bidi-control':
      return {
        code: 'bidi-control',
        message: {
          zh: `文字第 ${n} 个字符是双向文字控制符 ${U(cp)}（${name?.zh ?? '方向控制'}），会改变文字的显示顺序，使显示的内容与实际内容不同。`,
          en: `Character ${n} of the text is the bidirectional control ${U(cp)} (${name?.en ?? 'direction control'}): it reorders what is shown, so the text would read differently from what it is.`,
        },
        hint: {
          zh: '删除该字符；阿拉伯文等从右到左的文字无需它也能正确显示。',
          en: 'Delete it: right-to-left scripts such as Arabic display correctly without it.',
        },
      };
    case 'lone-surrogate':
      return {
        code: 'lone-surrogate',
        message: {
          zh: `文字第 ${n} 个字符是半个代理对 ${U(cp)}，不是有效字符（常见于被截断的表情符号或错误的 \\u 转义）。`,
          en: `Character ${n} of the text is half a surrogate pair, ${U(cp)}: not a character at all (a cut emoji, or a wrong \\u escape).`,
        },
        hint: {
          zh: '删除它，或补全该字符（如 \\uD83D\\uDE00 两半都要写）。',
          en: 'Delete it, or complete the character (write both halves, e.g. \\uD83D\\uDE00).',
        },
      };
    case 'zero-width':
      return {
        code: 'zero-width',
        message: {
          zh: `文字第 ${n} 个字符是看不见的 ${U(cp)}（${name?.zh ?? '零宽字符'}），会把词或数字无形地断开。`,
          en: `Character ${n} of the text is the invisible ${U(cp)} (${name?.en ?? 'zero-width character'}), which splits a word or number unseen.`,
        },
        hint: {
          zh: '删除该字符（常见于从网页复制的文字）。',
          en: 'Delete it (it often comes with text copied from web pages).',
        },
      };
    default:
      return undefined;
  }
}
