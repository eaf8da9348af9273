/**
 * Ids for a draft. Reports are Chinese and ids are ASCII ([a-z0-9-]), so an id is a prefix that
 * says what the item is and a number, unique within the report; the reviewer may rename them.
 */
export function newId(prefix: string, used: Set<string>): string {
  let n = 1;
  while (used.has(`${prefix}-${n}`)) n++;
  const id = `${prefix}-${n}`;
  used.add(id);
  return id;
}
