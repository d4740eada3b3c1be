/**
 * Reads the TSV that geonames-dump.c prints: one GeoNames city a line, columns in the order below.
 */
export interface GeonamesCity {
  geonameid: number;
  nameEn: string;
  /** Empty when GeoNames has no translation; may be Latin, as some of its "ar" names are. */
  nameAr: string;
  lat: number;
  lng: number;
  population: number;
  iso2: string;
  admin1Code: string;
  admin1Name: string;
}

const COLUMNS = 9;

export function parseGeonamesTsv(tsv: string): GeonamesCity[] {
  return tsv
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line, i) => {
      const cells = line.split('\t');
      if (cells.length !== COLUMNS)
        throw new Error(`line ${i + 1}: ${cells.length} columns, expected ${COLUMNS}`);
      const [id, nameEn, nameAr, lat, lng, population, iso2, admin1Code, admin1Name] = cells as [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
        string,
      ];
      const city = {
        geonameid: Number(id),
        nameEn,
        nameAr,
        lat: Number(lat),
        lng: Number(lng),
        population: Number(population),
        iso2,
        admin1Code,
        admin1Name,
      };
      if (![city.geonameid, city.lat, city.lng, city.population].every(Number.isFinite))
        throw new Error(`line ${i + 1}: a number column is not a number`);
      return city;
    });
}
