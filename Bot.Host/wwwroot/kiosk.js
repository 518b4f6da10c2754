// The kiosk around the web chat: the chat is mounted with PstWebChat.mount (a server-issued
// session per visitor, started only when a visitor touches the start screen). The one big button
// says "antri" in the chat; the number is shown large when the bot gives it (the guest book can
// then be signed in the chat). After each visitor the session is ended on the server
// (DELETE /api/webchat/sessions/{id}, via the chat's signOut) and the screen cleared, so the next
// visitor sees nothing of the last one.
(() => {
  "use strict";
  const $ = id => document.getElementById(id);
  const idleMs = Number(document.body.dataset.idleSeconds || 90) * 1000;
  const ticketMs = Number(document.body.dataset.ticketSeconds || 45) * 1000;
  const numberPattern = /\b([A-Z]-\d{3,})\b/;
  const chat = PstWebChat.mount($("chat"), { autoStart: false });
  let timer = null;
  let shown = null;

  function later(ms) {
    clearTimeout(timer);
    timer = setTimeout(endVisit, ms);
  }

  async function endVisit() {
    clearTimeout(timer);
    shown = null;
    $("ticket").hidden = true;
    $("welcome").hidden = false;
    const ending = chat.signOut();
    $("log").replaceChildren();
    await ending;
  }

  // A tap while the chat is still busy is retried until the chat takes the message.
  function sayWhenFree(text, tries) {
    if (chat.say(text) || tries <= 0) return;
    setTimeout(() => sayWhenFree(text, tries - 1), 300);
  }

  $("take").addEventListener("click", () => {
    $("welcome").hidden = true;
    sayWhenFree("antri", 20);
    later(idleMs);
  });

  $("finish").addEventListener("click", endVisit);
  $("finish-chat").addEventListener("click", endVisit);

  // Any touch while a visitor is busy in the chat keeps their session.
  ["pointerdown", "keydown"].forEach(type => document.addEventListener(type, () => { if ($("welcome").hidden && $("ticket").hidden) later(idleMs); }));

  // Watch the chat's replies for the number given to this visitor.
  new MutationObserver(() => {
    if (!$("welcome").hidden) return;
    const replies = [...$("log").querySelectorAll(".msg.bot")];
    const match = replies.map(r => numberPattern.exec(r.textContent)).filter(Boolean).pop();
    if (match && match[1] !== shown) {
      shown = match[1];
      $("ticket-number").textContent = shown;
      $("ticket").hidden = false;
      later(ticketMs);
    }
  }).observe($("log"), { childList: true, subtree: true });

  // Signing the guest book goes on in the chat below; the number screen comes back after.
  $("guestbook").addEventListener("click", () => { $("ticket").hidden = true; later(idleMs); });

  // Whatever the tablet showed before (a session left in this tab), the first visitor starts afresh.
  endVisit();
})();
