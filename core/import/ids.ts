/**
 * Ids for a draft. Reports are Chinese and ids are ASCII ([a-z0-9-]), so an id is a prefix that
 * says what the item is and a number, unique within the report; the reviewer may rename them.
 */
export class IdMaker {
  private readonly used = new Set<string>();
  private readonly next = new Map<string, number>();

  /** "highlight-1", "highlight-2" …: the next free id with this prefix. */
  make(prefix: string): string {
    let n = this.next.get(prefix) ?? 1;
    while (this.used.has(`${prefix}-${n}`)) n++;
    const id = `${prefix}-${n}`;
    this.used.add(id);
    this.next.set(prefix, n + 1);
    return id;
  }
}
