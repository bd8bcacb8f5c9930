import type { AfterPackContext } from 'electron-builder';

export function preparedAddonPath(projectDir: string, electronVersion: string): string;
export function packagedAddonPath(resourcesDir: string): string;
export function checkTarget(
  electronPlatformName: string,
  arch: number,
  host?: { readonly platform: string; readonly arch: string },
): void;
export function installAddon(options: {
  readonly projectDir: string;
  readonly resourcesDir: string;
  readonly electronVersion: string;
}): string;
export function afterPack(context: AfterPackContext): Promise<void>;
export default afterPack;
