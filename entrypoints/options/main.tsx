import { render } from 'preact';
import { Options } from '../../components/Options';
import { t } from '../../lib/i18n';
import './options.css';

document.documentElement.lang = t('locale');
document.title = t('optionsTitle');
render(<Options />, document.getElementById('app')!);
