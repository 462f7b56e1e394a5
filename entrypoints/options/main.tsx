import { render } from 'preact';
import { Options } from '@/components/Options';
import { optionsClient } from '@/lib/ext/clients';
import '@/components/base.css';
import './style.css';

render(<Options client={optionsClient()} />, document.getElementById('app')!);
