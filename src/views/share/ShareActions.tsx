import { EmbedDialog } from './EmbedDialog';
import { ShareButton } from './ShareButton';
import './share.css';

/** The header's sharing tools: copy the link to this view, or get the code to embed it. */
export function ShareActions() {
  return (
    <div className="share-actions">
      <ShareButton />
      <EmbedDialog />
    </div>
  );
}
