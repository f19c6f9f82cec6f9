import { describe, expect, it } from 'vitest';
import { fontText, glyph } from './bitmapFont';
import { crc32 } from './png';
import { pathPoints, rasterise } from './raster';
import { flagPath } from './scene';

describe('the bitmap font', () => {
  it('has a 5-wide glyph of 7 rows (9 with a descender) for every printable ASCII character', () => {
    for (const c of [
      ...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)),
      '·',
      '–',
    ]) {
      const rows = glyph(c);
      expect([7, 9]).toContain(rows.length);
      expect(rows.every((row) => row.length === 5)).toBe(true);
    }
  });

  it('draws what it lacks from the nearest ASCII, else as ?', () => {
    expect(fontText('4.6—4.16 · Xen’s … 4–5')).toBe("4.6-4.16 · Xen's ... 4–5");
    expect(fontText('日')).toBe('?');
  });
});

describe('the rasteriser', () => {
  it('reads the corners of straight-edged outlines', () => {
    expect(pathPoints('M1 2L3 4H5V6h1v-2Z')).toEqual([
      [1, 2],
      [3, 4],
      [5, 4],
      [5, 6],
      [6, 6],
      [6, 4],
    ]);
    expect(pathPoints(flagPath(10, 10))).toHaveLength(5);
  });

  it('paints rectangles, outlines and text where the scene puts them', () => {
    const raster = rasterise(
      {
        width: 40,
        height: 20,
        title: 't',
        description: 'd',
        shapes: [
          { type: 'rect', x: 0, y: 0, w: 10, h: 10, fill: '#ff0000' },
          { type: 'text', x: 20, y: 15, text: 'A', size: 12, fill: '#0000ff' },
        ],
      },
      1,
    );
    const at = (x: number, y: number) => [
      ...raster.pixels.subarray((y * 40 + x) * 3, (y * 40 + x) * 3 + 3),
    ];
    expect(at(5, 5)).toEqual([255, 0, 0]);
    expect(at(15, 15)).toEqual([255, 255, 255]);
    let blue = 0;
    for (let i = 0; i < raster.pixels.length; i += 3)
      if (raster.pixels[i + 2] === 255 && raster.pixels[i] === 0) blue++;
    expect(blue).toBeGreaterThan(5);
  });

  it('cuts holes where outlines overlap, strokes outlines, rounds corners', () => {
    const raster = rasterise(
      {
        width: 60,
        height: 20,
        title: 't',
        description: 'd',
        shapes: [
          // A square with a square hole in it, outlined in blue.
          { type: 'path', d: 'M0 0H20V20H0ZM5 5H15V15H5Z', fill: '#f00', stroke: '#0000ff' },
          { type: 'rect', x: 30, y: 0, w: 20, h: 20, fill: '#00ff00', radius: 6 },
        ],
      },
      1,
    );
    const at = (x: number, y: number) => [
      ...raster.pixels.subarray((y * 60 + x) * 3, (y * 60 + x) * 3 + 3),
    ];
    expect(at(2, 10)).toEqual([255, 0, 0]);
    expect(at(10, 10)).toEqual([255, 255, 255]);
    expect(at(10, 0)).toEqual([0, 0, 255]);
    expect(at(40, 10)).toEqual([0, 255, 0]);
    expect(at(30, 0)).toEqual([255, 255, 255]);
    expect(at(36, 0)).toEqual([0, 255, 0]);
  });

  it('checksums PNG chunks with the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
  });
});
