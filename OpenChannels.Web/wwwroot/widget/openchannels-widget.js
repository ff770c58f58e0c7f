/*
 * OpenChannels live-chat widget. Plain ES2020, no build step, no dependencies.
 *
 * Embed it on any website with:
 *   <script src="https://HOST/widget/openchannels-widget.js" data-key="CONNECTOR_KEY" async></script>
 *
 * Every request goes to the origin the script itself came from, under /api/widget/{key}:
 *   GET config, POST sessions, GET/POST messages, POST files, POST typing, POST read,
 *   GET client + POST consent + POST contact (what the channel asks before the first message),
 *   GET + POST rating (the client's like or dislike of their latest conversation, R-1 and R-2),
 *   POST stream-link + GET events (Server-Sent Events). EventSource cannot send headers, so the stream opens
 *   with a short-lived signed link the widget asks for first; file and photo URLs are such links too.
 * The visitor is known by a token (header X-Client-Token only, never in a URL) kept in localStorage.
 * The UI lives in a Shadow DOM so the site's CSS cannot reach it and ours cannot leak out.
 * Only window.OpenChannelsWidget = { open(), close(), version } is exposed.
 */
(() => {
  'use strict';
  // A second copy of the script on the same page would open a second session and a second launcher.
  if (window.OpenChannelsWidget) return;

  const VERSION = '1.0.0';
  const DEFAULT_COLOR = '#1565c0';
  const NEAR_BOTTOM_PX = 80;
  const TYPING_INTERVAL_MS = 400;
  const SEND_RETRY_DELAYS_MS = [1000, 2000, 4000];
  const AGENT_TYPING_TIMEOUT_MS = 30000;
  // File and photo links live an hour: fetch fresh ones well before, while the chat is running.
  const LINK_REFRESH_MS = 45 * 60 * 1000;
  // The stream's event names, as the server's Realtime/ClientEventNames declares them.
  const EVENTS = Object.freeze({ message: 'message', messageUpdated: 'message-updated', typing: 'typing', rating: 'rating' });
  const EMOJI = ['😀', '😂', '😊', '😍', '😉', '😎', '🤔', '😅', '😢', '😮', '😡', '🙂',
    '👍', '👎', '👏', '🙏', '👋', '🙌', '❤️', '🔥', '🎉', '✅', '⭐', '💡'];
  const ICONS = {
    chat: 'M4 5h16v11H10l-6 4.5z',
    down: 'M6 9l6 6 6-6',
    close: 'M6 6l12 12M18 6L6 18',
    smile: 'M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0zM8.5 14.5c1.8 2 5.2 2 7 0M9 9.5h.01M15 9.5h.01',
    clip: 'M20 11.5l-7.8 7.8a5 5 0 0 1-7.1-7.1L13 4.3a3.3 3.3 0 0 1 4.7 4.7l-7.7 7.7a1.7 1.7 0 0 1-2.4-2.4L15 6.8',
    send: 'M4 12L20 4l-4 16-4-6.5zM12 13.5L20 4',
    file: 'M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8zM14 3v5h5',
    more: 'M12 4.5a1.5 1.5 0 1 0 0 3a1.5 1.5 0 1 0 0-3zM12 10.5a1.5 1.5 0 1 0 0 3a1.5 1.5 0 1 0 0-3zM12 16.5a1.5 1.5 0 1 0 0 3a1.5 1.5 0 1 0 0-3z',
    thumb: 'M7 11v10H3V11zM7 11l4-8a2.2 2.2 0 0 1 3.2 2.3L13.5 10H19a2 2 0 0 1 2 2.3l-1.3 7A2 2 0 0 1 17.7 21H7',
  };

  const script = document.currentScript || [...document.getElementsByTagName('script')]
    .reverse().find((s) => /openchannels-widget\.js([?#]|$)/.test(s.src));
  const key = script ? script.getAttribute('data-key') : null;

  let ui = null;             // built once the config has loaded
  let requestedOpen = null;  // open()/close() called before the UI existed
  window.OpenChannelsWidget = Object.freeze({
    open: () => (ui ? openWindow(true) : (requestedOpen = true)),
    close: () => (ui ? closeWindow() : (requestedOpen = false)),
    version: VERSION,
  });
  if (!script || !key) {
    console.warn('[OpenChannels] widget script tag needs a data-key attribute; chat disabled.');
    return;
  }

  const ORIGIN = new URL(script.src, location.href).origin;
  const BASE = `${ORIGIN}/api/widget/${encodeURIComponent(key)}`;
  const TOKEN_KEY = `openchannels:${key}:token`;
  const OPEN_KEY = `openchannels:${key}:open`;

  // ---------- storage (private modes may throw; the variables below stay the source of truth) ----------

  function storeGet(area, name) {
    try { return window[area].getItem(name); } catch { return null; }
  }
  function storeSet(area, name, value) {
    try {
      if (value == null) window[area].removeItem(name); else window[area].setItem(name, value);
    } catch { /* memory only for this page */ }
  }

  // ---------- HTTP ----------

  class ProblemError extends Error {
    constructor(status, problem) {
      super(problemText(status, problem));
      this.status = status;
      this.code = problem && typeof problem.code === 'string' ? problem.code : null;
      this.problem = problem || {};
    }
  }

  function problemText(status, p) {
    if (p && p.detail) return String(p.detail);
    const firstError = p && p.errors && Object.values(p.errors).flat()[0];
    if (firstError) return String(firstError);
    if (p && p.title) return String(p.title);
    return phraseWith('requestFailed', 'Request failed ({0})', status);
  }

  async function request(method, path, { json, form, auth = true } = {}, isRetry = false) {
    const headers = {};
    let sentToken = null;
    if (auth) headers['X-Client-Token'] = sentToken = await ensureSession();
    // Answers (and their errors) in the language the chat speaks, as the configuration says.
    if (cfg.language) headers['Accept-Language'] = String(cfg.language);
    let body;
    if (json !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(json);
    } else if (form) {
      body = form;
    }
    const res = await fetch(BASE + path, { method, headers, body, mode: 'cors', credentials: 'omit', cache: 'no-store' });
    if (res.status === 401 && auth && !isRetry) {
      // Concurrent calls may all see 401; only the first one should throw the token away.
      if (token === sentToken) dropToken();
      return request(method, path, { json, form, auth }, true);
    }
    const text = await res.text();
    let data = null;
    try { data = text ? JSON.parse(text) : null; } catch { /* not JSON: keep null */ }
    if (!res.ok) throw new ProblemError(res.status, data);
    return data;
  }

  // ---------- session ----------

  let token = storeGet('localStorage', TOKEN_KEY);
  let sessionPromise = null;

  function ensureSession() {
    if (token) return Promise.resolve(token);
    // Share one POST between callers racing at start-up, or we would create several sessions.
    sessionPromise = sessionPromise || request('POST', '/sessions', { json: {}, auth: false })
      .then((data) => {
        if (!data || typeof data.token !== 'string' || !data.token) throw new Error('No token in session response');
        setToken(data.token);
        return data.token;
      })
      .finally(() => { sessionPromise = null; });
    return sessionPromise;
  }

  function setToken(value) {
    token = value;
    storeSet('localStorage', TOKEN_KEY, value);
    if (streamWanted) openStream(true);
  }

  function dropToken() {
    token = null;
    storeSet('localStorage', TOKEN_KEY, null);
  }

  // ---------- event stream ----------

  let stream = null;
  let streamToken = null;
  let streamWanted = false;
  let streamLinking = false;
  let reopenTimer = 0;
  let reopenDelay = 2000;

  async function openStream(syncOnOpen) {
    streamWanted = true;
    if (!token || typeof EventSource !== 'function' || (stream && streamToken === token) || streamLinking) return;
    // The token never goes into a URL: a signed link, good for a few minutes, opens the stream.
    let link;
    streamLinking = true;
    try {
      link = await request('POST', '/stream-link', { json: {} });
    } catch {
      link = null;
    } finally {
      streamLinking = false;
    }
    const url = link && safeUrl(link.url);
    if (!url) {
      scheduleReopen();
      return;
    }
    if (!streamWanted || (stream && streamToken === token)) return;
    closeStream();
    const source = new EventSource(url);
    stream = source;
    streamToken = token;
    let missedSomething = !!syncOnOpen;
    source.addEventListener('open', () => {
      reopenDelay = 2000;
      // Whatever was posted while we were disconnected never reaches the stream: fetch it.
      if (missedSomething) syncHistory('resync').catch(() => {});
      missedSomething = false;
    });
    source.addEventListener('error', () => {
      missedSomething = true;
      // CLOSED means the browser gave up (e.g. a 401 for an expired link); take over the retrying with a fresh link.
      if (source.readyState === EventSource.CLOSED && stream === source) {
        closeStream();
        scheduleReopen();
      }
    });
    listen(source, EVENTS.message, (msg) => addMessages([msg], 'live'));
    listen(source, EVENTS.messageUpdated, applyUpdate);
    listen(source, EVENTS.typing, showAgentTyping);
    listen(source, EVENTS.rating, () => refreshRating());
  }

  function listen(source, name, handler) {
    source.addEventListener(name, (event) => {
      let data;
      try { data = JSON.parse(event.data); } catch { return; }
      if (data && typeof data === 'object') handler(data);
    });
  }

  function closeStream() {
    if (stream) stream.close();
    stream = null;
    streamToken = null;
  }

  function scheduleReopen() {
    clearTimeout(reopenTimer);
    reopenTimer = setTimeout(async () => {
      // A plain request notices a rejected token (401) and replaces it, which the stream cannot.
      try { await syncHistory('resync'); } catch { /* the stream below fails again and backs off */ }
      if (!stream) await openStream(true);
    }, reopenDelay);
    reopenDelay = Math.min(reopenDelay * 2, 60000);
  }

  // ---------- conversation ----------

  const records = new Map();   // server id -> { el, msg }
  const outgoing = new Map();  // widget-made uuid -> { clientId, el, send, done }
  let started = false;
  let historyLoaded = false;
  let linkRefresh = 0;
  let needsRead = false;
  let unread = 0;
  let isOpen = false;

  async function startConversation() {
    if (started) return;
    started = true;
    try {
      await ensureSession();
      // Stream first, so nothing slips between the history snapshot and the live feed (and it resyncs once open).
      openStream(true);
      await syncHistory('history');
      await refreshGate(false);
      // Fresh file and photo links before the ones shown expire.
      if (!linkRefresh) linkRefresh = setInterval(() => syncHistory('resync').catch(() => {}), LINK_REFRESH_MS);
    } catch {
      started = false;
      if (isOpen) showError(phrase('unavailable', 'Chat is not available right now. Retrying…'), true);
      streamWanted = true;
      scheduleReopen();
    }
  }

  async function syncHistory(source) {
    const data = await request('GET', '/messages');
    // Two loads may race at start (ours and the stream's first open); the first answer is the
    // history, so old agent messages neither beep nor count as unread.
    const kind = historyLoaded ? source : 'history';
    historyLoaded = true;
    started = true;
    addMessages(data && Array.isArray(data.messages) ? data.messages : [], kind);
    clearError(true);
    refreshRating();
  }

  function addMessages(list, source) {
    const stick = isNearBottom();
    let ownArrived = false;
    for (const msg of list) ownArrived = receive(msg, source) || ownArrived;
    refreshSeparators();
    if (stick || ownArrived) scrollToBottom();
    markReadIfVisible();
  }

  // Returns true when the message replaced one of our own pending items.
  function receive(msg, source) {
    if (!msg || typeof msg.id !== 'number') return false;
    const mine = msg.clientMessageId ? outgoing.get(msg.clientMessageId) : null;
    if (mine) {
      mine.done = true;
      outgoing.delete(mine.clientId);
      mine.el.remove();
    }
    const known = records.get(msg.id);
    if (known) {
      Object.assign(known.msg, msg);
      paint(known);
      return !!mine;
    }
    const kind = ['client', 'agent', 'bot', 'system'].includes(msg.kind) ? msg.kind : 'system';
    const rec = { msg: { ...msg, kind }, el: buildMessage(kind) };
    rec.el.dataset.id = String(msg.id);
    records.set(msg.id, rec);
    paint(rec);
    insertOrdered(rec.el, msg.id);
    if (kind === 'agent' || kind === 'bot') {
      if (msg.author) setAgent(msg.author);
      hideAgentTyping();
    }
    if (kind === 'client') offerContactFormAfterFirstMessage();
    if (kind !== 'client') {
      needsRead = true;
      if (source === 'live') beep();
      if ((kind === 'agent' || kind === 'bot') && source !== 'history' && !isOpen) setUnread(unread + 1);
    }
    return !!mine;
  }

  function applyUpdate(update) {
    const rec = records.get(update.id);
    if (!rec) return;
    if (typeof update.text === 'string') rec.msg.text = update.text;
    rec.msg.deleted = !!update.deleted;
    rec.msg.edited = !!update.edited;
    paint(rec);
  }

  // Server messages stay in id order; our unconfirmed ones stay at the bottom.
  function insertOrdered(el, id) {
    const next = [...ui.list.children].find((c) =>
      c.classList.contains('oc-local') || (c.dataset.id && Number(c.dataset.id) > id));
    ui.list.insertBefore(el, next || null);
  }

  function markReadIfVisible() {
    if (!needsRead || !isOpen || document.visibilityState !== 'visible' || !token) return;
    needsRead = false;
    request('POST', '/read').catch(() => { needsRead = true; });
  }

  // ---------- what the channel asks first: the agreement (C-1), the contact form (A-2) ----------

  const GATE_CODES = ['consent-required', 'contact-required'];
  const DECLINED_KEY = `openchannels:${key}:declined`;
  const SKIPPED_KEY = `openchannels:${key}:contact-skipped`;
  const waitingForGate = new Set();  // sends refused until the visitor has accepted / filled the form
  let cfg = {};                      // the widget configuration
  let clientState = null;            // GET /client: what this visitor still has to do
  let contactCard = null;            // the "after the first message" form inside the conversation

  // The widget's own words come in the configuration, in the channel's language; English when one is missing.
  function phrase(name, fallback) {
    const p = cfg.phrases;
    return p && typeof p[name] === 'string' && p[name] ? p[name] : fallback;
  }

  // A phrase with {0}, {1}… filled in (a name, a file name, a count); the result is only ever used as text.
  function phraseWith(name, fallback, ...values) {
    return phrase(name, fallback).replace(/\{(\d+)\}/g, (whole, i) => (Number(i) < values.length ? String(values[Number(i)]) : whole));
  }

  async function refreshGate(reloadConfig, agreement) {
    if (reloadConfig) {
      try { cfg = await request('GET', '/config', { auth: false }) || cfg; } catch { /* keep what we have */ }
      if (agreement && typeof agreement === 'object') cfg.consent = agreement;
    }
    clientState = await request('GET', '/client');
    renderGate();
  }

  function renderGate() {
    const state = clientState || {};
    if (cfg.consent && state.consentNeeded) {
      showGate(storeGet('sessionStorage', DECLINED_KEY) === '1' ? declinedView() : consentView(cfg.consent));
    } else if (cfg.contactForm && cfg.contactForm.mode === 'beforeDialog' && state.contactFormNeeded) {
      showGate(contactFormView(false));
    } else {
      hideGate();
      offerContactFormAfterFirstMessage();
      // What was refused while the visitor still had something to do goes out now, with its original id.
      for (const item of waitingForGate) { waitingForGate.delete(item); clearError(); deliver(item); }
    }
  }

  function showGate(view) {
    ui.gate.replaceChildren(view);
    ui.gate.hidden = false;
    ui.list.hidden = true;
    ui.footer.hidden = true;
    hideAgentTyping();
    const focusable = view.querySelector('input, button.oc-primary');
    if (isOpen && focusable) focusable.focus();
  }

  function hideGate() {
    if (ui.gate.hidden) return;
    ui.gate.hidden = true;
    ui.gate.replaceChildren();
    ui.list.hidden = false;
    ui.footer.hidden = false;
    scrollToBottom();
  }

  function consentView(terms) {
    const accept = h('button', { type: 'button', class: 'oc-btn oc-primary', 'data-oc': 'accept' }, phrase('accept', 'Accept'));
    const decline = h('button', { type: 'button', class: 'oc-btn', 'data-oc': 'decline' }, phrase('decline', 'Decline'));
    const error = h('div', { class: 'oc-gate-error', role: 'alert', hidden: true });
    accept.addEventListener('click', async () => {
      accept.disabled = decline.disabled = true;
      try {
        await request('POST', '/consent', { json: { agreementId: terms.agreementId, version: terms.version } });
        storeSet('sessionStorage', DECLINED_KEY, null);
        clientState = { ...clientState, consentNeeded: false };
        await refreshGate(false).catch(renderGate);
      } catch (err) {
        // 409: the agreement changed while it was on screen; show the new one.
        if (err instanceof ProblemError && err.status === 409) { refreshGate(true).catch(() => {}); return; }
        accept.disabled = decline.disabled = false;
        error.textContent = err instanceof ProblemError ? err.message : phrase('noConnection', 'Could not reach the server. Check your connection.');
        error.hidden = false;
      }
    });
    decline.addEventListener('click', () => {
      storeSet('sessionStorage', DECLINED_KEY, '1');
      renderGate();
    });
    return h('div', { class: 'oc-gate-body', 'data-oc': 'consent' },
      h('div', { class: 'oc-gate-title', 'data-oc': 'agreement-title' }, String(terms.title || '')),
      h('div', { class: 'oc-gate-text', 'data-oc': 'agreement-text', tabindex: '0' }, String(terms.text || '')),
      error,
      h('div', { class: 'oc-gate-actions' }, decline, accept));
  }

  function declinedView() {
    const again = h('button', { type: 'button', class: 'oc-btn oc-primary', 'data-oc': 'read-again' }, phrase('readAgain', 'Read the agreement again'));
    again.addEventListener('click', () => {
      storeSet('sessionStorage', DECLINED_KEY, null);
      renderGate();
    });
    return h('div', { class: 'oc-gate-body oc-gate-declined', 'data-oc': 'declined' },
      h('div', { class: 'oc-gate-text' }, phrase('declined', 'You declined the agreement, so the chat stays closed.')),
      h('div', { class: 'oc-gate-actions' }, again));
  }

  // The form with the fields the channel asks for; inline (after the first message) it can be skipped.
  function contactFormView(inline) {
    const form = cfg.contactForm || {};
    const state = clientState || {};
    const inputs = {};
    const fields = [['name', 'text', 'name'], ['email', 'email', 'email'], ['phone', 'tel', 'tel']]
      .filter(([name]) => form[name] === 'optional' || form[name] === 'required')
      .map(([name, type, autocomplete]) => {
        const required = form[name] === 'required';
        const label = phrase(name, name) + (required ? '' : ` (${phrase('optional', 'optional')})`);
        const input = inputs[name] = h('input', { type, name, autocomplete, required, maxlength: name === 'email' ? 254 : 100, 'data-oc': `contact-${name}` });
        input.value = typeof state[name] === 'string' ? state[name] : '';
        const error = h('div', { class: 'oc-field-error', 'data-oc': `contact-${name}-error`, hidden: true });
        inputs[name].error = error;
        return h('label', { class: 'oc-field' }, h('span', {}, label), input, error);
      });
    const send = h('button', { type: 'submit', class: 'oc-btn oc-primary', 'data-oc': 'contact-send' }, phrase('send', 'Send'));
    const actions = h('div', { class: 'oc-gate-actions' });
    if (inline) {
      const skip = h('button', { type: 'button', class: 'oc-btn', 'data-oc': 'contact-skip' }, phrase('skip', 'Skip'));
      skip.addEventListener('click', () => { storeSet('sessionStorage', SKIPPED_KEY, '1'); removeContactCard(); });
      actions.append(skip);
    }
    actions.append(send);
    const general = h('div', { class: 'oc-gate-error', role: 'alert', hidden: true });
    const el = h('form', { class: inline ? 'oc-contact-card' : 'oc-gate-body', 'data-oc': 'contact-form', novalidate: true },
      h('div', { class: 'oc-gate-title' }, phrase('formTitle', 'Leave your contact details.')), ...fields, general, actions);
    el.addEventListener('submit', async (e) => {
      e.preventDefault();
      send.disabled = true;
      Object.values(inputs).forEach((input) => { input.error.hidden = true; input.removeAttribute('aria-invalid'); });
      general.hidden = true;
      const body = {};
      for (const [name, input] of Object.entries(inputs)) body[name] = input.value;
      try {
        await request('POST', '/contact', { json: body });
        clientState = { ...clientState, ...body, contactFormNeeded: false };
        if (inline) thankForContact(); else await refreshGate(false).catch(renderGate);
      } catch (err) {
        send.disabled = false;
        const errors = err instanceof ProblemError && err.problem.errors ? err.problem.errors : {};
        let shown = false;
        for (const [name, messages] of Object.entries(errors)) {
          const input = inputs[name];
          if (!input) continue;
          input.error.textContent = [].concat(messages).join(' ');
          input.error.hidden = false;
          input.setAttribute('aria-invalid', 'true');
          if (!shown) input.focus();
          shown = true;
        }
        if (!shown) {
          general.textContent = err instanceof ProblemError ? err.message : phrase('noConnection', 'Could not reach the server. Check your connection.');
          general.hidden = false;
        }
      }
    });
    return el;
  }

  function offerContactFormAfterFirstMessage() {
    const form = cfg.contactForm;
    if (!ui || contactCard || !form || form.mode !== 'afterFirstMessage' || !clientState || !clientState.contactFormNeeded) return;
    if (storeGet('sessionStorage', SKIPPED_KEY) === '1') return;
    if (![...records.values()].some((r) => r.msg.kind === 'client')) return;
    keepPinned(() => {
      contactCard = contactFormView(true);
      ui.list.append(contactCard);
    });
    scrollToBottom();
  }

  function removeContactCard() {
    if (contactCard) contactCard.remove();
    contactCard = null;
  }

  function thankForContact() {
    if (!contactCard) return;
    const thanks = h('div', { class: 'oc-msg oc-k-system', 'data-oc': 'contact-thanks' },
      h('div', { class: 'oc-bubble' }, h('div', { class: 'oc-text' }, phrase('thanks', 'Thank you!'))));
    contactCard.replaceWith(thanks);
    contactCard = null;
  }

  // ---------- rating: a like or a dislike, and a comment, about the latest conversation ----------

  let rating = { stage: 'none' };  // GET /rating: "none", "offered" (ongoing), "requested" (finished) or "rated"
  let ratingCard = null;           // the request (or the thanks) inside the conversation
  let ratingLoading = false;
  let ratingAgain = false;

  // Every change the server signals (asked, rated, withdrawn, a new conversation) is read again; one read at a time.
  async function refreshRating() {
    if (!token || !ui) return;
    if (ratingLoading) { ratingAgain = true; return; }
    ratingLoading = true;
    try {
      do {
        ratingAgain = false;
        const state = await request('GET', '/rating');
        if (state && typeof state === 'object') applyRating(state);
      } while (ratingAgain);
    } catch { /* the next signal or resync reads it again */ } finally {
      ratingLoading = false;
    }
  }

  function applyRating(state) {
    rating = state;
    const offered = state.stage === 'offered';
    ui.menu.hidden = !offered;
    if (!offered) showMenu(false);
    const thanked = !!ratingCard && ratingCard.dataset.oc === 'rating-thanks';
    if (ratingCard && ratingCard.dataset.conversation !== String(state.conversationId)) removeRatingCard();
    if (state.stage === 'requested' && !ratingCard) showRatingCard(state);
    // The thanks for this conversation stays, whatever a later read says (rated, or already fully closed).
    else if ((state.stage === 'none' || state.stage === 'rated') && !thanked) removeRatingCard();
  }

  function showRatingCard(state) {
    removeRatingCard();
    let choice = null;
    const vote = (hook, label, flip) => h('button', { type: 'button', class: 'oc-btn oc-vote', 'data-oc': hook, 'aria-pressed': 'false' },
      flip ? flipped(icon('thumb', 18)) : icon('thumb', 18), label);
    const like = vote('rate-like', phrase('like', 'Like'), false);
    const dislike = vote('rate-dislike', phrase('dislike', 'Dislike'), true);
    const comment = h('textarea', { class: 'oc-rating-comment', 'data-oc': 'rating-comment', rows: '2', maxlength: 1000,
      placeholder: phrase('ratingComment', 'Comment (optional)'), 'aria-label': phrase('ratingComment', 'Comment (optional)') });
    const send = h('button', { type: 'submit', class: 'oc-btn oc-primary', 'data-oc': 'rating-send', disabled: true }, phrase('sendRating', 'Send rating'));
    const error = h('div', { class: 'oc-gate-error', 'data-oc': 'rating-error', role: 'alert', hidden: true });
    const pick = (value) => {
      choice = value;
      like.setAttribute('aria-pressed', String(value === 'like'));
      dislike.setAttribute('aria-pressed', String(value === 'dislike'));
      send.disabled = false;
    };
    like.addEventListener('click', () => pick('like'));
    dislike.addEventListener('click', () => pick('dislike'));
    const card = h('form', { class: 'oc-rating-card', 'data-oc': 'rating', 'data-conversation': String(state.conversationId), novalidate: true },
      h('div', { class: 'oc-rating-text', 'data-oc': 'rating-text' }, String(state.text || '')),
      h('div', { class: 'oc-rating-votes', role: 'group' }, like, dislike), comment, error, h('div', { class: 'oc-gate-actions' }, send));
    card.addEventListener('submit', async (e) => {
      e.preventDefault();
      if (!choice) return;
      send.disabled = true;
      error.hidden = true;
      try {
        const after = await request('POST', '/rating', { json: { conversationId: state.conversationId, rating: choice, comment: comment.value } });
        thankForRating(card);
        if (after && typeof after === 'object') applyRating(after);
      } catch (err) {
        // 409: the time to rate has passed, or it was rated already: say so and leave the buttons off.
        const final = err instanceof ProblemError && err.status === 409;
        send.disabled = final;
        like.disabled = dislike.disabled = comment.disabled = final;
        error.textContent = err instanceof ProblemError ? err.message : phrase('noConnection', 'Could not reach the server. Check your connection.');
        error.hidden = false;
      }
    });
    keepPinned(() => {
      ratingCard = card;
      ui.list.append(card);
    });
    scrollToBottom();
    return card;
  }

  function thankForRating(card) {
    const thanks = h('div', { class: 'oc-msg oc-k-system', 'data-oc': 'rating-thanks', 'data-conversation': card.dataset.conversation },
      h('div', { class: 'oc-bubble' }, h('div', { class: 'oc-text' }, phrase('ratingThanks', 'Thank you for your rating!'))));
    // The live event of this very rating may have been read first and taken the card away: the thanks still shows.
    if (card.isConnected) {
      card.replaceWith(thanks);
    } else {
      removeRatingCard();
      keepPinned(() => ui.list.append(thanks));
    }
    ratingCard = thanks;
    scrollToBottom();
  }

  function removeRatingCard() {
    if (ratingCard) ratingCard.remove();
    ratingCard = null;
  }

  // the header's menu offers "Rate" while the conversation goes on.
  function showMenu(show) {
    ui.menuPanel.hidden = !show;
    ui.menu.setAttribute('aria-expanded', String(show));
  }

  function rateFromMenu() {
    showMenu(false);
    const card = ratingCard && ratingCard.dataset.oc === 'rating' ? ratingCard : showRatingCard(rating);
    card.scrollIntoView({ block: 'nearest' });
    card.querySelector('button').focus();
  }

  function flipped(svg) {
    svg.classList.add('oc-flip');
    return svg;
  }

  // ---------- sending ----------

  function sendText() {
    const text = ui.input.value;
    if (!text.trim()) return;
    ui.input.value = '';
    autosize();
    stopTyping();
    const clientId = uuid();
    queueOutgoing(clientId, { pending: text, failed: text }, () => request('POST', '/messages', { json: { id: clientId, text } }));
  }

  function sendFile(file) {
    const clientId = uuid();
    queueOutgoing(clientId, { pending: phraseWith('uploading', 'Uploading {0}…', file.name), failed: file.name }, () => {
      const form = new FormData();
      form.append('id', clientId);
      form.append('file', file, file.name);
      return request('POST', '/files', { form });
    });
  }

  function queueOutgoing(clientId, labels, send) {
    const el = buildMessage('client');
    el.classList.add('oc-local');
    el.dataset.clientId = clientId;
    const item = { clientId, el, send, labels, done: false };
    paint({ el, msg: { kind: 'client', text: labels.pending, createdAt: new Date().toISOString() } });
    outgoing.set(clientId, item);
    ui.list.append(el);
    refreshSeparators();
    scrollToBottom();
    deliver(item);
  }

  // The uuid is fixed before the first attempt, so the server stores a retried send only once.
  async function deliver(item) {
    setOutgoingState(item, 'pending');
    for (let attempt = 0; ; attempt++) {
      try {
        const msg = await item.send();
        if (!item.done && msg) addMessages([{ ...msg, clientMessageId: item.clientId }], 'own');
        return;
      } catch (err) {
        if (item.done) return; // the stream already brought the stored message
        if (err instanceof ProblemError && err.status === 403 && GATE_CODES.includes(err.code)) {
          // The channel asks something first (it may have changed since the page loaded): ask, then send.
          setOutgoingState(item, 'failed');
          waitingForGate.add(item);
          refreshGate(true, err.problem.agreement).catch(() => {});
          return;
        }
        const transient = !(err instanceof ProblemError) || err.status >= 500 || err.status === 408 || err.status === 429;
        if (transient && attempt < SEND_RETRY_DELAYS_MS.length) {
          await sleep(SEND_RETRY_DELAYS_MS[attempt]);
          if (item.done) return;
          continue;
        }
        showError(err instanceof ProblemError ? err.message : phrase('noConnection', 'Could not reach the server. Check your connection.'));
        setOutgoingState(item, 'failed');
        return;
      }
    }
  }

  function setOutgoingState(item, state) {
    const { el } = item;
    const meta = el.querySelector('.oc-meta');
    el.querySelector('.oc-text').textContent = item.labels[state];
    if (state === 'pending') {
      el.dataset.pending = 'true';
      delete el.dataset.failed;
      meta.replaceChildren(phrase('sending', 'Sending…'));
      return;
    }
    delete el.dataset.pending;
    el.dataset.failed = 'true';
    const retry = h('button', { type: 'button', class: 'oc-retry', 'data-oc': 'retry' }, phrase('retry', 'retry'));
    retry.addEventListener('click', () => { clearError(); deliver(item); });
    meta.replaceChildren(`${phrase('notSent', 'Not sent')} · `, retry);
  }

  // ---------- typing (ours: throttled, always ending with the latest text) ----------

  let typingLatest = '';
  let typingSent = '';
  let typingTimer = 0;
  let typingLastAt = 0;

  function noteTyping(text) {
    typingLatest = text;
    if (typingTimer) return;
    typingTimer = setTimeout(flushTyping, Math.max(0, typingLastAt + TYPING_INTERVAL_MS - Date.now()));
  }

  function flushTyping() {
    typingTimer = 0;
    if (typingLatest === typingSent) return;
    typingSent = typingLatest;
    typingLastAt = Date.now();
    request('POST', '/typing', { json: { text: typingSent } }).catch(() => {});
  }

  // Goes through the throttle too, so the "stopped" call never breaks the one-per-interval limit.
  function stopTyping() {
    noteTyping('');
  }

  // ---------- typing (theirs) ----------

  let agentTypingTimer = 0;

  function showAgentTyping(data) {
    if (!data.typing) return hideAgentTyping();
    keepPinned(() => {
      ui.typing.textContent = data.name
        ? phraseWith('typing', '{0} is typing…', data.name)
        : phrase('agentTyping', 'Agent is typing…');
      ui.typing.hidden = false;
    });
    clearTimeout(agentTypingTimer);
    // If the "stopped" event gets lost the line must not stay forever.
    agentTypingTimer = setTimeout(hideAgentTyping, AGENT_TYPING_TIMEOUT_MS);
  }

  function hideAgentTyping() {
    clearTimeout(agentTypingTimer);
    ui.typing.hidden = true;
    ui.typing.textContent = '';
  }

  // ---------- sound ----------

  let audio = null;

  // Browsers only let audio start after a user gesture, so we create the context on one.
  function primeAudio() {
    try {
      const Ctx = window.AudioContext || window.webkitAudioContext;
      if (!audio && Ctx) audio = new Ctx();
      if (audio && audio.state === 'suspended') audio.resume().catch(() => {});
    } catch { audio = null; }
  }

  function beep() {
    try {
      // Before any interaction on the page the context could not start anyway, and creating it
      // would only print an autoplay warning in the site's console.
      const activation = navigator.userActivation;
      if (!audio && activation && !activation.hasBeenActive) return;
      if (!audio) primeAudio();
      if (!audio) return;
      const now = audio.currentTime;
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.type = 'sine';
      osc.frequency.setValueAtTime(880, now);
      osc.frequency.exponentialRampToValueAtTime(660, now + 0.18);
      gain.gain.setValueAtTime(0.0001, now);
      gain.gain.exponentialRampToValueAtTime(0.06, now + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, now + 0.25);
      osc.connect(gain).connect(audio.destination);
      osc.start(now);
      osc.stop(now + 0.3);
    } catch { /* sound is a nicety; never let it break the chat */ }
  }

  // ---------- rendering ----------

  function h(tag, attrs = {}, ...children) {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) {
      if (value != null && value !== false) el.setAttribute(name, value === true ? '' : String(value));
    }
    el.append(...children); // strings become text nodes, never markup
    return el;
  }

  function icon(name, size = 24) {
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    const attrs = { viewBox: '0 0 24 24', width: size, height: size, fill: 'none', stroke: 'currentColor',
      'stroke-width': 2, 'stroke-linecap': 'round', 'stroke-linejoin': 'round', 'aria-hidden': 'true', focusable: 'false' };
    for (const [n, v] of Object.entries(attrs)) svg.setAttribute(n, String(v));
    const path = document.createElementNS(ns, 'path');
    path.setAttribute('d', ICONS[name]);
    svg.append(path);
    return svg;
  }

  function iconButton(name, label, hook, extraClass = '') {
    return h('button', { type: 'button', class: `oc-icon-btn ${extraClass}`, 'aria-label': label, title: label, 'data-oc': hook }, icon(name, 22));
  }

  function buildMessage(kind) {
    const el = h('div', { class: `oc-msg oc-k-${kind}`, 'data-oc': 'message', 'data-kind': kind });
    el.append(
      h('div', { class: 'oc-bubble' }, h('div', { class: 'oc-file' }), h('div', { class: 'oc-text', 'data-oc': 'text' })),
      h('div', { class: 'oc-meta' }),
    );
    return el;
  }

  function paint({ el, msg }) {
    const at = parseDate(msg.createdAt);
    el.dataset.day = at.toDateString();
    el.dataset.time = String(at.getTime());
    el.classList.toggle('oc-deleted', !!msg.deleted);
    const fileBox = el.querySelector('.oc-file');
    // The link changes at every load (it is signed for a while); the file itself does not.
    const fileKey = msg.deleted || !msg.file ? '' : JSON.stringify({ ...msg.file, url: undefined });
    // Rebuilding an unchanged attachment would reload the image and make the list jump.
    if (fileBox.dataset.key !== fileKey) {
      fileBox.dataset.key = fileKey;
      fileBox.replaceChildren(...(fileKey ? fileView(msg.file) : []));
    } else if (fileKey) {
      // Only the link to open is renewed; a shown image stays as it is.
      const anchor = fileBox.querySelector('a');
      const fresh = safeUrl(msg.file.url);
      if (anchor && fresh) anchor.href = fresh;
    }
    el.querySelector('.oc-bubble').classList.toggle('oc-has-image', !!fileBox.querySelector('.oc-image'));
    el.querySelector('.oc-text').textContent = msg.deleted ? phrase('messageDeleted', 'Message deleted') : String(msg.text || '');
    const parts = [];
    if (msg.kind === 'agent' && msg.author && msg.author.name) parts.push(String(msg.author.name));
    // B-1: the bot's answers say they are the bot's, by its name and a mark.
    if (msg.kind === 'bot') parts.push(`${msg.author && msg.author.name ? String(msg.author.name) : ''} (${phrase('bot', 'chatbot')})`.trim());
    parts.push(formatTime(at));
    if (msg.edited && !msg.deleted) parts.push(phrase('edited', 'edited'));
    el.querySelector('.oc-meta').textContent = parts.join(' · ');
  }

  function fileView(file) {
    if (!file || typeof file !== 'object') return [];
    const name = String(file.name || phrase('unnamedFile', 'file'));
    const url = safeUrl(file.url);
    if (!url) return [h('span', { class: 'oc-doc' }, icon('file', 18), name)];
    const link = h('a', { class: file.isImage ? 'oc-image' : 'oc-doc', target: '_blank', rel: 'noopener noreferrer' });
    link.href = url;
    if (file.isImage) {
      const img = h('img', { alt: name });
      img.addEventListener('load', () => keepBottomAfterGrowth(img.offsetHeight));
      img.src = url;
      link.append(img);
    } else {
      link.append(icon('file', 18), h('span', { class: 'oc-doc-name' }, name), h('span', { class: 'oc-size' }, formatSize(file.size)));
    }
    return [link];
  }

  function refreshSeparators() {
    ui.list.querySelectorAll('.oc-day').forEach((d) => d.remove());
    let lastDay = '';
    for (const el of ui.list.querySelectorAll('[data-oc="message"]')) {
      if (el.dataset.day === lastDay) continue;
      lastDay = el.dataset.day;
      el.before(h('div', { class: 'oc-day', role: 'separator' }, dayLabel(new Date(Number(el.dataset.time)))));
    }
  }

  function setAgent(author) {
    if (author.name) ui.agentName.textContent = String(author.name);
    const photo = safeUrl(author.photoUrl);
    ui.agentPhoto.hidden = !photo;
    // Each link to the same photo is signed anew: load it again only when it is another photo.
    if (photo && ui.agentPhoto.src.split('?')[0] !== photo.split('?')[0]) ui.agentPhoto.src = photo;
    ui.agentPhoto.alt = String(author.name || '');
    ui.agent.hidden = !ui.agentName.textContent;
  }

  function setUnread(count) {
    unread = count;
    ui.badge.textContent = count > 99 ? '99+' : String(count);
    ui.badge.hidden = count === 0;
    updateLauncherLabel();
  }

  function updateLauncherLabel() {
    const label = isOpen ? phrase('closeChat', 'Close chat')
      : unread ? phraseWith('openChatUnread', 'Open chat ({0} unread)', unread) : phrase('openChat', 'Open chat');
    ui.launcher.setAttribute('aria-label', label);
    ui.launcher.setAttribute('aria-expanded', String(isOpen));
  }

  let errorIsConnection = false;

  function showError(text, aboutConnection = false) {
    errorIsConnection = aboutConnection;
    keepPinned(() => {
      ui.error.textContent = text;
      ui.error.hidden = false;
    });
  }

  function clearError(onlyConnection = false) {
    if (onlyConnection && !errorIsConnection) return;
    ui.error.textContent = '';
    ui.error.hidden = true;
  }

  function isNearBottom() {
    const l = ui.list;
    return l.scrollHeight - l.scrollTop - l.clientHeight < NEAR_BOTTOM_PX;
  }

  function scrollToBottom() {
    ui.list.scrollTop = ui.list.scrollHeight;
  }

  // Lines shown above the footer shrink the list; without this the newest message slides out of view.
  function keepPinned(change) {
    const stick = isNearBottom();
    change();
    if (stick) scrollToBottom();
  }

  function keepBottomAfterGrowth(grownBy) {
    const l = ui.list;
    if (l.scrollHeight - l.scrollTop - l.clientHeight - grownBy < NEAR_BOTTOM_PX) scrollToBottom();
  }

  function autosize() {
    ui.input.style.height = 'auto';
    ui.input.style.height = `${Math.min(ui.input.scrollHeight, 120)}px`;
  }

  // ---------- window ----------

  function openWindow(byUser) {
    isOpen = true;
    ui.win.hidden = false;
    swapLauncherIcon();
    storeSet('sessionStorage', OPEN_KEY, '1');
    setUnread(0);
    startConversation();
    scrollToBottom();
    // Do not steal focus from the page when the window is only restored after a reload.
    if (byUser) ui.input.focus();
    markReadIfVisible();
  }

  function closeWindow() {
    isOpen = false;
    ui.win.hidden = true;
    showEmojiPanel(false);
    showMenu(false);
    swapLauncherIcon();
    storeSet('sessionStorage', OPEN_KEY, '0');
    updateLauncherLabel();
  }

  // SVG elements have no .hidden property, so the attribute is toggled directly.
  function swapLauncherIcon() {
    ui.root.classList.toggle('oc-open', isOpen);
    ui.iconChat.toggleAttribute('hidden', isOpen);
    ui.iconDown.toggleAttribute('hidden', !isOpen);
  }

  function showEmojiPanel(show) {
    ui.emojiPanel.hidden = !show;
    ui.emoji.setAttribute('aria-expanded', String(show));
  }

  function insertAtCursor(text) {
    const input = ui.input;
    const start = input.selectionStart ?? input.value.length;
    input.setRangeText(text, start, input.selectionEnd ?? start, 'end');
    input.focus();
    onInput();
  }

  function onInput() {
    autosize();
    noteTyping(ui.input.value);
  }

  function buildUi(config) {
    const title = typeof config.title === 'string' && config.title.trim() ? config.title.trim() : phrase('chatTitle', 'Chat');
    const r = {};
    r.host = document.createElement('openchannels-widget');
    const shadow = r.host.attachShadow({ mode: 'open' });
    const root = r.root = h('div', { class: 'oc-root' });
    root.style.setProperty('--oc-color', pickColor(config.color));

    r.iconChat = icon('chat', 28);
    r.iconDown = icon('down', 28);
    r.iconDown.setAttribute('hidden', '');
    r.badge = h('span', { class: 'oc-badge', 'data-oc': 'badge', 'aria-hidden': 'true', hidden: true }, '0');
    r.launcher = h('button', { type: 'button', class: 'oc-launcher', 'data-oc': 'launcher' }, r.iconChat, r.iconDown, r.badge);

    r.title = h('div', { class: 'oc-title', 'data-oc': 'title' }, title);
    r.agentPhoto = h('img', { class: 'oc-photo', alt: '', hidden: true });
    r.agentPhoto.addEventListener('error', () => { r.agentPhoto.hidden = true; });
    r.agentName = h('span', { class: 'oc-agent-name', 'data-oc': 'agent-name' });
    r.agent = h('div', { class: 'oc-agent', hidden: true }, r.agentName);
    r.close = iconButton('close', phrase('closeChat', 'Close chat'), 'close');
    r.menu = iconButton('more', phrase('menu', 'More options'), 'menu');
    r.menu.setAttribute('aria-haspopup', 'menu');
    r.menu.setAttribute('aria-expanded', 'false');
    r.menu.hidden = true;
    r.rateItem = h('button', { type: 'button', role: 'menuitem', 'data-oc': 'menu-rate' }, phrase('rate', 'Rate this conversation'));
    r.menuPanel = h('div', { class: 'oc-menu', 'data-oc': 'menu-panel', role: 'menu', hidden: true }, r.rateItem);
    const header = h('div', { class: 'oc-header' }, r.agentPhoto, h('div', { class: 'oc-head-text' }, r.title, r.agent), r.menu, r.close);

    r.list = h('div', { class: 'oc-messages', 'data-oc': 'messages', role: 'log', 'aria-live': 'polite' });
    const greeting = typeof config.greeting === 'string' ? config.greeting.trim() : '';
    if (greeting) {
      r.list.append(h('div', { class: 'oc-msg oc-k-system oc-greeting', 'data-oc': 'greeting' },
        h('div', { class: 'oc-bubble' }, h('div', { class: 'oc-text' }, greeting))));
    }
    // O-2: an inactive channel says so; what the visitor writes is still kept for when it is back.
    const unavailable = typeof config.unavailable === 'string' ? config.unavailable.trim() : '';
    r.notice = h('div', { class: 'oc-notice', 'data-oc': 'unavailable', role: 'status', hidden: !unavailable }, unavailable);
    r.typing = h('div', { class: 'oc-typing', 'data-oc': 'typing', 'aria-live': 'polite', hidden: true });
    r.error = h('div', { class: 'oc-error', 'data-oc': 'error', role: 'alert', hidden: true });

    r.emojiPanel = h('div', { class: 'oc-emoji-panel', 'data-oc': 'emoji-panel', role: 'group', 'aria-label': phrase('emoji', 'Emoji'), hidden: true },
      ...EMOJI.map((e) => h('button', { type: 'button', 'aria-label': e }, e)));
    r.emoji = iconButton('smile', phrase('insertEmoji', 'Insert emoji'), 'emoji');
    r.emoji.setAttribute('aria-expanded', 'false');
    r.attach = iconButton('clip', phrase('attachFile', 'Attach a file'), 'attach');
    r.fileInput = h('input', { type: 'file', 'data-oc': 'file-input', hidden: true, multiple: true, tabindex: '-1' });
    r.input = h('textarea', { class: 'oc-input', 'data-oc': 'input', rows: '1',
      placeholder: phrase('messagePlaceholder', 'Type a message…'), 'aria-label': phrase('messageLabel', 'Message') });
    r.send = iconButton('send', phrase('sendMessage', 'Send message'), 'send', 'oc-send');
    const footer = h('div', { class: 'oc-footer' }, r.emojiPanel, r.emoji, r.attach, r.fileInput, r.input, r.send);

    r.footer = footer;
    r.gate = h('div', { class: 'oc-gate', 'data-oc': 'gate', hidden: true });
    r.win = h('div', { class: 'oc-window', 'data-oc': 'window', role: 'dialog', 'aria-label': title, hidden: true },
      header, r.menuPanel, r.notice, r.list, r.gate, r.typing, r.error, footer);
    root.append(r.win, r.launcher);
    shadow.append(h('style', {}, STYLES), root);
    document.body.append(r.host);
    return r;
  }

  function wireUi() {
    ui.launcher.addEventListener('click', () => {
      primeAudio();
      if (isOpen) closeWindow(); else openWindow(true);
    });
    ui.close.addEventListener('click', () => { closeWindow(); ui.launcher.focus(); });
    ui.send.addEventListener('click', () => { primeAudio(); sendText(); ui.input.focus(); });
    ui.input.addEventListener('input', onInput);
    ui.input.addEventListener('keydown', (e) => {
      // isComposing: Enter also confirms IME input (Japanese, Chinese…) and must not send then.
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        primeAudio();
        sendText();
      }
    });
    ui.attach.addEventListener('click', () => ui.fileInput.click());
    ui.fileInput.addEventListener('change', () => {
      [...ui.fileInput.files].forEach(sendFile);
      ui.fileInput.value = ''; // lets the same file be picked again
    });
    ui.emoji.addEventListener('click', () => showEmojiPanel(ui.emojiPanel.hidden));
    ui.menu.addEventListener('click', () => showMenu(ui.menuPanel.hidden));
    ui.rateItem.addEventListener('click', rateFromMenu);
    ui.emojiPanel.addEventListener('click', (e) => {
      const button = e.target.closest('button');
      if (!button) return;
      insertAtCursor(button.textContent);
      showEmojiPanel(false);
    });
    // composedPath sees inside our open shadow root, so one listener covers page and widget clicks.
    document.addEventListener('click', (e) => {
      const path = e.composedPath();
      if (!path.includes(ui.emojiPanel) && !path.includes(ui.emoji)) showEmojiPanel(false);
      if (!path.includes(ui.menuPanel) && !path.includes(ui.menu)) showMenu(false);
    });
    ui.win.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      if (!ui.emojiPanel.hidden) showEmojiPanel(false);
      else if (!ui.menuPanel.hidden) { showMenu(false); ui.menu.focus(); }
      else { closeWindow(); ui.launcher.focus(); }
    });
    document.addEventListener('visibilitychange', markReadIfVisible);
  }

  // ---------- small helpers ----------

  function safeUrl(value) {
    if (typeof value !== 'string' || !value) return null;
    try {
      const url = new URL(value, ORIGIN);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
    } catch { return null; }
  }

  function pickColor(value) {
    const c = typeof value === 'string' ? value.trim() : '';
    return c && window.CSS && window.CSS.supports('color', c) ? c : DEFAULT_COLOR;
  }

  function uuid() {
    if (window.crypto && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
    // randomUUID exists only on https pages; getRandomValues works everywhere.
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  function parseDate(value) {
    const d = new Date(value);
    return Number.isNaN(d.getTime()) ? new Date() : d;
  }

  function formatTime(d) {
    return d.toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' });
  }

  function dayLabel(d) {
    const today = new Date();
    const yesterday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1);
    if (d.toDateString() === today.toDateString()) return phrase('today', 'Today');
    if (d.toDateString() === yesterday.toDateString()) return phrase('yesterday', 'Yesterday');
    const year = d.getFullYear() === today.getFullYear() ? undefined : 'numeric';
    return d.toLocaleDateString([], { weekday: 'short', day: 'numeric', month: 'short', year });
  }

  function formatSize(bytes) {
    const n = Number(bytes) || 0;
    if (n < 1024) return phraseWith('sizeBytes', '{0} B', n);
    if (n < 1024 * 1024) return phraseWith('sizeKilobytes', '{0} KB', (n / 1024).toFixed(0));
    return phraseWith('sizeMegabytes', '{0} MB', (n / 1024 / 1024).toFixed(1));
  }

  function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }

  function domReady() {
    if (document.body) return Promise.resolve();
    return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
  }

  // ---------- start ----------

  async function start() {
    let config;
    try {
      config = await request('GET', '/config', { auth: false });
    } catch (err) {
      const why = err instanceof ProblemError && err.status === 404 ? `unknown widget key "${key}"`
        : err instanceof ProblemError && err.code === 'origin-not-allowed' ? `this website (${location.origin}) is not on the chat's list of allowed websites`
          : `could not load the chat configuration (${err.message})`;
      console.warn(`[OpenChannels] ${why}; chat disabled.`);
      return;
    }
    // The channel shows its chat only during working hours, and it is closed now: show nothing.
    if (config && config.hidden) return;
    cfg = config || {};
    await domReady();
    ui = buildUi(cfg);
    wireUi();
    // With a stored token, connect now so the unread badge works before the visitor opens the chat.
    if (token) startConversation();
    const reopen = requestedOpen ?? storeGet('sessionStorage', OPEN_KEY) === '1';
    if (reopen) openWindow(false);
    else updateLauncherLabel();
  }

  const STYLES = `
:host { all: initial; position: fixed; right: 0; bottom: 0; width: 0; height: 0; z-index: 2147483000; }
*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }
.oc-root { font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: #202124; -webkit-font-smoothing: antialiased; }
button { font: inherit; }
button:focus-visible, a:focus-visible { outline: 2px solid var(--oc-color); outline-offset: 2px; }
.oc-header button:focus-visible { outline-color: #fff; outline-offset: -4px; }
.oc-launcher { position: fixed; right: 20px; bottom: 20px; width: 56px; height: 56px; border: 0; border-radius: 50%;
  padding: 0; display: flex; align-items: center; justify-content: center; cursor: pointer; color: #fff;
  background: var(--oc-color); box-shadow: 0 4px 12px rgba(0,0,0,.28); transition: transform .15s, box-shadow .15s; }
.oc-launcher:hover { transform: scale(1.06); box-shadow: 0 6px 16px rgba(0,0,0,.32); }
.oc-badge { position: absolute; top: -4px; right: -4px; min-width: 20px; height: 20px; padding: 0 6px; border-radius: 10px;
  background: #d93025; color: #fff; font-size: 12px; font-weight: 600; line-height: 20px; text-align: center;
  box-shadow: 0 0 0 2px #fff; }
.oc-window { position: fixed; right: 20px; bottom: 88px; width: 360px; height: 520px; max-width: calc(100vw - 40px);
  max-height: calc(100vh - 108px); display: flex; flex-direction: column; overflow: hidden; background: #fff;
  border-radius: 12px; box-shadow: 0 10px 32px rgba(0,0,0,.28); animation: oc-in .18s ease-out; }
@keyframes oc-in { from { opacity: 0; transform: translateY(12px); } }
@media (max-width: 480px) {
  .oc-window { right: 0; bottom: 0; width: 100vw; height: 100vh; max-width: 100vw; max-height: 100vh; border-radius: 0; }
  .oc-open .oc-launcher { display: none; }
}
@media (prefers-reduced-motion: reduce) { .oc-window, .oc-launcher { animation: none; transition: none; } }
.oc-header { flex: none; display: flex; align-items: center; gap: 10px; padding: 10px 8px 10px 16px; color: #fff;
  background: var(--oc-color); }
.oc-photo { width: 36px; height: 36px; border-radius: 50%; object-fit: cover; background: rgba(255,255,255,.3); flex: none; }
.oc-head-text { flex: 1; min-width: 0; }
.oc-title { font-size: 16px; font-weight: 600; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.oc-agent { font-size: 12px; opacity: .9; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.oc-icon-btn { flex: none; width: 38px; height: 38px; padding: 0; border: 0; border-radius: 50%; cursor: pointer;
  display: inline-flex; align-items: center; justify-content: center; color: #5f6368; background: transparent; }
.oc-icon-btn:hover { background: rgba(0,0,0,.06); }
.oc-header .oc-icon-btn { color: #fff; }
.oc-header .oc-icon-btn:hover { background: rgba(255,255,255,.18); }
.oc-messages { flex: 1; overflow-y: auto; overscroll-behavior: contain; padding: 12px 12px 6px; display: flex;
  flex-direction: column; gap: 6px; background: #fff; }
.oc-msg { display: flex; flex-direction: column; max-width: 80%; }
.oc-k-client { align-self: flex-end; align-items: flex-end; }
.oc-k-agent, .oc-k-bot { align-self: flex-start; align-items: flex-start; }
.oc-k-system { align-self: center; align-items: center; max-width: 90%; text-align: center; }
.oc-bubble { padding: 8px 12px; border-radius: 16px; white-space: pre-wrap; overflow-wrap: anywhere; }
.oc-k-client .oc-bubble { background: var(--oc-color); color: #fff; border-bottom-right-radius: 4px; }
.oc-k-agent .oc-bubble { background: #f1f3f4; color: #202124; border-bottom-left-radius: 4px; }
.oc-k-bot .oc-bubble { background: #eef3fd; color: #202124; border: 1px solid #d2e3fc; border-bottom-left-radius: 4px; }
.oc-k-system .oc-bubble { padding: 2px 8px; color: #5f6368; font-size: 12px; font-style: italic; }
.oc-greeting { margin-bottom: 4px; }
.oc-text:empty, .oc-file:empty { display: none; }
.oc-file + .oc-text { margin-top: 6px; }
.oc-has-image { padding: 4px; }
.oc-has-image .oc-text { padding: 0 8px 4px; }
.oc-image img { display: block; max-width: 100%; max-height: 220px; border-radius: 12px; background: rgba(0,0,0,.06); }
.oc-doc { display: flex; align-items: center; gap: 6px; color: inherit; text-decoration: none; }
.oc-doc-name { text-decoration: underline; overflow-wrap: anywhere; }
.oc-size { opacity: .75; font-size: 12px; white-space: nowrap; }
.oc-deleted .oc-text { font-style: italic; opacity: .75; }
.oc-meta { margin: 2px 6px 0; font-size: 11px; color: #5f6368; }
.oc-k-system .oc-meta { margin-top: 0; }
.oc-local[data-pending="true"] .oc-bubble { opacity: .6; }
.oc-local[data-failed="true"] .oc-bubble { background: #fce8e6; color: #a50e0e; }
.oc-local[data-failed="true"] .oc-meta { color: #b3261e; }
.oc-retry { padding: 0; border: 0; background: none; color: var(--oc-color); text-decoration: underline; cursor: pointer; font-size: 11px; }
.oc-day { align-self: center; margin: 8px 0 2px; padding: 2px 10px; border-radius: 10px; font-size: 11px; color: #5f6368;
  background: #f1f3f4; }
.oc-typing { flex: none; padding: 2px 16px 6px; font-size: 12px; font-style: italic; color: #5f6368; }
.oc-notice { flex: none; padding: 8px 16px; font-size: 13px; color: #5c3c00; background: #fff4e0; border-bottom: 1px solid #f0d9a8; }
.oc-error { flex: none; padding: 6px 16px; font-size: 12px; color: #b3261e; background: #fdecea; }
.oc-footer { flex: none; position: relative; display: flex; align-items: flex-end; gap: 2px; padding: 8px;
  border-top: 1px solid #e6e6e6; background: #fff; }
.oc-input { flex: 1; min-width: 0; min-height: 38px; max-height: 120px; margin: 0 2px; padding: 9px 14px; resize: none;
  border: 1px solid transparent; border-radius: 19px; outline: none; font: inherit; line-height: 18px; color: #202124;
  background: #f1f3f4; }
.oc-input:focus { border-color: var(--oc-color); background: #fff; }
.oc-footer .oc-send { color: var(--oc-color); }
.oc-gate { flex: 1; min-height: 0; display: flex; flex-direction: column; background: #fff; }
.oc-gate-body { flex: 1; min-height: 0; display: flex; flex-direction: column; gap: 10px; padding: 16px; }
.oc-gate-title { font-weight: 600; font-size: 15px; }
.oc-gate-text { flex: 1; min-height: 0; overflow-y: auto; white-space: pre-wrap; overflow-wrap: anywhere; color: #3c4043;
  padding: 10px 12px; border: 1px solid #e6e6e6; border-radius: 8px; background: #fafafa; }
.oc-gate-declined .oc-gate-text { flex: none; border: 0; background: none; padding: 0; }
.oc-gate-actions { flex: none; display: flex; justify-content: flex-end; gap: 8px; }
.oc-gate-error, .oc-field-error { color: #b3261e; font-size: 12px; }
.oc-btn { min-height: 36px; padding: 0 16px; border: 1px solid #dadce0; border-radius: 18px; background: #fff; color: #3c4043;
  cursor: pointer; font-weight: 500; }
.oc-btn:hover { background: #f1f3f4; }
.oc-btn.oc-primary { border-color: var(--oc-color); background: var(--oc-color); color: #fff; }
.oc-btn.oc-primary:hover { filter: brightness(1.08); }
.oc-btn:disabled { opacity: .6; cursor: default; }
.oc-field { display: flex; flex-direction: column; gap: 4px; font-size: 12px; color: #5f6368; }
.oc-field input { font: inherit; font-size: 14px; color: #202124; padding: 8px 12px; border: 1px solid #dadce0; border-radius: 8px;
  outline: none; background: #fff; }
.oc-field input:focus { border-color: var(--oc-color); }
.oc-field input[aria-invalid="true"] { border-color: #b3261e; }
.oc-contact-card { align-self: stretch; display: flex; flex-direction: column; gap: 8px; margin: 4px 0; padding: 12px;
  border: 1px solid #e6e6e6; border-radius: 12px; background: #fafafa; }
.oc-rating-card { align-self: stretch; display: flex; flex-direction: column; gap: 8px; margin: 4px 0; padding: 12px;
  border: 1px solid #e6e6e6; border-radius: 12px; background: #fafafa; }
.oc-rating-text { white-space: pre-wrap; overflow-wrap: anywhere; }
.oc-rating-votes { display: flex; gap: 8px; }
.oc-vote { flex: 1; display: inline-flex; align-items: center; justify-content: center; gap: 6px; }
.oc-vote[aria-pressed="true"] { border-color: var(--oc-color); color: var(--oc-color); background: #fff; box-shadow: inset 0 0 0 1px var(--oc-color); }
.oc-flip { transform: rotate(180deg); }
.oc-rating-comment { font: inherit; resize: vertical; min-height: 38px; padding: 8px 12px; border: 1px solid #dadce0; border-radius: 8px;
  outline: none; background: #fff; color: #202124; }
.oc-rating-comment:focus { border-color: var(--oc-color); }
.oc-menu { position: absolute; top: 52px; right: 48px; z-index: 1; min-width: 200px; padding: 4px 0; border-radius: 8px; background: #fff;
  box-shadow: 0 4px 18px rgba(0,0,0,.22); }
.oc-menu button { display: block; width: 100%; padding: 10px 16px; border: 0; background: none; text-align: left; cursor: pointer; color: #202124; }
.oc-menu button:hover, .oc-menu button:focus-visible { background: #f1f3f4; }
.oc-emoji-panel { position: absolute; left: 8px; bottom: 56px; display: grid; grid-template-columns: repeat(6, 38px);
  gap: 2px; padding: 8px; border-radius: 12px; background: #fff; box-shadow: 0 4px 18px rgba(0,0,0,.22); }
.oc-emoji-panel button { width: 38px; height: 38px; padding: 0; border: 0; border-radius: 8px; font-size: 20px;
  cursor: pointer; background: none; font-family: "Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji", sans-serif; }
.oc-emoji-panel button:hover { background: #f1f3f4; }
`;

  start().catch((err) => console.warn('[OpenChannels] widget failed to start:', err));
})();
