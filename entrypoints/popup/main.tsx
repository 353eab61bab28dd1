import { render } from 'preact';
import { Popup } from '../../components/Popup';
import { t } from '../../lib/i18n';
import './popup.css';

/** `popup.html?tab=ID` shows that tab; opened from the toolbar it shows the active tab. */
const param = new URLSearchParams(location.search).get('tab');
const tabId = param !== null && /^\d+$/.test(param) ? Number(param) : undefined;

document.documentElement.lang = t('locale');
render(<Popup tabId={tabId} />, document.getElementById('app')!);
