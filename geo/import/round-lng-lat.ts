/** Rounds `[lng, lat]` in degrees to 4 decimals (about 10 m), the precision the gazetteer stores. */
export function roundLngLat(lng: number, lat: number): [number, number] {
  // `+ 0` turns -0 into 0, so a point on the prime meridian prints as 0 rather than -0.
  const round = (x: number) => Math.round(x * 1e4) / 1e4 + 0;
  return [round(lng), round(lat)];
}
