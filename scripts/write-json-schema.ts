/** Writes data/schema/report.schema.json from the zod schema (`npm run schema`). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { reportJsonSchemaText } from '../core/report/json-schema';

const target = fileURLToPath(new URL('../data/schema/report.schema.json', import.meta.url));
writeFileSync(target, reportJsonSchemaText());
console.log(`wrote ${target}`);
