import { render } from 'preact';
import { Options } from '@/components/Options';
import { optionsClient } from '@/lib/ext/clients';
import { optionsFactClient } from '@/lib/ext/fact-clients';
import '@/components/base.css';
import '@/components/facts.css';
import './style.css';

// "Edit this fact" on a mark's card opens options.html#fact=<id>.
const hashFact = /^#fact=(.+)$/.exec(location.hash)?.[1];
const editFactId = hashFact ? decodeURIComponent(hashFact) : undefined;

render(<Options client={{ ...optionsClient(), facts: optionsFactClient() }} editFactId={editFactId} />, document.getElementById('app')!);
