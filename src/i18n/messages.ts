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
    originalBy: (language: string, authors: string) =>
      msg(str`Original article in ${language} by ${authors}`, {
        id: 'original-by',
        desc: 'Author line of a translated article: the language of the original, as a language name in the middle of a sentence (such as "English"), then the names of the original\'s authors. They did not write the translation.',
      }),
    originalReviewedBy: (language: string, reviewers: string) =>
      msg(str`Medical review of the original in ${language}: ${reviewers}`, {
        id: 'original-reviewed-by',
        desc: 'Reviewer line of a translated article: the language of the original (such as "English"), then the names of who reviewed the original medically. They did not review the translation.',
      }),
    translation: (translators: string, reviewers: string) =>
      msg(str`Translation: ${translators}; clinical review of the translation: ${reviewers}`, {
        id: 'translation',
        desc: 'Line of a translated article: who translated it (names, or the words for "not recorded"), then who checked the translation clinically (names, or the word for "pending").',
      }),
    pending: msg('pending', {
      id: 'pending',
      desc: 'In the translation line, after "clinical review of the translation:", when no one has reviewed the translation yet.',
    }),
    notRecorded: msg('not recorded', {
      id: 'not-recorded',
      desc: 'In the translation line, after "Translation:", when who translated the article is not known.',
    }),
    rebuiltList: (sources: string) =>
      msg(str`This list was rebuilt from ${sources}.`, {
        id: 'rebuilt-list',
        desc: 'Note under a list that is not from the article\'s source. The works it was made from follow, joined as a list ("A, B, and C"), as the article names them.',
      }),
    rebuiltParagraph: (sources: string) =>
      msg(str`This paragraph was rebuilt from ${sources}.`, {
        id: 'rebuilt-paragraph',
        desc: 'Note under a paragraph that is not from the article\'s source. The works it was made from follow, joined as a list.',
      }),
    sourceRead: (source: string, date: string) =>
      msg(str`${source} (read ${date})`, {
        id: 'source-read',
        desc: 'In the note under a rebuilt list or paragraph: a work it was made from, then the day someone read it (a date such as "May 31, 2024").',
      }),
    sourceReadStored: (source: string, date: string) =>
      msg(str`${source} (read ${date}, from a stored copy)`, {
        id: 'source-read-stored',
        desc: 'As "source-read", when the work was read from a stored copy of its page (an archive\'s), not the live page.',
      }),
    rebuiltBy: (editors: string) =>
      msg(str`Parts marked as rebuilt were edited by ${editors}.`, {
        id: 'rebuilt-by',
        desc: 'In the article\'s footer, when some lists or paragraphs carry a note saying they were rebuilt: who edited them (names).',
      }),
    rebuiltEditorUnknown: msg('Who edited the parts marked as rebuilt is not recorded.', {
      id: 'rebuilt-editor-unknown',
      desc: 'In the article\'s footer, when some lists or paragraphs were rebuilt and who did it is not known.',
    }),
    rebuiltNotReviewed: msg('The medical review named here does not cover them.', {
      id: 'rebuilt-not-reviewed',
      desc: 'Follows the sentence about the rebuilt parts, in the footer that names the medical reviewer: that reviewer did not review the rebuilt parts.',
    }),
    sourceOfText: (publisher: string) =>
      msg(str`Source of the text: ${publisher}.`, {
        id: 'source-of-text',
        desc: 'In the article\'s footer: who published the text this article shows (a name, perhaps with an article number).',
      }),
    sourceOfOriginal: (language: string, publisher: string) =>
      msg(str`Source of the original text in ${language}: ${publisher}.`, {
        id: 'source-of-original',
        desc: 'In a translated article\'s footer: the language of the original (such as "English"), then who published the original text.',
      }),
    sourceArticle: (publisher: string, identifier: string) =>
      msg(str`${publisher}, article ${identifier}`, {
        id: 'source-article',
        desc: 'A publisher\'s name, then its own number for the article (such as "22481").',
      }),
    reviewOverdue: (date: string) =>
      msg(str`Review overdue: the next medical review was due on ${date}.`, {
        id: 'review-overdue',
        desc: 'Shown to the site\'s staff only (they opt in): the article\'s medical review is late. A date follows, such as "May 31, 2024".',
      }),
    reviewDue: (date: string) =>
      msg(str`Next medical review due on ${date}.`, {
        id: 'review-due',
        desc: 'Shown to the site\'s staff only (they opt in): when the next medical review is due. A date follows.',
      }),
    reviewUnknown: msg("Review status unknown: this copy records no date for its next medical review and no review cycle, so the disclaimer's words on regular review are the publisher's, about its own copy.", {
      id: 'review-unknown',
      desc: 'Shown to the site\'s staff only (they opt in), when the article gives no review date to count from.',
    }),
    lastReviewed: msg('Last reviewed', { id: 'last-reviewed', desc: 'Label before the date of the last medical review.' }),
    lastUpdated: msg('Last updated', { id: 'last-updated', desc: 'Label before the date the article last changed.' }),
    loading: msg('Loading the article…', { id: 'loading', desc: 'Shown while the article downloads.' }),
    unavailable: msg('Article not available', { id: 'unavailable', desc: 'Title of every error message.' }),
    missingTopic: msg('No article was chosen for this space.', {
      id: 'missing-topic',
      desc: 'Shown under "Article not available" when a page placed the widget without saying which article to show. Readers cannot fix it: say only what happened.',
    }),
    notFound: (topic: string) =>
      msg(str`We could not find the article "${topic}".`, { id: 'not-found', desc: 'The topic id follows.' }),
    noArticleForCode: (code: string) =>
      msg(str`We could not find an article for the code "${code}".`, { id: 'no-article-for-code', desc: 'A clinical code follows, such as G25.3.' }),
    invalidPayload: msg('This article cannot be shown because its content has errors.', {
      id: 'invalid-payload',
      desc: 'Shown under "Article not available" when the article\'s file is damaged or wrong; the site\'s staff must fix it. A "Try again" button may follow.',
    }),
    contentNotFound: msg('This article cannot be shown because the site cannot find its files. The site\'s web team can fix this.', {
      id: 'content-not-found',
      desc: 'Shown under "Article not available" when the article\'s files are not where the website looks for them: a mistake in how the site was set up, which readers cannot fix and trying again does not mend (no button follows).',
    }),
    changedFile: msg('This article cannot be shown because one of its files was changed after it was published. Try again later. The site\'s web team can fix this.', {
      id: 'changed-file',
      desc: 'Shown under "Article not available" when a file of the article did not match the one published (changed on the server or on the way), so it was refused. A "Try again" button follows: keep "try again" in the same words as the button.',
    }),
    elementConflict: msg('This article cannot be shown on this page. The site\'s web team can fix this.', {
      id: 'element-conflict',
      desc: 'Shown under "Article not available" when the page itself uses a name the article needs for its parts (a mistake in how the site was built, which readers cannot fix and trying again does not mend: no button follows).',
    }),
    licenceEnded: msg('This article is no longer available.', {
      id: 'licence-ended',
      desc: 'Shown under "Article not available" when the licence the article was shown under has ended: it will not come back, and no button follows.',
    }),
    network: msg('The article could not be loaded. Check your connection and try again.', {
      id: 'network',
      desc: 'Shown under "Article not available" when the download failed (no connection, or the server did not answer). A "Try again" button follows: keep "try again" in the same words as the button.',
    }),
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
