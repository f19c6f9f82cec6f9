// Forge's Vite plugin defines these in the main-process bundle: the dev
// server's address under `electron-forge start` (undefined in a packaged
// build), and the renderer's folder name under .vite/renderer/. A standalone
// `vite build --config vite.main.config.ts` defines neither, so main.ts reads
// them through `typeof`.
declare const MAIN_WINDOW_VITE_DEV_SERVER_URL: string | undefined;
declare const MAIN_WINDOW_VITE_NAME: string | undefined;
