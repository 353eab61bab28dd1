import './style.css';
import { runInPage } from '../../lib/page/controller';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    runInPage(document, ctx.signal).catch((error: unknown) => {
      if (!ctx.signal.aborted) console.warn('Who Said could not run on this page:', error);
    });
  },
});
