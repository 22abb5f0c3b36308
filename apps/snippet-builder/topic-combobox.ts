/**
 * The snippet builder's topic field: a combobox with list autocomplete and manual selection
 * (WAI-ARIA Authoring Practices), since a library holds thousands of topics. Typing filters the
 * list, which shows at most MATCHES_SHOWN topics and a polite line saying how many match; the
 * arrow keys move through it, Enter chooses, Escape closes it and then puts the chosen topic back.
 * Leaving the field keeps the chosen topic unless the text names another in full.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { BuilderState, StateChange } from './builder-state.js';
import { matchTopics, matchesLine, namedTopic, readableTopic } from './topic-search.js';

/** The choices that make `topic` the article: its name in the field, and the list closed. */
export function topicChoice(topic: string): Partial<BuilderState> {
  return { topic, topicSearch: topic ? readableTopic(topic) : '', topicListOpen: false, activeMatch: -1 };
}

/** The list closed, or else the field back to the chosen topic's name. */
const closeOrRevert = (current: BuilderState): Partial<BuilderState> =>
  current.topicListOpen ? { topicListOpen: false, activeMatch: -1 } : topicChoice(current.topic);

export function topicCombobox(state: BuilderState, choose: (changes: StateChange) => void): TemplateResult {
  const matches = matchTopics(state.topics, state.topicSearch);
  const listed = state.topicListOpen && matches.shown.length > 0;
  const active = listed && state.activeMatch < matches.shown.length ? state.activeMatch : -1;
  const pick = (topic: string) => choose(topicChoice(topic));

  const onKeydown = (event: KeyboardEvent) => {
    // Keys that compose a character (an input method's Enter among them) are the input method's.
    if (event.isComposing) return;
    const count = matches.shown.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (count === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      // Alt+Down only opens the list; from no option, Down goes to the first and Up to the last.
      const next = event.altKey ? -1 : active === -1 ? (step === 1 ? 0 : count - 1) : (active + step + count) % count;
      choose({ topicListOpen: true, activeMatch: next });
    } else if (event.key === 'Enter') {
      const topic = active >= 0 ? matches.shown[active] : (namedTopic(matches, state.topicSearch) ?? (matches.total === 1 ? matches.shown[0] : undefined));
      if (topic === undefined) return;
      event.preventDefault();
      pick(topic);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      choose(closeOrRevert);
    }
  };

  const onBlur = () => {
    const named = namedTopic(matches, state.topicSearch);
    choose(named === undefined ? (current) => topicChoice(current.topic) : topicChoice(named));
  };

  return html`
    <label id="topic-label" for="topic">Topic</label>
    <input
      id="topic"
      type="text"
      role="combobox"
      autocomplete="off"
      spellcheck="false"
      aria-labelledby="topic-label"
      aria-autocomplete="list"
      aria-controls="topic-matches"
      aria-describedby="topic-count"
      aria-expanded=${listed ? 'true' : 'false'}
      aria-activedescendant=${active >= 0 ? `topic-match-${active}` : nothing}
      .value=${state.topicSearch}
      @input=${(event: Event) => choose({ topicSearch: (event.target as HTMLInputElement).value, topicListOpen: true, activeMatch: -1 })}
      @keydown=${onKeydown}
      @click=${() => choose((current) => (current.topicListOpen ? {} : { topicListOpen: true, activeMatch: -1 }))}
      @blur=${onBlur}
    />
    <p class="hint" id="topic-count" aria-live="polite">${matchesLine(matches, state.topicSearch, state.topicListOpen)}</p>
    <ul id="topic-matches" role="listbox" aria-label="Topics" ?hidden=${!listed}>
      ${listed ? matches.shown.map((topic, index) => matchOption(topic, index, { active: index === active, chosen: topic === state.topic, pick })) : nothing}
    </ul>
  `;
}

/** One match in the list: `topic-match-<place>`, never an id from the index, which could be anything. */
function matchOption(topic: string, index: number, { active, chosen, pick }: { active: boolean; chosen: boolean; pick: (topic: string) => void }): TemplateResult {
  // The field keeps the focus: the mouse button does not take it, and the keys are the field's (aria-activedescendant).
  /* eslint-disable lit-a11y/click-events-have-key-events -- as said above */
  return html`<li
    role="option"
    id=${`topic-match-${index}`}
    aria-selected=${active ? 'true' : 'false'}
    class=${chosen ? 'chosen' : ''}
    @mousedown=${(event: Event) => event.preventDefault()}
    @click=${() => pick(topic)}
  >${readableTopic(topic)}</li>`;
  /* eslint-enable lit-a11y/click-events-have-key-events */
}
