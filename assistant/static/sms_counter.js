// The message box's character and segment count, as you type (the server counts too).
// GSM-7: 160 characters in one text, 153 per part; one character outside it makes the
// whole text UCS-2: 70, then 67 per part. Mirrors assistant/channels/sms_text.py.
const BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
  "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
const EXTENSION = "\f^{}\\[~]|€";
const SWAPS = [[/[\u2018\u2019\u201a\u201b\u2032`]/g, "'"], [/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"'],
  [/[\u2010-\u2015\u2212\u2022\u00b7]/g, "-"], [/\u2026/g, "..."], [/[\u00a0\u2002\u2003\u2009\u202f\t]/g, " "],
  [/\u200b/g, ""]];

function count(raw) {
  let text = raw.trim();
  for (const [pattern, swap] of SWAPS) text = text.replace(pattern, swap);
  const chars = [...text];
  const gsm = chars.every((c) => BASIC.includes(c) || EXTENSION.includes(c));
  const units = gsm ? chars.reduce((n, c) => n + (EXTENSION.includes(c) ? 2 : 1), 0)
    : chars.reduce((n, c) => n + (c.codePointAt(0) > 0xffff ? 2 : 1), 0);
  const [single, part] = gsm ? [160, 153] : [70, 67];
  const segments = units === 0 ? 0 : units <= single ? 1 : Math.ceil(units / part);
  return { characters: chars.length, segments, encoding: gsm ? "GSM-7" : "UCS-2" };
}

for (const box of document.querySelectorAll("textarea[data-sms-counter]")) {
  const out = document.getElementById(box.dataset.smsCounter);
  const most = Number(box.dataset.maxSegments || 3);
  const show = () => {
    const c = count(box.value);
    out.textContent = `${c.characters} characters, ${c.segments} text${c.segments === 1 ? "" : "s"} (${c.encoding})` +
      (c.segments > most ? `: too long, keep it to ${most} texts` : "");
  };
  box.addEventListener("input", show);
  show();
}
