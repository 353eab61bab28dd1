import { render } from 'preact';
import { Popup } from '../../components/Popup';
import { t } from '../../lib/i18n';
import '../popup/popup.css';

/** The popup's view in the browser's side panel: it stays open and follows the active tab. */
document.documentElement.lang = t('locale');
render(<Popup panel />, document.getElementById('app')!);
