/** An independent check of the card limits: JSON 2.0 shape, at most 30 KB, and every button usable. */
export function feishuCardViolations(value: unknown): string[] {
  const out: string[] = [];
  const c = value as { schema?: string; body?: { elements?: unknown[] }; header?: { title?: { content?: string } } };
  if (c.schema !== '2.0') out.push('not schema 2.0');
  if (!Array.isArray(c.body?.elements) || c.body.elements.length === 0) out.push('no body elements');
  const size = Buffer.byteLength(JSON.stringify(value), 'utf8');
  if (size > 30 * 1024) out.push(`card is ${size} bytes (max 30 KB)`);
  if (!c.header?.title?.content) out.push('no title');
  let count = 0;
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if (typeof n['tag'] === 'string') count += 1;
    if (n['tag'] === 'button') {
      const value = (n['behaviors'] as { type?: string; value?: unknown }[] | undefined)?.[0];
      if (value?.type !== 'callback' || typeof value.value !== 'object')
        out.push('button without an object callback value');
    }
    if (n['tag'] === 'action') out.push('1.0 action container in a 2.0 card');
    Object.values(n).forEach(walk);
  };
  walk(c.body);
  if (count > 200) out.push(`${count} components`);
  return out;
}
