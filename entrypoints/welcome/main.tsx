import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Welcome } from '@/components/Welcome';
import { backgroundMessenger } from '@/lib/ext/messaging';
import { openShortcutSettings } from '@/lib/ext/clients';
import { uiLang } from '@/lib/ext/fact-clients';
import '@/components/base.css';
import './style.css';

render(
  <Welcome
    client={{
      uiLang,
      listShortcuts: () => backgroundMessenger.sendMessage('listShortcuts'),
      openShortcutSettings,
      openOptions: () => void browser.runtime.openOptionsPage(),
    }}
  />,
  document.getElementById('app')!,
);
