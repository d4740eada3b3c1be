import { DownloadDialog } from '../download/DownloadDialog';
import { EmbedDialog } from './EmbedDialog';
import { ShareButton } from './ShareButton';
import './share.css';

/** The header's sharing tools: copy the link to this view, get the code to embed it, or download its evidence. */
export function ShareActions() {
  return (
    <div className="share-actions">
      <ShareButton />
      <EmbedDialog />
      <DownloadDialog />
    </div>
  );
}
