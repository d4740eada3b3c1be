/**
 * Hands a file the page made to the browser's downloads: a Blob behind an object URL, followed by a link
 * with `download`. Nothing reaches the page's markup, and nothing is sent anywhere. A sandboxed frame
 * without `allow-downloads` refuses it, which is why the embed offers no download.
 */
export function downloadFile({
  name,
  type,
  content,
}: {
  name: string;
  type: string;
  content: BlobPart;
}): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; a later revoke leaves slow browsers time to read it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
