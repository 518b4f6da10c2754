// The waiting-room board: follows /api/board/events (Server-Sent Events; the browser
// reconnects by itself) and shows the called number big, with a chime (Web Audio) and the
// number spoken where the browser has a voice. Only numbers and counters ever reach this page.
(() => {
  "use strict";
  const $ = id => document.getElementById(id);
  let lastKey = null;
  let audio = null;

  function tick() {
    $("clock").textContent = new Date().toLocaleTimeString("id-ID", { hour: "2-digit", minute: "2-digit", timeZone: "Asia/Makassar" }) + " WITA";
  }

  // Browsers allow sound only after a click on the page; the TV is set up once with the button.
  $("sound").addEventListener("click", () => {
    audio = new (window.AudioContext || window.webkitAudioContext)();
    $("sound").hidden = true;
    chime();
  });

  function chime() {
    if (!audio) return;
    const start = audio.currentTime;
    [659.25, 523.25].forEach((frequency, i) => {
      const tone = audio.createOscillator();
      const gain = audio.createGain();
      tone.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, start + i * 0.6);
      gain.gain.exponentialRampToValueAtTime(0.4, start + i * 0.6 + 0.05);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + i * 0.6 + 0.55);
      tone.connect(gain).connect(audio.destination);
      tone.start(start + i * 0.6);
      tone.stop(start + i * 0.6 + 0.6);
    });
  }

  function speak(call) {
    if (!audio || !("speechSynthesis" in window)) return;
    const spoken = call.number.replace("-", " ").replace(/0+(\d)/, "$1");
    const utterance = new SpeechSynthesisUtterance(`Nomor antrean ${spoken}, silakan ke meja ${call.counter}`);
    utterance.lang = "id-ID";
    setTimeout(() => speechSynthesis.speak(utterance), 1300);
  }

  function fill(list, items) {
    list.replaceChildren(...items.map(([left, right]) => {
      const item = document.createElement("li");
      const a = document.createElement("span");
      a.textContent = left;
      const b = document.createElement("span");
      b.textContent = right;
      item.append(a, b);
      return item;
    }));
  }

  function show(board) {
    $("office").textContent = board.office;
    const latest = board.latest;
    $("number").textContent = latest ? latest.number : "—";
    $("counter").textContent = latest ? `Meja ${latest.counter} · Counter ${latest.counter}` : "";
    fill($("serving"), board.serving.map(c => [c.number, `Meja ${c.counter}`]));
    fill($("waiting"), board.waiting.map(w => [`${w.service} · ${w.name}`, String(w.count)]));
    const key = latest ? `${latest.number}:${latest.calls}` : null;
    if (key && lastKey !== null && key !== lastKey) {
      const now = document.querySelector(".now");
      now.classList.remove("flash");
      void now.offsetWidth;
      now.classList.add("flash");
      chime();
      speak(latest);
    }
    lastKey = key ?? "";
    document.body.dataset.latest = key ?? "";
  }

  const events = new EventSource("/api/board/events");
  events.addEventListener("board", e => { show(JSON.parse(e.data)); $("status").textContent = ""; });
  events.onerror = () => { $("status").textContent = "Menyambung ulang…"; };
  tick();
  setInterval(tick, 10000);
})();
