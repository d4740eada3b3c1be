/**
 * Returns the link to show for an article's `url`, or null when it is not an http(s) URL. The contract
 * already rejects other schemes at load; this check stays at the point of use so a `javascript:` link
 * can never reach an `href`, whatever path the data took.
 */
export function safeArticleUrl(url: string | null): string | null {
  if (url === null) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
}
