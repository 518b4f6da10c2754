// The kiosk around the web chat (app.js, unchanged): a start screen with one big button that
// types "antri" into the chat, the number shown large when the bot gives it (the guest book
// can then be signed in the chat), and after each
// visitor the conversation ended (the chat's own "Baru" starts a new one) and the screen cleared,
// so the next visitor sees nothing of the last one. It talks to the chat only through its page.
(() => {
  "use strict";
  const $ = id => document.getElementById(id);
  const idleMs = Number(document.body.dataset.idleSeconds || 90) * 1000;
  const ticketMs = Number(document.body.dataset.ticketSeconds || 45) * 1000;
  const numberPattern = /\b([A-Z]-\d{3,})\b/;
  let timer = null;
  let shown = null;

  function later(ms) {
    clearTimeout(timer);
    timer = setTimeout(endVisit, ms);
  }

  function endVisit() {
    clearTimeout(timer);
    shown = null;
    $("reset").click();
    $("log").replaceChildren();
    $("ticket").hidden = true;
    $("welcome").hidden = false;
  }

  // The chat ignores a message while its previous one is under way (the new conversation's
  // greeting, say): try again until the chat shows it as sent.
  function sendWhenFree(text, tries) {
    const sent = () => [...$("log").querySelectorAll(".msg.me")].some(m => m.textContent === text);
    if (sent() || tries <= 0) return;
    $("text").value = text;
    $("composer").requestSubmit();
    if (!sent()) setTimeout(() => sendWhenFree(text, tries - 1), 300);
  }

  $("take").addEventListener("click", () => {
    $("welcome").hidden = true;
    sendWhenFree("antri", 20);
    later(idleMs);
  });

  $("finish").addEventListener("click", endVisit);

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

  // A fresh conversation for the first visitor too, whatever the tablet showed before.
  endVisit();
})();
