// Natural Earth 1:110m countries (world-atlas 2.0.2), cut to Europe, Africa and the Middle East, coordinates
// rounded to 0.05 degrees, as GeoJSON for ECharts' registerMap.
import { readFileSync, writeFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import bboxClip from '@turf/bbox-clip';

const WINDOW = [-35, -40, 90, 75]; // west, south, east, north
const world = JSON.parse(readFileSync('package/countries-110m.json', 'utf8'));
const round = (v) => Math.round(v * 20) / 20;

function ring(points) {
  const out = [];
  for (const [lon, lat] of points) {
    const p = [round(lon), round(lat)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out.length >= 4 ? out : null;
}

const features = [];
for (const country of feature(world, world.objects.countries).features) {
  const clipped = bboxClip.default ? bboxClip.default(country, WINDOW) : bboxClip(country, WINDOW);
  const polygons = (clipped.geometry.type === 'Polygon' ? [clipped.geometry.coordinates] : clipped.geometry.coordinates)
    .map((polygon) => polygon.map(ring).filter(Boolean)).filter((polygon) => polygon.length);
  if (!polygons.length) continue;
  features.push({ type: 'Feature', properties: { name: country.properties.name },
    geometry: { type: 'MultiPolygon', coordinates: polygons } });
}
features.sort((a, b) => a.properties.name.localeCompare(b.properties.name));
writeFileSync(process.argv[2], JSON.stringify({ type: 'FeatureCollection', features }));
console.log(features.length, 'countries');
