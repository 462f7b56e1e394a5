import { render } from 'preact';
import { Popup } from '@/components/Popup';
import { popupClient } from '@/lib/ext/clients';
import { popupFactClient } from '@/lib/ext/fact-clients';
import '@/components/base.css';
import '@/components/facts.css';
import './style.css';

render(<Popup client={{ ...popupClient(location.search), ...popupFactClient(location.search) }} />, document.getElementById('app')!);
