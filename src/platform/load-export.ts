/**
 * The export builders (model/export/) ship as a script of their own, loaded the first time a reader asks
 * for a download: the app script, which every reader and every embed loads, stays without them. The
 * script publishes the builders on the window (export-builders.ts, an entry); this module loads it and
 * hands them over.
 */
import type { exportFile } from '../model/export/export-file';
import { loadScriptOf } from './load-script';

/** Where the build wrote the builders' script: `<meta name="dalil:export" content="...">` in index.html. */
export const EXPORT_META = 'dalil:export';

export interface ExportBuilders {
  exportFile: typeof exportFile;
}

interface ExportWindow {
  dalilExport?: ExportBuilders;
}

/** Called by the builders' script as it runs. */
export function publishExportBuilders(builders: ExportBuilders, win: Window = window): void {
  (win as ExportWindow).dalilExport = builders;
}

/** The builders, loading their script the first time. */
export async function loadExportBuilders(win: Window = window): Promise<ExportBuilders> {
  const holder = win as ExportWindow;
  if (!holder.dalilExport) await loadScriptOf(EXPORT_META, win.document);
  if (!holder.dalilExport) throw new Error(`The ${EXPORT_META} script published no builders.`);
  return holder.dalilExport;
}
