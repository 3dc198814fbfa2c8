import { readFileSync } from 'node:fs';
import { DEFAULT_LETTERS_SERVICE_CONFIG, type LettersServiceConfig } from './letters-service.config';

/**
 * The service configuration from `LETTERS_CONFIG_FILE` (JSON `{ defaults?, dinas?, flows? }`); what
 * the file leaves out keeps its default. The registry validates everything at start-up, so a broken
 * file stops the service with every problem named.
 */
export function lettersConfigFromEnv(env: NodeJS.ProcessEnv = process.env): LettersServiceConfig {
  const file = env.LETTERS_CONFIG_FILE?.trim();
  if (!file) return DEFAULT_LETTERS_SERVICE_CONFIG;
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<LettersServiceConfig>;
  return {
    defaults: parsed.defaults ?? DEFAULT_LETTERS_SERVICE_CONFIG.defaults,
    dinas: parsed.dinas ?? DEFAULT_LETTERS_SERVICE_CONFIG.dinas,
    flows: parsed.flows ?? DEFAULT_LETTERS_SERVICE_CONFIG.flows,
  };
}
