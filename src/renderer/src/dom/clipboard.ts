// Copies text for pasting into Excel/WPS. The 'copy' event route works in Electron and in a
// plain page alike (navigator.clipboard needs a secure context); the async API is the fallback.
export async function copyText(text: string): Promise<void> {
  let copied = false;
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/plain', text);
    event.preventDefault();
    copied = true;
  };
  document.addEventListener('copy', onCopy);
  try {
    document.execCommand('copy');
  } finally {
    document.removeEventListener('copy', onCopy);
  }
  if (copied) return;
  if (!navigator.clipboard) throw new Error('剪贴板不可用 / clipboard unavailable');
  await navigator.clipboard.writeText(text);
}
