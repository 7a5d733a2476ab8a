/**
 * Copies text to the clipboard and confirms it on the button itself (visible) and in a live
 * region (announced), then restores the button's label.
 */
let region: HTMLElement | undefined;

function announce(message: string): void {
  if (!region) {
    region = document.createElement('p');
    region.className = 'sr-only';
    region.setAttribute('role', 'status');
    document.body.append(region);
  }
  region.textContent = '';
  // A fresh text node after clearing makes screen readers announce a repeated message again.
  requestAnimationFrame(() => {
    if (region) region.textContent = message;
  });
}

export async function copyWithFeedback(button: HTMLElement, text: string, done: string): Promise<void> {
  const label = button.dataset['label'] ?? button.textContent ?? '';
  button.dataset['label'] = label;
  let message = done;
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // No clipboard (permissions, old browser): put the link in the address bar instead.
    if (text.startsWith(location.origin)) history.replaceState(null, '', text);
    message = 'Copy failed: the link is in the address bar';
  }
  button.textContent = message;
  announce(message);
  setTimeout(() => {
    button.textContent = label;
  }, 2500);
}
