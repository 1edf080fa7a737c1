import { readJsonObject } from '../shared/json-value.js';
import type { HistoryBlockCheck, HistoryBlockContent, HistoryBlockSettings, HistoryProgramBlock, HistoryProgramBlocksValue } from './types.js';

const ANCHOR = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** The canonical settings: `hidden` always, `anchor` and `heading` only when set. */
export function normaliseSettings(raw: unknown): HistoryBlockSettings {
  const source = asRecord(raw) ?? {};
  const anchor = text(source['anchor']);
  const heading = text(source['heading']);
  return {
    ...(anchor === undefined ? {} : { anchor }),
    hidden: source['hidden'] === true,
    ...(heading === undefined ? {} : { heading }),
  };
}

/**
 * Reads any incoming value into version 2. A version 1 value (settings flat on the block) is upgraded;
 * entries that are not objects or have no kind are dropped; unknown kinds keep their content as it is.
 */
export function readBlocksValue(raw: unknown): HistoryProgramBlocksValue {
  const source = readJsonObject(raw);
  const version = source?.['v'];
  const list = Array.isArray(source?.['blocks']) ? (source['blocks'] as Array<unknown>) : [];
  const blocks = list.flatMap((entry): Array<HistoryProgramBlock> => {
    const block = asRecord(entry);
    const kind = text(block?.['kind']);
    if (!block || kind === undefined) return [];
    const settings = version === 1 && block['settings'] === undefined ? block : block['settings'];
    return [
      {
        key: typeof block['key'] === 'string' ? block['key'] : '',
        kind,
        content: asRecord(block['content']) ?? {},
        settings: normaliseSettings(settings),
      },
    ];
  });
  return { v: 2, blocks };
}

/** Checks of the settings shared by every kind (anchor syntax, anchors unique within the value), at `settings.anchor`. */
export function checkSettings(block: HistoryProgramBlock, all: ReadonlyArray<HistoryProgramBlock>): Array<HistoryBlockCheck> {
  const anchor = block.settings.anchor;
  if (anchor === undefined) return [];
  if (!ANCHOR.test(anchor)) return [{ term: 'historyCms_checkAnchorSyntax', path: 'settings.anchor' }];
  const duplicate = all.some((other) => other !== block && other.settings.anchor === anchor);
  return duplicate ? [{ term: 'historyCms_checkAnchorDuplicate', path: 'settings.anchor' }] : [];
}

/** A one-line fallback summary of content a kind does not summarise itself: its first text, without markup. */
export function fallbackSummary(content: HistoryBlockContent): string {
  for (const value of Object.values(content)) {
    if (typeof value === 'string' && value.trim().length > 0) return plainText(value);
  }
  return '';
}

/** Markup reduced to its text on one line, cut to `max` characters. */
export function plainText(markup: string, max = 80): string {
  const textOnly = new DOMParser().parseFromString(markup, 'text/html').body.textContent ?? '';
  const line = textOnly.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}\u2026` : line;
}
