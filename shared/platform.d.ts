// What shared/ may use beyond the ECMAScript library: the WHATWG Encoding
// API, which every place shared/ runs has (Node.js, browsers, Electron's
// renderer). Declared here because the only libraries that type it also
// bring the DOM or Node.js, which shared/tsconfig.json keeps out on purpose.

interface TextDecoderOptions {
  fatal?: boolean;
  ignoreBOM?: boolean;
}

declare class TextDecoder {
  constructor(label?: string, options?: TextDecoderOptions);
  readonly encoding: string;
  readonly fatal: boolean;
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}
