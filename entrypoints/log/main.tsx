import { render } from 'preact';
import { Log } from '../../components/Log';
import { t } from '../../lib/i18n';
import './log.css';

document.documentElement.lang = t('locale');
document.title = t('logTitle');
render(<Log />, document.getElementById('app')!);
