/**
 * data/schema/report.schema.json (what editors validate against) is generated from the zod
 * schema; this fails when someone changed one without regenerating the other.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { reportJsonSchemaText } from './json-schema';

const SCHEMA_FILE = fileURLToPath(new URL('../../data/schema/report.schema.json', import.meta.url));

describe('data/schema/report.schema.json', () => {
  it('equals the JSON Schema generated from the zod schema (if not: run `npm run schema`)', () => {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    expect(
      committed,
      'data/schema/report.schema.json is stale: it differs from the zod schema in core/report/schema.ts. ' +
        'Run `npm run schema` to regenerate it, and commit the result.',
    ).toBe(reportJsonSchemaText());
  });

  it('is valid JSON naming itself and the draft it follows', () => {
    const schema = JSON.parse(reportJsonSchemaText()) as Record<string, unknown>;
    expect(schema.$id).toBe('https://govbrief.invalid/schema/report.schema.json');
    expect(String(schema.$schema)).toContain('2020-12');
    expect(schema.additionalProperties).toBe(false);
  });

  it('the bundled reports point their editors at it', () => {
    for (const name of ['shanxi-2025.json', 'china-2025.json']) {
      const report = JSON.parse(
        readFileSync(fileURLToPath(new URL(`../../data/reports/${name}`, import.meta.url)), 'utf8'),
      ) as {
        $schema?: string;
      };
      expect(report.$schema, name).toBe('../schema/report.schema.json');
    }
  });
});
