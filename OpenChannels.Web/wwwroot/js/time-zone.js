// The viewer's time zone (IANA id) in a cookie, so the server renders times as the person reading them lives them.
// Sign-in ends with a full page load, so every signed-in page already has it.
(() => {
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone) document.cookie = `oc-tz=${encodeURIComponent(zone)}; path=/; max-age=31536000; samesite=lax`;
  } catch { /* without it, times show in UTC */ }
})();
