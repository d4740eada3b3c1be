/** A handful of gazetteer entries for unit tests that should not depend on the imported data. */
import type { GazetteerEntry } from '../../geo/gazetteer/entry';
import { FACILITY_RULES } from '../../geo/gazetteer/default';
import { createGazetteer } from '../../geo/match/gazetteer';
import curated from '../../geo/gazetteer/curated.json';

function place(
  id: string,
  kind: GazetteerEntry['kind'],
  iso2: string | null,
  en: string,
  ar: string,
  lngLat: [number, number],
  aliases: { ar?: string[]; en?: string[] } = {},
  population?: number,
): GazetteerEntry {
  return {
    id,
    kind,
    iso2,
    name: { ar, en },
    aliases: { ar: aliases.ar ?? [], en: aliases.en ?? [] },
    lngLat,
    source: 'test',
    ...(population ? { population } : {}),
  };
}

export const SMALL_ENTRIES: GazetteerEntry[] = [
  place('syria', 'country', 'SY', 'Syria', 'سوريا', [38.5, 35], { ar: ['سورية'] }),
  place('russia', 'country', 'RU', 'Russia', 'روسيا', [97, 62]),
  place('united-states', 'country', 'US', 'United States', 'الولايات المتحدة', [-100, 40], {
    ar: ['الولايات المتحدة الأمريكية'],
    en: ['US', 'U.S.'],
  }),
  place('iran', 'country', 'IR', 'Iran', 'إيران', [54, 32]),
  place('turkey', 'country', 'TR', 'Turkey', 'تركيا', [35, 39], { en: ['Türkiye'] }),
  place('algeria', 'country', 'DZ', 'Algeria', 'الجزائر', [3, 28]),
  place('algiers', 'settlement', 'DZ', 'Algiers', 'الجزائر', [3.05, 36.75], {}, 1977663),
  place('latakia', 'settlement', 'SY', 'Latakia', 'اللاذقية', [35.78, 35.52], {}, 383786),
  place('tartus', 'settlement', 'SY', 'Tartus', 'طرطوس', [35.89, 34.89], {}, 89457),
  place('washington', 'settlement', 'US', 'Washington', 'واشنطن', [-77.04, 38.9], {}, 601723),
  place('tripoli-ly', 'settlement', 'LY', 'Tripoli', 'طرابلس', [13.19, 32.89], {}, 1150989),
  place('tripoli-lb', 'settlement', 'LB', 'Tripoli', 'طرابلس', [35.85, 34.44], {}, 229398),
  place('lebanon', 'country', 'LB', 'Lebanon', 'لبنان', [35.9, 33.9]),
  place('al-bab', 'settlement', 'SY', 'Al-Bab', 'الباب', [37.52, 36.37], {}, 130745),
  place('hammond', 'settlement', 'US', 'Hammond', 'هاموند', [-87.5, 41.58], {}, 80830),
  place('jordan', 'country', 'JO', 'Jordan', 'الأردن', [36.5, 31]),
  place('oman', 'country', 'OM', 'Oman', 'عمان', [57, 21], { ar: ['سلطنة عمان'] }),
  place('amman', 'settlement', 'JO', 'Amman', 'عمان', [35.93, 31.95], {}, 1275857),
  place('saudi-arabia', 'country', 'SA', 'Saudi Arabia', 'السعودية', [45, 24]),
  place('moscow', 'settlement', 'RU', 'Moscow', 'موسكو', [37.62, 55.75], {}, 10381222),
  place('mesquite', 'settlement', 'US', 'Mesquite', 'موسكو', [-96.6, 32.77], {}, 143484),
  place('london', 'settlement', 'GB', 'London', 'لندن', [-0.13, 51.51], {}, 8961989),
  place('montreux', 'settlement', 'CH', 'Montreux', 'مونترو', [6.91, 46.43], {}, 26574),
];

/** Test entries plus the curated facilities, regions and waters, with the shipped facility rules. */
export const smallGazetteer = () =>
  createGazetteer([SMALL_ENTRIES, curated as GazetteerEntry[]], ['al-bab'], FACILITY_RULES);
