import { encodePng, type Deflate } from '../chart/png';
import { rasterise } from '../chart/raster';
import type { Picture } from './timelinePicture';

/** How many pixels a PNG has per unit of the picture: twice, as the app saves it, for sharp text. */
export const PNG_SCALE = 2;

/** The picture's scene in pixels, as a PNG file (the compression handed in: zlib's on Node). */
export function picturePng(picture: Picture, deflate: Deflate): Uint8Array {
  return encodePng(rasterise(picture.scene, PNG_SCALE), deflate);
}
