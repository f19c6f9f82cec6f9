import { FusesPlugin } from '@electron-forge/plugin-fuses';
import { FuseV1Options } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import config from '../../forge.config';

// The fuses flipped in the packaged binary: the ones that would let it be
// turned into something else, or give file: pages more than a browser does.

describe('the packaged binary', () => {
  it('has the fuses off that the app does not need', () => {
    const fuses = config.plugins?.find((plugin) => plugin instanceof FusesPlugin);
    expect(fuses).toBeInstanceOf(FusesPlugin);
    expect((fuses as FusesPlugin).fusesConfig).toMatchObject({
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      // The window loads app://, never file://.
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
  });
});
