import { render } from 'preact';
import { Options } from '@/components/Options';
import { optionsClient } from '@/lib/ext/clients';
import { optionsFactClient } from '@/lib/ext/fact-clients';
import '@/components/base.css';
import '@/components/facts.css';
import './style.css';

render(<Options client={{ ...optionsClient(), facts: optionsFactClient() }} />, document.getElementById('app')!);
