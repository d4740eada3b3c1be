/**
 * The entry of the export builders' own script, which the build makes beside the app's
 * (geo/site/vite-plugin.ts) and the app loads when a reader first downloads (platform/load-export.ts).
 */
import { exportFile } from './model/export/export-file';
import { publishExportBuilders } from './platform/load-export';

publishExportBuilders({ exportFile });
