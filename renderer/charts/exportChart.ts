import { sceneToSvg, type Scene } from '../../shared/chart/scene';

// A chart out of the app as a file: the SVG as it is, or a PNG drawn from
// that SVG by the browser's own canvas (twice the size, for sharp slides).
// Nothing leaves the process: the file goes to the download / save dialog.

export function svgBlob(scene: Scene): Blob {
  return new Blob([sceneToSvg(scene)], { type: 'image/svg+xml' });
}

export async function pngBlob(scene: Scene, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(svgBlob(scene));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(scene.width * scale);
    canvas.height = Math.round(scene.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw a PNG (no 2D canvas)');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
