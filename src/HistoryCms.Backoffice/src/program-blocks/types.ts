import type { HISTORY_PROGRAM_BLOCK_KIND_TYPE } from '../constants.js';
import type { UmbControllerHostElement } from '@umbraco-cms/backoffice/controller-api';
import type { ManifestElementAndApi, UmbApi } from '@umbraco-cms/backoffice/extension-api';

/** Block content: a JSON object whose shape belongs to the block's kind. */
export type HistoryBlockContent = Record<string, unknown>;

/** Presentation settings every block has. */
export interface HistoryBlockSettings {
  anchor?: string;
  hidden: boolean;
  heading?: string;
}

/** One block of a Program Blocks value (version 2: src/HistoryCms.Core/ProgramBlocks/README.md). */
export interface HistoryProgramBlock {
  key: string;
  kind: string;
  content: HistoryBlockContent;
  settings: HistoryBlockSettings;
}

/** The stored Program Blocks value, version 2. */
export interface HistoryProgramBlocksValue {
  v: 2;
  blocks: Array<HistoryProgramBlock>;
}

/** A problem of a block the editor can fix: a localization key (or a plain text) with its arguments. */
export interface HistoryBlockCheck {
  term: string;
  args?: Array<unknown>;
  /**
   * The field it is about, as a path relative to what was checked (a kind's content: `label`, `link.url`,
   * `items[0].author`; Umbraco's validation uses the same paths below `blocks[i].content`). Absent: the whole block.
   */
  path?: string;
}

/** The name of a picked document once the block has resolved it; undefined while unknown, missing or unresolvable. */
export type HistoryDocumentName = (key: string) => string | undefined;

/**
 * What a block kind knows about its content, independent of its editor element: the canonical form, the
 * checks the editor can make without the server, and a one-line summary for the collapsed block.
 */
export interface HistoryProgramBlockKindApi extends UmbApi {
  normalise(content: HistoryBlockContent): HistoryBlockContent;
  check(content: HistoryBlockContent): Array<HistoryBlockCheck>;
  /**
   * The one-line summary. `name` gives the names of the documents {@link pickedDocuments} listed, as far as the
   * block has resolved them; a kind words a summary without them (a count) while they are unknown. `page` is the name
   * of the document the blocks are on (its property dataset's name), when known.
   */
  summary(content: HistoryBlockContent, name?: HistoryDocumentName, page?: string): string;
  /** The keys of the documents the content picks, in order, whose names the summary would show (optional). */
  pickedDocuments?(content: HistoryBlockContent): Array<string>;
}

/**
 * The editor element of a block kind. It receives the block's content and read-only state, and fires
 * {@link HistoryBlockContentEvent} with the whole new content on every edit.
 */
export interface HistoryProgramBlockKindEditorElement extends UmbControllerHostElement {
  content?: HistoryBlockContent;
  readonly?: boolean;
  /** Messages to show at the fields, by their path relative to the content (optional: else the block lists them). */
  messages?: ReadonlyMap<string, ReadonlyArray<string>>;
  /** Moves the focus to the first field with a message; false when there is none. */
  focusFirstInvalid?(): Promise<boolean>;
}

/** What a kind's manifest declares. */
export interface MetaHistoryProgramBlockKind {
  /** The `kind` stored in each block, e.g. `richText`; a site's own kind picks its own. */
  kind: string;
  /** Label in the catalogue (a `#localization_key` or plain text). */
  label: string;
  icon: string;
  description?: string;
  /** Content of a newly added block. */
  defaultContent: HistoryBlockContent;
}

/**
 * A Program Blocks kind. A site registers its own the same way (in its own bundle), with an element that
 * edits the content and an optional API for normalising, checking and summarising it.
 */
export interface ManifestHistoryProgramBlockKind
  extends ManifestElementAndApi<HistoryProgramBlockKindEditorElement, HistoryProgramBlockKindApi> {
  type: typeof HISTORY_PROGRAM_BLOCK_KIND_TYPE;
  meta: MetaHistoryProgramBlockKind;
}

declare global {
  interface UmbExtensionManifestMap {
    historyProgramBlockKind: ManifestHistoryProgramBlockKind;
  }
}

/** Fired by a kind's editor element with the block's new content. */
export class HistoryBlockContentEvent extends Event {
  static readonly TYPE = 'history-block-content';
  constructor(readonly content: HistoryBlockContent) {
    super(HistoryBlockContentEvent.TYPE, { bubbles: true, composed: true });
  }
}
