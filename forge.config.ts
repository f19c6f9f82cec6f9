import { MakerDeb } from '@electron-forge/maker-deb';
import { MakerRpm } from '@electron-forge/maker-rpm';
import { MakerZIP } from '@electron-forge/maker-zip';
import { FusesPlugin } from '@electron-forge/plugin-fuses';
import { VitePlugin } from '@electron-forge/plugin-vite';
import type { ForgeConfig } from '@electron-forge/shared-types';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { copyRuntimeModules, slimBetterSqlite } from './electron/packaging/nativeModules';

const config: ForgeConfig = {
  packagerConfig: {
    // The Linux makers look for the binary under package.json's "name";
    // without this it would be "Embargo Planner", with a space.
    executableName: 'embargo-planner',
    // Electron can load a native addon only from a real file, so .node files
    // go beside the archive in app.asar.unpacked.
    asar: { unpack: '**/*.node' },
  },
  // `start` rebuilds the project's copy for Electron, `package` the copy in
  // the package; better-sqlite3 is the only native module.
  rebuildConfig: { onlyModules: ['better-sqlite3'] },
  hooks: {
    // Forge's Vite plugin packages only .vite/; the main bundle leaves
    // better-sqlite3 external (vite.main.config.ts), so it is copied in here,
    // before Forge's native rebuild runs on the package.
    packageAfterCopy: async (_config, buildPath) => {
      await copyRuntimeModules(__dirname, buildPath);
    },
    // After the rebuild: ship the compiled addon, not SQLite's sources.
    packageAfterPrune: async (_config, buildPath) => {
      await slimBetterSqlite(buildPath);
    },
  },
  makers: [
    new MakerZIP({}),
    new MakerDeb({
      options: {
        // Debian requires a maintainer; package.json has no "author" yet.
        maintainer: 'Embargo Planner developers',
        categories: ['Office', 'Development'],
      },
    }),
    new MakerRpm({ options: { categories: ['Office', 'Development'] } }),
  ],
  plugins: [
    new VitePlugin({
      build: [
        { entry: 'electron/shell/main.ts', config: 'vite.main.config.ts', target: 'main' },
        { entry: 'electron/shell/preload.ts', config: 'vite.preload.config.ts', target: 'preload' },
      ],
      renderer: [{ name: 'main_window', config: 'vite.renderer.config.ts' }],
    }),
    // Set when packaging, before signing: the shipped binary cannot be turned
    // into a plain Node.js, take NODE_OPTIONS or --inspect, nor run code from
    // outside its own checked app.asar; and file: pages get no privileges
    // beyond a browser's (the window loads app://, see appProtocol.ts).
    new FusesPlugin({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    }),
  ],
};

export default config;
