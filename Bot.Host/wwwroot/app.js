// The web chat client. PstWebChat.mount(root) wires one chat box: it asks the server for a
// session (POST /api/webchat/sessions), keeps the session only in sessionStorage (gone when the
// tab closes, never shared with the next visitor of a library computer), sends its bearer
// token with every request, renders replies with their choices (buttons, also answerable by
// number) and documents, and polls for replies that arrive later (e.g. from staff).
// A page variant (e.g. a kiosk) can mount it with other options: see `defaults`.
(() => {
  "use strict";

  const defaults = {
    api: "/api/webchat",
    storageKey: "pstbot.session",
    greeting: "halo",
    pollMs: 3000,
    // false: no greeting on load; the page starts the conversation itself (the kiosk waits for a visitor).
    autoStart: true,
  };

  const texts = {
    status: "Perpustakaan & layanan statistik",
    expired: "Sesi sebelumnya telah berakhir, jadi kami mulai percakapan baru. · Your previous session has ended; a new conversation has started.",
    loggedOut: "Anda sudah keluar dan riwayat percakapan tidak lagi tampil di sini. Ketik pesan untuk mulai lagi. · You have signed out; type a message to start again.",
    sendFailed: "Maaf, pesan tidak dapat dikirim. Coba lagi. · Sorry, the message could not be sent.",
    offline: "Koneksi terputus. Periksa jaringan Anda lalu coba lagi. · Connection lost.",
    later: "Pesan diterima, balasan segera datang…",
    reconnecting: "Menyambung ulang…",
    tooMany: "Terlalu banyak permintaan. Mohon tunggu sebentar lalu coba lagi. · Too many requests; please wait a moment.",
  };

  function mount(root, options) {
    const settings = Object.assign({}, defaults, options || {});
    const log = root.querySelector("[data-chat-log]");
    const form = root.querySelector("[data-chat-form]");
    const input = form.querySelector("input");
    const submit = form.querySelector("button[type=submit]");
    const status = root.querySelector("[data-chat-status]");
    const logout = root.querySelector("[data-chat-logout]");
    let session = load();
    let busy = false;

    // Older pages kept the conversation id in localStorage, visible to the next person.
    try { localStorage.removeItem("pstbot.conversationId"); } catch { /* storage disabled */ }

    function load() {
      try { return JSON.parse(sessionStorage.getItem(settings.storageKey)) || null; } catch { return null; }
    }

    function save() {
      if (session) sessionStorage.setItem(settings.storageKey, JSON.stringify(session));
      else sessionStorage.removeItem(settings.storageKey);
    }

    function headers(json) {
      const h = { Authorization: "Bearer " + session.token };
      if (json) h["Content-Type"] = "application/json";
      return h;
    }

    function messagesUrl(query) {
      return `${settings.api}/${encodeURIComponent(session.conversationId)}/messages${query || ""}`;
    }

    async function startSession() {
      const response = await fetch(`${settings.api}/sessions`, { method: "POST" });
      if (response.status === 429) throw new Error(texts.tooMany);
      if (!response.ok) throw new Error(texts.sendFailed);
      const created = await response.json();
      session = { conversationId: created.conversationId, token: created.token, lastSeq: 0 };
      save();
    }

    function append(className, text) {
      const item = document.createElement("li");
      item.className = "msg " + className;
      item.textContent = text;
      log.appendChild(item);
      log.scrollTop = log.scrollHeight;
      return item;
    }

    function render(reply) {
      if (!session || reply.seq <= session.lastSeq) return;
      session.lastSeq = reply.seq;
      save();
      const item = append("bot", reply.text);
      if (reply.document) {
        const link = document.createElement("a");
        link.className = "doc";
        link.href = reply.document.url;
        link.target = "_blank";
        link.rel = "noopener noreferrer";
        const icon = document.createElement("span");
        icon.setAttribute("aria-hidden", "true");
        icon.textContent = "📄";
        const name = document.createElement("span");
        name.textContent = reply.document.fileName + " ";
        const size = document.createElement("small");
        size.textContent = reply.document.size;
        name.appendChild(size);
        link.append(icon, name);
        item.appendChild(link);
      }
      if (reply.choices && reply.choices.length) {
        const box = document.createElement("div");
        box.className = "choices";
        reply.choices.forEach((choice, index) => {
          const button = document.createElement("button");
          button.type = "button";
          button.textContent = `${index + 1}. ${choice.label}`;
          button.addEventListener("click", () => send({ choice: choice.id }, choice.label));
          box.appendChild(button);
        });
        item.appendChild(box);
      }
    }

    // The session is over (idle too long, or ended elsewhere): say so, then start afresh.
    async function restart(notice) {
      session = null;
      save();
      log.innerHTML = "";
      if (notice) append("notice", notice);
      await startSession();
      await post({ text: settings.greeting });
    }

    async function post(body) {
      body.clientMessageId = randomId();
      const response = await fetch(messagesUrl(), { method: "POST", headers: headers(true), body: JSON.stringify(body) });
      if (response.status === 401) return restart(texts.expired);
      if (response.status === 200) {
        (await response.json()).replies.forEach(render);
      } else if (response.status === 202) {
        status.textContent = texts.later;
        await poll();
      } else if (response.status === 429) {
        append("error", texts.tooMany);
      } else {
        // A problem body's detail is for developers (English); the visitor gets the bilingual text.
        append("error", texts.sendFailed);
      }
    }

    async function send(body, echo) {
      if (busy) return;
      busy = true;
      submit.disabled = true;
      append("me", echo);
      try {
        if (!session) await startSession();
        await post(body);
      } catch (error) {
        append("error", error instanceof TypeError ? texts.offline : error.message || texts.sendFailed);
      } finally {
        busy = false;
        submit.disabled = false;
        input.focus();
      }
    }

    async function poll() {
      if (!session) return;
      try {
        const response = await fetch(messagesUrl(`?after=${session.lastSeq}`), { headers: headers(false) });
        if (response.status === 401) {
          await restart(texts.expired);
        } else if (response.ok) {
          (await response.json()).replies.forEach(render);
          status.textContent = texts.status;
        }
      } catch {
        status.textContent = texts.reconnecting;
      }
    }

    async function signOut() {
      const ending = session;
      session = null;
      save();
      log.innerHTML = "";
      append("notice", texts.loggedOut);
      if (ending) {
        await fetch(`${settings.api}/sessions/${encodeURIComponent(ending.conversationId)}`, {
          method: "DELETE",
          headers: { Authorization: "Bearer " + ending.token },
        }).catch(() => { /* the session expires by itself */ });
      }
    }

    function randomId() {
      const bytes = crypto.getRandomValues(new Uint8Array(12));
      return Array.from(bytes, b => b.toString(16).padStart(2, "0")).join("");
    }

    form.addEventListener("submit", event => {
      event.preventDefault();
      const text = input.value.trim();
      if (!text) return;
      input.value = "";
      send({ text }, text);
    });

    if (logout) logout.addEventListener("click", () => { if (!busy) signOut(); });

    // Show this tab's conversation so far, or greet a newcomer.
    (async () => {
      if (!session && !settings.autoStart) return;
      if (session) {
        const seen = session.lastSeq;
        session.lastSeq = 0;
        await poll();
        if (session && session.lastSeq < seen) session.lastSeq = seen;
      } else {
        await send({ text: settings.greeting }, settings.greeting);
      }
    })();
    setInterval(() => { if (!busy) poll(); }, settings.pollMs);

    return {
      /** Sends a text as if typed; false when a message is still under way. */
      say(text) { if (busy) return false; send({ text }, text); return true; },
      /** Ends the session on the server and clears the conversation from the screen. */
      signOut,
    };
  }

  window.PstWebChat = { mount };
  document.querySelectorAll("[data-webchat]").forEach(root => mount(root));
})();
