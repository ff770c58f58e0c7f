// Browser-side helpers of the Contact center: notifications, a reply sound, Enter-to-send, and the agent's
// own choices (kept in this browser). Loaded as a module by the page; chat text never passes through HTML here.
const prefsKey = "openchannels:contact-center";

export function getPreferences() {
  try {
    return Object.assign({ notifications: true, sound: true }, JSON.parse(localStorage.getItem(prefsKey) || "{}"));
  } catch {
    return { notifications: true, sound: true };
  }
}

export function setPreferences(preferences) {
  try { localStorage.setItem(prefsKey, JSON.stringify(preferences)); } catch { /* private mode: not remembered */ }
}

export async function requestPermission() {
  if (!("Notification" in window)) return "unsupported";
  if (Notification.permission === "default") return await Notification.requestPermission();
  return Notification.permission;
}

export function isPageVisible() {
  return document.visibilityState === "visible" && document.hasFocus();
}

export function notify(title, body, url) {
  if (!("Notification" in window) || Notification.permission !== "granted") return false;
  const notification = new Notification(title, { body, tag: url, renotify: true });
  notification.onclick = () => { window.focus(); if (url) location.assign(url); notification.close(); };
  return true;
}

let audio;
export function beep() {
  try {
    audio = audio || new (window.AudioContext || window.webkitAudioContext)();
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.type = "sine";
    oscillator.frequency.value = 880;
    gain.gain.setValueAtTime(0.0001, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.15, audio.currentTime + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + 0.25);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start();
    oscillator.stop(audio.currentTime + 0.3);
  } catch { /* no audio in this browser: stay silent */ }
}

// Enter sends, Shift+Enter makes a new line.
export function bindComposer(textarea, sendButton) {
  if (!textarea || textarea.dataset.bound) return;
  textarea.dataset.bound = "true";
  textarea.addEventListener("keydown", event => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      textarea.dispatchEvent(new Event("change"));
      sendButton?.click();
    }
  });
}

export function focus(element) { element?.focus(); }

export function scrollToBottom(element) {
  if (element) element.scrollTop = element.scrollHeight;
}

// Keyboard use of the Contact center (listed in the shortcuts dialog, opened with "?"). Letters act only when no text
// field has the focus, so typing a reply never triggers them; Alt+arrows move between conversations from anywhere.
let shortcuts;
export function bindShortcuts() {
  unbindShortcuts();
  shortcuts = event => {
    const target = event.target;
    const typing = target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (event.ctrlKey || event.metaKey) return;
    if (event.altKey && (event.key === "ArrowDown" || event.key === "ArrowUp")) {
      event.preventDefault();
      move(event.key === "ArrowDown" ? 1 : -1);
      return;
    }
    if (typing || event.altKey) {
      if (event.key === "Escape" && typing) target.blur();
      return;
    }
    switch (event.key) {
      case "j": move(1); break;
      case "k": move(-1); break;
      case "r": document.querySelector("[data-testid=composer]")?.focus(); break;
      case "a": document.querySelector("[data-shortcut=accept]")?.click(); break;
      case "f": document.querySelector("[data-shortcut=finish]")?.click(); break;
      case "?": document.querySelector("[data-shortcut=help]")?.click(); break;
      default: return;
    }
    event.preventDefault();
  };
  document.addEventListener("keydown", shortcuts);
  document.body.dataset.shortcuts = "on";
}

export function unbindShortcuts() {
  if (shortcuts) document.removeEventListener("keydown", shortcuts);
  shortcuts = null;
  delete document.body.dataset.shortcuts;
}

function move(step) {
  const rows = [...document.querySelectorAll("[data-conversation]")];
  if (rows.length === 0) return;
  // The open conversation is the one in the address (the list marks it a moment later).
  const open = /\/contact-center\/(\d+)/.exec(location.pathname)?.[1];
  const current = rows.findIndex(row => row.dataset.conversation === open);
  const next = rows[current < 0 ? 0 : Math.min(rows.length - 1, Math.max(0, current + step))];
  next.focus();
  next.click();
}

// The browser's answer so far about notifications: "default" (not asked yet), "granted", "denied" or "unsupported".
export function permission() {
  return "Notification" in window ? Notification.permission : "unsupported";
}
