import { render } from 'preact';
import { Popup } from '@/components/Popup';
import { popupClient } from '@/lib/ext/clients';
import '@/components/base.css';
import './style.css';

render(<Popup client={popupClient(location.search)} />, document.getElementById('app')!);
