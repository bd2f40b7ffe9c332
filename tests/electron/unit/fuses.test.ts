// The Electron fuses of the packaged app, read as electron-builder itself reads them: its own
// loader and schema check over electron-builder.yml, then its own translation into the fuse wire
// it flips in the binary (electron-builder 26.17.0; @electron/fuses names each position). No
// Electron binary or packaging is needed; after packaging, `npx electron-fuses read --app <exe>`
// shows the same on the binary itself (README, 打包).
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import type { Configuration } from 'electron-builder';
import { PROJECT_ROOT } from '../../../electron/hosts/paths.ts';

type FuseOptions = NonNullable<Configuration['electronFuses']>;

interface ConfigModule {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: Configuration | null): Promise<Configuration>;
  validateConfiguration(config: Configuration, debugLogger: { isEnabled: boolean; add(key: string, value: unknown): void }): Promise<void>;
}
interface PackagerModule {
  PlatformPackager: { prototype: { generateFuseConfig(this: null, fuses: FuseOptions): Promise<Record<string, unknown>> } };
}
interface FusesModule {
  FuseV1Options: Record<string, number | string>;
}

const require = createRequire(import.meta.url);
// app-builder-lib's index first: its packager modules require one another in that order.
require('app-builder-lib');
const configModule = require('app-builder-lib/out/util/config/config.js') as ConfigModule;
const packagerModule = require('app-builder-lib/out/platformPackager.js') as PackagerModule;
const { FuseV1Options } = require('@electron/fuses') as FusesModule;

async function builderConfig(): Promise<Configuration> {
  const config = await configModule.getConfig(PROJECT_ROOT, null, null);
  await configModule.validateConfiguration(config, { isEnabled: false, add: () => undefined });
  return config;
}

describe('the packaged app’s fuses', () => {
  it('are set in electron-builder.yml, which electron-builder accepts', async () => {
    const config = await builderConfig();
    const expected: Required<Omit<FuseOptions, 'loadBrowserProcessSpecificV8Snapshot' | 'resetAdHocDarwinSignature'>> = {
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    };
    expect(config.electronFuses).toEqual(expected);
  });

  it('reach the binary’s fuse wire as listed', async () => {
    const config = await builderConfig();
    const wire = await packagerModule.PlatformPackager.prototype.generateFuseConfig.call(null, config.electronFuses as FuseOptions);
    const at = (name: string) => wire[String(FuseV1Options[name])];
    expect(at('RunAsNode')).toBe(false);
    expect(at('EnableNodeOptionsEnvironmentVariable')).toBe(false);
    expect(at('EnableNodeCliInspectArguments')).toBe(false);
    expect(at('OnlyLoadAppFromAsar')).toBe(true);
    expect(at('EnableEmbeddedAsarIntegrityValidation')).toBe(true);
    expect(at('EnableCookieEncryption')).toBe(true);
    expect(at('GrantFileProtocolExtraPrivileges')).toBe(false);
    // Left as Electron ships it: it needs a snapshot file of its own.
    expect(at('LoadBrowserProcessSpecificV8Snapshot')).toBeUndefined();
  });

  it('have the archive they depend on: asar packaging and its integrity hash stay on', async () => {
    const config = await builderConfig();
    expect(config.asar ?? true).not.toBe(false);
    expect(config.disableAsarIntegrity ?? false).toBe(false);
  });
});
