// The staff console's little JavaScript: the queue lists refresh themselves, and the report
// page draws its charts. Everything else is plain forms. No data is put in the page as HTML.
(() => {
  "use strict";
  const el = (tag, text, cls) => { const e = document.createElement(tag); if (text !== undefined) e.textContent = text; if (cls) e.className = cls; return e; };
  const token = () => document.querySelector("meta[name=af]")?.content ?? "";
  const time = iso => iso ? new Date(iso).toLocaleTimeString("id-ID", { timeZone: "Asia/Makassar", hour: "2-digit", minute: "2-digit" }) : "";

  function actionForm(number, action, label, secondary) {
    const form = el("form"); form.method = "post"; form.className = "inline";
    form.action = `/staff/antrean/${encodeURIComponent(number)}/${action}`;
    const hidden = el("input"); hidden.type = "hidden"; hidden.name = "__RequestVerificationToken"; hidden.value = token();
    const button = el("button", label, secondary ? "secondary" : undefined); button.type = "submit";
    form.append(hidden, button);
    return form;
  }

  async function refreshQueue(root) {
    const response = await fetch("/api/staff/queue", { credentials: "same-origin" });
    if (!response.ok) return;
    const data = await response.json();
    const waiting = root.querySelector("#waiting tbody");
    const serving = root.querySelector("#serving tbody");
    waiting.replaceChildren(...data.waiting.map(t => {
      const row = el("tr");
      row.append(el("td", t.number), el("td", t.channel), el("td", time(t.takenAt)), el("td", t.guestBookDone ? "sudah" : "belum"), el("td", `${t.waitedMinutes} mnt`));
      return row;
    }));
    serving.replaceChildren(...data.serving.map(t => {
      const row = el("tr"); row.dataset.number = t.number;
      const actions = el("td");
      actions.append(actionForm(t.number, "recall", "Ulang", true), " ", actionForm(t.number, "skip", "Lewati", true), " ", actionForm(t.number, "done", "Selesai"));
      row.append(el("td", t.number), el("td", `Meja ${t.counter}`), el("td", time(t.lastCalledAt)), el("td", String(t.calls)), actions);
      return row;
    }));
    root.querySelector("#waiting-count").textContent = String(data.waiting.length);
    root.dataset.loaded = "true";
  }

  function drawCharts(root) {
    const q = `from=${encodeURIComponent(root.dataset.from)}&to=${encodeURIComponent(root.dataset.to)}`;
    const get = path => fetch(`/api/staff/reports/${path}?${q}`, { credentials: "same-origin" }).then(r => r.json());
    const make = (id, config) => new Chart(document.getElementById(id), { ...config, options: { maintainAspectRatio: false, animation: false, ...(config.options ?? {}) } });
    Promise.all([get("ikm"), get("quick-weekly"), get("service-time")]).then(([ikm, weekly, service]) => {
      root.querySelector("#ikm-total").textContent = ikm.ikm === null ? "belum ada survei" : `${ikm.ikm} (${ikm.category}, ${ikm.label}) dari ${ikm.responses} survei`;
      make("chart-ikm", { type: "bar", data: { labels: ikm.elements.map(e => `${e.code} ${e.name}`), datasets: [{ label: "NRR per unsur (1–4)", data: ikm.elements.map(e => e.nrr), backgroundColor: "#0b63a5" }] }, options: { scales: { y: { min: 0, max: 4 } } } });
      make("chart-quick", { type: "line", data: { labels: weekly.weeks.map(w => w.week), datasets: [{ label: "Rata-rata penilaian cepat (1–4)", data: weekly.weeks.map(w => w.average), borderColor: "#0b63a5" }] }, options: { scales: { y: { min: 1, max: 4 } } } });
      make("chart-visits", { type: "bar", data: { labels: service.byDay.map(d => d.day), datasets: [
        { type: "bar", label: "Kunjungan per hari", data: service.byDay.map(d => d.visits), backgroundColor: "#7fb3dc", yAxisID: "y" },
        { type: "line", label: "Dipanggil ≤ 5 menit (%)", data: service.byDay.map(d => d.calledWithin5MinPct), borderColor: "#a52a0b", yAxisID: "pct" },
      ] }, options: { scales: { y: { beginAtZero: true, position: "left" }, pct: { min: 0, max: 100, position: "right" } } } });
      root.dataset.drawn = "true";
    });
  }

  document.addEventListener("DOMContentLoaded", () => {
    const queue = document.getElementById("queue");
    if (queue) {
      refreshQueue(queue);
      setInterval(() => refreshQueue(queue), 3000);
    }

    const report = document.getElementById("report");
    if (report) drawCharts(report);
  });
})();
