/**
 * Tidies a name from a source file: GeoNames' Arabic names carry stray left-to-right marks
 * ("طريف\u200E\u200E") and zero-width joiners that would make two equal names differ.
 */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

export function cleanName(name: string): string {
  return name.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}
