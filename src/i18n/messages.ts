import { str, type msg as litMsg } from '@lit/localize';

/** lit-localize's `msg` signature; `lit-localize extract` finds every call made through this type. */
export type Msg = typeof litMsg;

/**
 * Every word the widgets themselves show (article text comes from the payloads). Each message has
 * a stable id; `npm run localize` extracts them to src/i18n/xliff/ for translators.
 *
 * The function takes the `msg` to use, so each widget reads them in its own language: two widgets
 * on one page can speak two languages, and a host app's own @lit/localize setup is never touched.
 */
export function uiMessages(msg: Msg) {
  return {
    contents: msg('Contents', { id: 'contents', desc: 'Label of the table of contents.' }),
    references: msg('References', { id: 'references', desc: 'Heading of the list of references.' }),
    byline: (authors: string) => msg(str`By ${authors}`, { id: 'byline', desc: 'Author line; the names follow.' }),
    reviewedBy: (reviewers: string) =>
      msg(str`Reviewed by ${reviewers}`, { id: 'reviewed-by', desc: 'Medical reviewer line; the names follow.' }),
    lastReviewed: msg('Last reviewed', { id: 'last-reviewed', desc: 'Label before the date of the last medical review.' }),
    lastUpdated: msg('Last updated', { id: 'last-updated', desc: 'Label before the date the article last changed.' }),
    loading: msg('Loading the article…', { id: 'loading', desc: 'Shown while the article downloads.' }),
    unavailable: msg('Article not available', { id: 'unavailable', desc: 'Title of every error message.' }),
    missingTopic: msg('No article was chosen for this space.', { id: 'missing-topic' }),
    notFound: (topic: string) =>
      msg(str`We could not find the article "${topic}".`, { id: 'not-found', desc: 'The topic id follows.' }),
    noArticleForCode: (code: string) =>
      msg(str`We could not find an article for the code "${code}".`, { id: 'no-article-for-code', desc: 'A clinical code follows, such as G25.3.' }),
    invalidPayload: msg('This article cannot be shown because its content has errors.', { id: 'invalid-payload' }),
    network: msg('The article could not be loaded. Check your connection and try again.', { id: 'network' }),
    timeout: msg('The article took too long to load. Check your connection and try again.', {
      id: 'timeout',
      desc: 'Shown when the article did not arrive in time (the network is slow or the server does not answer).',
    }),
    tryAgain: msg('Try again', { id: 'try-again', desc: 'Button that downloads the article again.' }),
    language: msg('Language', { id: 'language', desc: 'Label of the language picker.' }),
    notInLanguage: (wanted: string, shown: string) =>
      msg(str`This article is not available in ${wanted}. It is shown in ${shown}.`, {
        id: 'not-in-language',
        desc: 'Notice above an article shown in another language. Both are language names, such as "French" and "English".',
      }),
    website: (name: string) => msg(str`${name} website`, { id: 'website', desc: 'In a reference: the name of a website.' }),
    availableAt: msg('Available at:', { id: 'available-at', desc: 'In a reference, before its web address.' }),
    accessed: (date: string) => msg(str`Accessed ${date}.`, { id: 'accessed', desc: 'In a reference: when the web page was read.' }),
    etAl: msg('et al', { id: 'et-al', desc: 'In a reference, after the first authors when there are more.' }),
  };
}

export type UiMessages = ReturnType<typeof uiMessages>;
