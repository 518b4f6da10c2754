// The web chat client: posts messages to /api/webchat/{id}/messages, renders replies with
// their choices (buttons, also answerable by number) and documents, and polls for replies
// that arrive later (e.g. from staff).
(() => {
  "use strict";
  const idKey = "pstbot.conversationId";
  const seqKey = "pstbot.lastSeq";
  const log = document.getElementById("log");
  const form = document.getElementById("composer");
  const input = document.getElementById("text");
  const status = document.getElementById("status");
  let conversationId = localStorage.getItem(idKey) || newId();
  let lastSeq = Number(sessionStorage.getItem(seqKey + conversationId) || 0);
  let busy = false;
  localStorage.setItem(idKey, conversationId);

  function newId() {
    const bytes = crypto.getRandomValues(new Uint8Array(12));
    return "w" + Array.from(bytes, b => b.toString(16).padStart(2, "0")).join("");
  }

  function api(path) { return `/api/webchat/${encodeURIComponent(conversationId)}/messages${path}`; }

  function append(className, text) {
    const item = document.createElement("li");
    item.className = "msg " + className;
    item.textContent = text;
    log.appendChild(item);
    log.scrollTop = log.scrollHeight;
    return item;
  }

  function formatSize(bytes) {
    return bytes >= 1048576 ? (bytes / 1048576).toFixed(1) + " MB" : Math.max(1, Math.round(bytes / 1024)) + " KB";
  }

  function render(reply) {
    if (reply.seq <= lastSeq) return;
    lastSeq = reply.seq;
    sessionStorage.setItem(seqKey + conversationId, String(lastSeq));
    const item = append("bot", reply.text);
    if (reply.document) {
      const link = document.createElement("a");
      link.className = "doc";
      link.href = reply.document.url;
      link.target = "_blank";
      link.rel = "noopener";
      link.innerHTML = "<span aria-hidden=\"true\">📄</span>";
      const name = document.createElement("span");
      name.textContent = reply.document.fileName + " ";
      const size = document.createElement("small");
      size.textContent = formatSize(reply.document.sizeBytes);
      name.appendChild(size);
      link.appendChild(name);
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

  async function send(body, echo) {
    if (busy) return;
    busy = true;
    form.querySelector("button").disabled = true;
    append("me", echo);
    body.clientMessageId = newId();
    try {
      const response = await fetch(api(""), { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
      if (response.status === 200) {
        (await response.json()).replies.forEach(render);
      } else if (response.status === 202) {
        status.textContent = "Pesan diterima, balasan segera datang…";
        await poll();
      } else {
        const problem = await response.json().catch(() => ({}));
        append("error", problem.detail || "Maaf, pesan tidak dapat dikirim. Coba lagi.");
      }
    } catch {
      append("error", "Koneksi terputus. Periksa jaringan Anda lalu coba lagi.");
    } finally {
      busy = false;
      form.querySelector("button").disabled = false;
      input.focus();
    }
  }

  async function poll() {
    try {
      const response = await fetch(api(`?after=${lastSeq}`));
      if (response.ok) {
        (await response.json()).replies.forEach(render);
        status.textContent = "Perpustakaan & layanan statistik";
      }
    } catch {
      status.textContent = "Menyambung ulang…";
    }
  }

  form.addEventListener("submit", event => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    send({ text }, text);
  });

  document.getElementById("reset").addEventListener("click", () => {
    conversationId = newId();
    lastSeq = 0;
    localStorage.setItem(idKey, conversationId);
    log.innerHTML = "";
    send({ text: "halo" }, "halo");
  });

  // Show the history of this conversation, then greet a newcomer.
  (async () => {
    const before = lastSeq;
    lastSeq = 0;
    await poll();
    if (lastSeq === 0 && before === 0) send({ text: "halo" }, "halo");
  })();
  setInterval(() => { if (!busy) poll(); }, 3000);
})();
