// The background's messenger: the same wire format and API as @webext-core/messaging's
// defineExtensionMessaging ({id, type, data, timestamp} → {res} or {err}), with two differences
// that the library cannot give:
// - listeners live in a Map, so a message typed "__proto__" or "constructor" is an ordinary
//   unknown type (left to other listeners) instead of a lookup on Object.prototype;
// - every message is checked against its sender (sender-policy.ts) before its listener runs.
import type { GetDataType, GetReturnType, MaybePromise, RemoveListenerCallback } from '@webext-core/messaging';
import { browser, type Browser } from 'wxt/browser';
import { refusal, senderKind, type SenderKind } from './sender-policy';

type MessageSender = Browser.runtime.MessageSender;

export interface GuardedMessage<P extends Record<string, any>, T extends keyof P> {
  id: number;
  type: T;
  data: GetDataType<P[T]>;
  timestamp: number;
  sender: MessageSender;
  /** Who sent it (the policy already let it through). */
  from: SenderKind;
}

export interface GuardedMessenger<P extends Record<string, any>> {
  sendMessage<T extends keyof P>(type: T, ...args: GetDataType<P[T]> extends undefined ? [data?: undefined, tabId?: number] : never): Promise<GetReturnType<P[T]>>;
  sendMessage<T extends keyof P>(type: T, data: GetDataType<P[T]>, tabId?: number): Promise<GetReturnType<P[T]>>;
  onMessage<T extends keyof P>(type: T, onReceived: (message: GuardedMessage<P, T>) => void | MaybePromise<GetReturnType<P[T]>>): RemoveListenerCallback;
  removeAllListeners(): void;
}

interface WireError { name?: string; message?: string }

function toWire(e: unknown): WireError {
  return e instanceof Error ? { name: e.name, message: e.message } : { name: 'Error', message: String(e) };
}

function fromWire(e: WireError): Error {
  const err = new Error(typeof e?.message === 'string' ? e.message : 'Unknown error');
  if (typeof e?.name === 'string') err.name = e.name;
  return err;
}

function self() {
  return { id: browser.runtime.id, base: browser.runtime.getURL('/' as never) };
}

export function defineGuardedMessaging<P extends Record<string, any>>(): GuardedMessenger<P> {
  const listeners = new Map<string, (m: GuardedMessage<P, any>) => unknown>();
  let removeRoot: (() => void) | undefined;
  let seq = Math.floor(Math.random() * 10_000);

  const answer = async (message: Record<string, unknown>, sender: MessageSender, listener: (m: GuardedMessage<P, any>) => unknown) => {
    const type = message.type as string;
    const from = senderKind(sender, self());
    const refused = refusal(type, from);
    if (refused) return { err: toWire(new Error(refused)) };
    try {
      return { res: await listener({ ...(message as object), type, sender, from } as GuardedMessage<P, any>) };
    } catch (e) {
      return { err: toWire(e) };
    }
  };

  const root = (message: unknown, sender: MessageSender, sendResponse?: (r: unknown) => void): unknown => {
    if (typeof message !== 'object' || message === null) return undefined;
    const m = message as Record<string, unknown>;
    if (typeof m.type !== 'string' || typeof m.timestamp !== 'number') return undefined;
    const listener = listeners.get(m.type);
    if (!listener) return undefined; // not ours: another context may answer it
    const reply = answer(m, sender, listener);
    // Browsers answer through sendResponse (kept open by returning true); fakeBrowser takes the promise.
    if (typeof sendResponse === 'function') {
      void reply.then(sendResponse);
      return true;
    }
    return reply;
  };

  const ensureRoot = () => {
    if (removeRoot) return;
    browser.runtime.onMessage.addListener(root as never);
    removeRoot = () => browser.runtime.onMessage.removeListener(root as never);
  };
  const dropRootIfIdle = () => {
    if (listeners.size === 0 && removeRoot) {
      removeRoot();
      removeRoot = undefined;
    }
  };

  return {
    async sendMessage(type: keyof P, data?: unknown, tabId?: number) {
      const message = { id: seq++, type, data, timestamp: Date.now() };
      const response = (tabId == null ? await browser.runtime.sendMessage(message) : await browser.tabs.sendMessage(tabId, message)) as
        | { res?: unknown; err?: WireError }
        | undefined;
      if (!response || typeof response !== 'object') throw new Error('No response');
      if (response.err != null) throw fromWire(response.err);
      return response.res as never;
    },
    onMessage(type, onReceived) {
      const key = type as string;
      if (listeners.has(key)) throw new Error(`[messaging] only one listener can be set up for ${key}`);
      listeners.set(key, onReceived as (m: GuardedMessage<P, any>) => unknown);
      ensureRoot();
      return () => {
        if (listeners.get(key) === onReceived) listeners.delete(key);
        dropRootIfIdle();
      };
    },
    removeAllListeners() {
      listeners.clear();
      dropRootIfIdle();
    },
  } as GuardedMessenger<P>;
}
