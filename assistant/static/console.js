// The household page's live timeline: every few seconds, ask for what changed since the
// last answer and show it at the top (a changed entry, e.g. a delivery status, is
// replaced in place). Progressive enhancement: without this the page and its Refresh
// link work as they are. The entries come as HTML rendered (and escaped) by the server.
const list = document.getElementById("timeline");

if (list && list.dataset.pollUrl && window.fetch) {
  let cursor = list.dataset.cursor;
  const seconds = Math.max(Number(list.dataset.pollSeconds) || 10, 2);
  let busy = false;

  const show = (item) => {
    const template = document.createElement("template");
    template.innerHTML = item.html.trim();
    const fresh = template.content.firstElementChild;
    if (!fresh) return;
    const old = list.querySelector(`[data-key="${CSS.escape(item.key)}"]`);
    if (old) {
      if (old.outerHTML !== fresh.outerHTML) old.replaceWith(fresh);
      return;
    }
    const empty = list.querySelector(".timeline__empty");
    if (empty) empty.remove();
    fresh.classList.add("timeline__entry--new");
    // Newest first: put it before the first entry that is older than it.
    const at = fresh.querySelector("time")?.getAttribute("datetime") || "";
    const later = [...list.children].find(
      (li) => (li.querySelector("time")?.getAttribute("datetime") || "") <= at);
    list.insertBefore(fresh, later || null);
  };

  // The hold card, when someone took the family over or handed it back elsewhere (its
  // buttons come with it, each form with this session's token).
  const showHold = (hold) => {
    const card = document.getElementById("hold");
    if (!hold || !card || card.dataset.hold === hold.state) return;
    const template = document.createElement("template");
    template.innerHTML = hold.html.trim();
    const fresh = template.content.firstElementChild;
    if (fresh) card.replaceWith(fresh);
  };

  const poll = async () => {
    if (busy || document.hidden) return;
    busy = true;
    try {
      const url = `${list.dataset.pollUrl}?after=${encodeURIComponent(cursor)}`;
      const response = await fetch(url, { headers: { Accept: "application/json" },
                                          credentials: "same-origin" });
      if (!response.ok) return;  // signed out, or the server is busy: try again later
      const data = await response.json();
      // Oldest first, so each lands above the previous one.
      [...data.entries].reverse().forEach(show);
      showHold(data.hold);
      cursor = data.cursor;
      list.dataset.cursor = cursor;
    } catch (error) {
      // Offline for a moment: the next tick tries again.
    } finally {
      busy = false;
    }
  };

  window.setInterval(poll, seconds * 1000);
}
