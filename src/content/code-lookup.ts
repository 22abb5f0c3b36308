import { downloadContentFile, downloadFailure, loadTopic, type LoadOptions, type TopicLoadResult } from './catalog.js';
import { CODE_INDEX_FILE, CODE_INDEX_INTEGRITY } from './generated/content-manifest.js';
import { normalizeCode } from './published.js';

export type CodeSystem = 'icd-10-cm' | 'snomed-ct';

/** For each coding system, each code (upper case, no spaces) and the topic it leads to. */
type CodeIndex = Record<string, Record<string, string>>;

/** A `code-system` attribute as a system the index knows; anything else searches them all. */
export function codeSystemOf(value: string | undefined): CodeSystem | undefined {
  const system = value?.trim().toLowerCase().replace(/[\s_]+/g, '-');
  if (system === 'icd-10-cm' || system === 'icd10cm' || system === 'icd-10') return 'icd-10-cm';
  if (system === 'snomed-ct' || system === 'snomed' || system === 'snomedct') return 'snomed-ct';
  return undefined;
}

/**
 * Loads the topic a clinical code leads to (`G25.3` in ICD-10-CM, `17450006` in SNOMED CT), as
 * MedlinePlus Connect does for patient portals. Without a known system, every system is searched.
 * Its own chunk, with the code index its own small file: pages that name topics pay for neither.
 */
export async function loadTopicByCode(
  code: string,
  systemName: string | undefined,
  locale: string,
  options: LoadOptions = {},
): Promise<TopicLoadResult> {
  let topic: string | undefined;
  try {
    // Checked against the hash this chunk carries, which the first-paint file checked in turn.
    const index = JSON.parse(await downloadContentFile(CODE_INDEX_FILE, CODE_INDEX_INTEGRITY, options)) as CodeIndex;
    const key = normalizeCode(code);
    const system = codeSystemOf(systemName);
    const systems = system ? [system] : Object.keys(index);
    topic = systems.map((name) => (Object.hasOwn(index, name) && Object.hasOwn(index[name], key) ? index[name][key] : undefined)).find(Boolean);
  } catch (error) {
    return downloadFailure(error);
  }
  return topic ? loadTopic(topic, locale, options) : { status: 'not-found' };
}
