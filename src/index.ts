/**
 * The package's side-effect-free entry: classes, types and helpers. Importing it registers
 * nothing; import `health-topic-elements/define` (or call `customElements.define`) for that.
 * The validator and `<language-picker>` are entries of their own (`health-topic-elements/validate`,
 * `health-topic-elements/language-picker`): the elements load them only when an article needs
 * them, which a static export from here would defeat.
 */
export { HealthTopic } from './elements/health-topic/health-topic.js';
export { TopicSection } from './elements/topic-section/topic-section.js';
export { CitationList } from './elements/citation-list/citation-list.js';
export type { LanguagePickerChangeDetail } from './elements/language-picker/language-picker.js';
export type {
  HealthTopicErrorCode,
  HealthTopicErrorDetail,
  HealthTopicErrorEvent,
  HealthTopicEventMap,
  HealthTopicLanguageChangeDetail,
  HealthTopicLanguageChangeEvent,
  HealthTopicLicenceEndingDetail,
  HealthTopicLicenceEndingEvent,
  HealthTopicLinkClickDetail,
  HealthTopicLinkClickEvent,
  HealthTopicLinkKind,
  HealthTopicLoadDetail,
  HealthTopicLoadEvent,
  HealthTopicOutdatedSnippetDetail,
  HealthTopicOutdatedSnippetEvent,
  HealthTopicPrintEvent,
  HealthTopicReadCompleteDetail,
  HealthTopicReadCompleteEvent,
  HealthTopicReviewDueDetail,
  HealthTopicReviewDueEvent,
  HealthTopicSectionViewDetail,
  HealthTopicSectionViewEvent,
} from './elements/health-topic/events.js';
export type * from './content/schema.js';
export type { ValidationResult } from './content/validate.js';
export { formatIssues, type ValidationIssue } from './content/issues.js';
export { setContentBasePath } from './content/catalog.js';
export { VERSION } from './version.js';
