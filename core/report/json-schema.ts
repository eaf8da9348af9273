/**
 * The JSON Schema of the report format, generated from the zod schema so editors (VS Code)
 * give completion and red squiggles. data/schema/report.schema.json is this, pretty-printed;
 * a test fails when the committed file is stale (`npm run schema` rewrites it).
 */
import { z } from 'zod';
import { ReportSchema } from './schema';

export function reportJsonSchemaText(): string {
  const schema = z.toJSONSchema(ReportSchema, { io: 'input', target: 'draft-2020-12' });
  const withId = { ...schema, $id: 'https://govbrief.invalid/schema/report.schema.json', title: 'GovBrief report' };
  return JSON.stringify(withId, null, 2) + '\n';
}
