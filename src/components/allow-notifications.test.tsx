import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';

const answer = vi.hoisted(() => ({ granted: true, asked: 0 }));

vi.mock('../consent/optional-permissions', () => ({
  requestOptionalPermission: (name: string) => {
    if (name !== 'notifications') throw new Error(`asked for ${name}`);
    answer.asked += 1;
    return Promise.resolve(answer.granted);
  },
}));
vi.mock('../shared/i18n', () => ({ t: (key: string) => key }));

const { AllowNotifications } = await import('./allow-notifications');

const { document, window } = parseHTML('<!doctype html><html><body></body></html>');
const previous = globalThis.document;
globalThis.document = document as unknown as Document;
afterEach(() => {
  answer.asked = 0;
});
afterAll(() => {
  globalThis.document = previous;
});

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

async function clickAllow(granted: boolean, onDismiss?: () => void) {
  answer.granted = granted;
  const root = document.createElement('div');
  document.body.append(root);
  const answers: string[] = [];
  render(
    <AllowNotifications onAnswer={(a) => answers.push(a)} {...(onDismiss ? { onDismiss } : {})} />,
    root as never,
  );
  const allow = root.querySelector('[data-testid="notify-allow"]');
  expect(allow?.textContent).toBe('notifyAllow');
  allow!.dispatchEvent(new window.Event('click', { bubbles: true }));
  // Asked during the click, before anything is awaited: Chrome prompts only inside the gesture.
  const askedInClick = answer.asked;
  await settle();
  return { root, answers, askedInClick };
}

describe('"Allow notifications"', () => {
  it('asks in the click itself and says notifications are on when allowed', async () => {
    const { root, answers, askedInClick } = await clickAllow(true);
    expect(askedInClick).toBe(1);
    expect(answer.asked).toBe(1);
    expect(answers).toEqual(['granted']);
    expect(root.querySelector('[data-testid="notify-granted"]')?.textContent).toBe('notifyGranted');
    expect(root.querySelector('[data-testid="notify-allow"]')).toBeNull();
  });

  it('says where alerts still show when refused', async () => {
    const { root, answers } = await clickAllow(false);
    expect(answers).toEqual(['refused']);
    expect(root.querySelector('[data-testid="notify-refused"]')?.textContent).toBe('notifyRefused');
  });

  it('offers "No thanks" only where it can be remembered', async () => {
    const dismissed = vi.fn();
    const root = document.createElement('div');
    render(<AllowNotifications onDismiss={dismissed} />, root as never);
    root
      .querySelector('[data-testid="notify-dismiss"]')!
      .dispatchEvent(new window.Event('click', { bubbles: true }));
    expect(dismissed).toHaveBeenCalledOnce();
    expect(answer.asked).toBe(0);
    const bare = document.createElement('div');
    render(<AllowNotifications />, bare as never);
    expect(bare.querySelector('[data-testid="notify-dismiss"]')).toBeNull();
  });
});
