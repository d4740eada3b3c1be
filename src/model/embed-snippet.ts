/**
 * The HTML a publisher pastes: the iframe, then a small listener that sets the iframe's height from the
 * embed's messages (see resize-message.ts). The listener is the publisher's own inline script, in their
 * page; pages that already carry Datawrapper's listener need only the iframe.
 */

/**
 * Scripts run, and links open in a new tab; nothing else. Without `allow-same-origin` the embed has an
 * opaque origin: no cookies or storage, no access to the host page, and it cannot read anything of its
 * own site by `fetch` (so it loads its data by `<script>`, see first-view/). The new tab of "open the
 * full map" leaves the sandbox, so the full page works as if opened directly.
 */
export const EMBED_SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox';
/** The host's article address is none of the embed's business. */
export const EMBED_REFERRER_POLICY = 'no-referrer';
/** Heights the dialog accepts, in CSS pixels: below this the legend leaves no map, above it nobody scrolls past. */
export const MIN_EMBED_HEIGHT = 240;
export const MAX_EMBED_HEIGHT = 2000;
export const DEFAULT_EMBED_HEIGHT = 480;

export interface SnippetOptions {
  /** The embed's absolute address, with `embed=1`. */
  src: string;
  /** The iframe's accessible name. */
  title: string;
  /** Reserved height in CSS pixels, so the story does not jump when the map arrives. */
  height: number;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function clampHeight(height: number): number {
  if (!Number.isFinite(height)) return DEFAULT_EMBED_HEIGHT;
  return Math.round(Math.min(MAX_EMBED_HEIGHT, Math.max(MIN_EMBED_HEIGHT, height)));
}

/** The listener, in plain ES5 so any page can run it; it resizes only the iframe that sent the message. */
export const RESIZE_LISTENER = `<script>
(function () {
  if (window.dalilResizeListener) return;
  window.dalilResizeListener = true;
  window.addEventListener("message", function (event) {
    var heights = event.data && event.data["datawrapper-height"];
    if (!heights || typeof heights !== "object") return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow !== event.source) continue;
      for (var id in heights) {
        var height = Number(heights[id]);
        if (height > 0 && height < 10000) frames[i].style.height = Math.ceil(height) + "px";
      }
    }
  });
})();
</script>`;

/** The iframe and the listener, ready to paste. */
export function embedSnippet({ src, title, height }: SnippetOptions): string {
  const px = clampHeight(height);
  const iframe =
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}"` +
    ` width="100%" height="${px}" loading="lazy"` +
    ` sandbox="${EMBED_SANDBOX}" referrerpolicy="${EMBED_REFERRER_POLICY}"` +
    ` style="display:block;width:100%;height:${px}px;border:0"></iframe>`;
  return `${iframe}\n${RESIZE_LISTENER}`;
}
