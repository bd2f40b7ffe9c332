// The settings' services: 系统设置 over every domain's declared settings.
import type { settingsContract } from '../../../shared/settings/index.ts';
import { joinHandlers, type DomainModule } from '../kernel/module.ts';
import { settingsHandlers } from './settings.ts';

export const settingsModule: DomainModule<keyof typeof settingsContract.ops> = {
  domain: 'settings',
  handlers: joinHandlers('settings', settingsHandlers),
};
