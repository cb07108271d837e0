/**
 * An independent check of Block Kit's documented limits (docs.slack.dev/reference/block-kit and
 * `@slack/types`), written from the docs rather than from the renderer, so the renderer's own
 * constants cannot make a wrong message look right. Returns every violation found.
 */
export function blockKitViolations(message: { text?: unknown; blocks?: unknown }): string[] {
  const out: string[] = [];
  const blocks = Array.isArray(message.blocks) ? (message.blocks as Record<string, unknown>[]) : [];
  if (typeof message.text !== 'string' || message.text.trim() === '') out.push('no fallback text');
  else if (message.text.length > 40_000) out.push('fallback text over 40,000');
  if (blocks.length > 50) out.push(`${blocks.length} blocks (max 50)`);
  const blockIds = new Set<string>();
  let total = 0;
  const textOk = (t: unknown, max: number, where: string): void => {
    const o = t as { type?: unknown; text?: unknown } | undefined;
    if (!o || (o.type !== 'mrkdwn' && o.type !== 'plain_text') || typeof o.text !== 'string')
      return void out.push(`${where}: not a text object`);
    if (o.text.length < 1 || o.text.length > max) out.push(`${where}: text length ${o.text.length} (1–${max})`);
    if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(o.text))
      out.push(`${where}: broken surrogate pair`);
    total += o.text.length;
  };
  blocks.forEach((b, i) => {
    const where = `block ${i} (${String(b['type'])})`;
    const id = b['block_id'];
    if (id !== undefined) {
      if (typeof id !== 'string' || id.length > 255) out.push(`${where}: block_id too long`);
      else if (blockIds.has(id)) out.push(`${where}: duplicate block_id ${id}`);
      else blockIds.add(id);
    }
    switch (b['type']) {
      case 'section': {
        if (b['text'] === undefined && b['fields'] === undefined) out.push(`${where}: neither text nor fields`);
        if (b['text'] !== undefined) textOk(b['text'], 3000, where);
        const fields = b['fields'];
        if (fields !== undefined) {
          if (!Array.isArray(fields) || fields.length > 10 || fields.length === 0) out.push(`${where}: fields count`);
          else fields.forEach((f, j) => textOk(f, 2000, `${where} field ${j}`));
        }
        break;
      }
      case 'header':
        textOk(b['text'], 150, where);
        if ((b['text'] as { type?: string } | undefined)?.type !== 'plain_text')
          out.push(`${where}: header must be plain_text`);
        break;
      case 'context': {
        const els = b['elements'];
        if (!Array.isArray(els) || els.length < 1 || els.length > 10) out.push(`${where}: elements count`);
        else els.forEach((e, j) => textOk(e, 3000, `${where} element ${j}`));
        break;
      }
      case 'actions': {
        const els = b['elements'];
        if (!Array.isArray(els) || els.length < 1 || els.length > 25) out.push(`${where}: elements count`);
        const ids = new Set<string>();
        for (const [j, e] of (Array.isArray(els) ? els : []).entries()) {
          const el = e as Record<string, unknown>;
          if (el['type'] !== 'button') out.push(`${where} element ${j}: not a button`);
          const text = el['text'] as { type?: string; text?: string } | undefined;
          if (text?.type !== 'plain_text' || !text.text || text.text.length > 75)
            out.push(`${where} element ${j}: button text`);
          const actionId = el['action_id'];
          if (typeof actionId !== 'string' || actionId.length < 1 || actionId.length > 255)
            out.push(`${where} element ${j}: action_id`);
          else if (ids.has(actionId)) out.push(`${where} element ${j}: duplicate action_id`);
          else ids.add(actionId);
          if (typeof el['value'] !== 'string' || el['value'].length > 2000) out.push(`${where} element ${j}: value`);
          if (el['style'] !== undefined && el['style'] !== 'primary' && el['style'] !== 'danger')
            out.push(`${where} element ${j}: style`);
        }
        break;
      }
      case 'divider':
        break;
      default:
        out.push(`${where}: unexpected block type`);
    }
  });
  // Slack refuses (msg_blocks_too_long) somewhere around 13,000 characters of block text.
  if (total > 12_000) out.push(`total block text ${total}`);
  return out;
}
