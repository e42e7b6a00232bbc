// Issue 10: a site's registration, subscription, paywall or newsletter block is not shared
// text: two different stories of one site that share only such a block are not versions of
// one story. Blocks as such sites print them.
import { describe, expect, it } from 'vitest';
import { articleFromText } from './article';
import { compare } from './compare';
import { isFurnitureBlock } from './furniture';
import { sameStory } from './same-story';

const blocks = [
  'Already a subscriber? Log in to continue reading. Subscribe now for unlimited digital access to award-winning journalism, from just 99 cents for your first month. Cancel anytime.',
  'You have reached your limit of free articles this month. To continue reading, register for a free account or become a member today and support local journalism.',
  'Get the morning briefing in your inbox. Sign up for our free newsletter and start every day with the stories that matter, delivered before breakfast. You may unsubscribe at any time. By signing up you agree to our Terms of Use and Privacy Policy.',
  'Register to read more. Create your free account to keep reading and get unlimited access to our reporting. It takes less than a minute and you can manage your preferences at any time.',
];
const storyA =
  'The city council voted on Tuesday to close two branch libraries next year, citing a budget shortfall of four million dollars.\n\nLibrary staff said they would be moved to the main branch downtown, and that hours there would be extended to evenings on weekdays.';
const storyB =
  "A regional airline announced new direct flights to three coastal towns starting in the spring, with fares expected to start around ninety dollars.\n\nThe airline said the routes would use its smaller turboprop planes, which can land on the towns' short runways in most weather.";

describe('shared site boilerplate is not shared text', () => {
  it('two stories sharing only paywall, registration and newsletter blocks are not versions of one story', () => {
    const a = articleFromText(`Council to close two branch libraries\n\n${storyA}\n\n${blocks.join('\n\n')}`, {
      url: 'https://paper.test/a',
      siteName: 'The Paper',
    });
    const b = articleFromText(`Airline adds coastal routes\n\n${storyB}\n\n${blocks.join('\n\n')}`, { url: 'https://paper.test/b', siteName: 'The Paper' });
    expect(sameStory(a, b).same).toBe(false);
    expect(compare(a, b, { now: '2026-01-01T00:00:00Z' }).verdict).toBe('unrelated');
  });
  it('a story paragraph about newsletters or subscribers stays story text', () => {
    expect(
      isFurnitureBlock('The newspaper said its email newsletter now reaches two million readers, and that digital subscriptions rose by a fifth last year.'),
    ).toBe(false);
    expect(isFurnitureBlock(blocks[0])).toBe(true);
  });
});
