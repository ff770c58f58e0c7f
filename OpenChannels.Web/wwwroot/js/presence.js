// Presence: an agent counts as online while a tab is open and in use. The tab tells the server once a
// minute, but only if the person did something in the last 10 minutes; a closed or idle tab falls silent.
const activeWindowMs = 10 * 60 * 1000;
let lastActivity = Date.now();
let timer;

function markActive() { lastActivity = Date.now(); }

export function start(dotNet, intervalMs) {
  for (const name of ["mousemove", "keydown", "click", "scroll", "touchstart", "focus"]) {
    window.addEventListener(name, markActive, { passive: true });
  }
  document.addEventListener("visibilitychange", () => { if (document.visibilityState === "visible") markActive(); });
  const beat = () => {
    if (Date.now() - lastActivity <= activeWindowMs) {
      dotNet.invokeMethodAsync("Heartbeat").catch(() => { /* the circuit is gone; the page will reconnect */ });
    }
  };
  beat();
  clearInterval(timer);
  timer = setInterval(beat, intervalMs);
}

export function stop() { clearInterval(timer); }
